import { existsSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { createService } from '../../src/core/service';
import { CaseStore } from '../../src/core/store/case-store';
import { applyKey } from '../../src/core/store/pragmas';
import { LATEST_SCHEMA_VERSION } from '../../src/core/store/migrations';
import { CasefileError } from '../../src/shared/errors';
import { companions, fileSha } from '../helpers/fs';
import { PASS, useTempDir } from '../helpers/tmp';

const tmp = useTempDir();

function expectCode(fn: () => unknown, code: string): CasefileError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(CasefileError);
    expect((e as CasefileError).code).toBe(code);
    return e as CasefileError;
  }
  throw new Error(`expected ${code}, nothing was thrown`);
}

describe('CaseStore', () => {
  it('creates an encrypted file with the expected pragmas and reopens it', () => {
    const path = join(tmp(), 'a.casefile');
    const store = CaseStore.create(path, PASS, 'Test case');
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.db.pragma('temp_store', { simple: true })).toBe(2); // MEMORY
    expect(store.db.pragma('secure_delete', { simple: true })).toBe(1);
    expect(store.db.pragma('cache_size', { simple: true })).toBe(-65536);
    expect(store.schemaVersion()).toBe(LATEST_SCHEMA_VERSION);
    store.close();
    // Not a plain SQLite file.
    expect(readFileSync(path).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    const again = CaseStore.open(path, PASS);
    expect(again.meta().title).toBe('Test case');
    again.close();
  });

  it('refuses to overwrite an existing file', () => {
    const path = join(tmp(), 'exists.casefile');
    writeFileSync(path, 'keep me');
    expectCode(() => CaseStore.create(path, PASS), 'ALREADY_EXISTS');
    expect(readFileSync(path, 'utf8')).toBe('keep me');
  });

  it('wrong passphrase: typed error, no byte changed, no companion files left', () => {
    const path = join(tmp(), 'b.casefile');
    CaseStore.create(path, PASS).close();
    const before = fileSha(path);
    const err = expectCode(() => CaseStore.open(path, 'not the passphrase'), 'WRONG_PASSPHRASE');
    expect(err.message).toMatch(/passphrase is not right/);
    expect(fileSha(path)).toBe(before);
    expect(companions(path)).toEqual([path]);
  });

  it('not a case file: text, empty, plain SQLite, a foreign SQLCipher database', () => {
    const dir = tmp();
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'hello world\n'.repeat(1000));
    expectCode(() => CaseStore.open(text, PASS), 'NOT_A_CASE_FILE');
    const empty = join(dir, 'empty.casefile');
    writeFileSync(empty, '');
    expectCode(() => CaseStore.open(empty, PASS), 'NOT_A_CASE_FILE');
    const plain = join(dir, 'plain.db');
    const p = new Database(plain);
    p.exec('CREATE TABLE t(x)');
    p.close();
    expectCode(() => CaseStore.open(plain, PASS), 'NOT_A_CASE_FILE');
    const foreign = join(dir, 'foreign.db');
    const f = new Database(foreign);
    applyKey(f, PASS);
    f.exec('CREATE TABLE t(x); INSERT INTO t VALUES (1);');
    f.close();
    const before = fileSha(foreign);
    expectCode(() => CaseStore.open(foreign, PASS), 'NOT_A_CASE_FILE');
    expect(fileSha(foreign)).toBe(before);
    expectCode(() => CaseStore.open(join(dir, 'missing.casefile'), PASS), 'NOT_FOUND');
  });

  // Unlock no longer reads every page (quick_check moved to verify, issue #15): a damaged page is
  // reported as DAMAGED when it is read, and verify's integrity check finds it wherever it is.
  it('damaged file: a flipped byte inside a data page is reported as damage', async () => {
    const path = join(tmp(), 'd.casefile');
    const store = CaseStore.create(path, PASS);
    // Give the file some pages beyond the first (case_meta, which every open reads).
    store.db.exec(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200)
       INSERT INTO case_meta (key, value) SELECT 'filler' || i, hex(randomblob(500)) FROM n`,
    );
    store.close();
    const bytes = readFileSync(path);
    expect(bytes.length).toBeGreaterThan(8 * 4096);
    bytes[bytes.length - 4096 + 100] ^= 0xff;
    writeFileSync(path, bytes);
    const before = fileSha(path);
    const service = createService();
    try {
      await expect(service.api.openCase({ path, passphrase: PASS })).rejects.toMatchObject({ code: 'DAMAGED' });
    } finally {
      service.dispose();
    }
    expect(fileSha(path)).toBe(before);
  });

  it('damage in a page that unlocking does not read: the case opens, verify reports it, reading it says DAMAGED', async () => {
    const path = join(tmp(), 'd2.casefile');
    const service = createService();
    try {
      await service.api.createCase({ path, passphrase: PASS });
      for (let i = 0; i < 40; i++) await service.api.upsertPerson({ name: `Witness ${i}`, notes: 'x'.repeat(2000) });
      await service.api.closeCase({});
      // A leaf page of the people table (found by SQLite's dbstat, not by where it happens to fall in
      // the file: the search index's pages are written alongside).
      const probe = CaseStore.open(path, PASS);
      const page = probe.db
        .prepare("SELECT pageno FROM dbstat WHERE name = 'people' AND pagetype = 'leaf' ORDER BY pageno DESC LIMIT 1")
        .pluck()
        .get() as number;
      probe.close();
      const bytes = readFileSync(path);
      bytes[(page - 1) * 4096 + 200] ^= 0xff;
      writeFileSync(path, bytes);
      await service.api.openCase({ path, passphrase: PASS });
      const report = await service.api.verify({});
      expect(report.ok).toBe(false);
      expect(report.problems[0]).toMatchObject({ kind: 'schema' });
      expect(report.problems[0].message).toMatch(/database integrity check/);
      await expect(service.api.listPeople({})).rejects.toMatchObject({ code: 'DAMAGED', message: /Run verify/ });
    } finally {
      service.dispose();
    }
  });

  it('a file from a newer schema version is refused, unchanged', () => {
    const path = join(tmp(), 'n.casefile');
    const store = CaseStore.create(path, PASS);
    store.db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    store.close();
    const before = fileSha(path);
    const err = expectCode(() => CaseStore.open(path, PASS), 'NEWER_VERSION');
    expect(err.message).toMatch(/newer version of Casefile/);
    expect(fileSha(path)).toBe(before);
  });

  it('a file already open elsewhere is reported as in use', () => {
    const path = join(tmp(), 'u.casefile');
    const first = CaseStore.create(path, PASS);
    expectCode(() => CaseStore.open(path, PASS), 'IN_USE');
    first.close();
    CaseStore.open(path, PASS).close();
  });

  it('changes the passphrase: old one stops working, new one opens, content kept', () => {
    const path = join(tmp(), 'p.casefile');
    const store = CaseStore.create(path, PASS, 'Keep my title');
    expectCode(() => store.changePassphrase('wrong', 'new passphrase 123'), 'WRONG_PASSPHRASE');
    store.changePassphrase(PASS, 'new passphrase 123');
    store.close();
    expectCode(() => CaseStore.open(path, PASS), 'WRONG_PASSPHRASE');
    const reopened = CaseStore.open(path, 'new passphrase 123');
    expect(reopened.meta().title).toBe('Keep my title');
    expect(reopened.db.pragma('journal_mode', { simple: true })).toBe('wal');
    reopened.close();
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('sources and the custody log are immutable in SQL', () => {
    const path = join(tmp(), 'i.casefile');
    const store = CaseStore.create(path, PASS);
    store.db
      .prepare(
        "INSERT INTO sources (id, sha256, bytes, size, media_type, file_name, imported_at) VALUES ('src_1', ?, x'00', 1, 'x', 'f', 'now')",
      )
      .run('a'.repeat(64));
    expect(() => store.db.exec("UPDATE sources SET bytes = x'01' WHERE id = 'src_1'")).toThrow(/cannot be changed/);
    expect(() => store.db.exec("UPDATE sources SET file_name = 'g' WHERE id = 'src_1'")).toThrow(/cannot be changed/);
    expect(() => store.db.exec("DELETE FROM sources WHERE id = 'src_1'")).toThrow(/cannot be deleted/);
    expect(() => store.db.exec('UPDATE custody_log SET action = 1')).toThrow(/append-only/);
    expect(() => store.db.exec('DELETE FROM custody_log')).toThrow(/append-only/);
    store.close();
  });
});
