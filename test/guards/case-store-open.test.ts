/**
 * What creating, opening, re-keying and closing a case file promise (issue #16's mutation run over
 * src/core/store/case-store.ts): every file that is not an openable case gets its own message naming the
 * file (and leaves no file handle open), a new case says what it is and records its creation, a re-key
 * reports its stages and survives a failed replace, and a second opener is refused while the case is open.
 */
import {
  closeSync,
  copyFileSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  truncateSync,
  writeFileSync,
  writeSync,
  existsSync,
} from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { listCustody } from '../../src/core/custody/log';
import { signingKeyFingerprint } from '../../src/core/ops/signing-keys';
import { CaseStore } from '../../src/core/store/case-store';
import { readableView } from '../../src/core/store/handles';
import { LATEST_SCHEMA_VERSION } from '../../src/core/store/migrations';
import { APPLICATION_ID, applyKey } from '../../src/core/store/pragmas';
import { APP_VERSION } from '../../src/core/version';
import type { CasefileError } from '../../src/shared/errors';
import { fileSha } from '../helpers/fs';
import { PASS, useTempDir } from '../helpers/tmp';
import { fileAt, openFile } from '../store/migrations/harness';

const tmp = useTempDir();
const NEW_PASS = 'a new passphrase for the case';

function refusal(fn: () => unknown): CasefileError {
  try {
    fn();
  } catch (e) {
    return e as CasefileError;
  }
  throw new Error('expected a refusal');
}

const openFds = () => (existsSync('/proc/self/fd') ? readdirSync('/proc/self/fd').length : 0);

describe('opening: each file that is not an openable case, named', () => {
  it('missing, a folder, empty, plain SQLite, truncated: their own message and the path, and no file left open', () => {
    const dir = tmp();
    const missing = join(dir, 'missing.casefile');
    const folder = join(dir, 'folder.casefile');
    mkdirSync(folder);
    const empty = join(dir, 'empty.casefile');
    writeFileSync(empty, '');
    const plain = join(dir, 'plain.db');
    const p = new Database(plain);
    p.exec('CREATE TABLE t(x)');
    p.close();
    const truncated = join(dir, 'truncated.casefile');
    CaseStore.create(truncated, PASS).close();
    truncateSync(truncated, 3 * 4096 + 100);
    const cases: [string, string, string][] = [
      [missing, 'NOT_FOUND', `There is no file at ${missing}.`],
      [folder, 'NOT_A_CASE_FILE', `${folder} is not a file.`],
      [empty, 'NOT_A_CASE_FILE', `${empty} is empty: it is not a case file.`],
      [plain, 'NOT_A_CASE_FILE', `${plain} is an unencrypted SQLite database, not a case file.`],
      [truncated, 'NOT_A_CASE_FILE', `${truncated} is not a case file (or it is truncated: its size is not a whole number of pages).`],
    ];
    const fds = openFds();
    for (const [path, code, message] of cases) {
      const err = refusal(() => CaseStore.open(path, PASS));
      expect({ code: err.code, message: err.message, details: err.details }).toEqual({ code, message, details: { path } });
    }
    expect(openFds()).toBe(fds);
  });

  it('a wrong passphrase and a foreign encrypted database: their own message, naming the file', () => {
    const dir = tmp();
    const path = join(dir, 'case.casefile');
    CaseStore.create(path, PASS).close();
    const wrong = refusal(() => CaseStore.open(path, 'not the passphrase'));
    expect({ code: wrong.code, message: wrong.message, details: wrong.details }).toEqual({
      code: 'WRONG_PASSPHRASE',
      message:
        'The passphrase is not right for this case file, or its first page is damaged. Nothing was changed; try again, and if you are sure of the passphrase, restore the case from a backup.',
      details: { path },
    });
    const foreign = join(dir, 'foreign.db');
    const f = new Database(foreign);
    applyKey(f, PASS);
    f.exec('CREATE TABLE t(x)');
    f.close();
    const err = refusal(() => CaseStore.open(foreign, PASS));
    expect({ code: err.code, message: err.message, details: err.details }).toEqual({
      code: 'NOT_A_CASE_FILE',
      message: `${foreign} is an encrypted database, but not a Casefile case file.`,
      details: { path: foreign },
    });
  });

  it('a damaged page of the schema (past the first page) is damage, not a wrong passphrase, and the file is unchanged', () => {
    const path = join(tmp(), 'schema.casefile');
    CaseStore.create(path, PASS).close();
    const store = CaseStore.open(path, PASS);
    const pages = store.db
      .prepare("SELECT pageno FROM dbstat WHERE name = 'sqlite_schema' AND pageno > 1 ORDER BY pageno")
      .pluck()
      .all() as number[];
    store.close();
    // The schema (tables, triggers, indexes) does not fit on page 1.
    expect(pages.length).toBeGreaterThan(0);
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.from('damage'), 0, 6, (pages[0] - 1) * 4096 + 300);
    closeSync(fd);
    const before = fileSha(path);
    const err = refusal(() => CaseStore.open(path, PASS));
    expect({ code: err.code, message: err.message, details: err.details }).toEqual({
      code: 'DAMAGED',
      message: `The case file at ${path} is damaged and cannot be read safely. It has not been changed; restore it from a backup.`,
      details: { path, cause: expect.stringMatching(/^(database disk image is malformed|file is not a database)$/) },
    });
    expect(fileSha(path)).toBe(before);
  });

  it('a file whose upgrade fails is refused as damaged, and stays at its version', () => {
    const dir = tmp();
    const path = fileAt(dir, 8);
    const db = openFile(path);
    // What migration 9 creates is there already (a tampered or half-foreign file): that step fails.
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.exec('CREATE TABLE source_grades (x)');
    db.close();
    const err = refusal(() => CaseStore.open(path, PASS));
    expect({ code: err.code, message: err.message }).toEqual({
      code: 'DAMAGED',
      message: `The case file at ${path} is damaged and cannot be read safely. It has not been changed; restore it from a backup.`,
    });
    expect(err.details).toEqual({ path, cause: expect.stringMatching(/source_grades already exists/) });
    const again = openFile(path);
    try {
      expect(again.pragma('user_version', { simple: true })).toBe(8);
    } finally {
      again.close();
    }
  });

  it('a file from a newer version names both versions in its refusal', () => {
    const path = join(tmp(), 'newer.casefile');
    const store = CaseStore.create(path, PASS);
    store.db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 3}`);
    store.close();
    const err = refusal(() => CaseStore.open(path, PASS));
    expect([err.code, err.details]).toEqual([
      'NEWER_VERSION',
      { fileVersion: LATEST_SCHEMA_VERSION + 3, supported: LATEST_SCHEMA_VERSION },
    ]);
  });

  it('a case opened (and only read) here is refused to a second opener as in use; after close it opens', () => {
    const path = join(tmp(), 'held.casefile');
    CaseStore.create(path, PASS).close();
    const first = CaseStore.open(path, PASS);
    try {
      const err = refusal(() => CaseStore.open(path, PASS));
      expect([err.code, err.message]).toEqual([
        'IN_USE',
        'This case file is open in another window or program. Close it there first, then try again.',
      ]);
    } finally {
      first.close();
    }
    CaseStore.open(path, PASS).close();
  });
});

describe('creating', () => {
  it('a new case says what it is, with its id, trimmed title, creation time and version, and records its creation', () => {
    const path = join(tmp(), 'new.casefile');
    const started = new Date().toISOString();
    const store = CaseStore.create(path, PASS, '  Case of I. Korolev  ');
    try {
      const meta = store.meta();
      expect(meta).toEqual({
        caseId: expect.stringMatching(/^case_/),
        title: 'Case of I. Korolev',
        createdAt: expect.any(String),
        appVersion: APP_VERSION,
      });
      expect(meta.createdAt >= started && meta.createdAt <= new Date().toISOString()).toBe(true);
      expect(store.db.prepare("SELECT value FROM case_meta WHERE key = 'format'").pluck().get()).toBe('casefile');
      expect(store.staleRemoved).toEqual([]);
      const [created] = listCustody(readableView(store.db));
      expect(created).toMatchObject({
        seq: 1,
        action: 'case.create',
        entity: 'case',
        entityId: meta.caseId,
        details: { title: 'Case of I. Korolev', appVersion: APP_VERSION, signingKey: signingKeyFingerprint(readableView(store.db)) },
      });
    } finally {
      store.close();
    }
  });

  it('a title that is empty or only spaces becomes "Untitled case"', () => {
    for (const title of [undefined, '', '   ']) {
      const path = join(tmp(), `untitled-${String(title?.length)}.casefile`);
      const store = CaseStore.create(path, PASS, title);
      expect(store.meta().title).toBe('Untitled case');
      store.close();
    }
  });

  it('a file that is already there is refused by path and kept', () => {
    const path = join(tmp(), 'taken.casefile');
    writeFileSync(path, 'keep me');
    const err = refusal(() => CaseStore.create(path, PASS));
    expect({ code: err.code, message: err.message, details: err.details }).toEqual({
      code: 'ALREADY_EXISTS',
      message: `A file already exists at ${path}. Choose another name; nothing was overwritten.`,
      details: { path },
    });
  });

  it('a create that fails part-way leaves no file behind', () => {
    const dir = tmp();
    const path = join(dir, 'failed.casefile');
    // A passphrase SQLite cannot take as a key statement (a NUL ends the statement early).
    expect(() => CaseStore.create(path, 'bad\0passphrase')).toThrow();
    expect(readdirSync(dir)).toEqual([]);
    expect(() => CaseStore.create(join(dir, 'no-such-folder', 'x.casefile'), PASS)).toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a case whose meta rows are missing reads them as empty, not undefined', () => {
    const path = join(tmp(), 'bare.casefile');
    const store = CaseStore.create(path, PASS, 'Title');
    try {
      store.db.exec("DELETE FROM case_meta WHERE key IN ('caseId', 'title', 'createdAt', 'appVersion')");
      expect(store.meta()).toEqual({ caseId: '', title: '', createdAt: '', appVersion: '' });
    } finally {
      store.close();
    }
  });
});

describe('re-keying and closing', () => {
  it('a re-key reports its stages, records itself, and the case then opens only with the new passphrase', () => {
    const dir = tmp();
    const path = join(dir, 'rekey.casefile');
    const store = CaseStore.create(path, PASS);
    const caseId = store.meta().caseId;
    const seen: [number, number, string | undefined][] = [];
    const parts: string[] = [];
    store.changePassphrase(PASS, NEW_PASS, undefined, (p) => {
      seen.push([p.done, p.total, p.label]);
      parts.push(...readdirSync(dir).filter((n) => n.endsWith('.part')));
    });
    expect(seen).toEqual([
      [0, 4, 'Copying the case file'],
      [1, 4, 'Re-encrypting the copy'],
      [2, 4, 'Checking the copy'],
      [3, 4, 'Replacing the case file'],
      [4, 4, 'Done'],
    ]);
    // The copy is named so that the next open removes it if the re-key is interrupted (stale-parts.ts).
    expect(parts.length).toBeGreaterThan(0);
    for (const p of parts) expect(p).toMatch(/^rekey\.casefile\.rekey-[0-9a-f]{16}\.part$/);
    expect(store.checkPassphrase(NEW_PASS)).toBe(true);
    expect(store.checkPassphrase(PASS)).toBe(false);
    expect(listCustody(readableView(store.db)).at(-1)).toMatchObject({
      action: 'case.passphrase-change',
      entity: 'case',
      entityId: caseId,
    });
    store.close();
    expect(refusal(() => CaseStore.open(path, PASS)).code).toBe('WRONG_PASSPHRASE');
    CaseStore.open(path, NEW_PASS).close();
  });

  it('a wrong current passphrase is refused with its message, and nothing changes', () => {
    const path = join(tmp(), 'wrong.casefile');
    const store = CaseStore.create(path, PASS);
    try {
      const err = refusal(() => store.changePassphrase('not it', NEW_PASS));
      expect([err.code, err.message]).toEqual(['WRONG_PASSPHRASE', 'The current passphrase is not right. The passphrase was not changed.']);
      expect(store.checkPassphrase(PASS)).toBe(true);
    } finally {
      store.close();
    }
  });

  it('when the re-encrypted copy cannot replace the file, the case stays open under the old passphrase and says so', () => {
    const dir = tmp();
    const path = join(dir, 'stuck.casefile');
    const store = CaseStore.create(path, PASS, 'Stuck');
    const err = refusal(() =>
      store.changePassphrase(PASS, NEW_PASS, undefined, (p) => {
        // The copy goes missing just before it would replace the file.
        if (p.label === 'Replacing the case file')
          for (const n of readdirSync(dir).filter((f) => f.endsWith('.part'))) renameSync(join(dir, n), join(tmp(), `${n}.gone`));
      }),
    );
    expect(err.code).toBe('INTERNAL');
    expect(err.message).toMatch(/^The re-encrypted copy could not replace the case file \(ENOENT.*\)\. The passphrase was not changed\.$/);
    expect(store.isOpen).toBe(true);
    expect(store.meta().title).toBe('Stuck');
    expect(store.checkPassphrase(PASS)).toBe(true);
    store.close();
    CaseStore.open(path, PASS).close();
  });

  it('closing twice is harmless', () => {
    const path = join(tmp(), 'twice.casefile');
    const store = CaseStore.create(path, PASS);
    store.close();
    expect(() => store.close()).not.toThrow();
    expect(store.isOpen).toBe(false);
  });
});

describe('stale re-key and restore copies beside the case', () => {
  it('an open removes them and names them; an open that keeps them (destroy, which overwrites them) leaves them as they were', () => {
    const dir = tmp();
    const path = join(dir, 'stale.casefile');
    CaseStore.create(path, PASS).close();
    const part = `${path}.rekey-0123456789abcdef.part`;
    copyFileSync(path, part);
    const bytes = readFileSync(part);
    const kept = CaseStore.open(path, PASS, { keepStaleParts: true });
    expect(kept.staleRemoved).toEqual([]);
    kept.close();
    expect(readFileSync(part).equals(bytes)).toBe(true);
    const tidied = CaseStore.open(path, PASS);
    expect(tidied.staleRemoved).toEqual([part]);
    tidied.close();
    expect(existsSync(part)).toBe(false);
  });
});
