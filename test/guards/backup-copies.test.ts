/**
 * What a backup, a hand-over and a restore promise, one property per test (issue #16's mutation run over
 * src/core/ops/backup.ts): the result names the file that was written (its SHA-256 and size), both logs
 * record the copy (the case: file, hash, size; the copy: what it is and the head of the log it was taken
 * from), progress goes stage by stage, a cancel at any stage leaves no file, and every refused target
 * (missing folder, the open case or one of its companions, an existing file, the backup itself, a case in
 * use) is refused before anything is written.
 */
import { appendFileSync, copyFileSync, existsSync, mkdirSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listCustody } from '../../src/core/custody/log';
import { restoreCase } from '../../src/core/ops/backup';
import { createService } from '../../src/core/service';
import { CaseStore } from '../../src/core/store/case-store';
import { openCopy } from '../../src/core/store/case-copy';
import { readableView } from '../../src/core/store/handles';
import type { CustodyEntry } from '../../src/shared/contract/custody';
import type { CasefileError } from '../../src/shared/errors';
import { fileSha } from '../helpers/fs';
import { madeOnce } from '../helpers/made-once';
import { PASS, useTempDir } from '../helpers/tmp';

const tmp = useTempDir();
const COLLEAGUE = 'the colleague passphrase for this copy';
type Api = ReturnType<typeof createService>['api'];

/**
 * An open case with one source, in a fresh folder; `fn` gets the service and the folder. The closed case
 * is made once per mutation run (made-once.ts: making it imports nothing of backup.ts) and each test
 * opens its own copy.
 */
async function withCase<T>(fn: (api: Api, dir: string, casePath: string) => Promise<T>): Promise<T> {
  const dir = tmp();
  const casePath = join(dir, 'case.casefile');
  await madeOnce('backup-case', dir, async (into) => {
    const made = createService();
    try {
      await made.api.createCase({ path: join(into, 'case.casefile'), passphrase: PASS, title: 'Copies' });
      await made.api.addSource({ fileName: 'a.txt', bytes: new TextEncoder().encode('The soldier said he saw it.') });
      await made.api.closeCase({});
    } finally {
      made.dispose();
    }
    return null;
  });
  const { api, dispose } = createService();
  try {
    await api.openCase({ path: casePath, passphrase: PASS });
    return await fn(api, dir, casePath);
  } finally {
    await api.closeCase({}).catch(() => undefined);
    dispose();
  }
}

/** The custody log of a closed case file, read with nothing but its passphrase. */
function logOf(path: string, passphrase: string): CustodyEntry[] {
  const db = openCopy(path, passphrase);
  try {
    return listCustody(readableView(db));
  } finally {
    db.close();
  }
}

function pendingOutputs(path: string, passphrase: string): string[] {
  const db = openCopy(path, passphrase);
  try {
    return db.prepare("SELECT key FROM case_meta WHERE key LIKE 'pending-output:%'").pluck().all() as string[];
  } finally {
    db.close();
  }
}

/**
 * A real -wal of `casePath` (same key, same file salt) holding a change its file does not have, saved at
 * `at`: what a case file deleted or replaced while open leaves beside its name.
 */
function strandedWal(casePath: string, at: string): void {
  const store = CaseStore.open(casePath, PASS);
  try {
    store.db.prepare("INSERT INTO case_meta (key, value) VALUES ('stranded', 'only in the old -wal')").run();
    copyFileSync(`${casePath}-wal`, at);
  } finally {
    store.close();
  }
}

function stranded(path: string, passphrase = PASS): unknown {
  const store = CaseStore.open(path, passphrase);
  try {
    return store.db.prepare("SELECT value FROM case_meta WHERE key = 'stranded'").pluck().get();
  } finally {
    store.close();
  }
}

async function rejection(p: Promise<unknown>): Promise<CasefileError> {
  try {
    await p;
  } catch (e) {
    return e as CasefileError;
  }
  throw new Error('expected a refusal');
}

const others = (dir: string, ...keep: string[]) =>
  readdirSync(dir).filter((n) => !/^case\.casefile(-wal|-shm)?$/.test(n) && !keep.includes(n));

describe('backup', () => {
  it('the result names the file on disk, and the case records it under the sequence number it returns', async () => {
    await withCase(async (api, dir) => {
      const dest = join(dir, 'backup.casefile');
      const r = await api.backupCase({ destPath: dest, passphrase: PASS });
      expect(r.path).toBe(dest);
      expect(r.sha256).toBe(fileSha(dest));
      expect(r.size).toBe(statSync(dest).size);
      const log = await api.custodyLog({});
      const entry = log.find((e) => e.seq === r.custodySeq);
      expect(entry).toMatchObject({ action: 'case.backup', entity: 'case', entityId: (await api.caseInfo({})).caseId });
      // File name (not the folder), hash and size of the copy, the pending-output record it ends; no recipient.
      expect(Object.keys(entry!.details).sort()).toEqual(['file', 'part', 'sha256', 'size']);
      expect(entry!.details).toMatchObject({ file: 'backup.casefile', sha256: r.sha256, size: r.size });
      expect(entry!.details.part).toMatch(/^pending-output:backup\.casefile\.backup-[0-9a-f]{16}\.part$/);
      // The case's own entry is the newest: the backup is complete when it is recorded.
      expect(log.at(-1)!.seq).toBe(r.custodySeq);
      expect(r.signingKey).toBe(log.find((e) => e.action === 'case.create')!.details.signingKey);
    });
  });

  it('the copy records in itself that it is a backup, and the head of the log it was copied from', async () => {
    await withCase(async (api, dir) => {
      const dest = join(dir, 'backup.casefile');
      const before = await api.custodyLog({});
      const r = await api.backupCase({ destPath: dest, passphrase: PASS });
      const caseLog = await api.custodyLog({});
      // The case registered the output (output.begin) before writing it: that is the head the copy carries.
      const begin = caseLog[before.length];
      expect(begin).toMatchObject({ action: 'output.begin', details: { kind: 'backup', file: 'backup.casefile' } });
      const copyLog = logOf(dest, PASS);
      const last = copyLog.at(-1)!;
      expect(last).toMatchObject({
        action: 'case.backup-copy',
        entity: 'case',
        entityId: (await api.caseInfo({})).caseId,
        details: { fromHead: { seq: begin.seq, hash: begin.hash } },
      });
      expect(r.copyHead).toEqual({ seq: last.seq, hash: last.hash });
      expect(copyLog.slice(0, -1)).toEqual(caseLog.slice(0, begin.seq));
      // Neither side keeps a record of an unfinished output.
      expect(pendingOutputs(dest, PASS)).toEqual([]);
      await api.closeCase({});
      expect(pendingOutputs(join(dir, 'case.casefile'), PASS)).toEqual([]);
    });
  });

  it('reports each stage in order, out of four, and finishes with Done', async () => {
    await withCase(async (api, dir) => {
      const seen: [number, number, string | undefined][] = [];
      await api.backupCase(
        { destPath: join(dir, 'b.casefile'), passphrase: PASS },
        { onProgress: (p) => seen.push([p.done, p.total, p.label]) },
      );
      expect(seen).toEqual([
        [0, 4, 'Checking the passphrase'],
        [0, 4, 'Copying the case file'],
        [1, 4, 'Writing the copy'],
        [2, 4, 'Checking the copy'],
        [3, 4, 'Recording the copy in the custody log'],
        [4, 4, 'Done'],
      ]);
    });
  });

  it.each(['Copying the case file', 'Writing the copy', 'Checking the copy', 'Recording the copy in the custody log'])(
    'cancelled at "%s": refused as cancelled, no file left, the case records the abandoned output',
    async (at) => {
      await withCase(async (api, dir) => {
        const abort = new AbortController();
        const dest = join(dir, 'b.casefile');
        const err = await rejection(
          api.backupCase(
            { destPath: dest, passphrase: PASS },
            { signal: abort.signal, onProgress: (p) => p.label === at && abort.abort() },
          ),
        );
        expect([err.code, err.message]).toEqual(['CANCELLED', 'The backup was cancelled; no file was left behind.']);
        expect(others(dir)).toEqual([]);
        const log = await api.custodyLog({});
        expect(log.at(-1)).toMatchObject({ action: 'output.abandon', details: { kind: 'backup' } });
        expect(log.some((e) => e.action === 'case.backup')).toBe(false);
        await api.closeCase({});
        expect(pendingOutputs(join(dir, 'case.casefile'), PASS)).toEqual([]);
      });
    },
  );

  it('a wrong passphrase is refused before anything is registered or written', async () => {
    await withCase(async (api, dir) => {
      const before = (await api.custodyLog({})).length;
      const err = await rejection(api.backupCase({ destPath: join(dir, 'b.casefile'), passphrase: 'not the passphrase' }));
      expect([err.code, err.message]).toEqual(['WRONG_PASSPHRASE', 'The passphrase is not right for the open case. Nothing was written.']);
      expect((await api.custodyLog({})).length).toBe(before);
      expect(others(dir)).toEqual([]);
    });
  });

  it('a target in a folder that does not exist is refused, naming the folder', async () => {
    await withCase(async (api, dir) => {
      const err = await rejection(api.backupCase({ destPath: join(dir, 'no-such-folder', 'b.casefile'), passphrase: PASS }));
      expect([err.code, err.message, err.details]).toEqual([
        'NOT_FOUND',
        `The folder ${join(dir, 'no-such-folder')} does not exist.`,
        { path: join(dir, 'no-such-folder', 'b.casefile') },
      ]);
      expect(others(dir)).toEqual([]);
    });
  });

  it('the open case itself, or any of its companion files, is refused as a target, also through a linked folder', async () => {
    await withCase(async (api, dir, casePath) => {
      const linked = join(tmp(), 'linked');
      mkdirSync(linked);
      symlinkSync(dir, join(linked, 'here'));
      const before = fileSha(casePath);
      for (const target of [
        casePath,
        `${casePath}-wal`,
        `${casePath}-shm`,
        `${casePath}-journal`,
        join(linked, 'here', 'case.casefile'),
        join(linked, 'here', 'case.casefile-journal'),
      ]) {
        const err = await rejection(api.backupCase({ destPath: target, passphrase: PASS }));
        expect([target, err.code, err.message, err.details]).toEqual([
          target,
          'INVALID_INPUT',
          'That is the open case file itself. Choose another name; nothing was written.',
          { path: target },
        ]);
      }
      expect(fileSha(casePath)).toBe(before);
      expect((await api.verify({})).ok).toBe(true);
    });
  });

  it('a case file named like the target’s -wal is refused too (the copy would remove it as a left-over)', async () => {
    const dir = tmp();
    const casePath = join(dir, 'old.casefile-wal');
    const { api, dispose } = createService();
    try {
      await api.createCase({ path: casePath, passphrase: PASS });
      const err = await rejection(api.backupCase({ destPath: join(dir, 'old.casefile'), passphrase: PASS }));
      expect(err.code).toBe('INVALID_INPUT');
      expect((await api.verify({})).ok).toBe(true);
    } finally {
      await api.closeCase({}).catch(() => undefined);
      dispose();
    }
    expect(existsSync(casePath)).toBe(true);
  });

  it('a -wal left at the target name by a deleted case is removed, not replayed into the copy', async () => {
    await withCase(async (api, dir, casePath) => {
      await api.closeCase({});
      const dest = join(dir, 'b.casefile');
      // From a twin of the case file (same salt and key), so the case itself does not get the change.
      const twin = join(tmp(), 'twin.casefile');
      copyFileSync(casePath, twin);
      strandedWal(twin, `${dest}-wal`);
      expect(stranded(twin)).toBe('only in the old -wal');
      await api.openCase({ path: casePath, passphrase: PASS });
      const r = await api.backupCase({ destPath: dest, passphrase: PASS });
      expect(existsSync(`${dest}-wal`)).toBe(false);
      expect(fileSha(dest)).toBe(r.sha256);
      expect(stranded(dest)).toBeUndefined();
    });
  });

  it('an existing file is refused as a target and left as it was', async () => {
    await withCase(async (api, dir) => {
      const dest = join(dir, 'taken.casefile');
      writeFileSync(dest, 'someone else’s file');
      const before = fileSha(dest);
      const err = await rejection(api.backupCase({ destPath: dest, passphrase: PASS }));
      expect([err.code, err.message, err.details]).toEqual([
        'ALREADY_EXISTS',
        `${dest} already exists. Choose another name; nothing was overwritten.`,
        { path: dest },
      ]);
      expect(fileSha(dest)).toBe(before);
      expect(others(dir)).toEqual(['taken.casefile']);
    });
  });
});

describe('hand-over', () => {
  it('the copy opens only with the new passphrase and records whom it was for and where it came from', async () => {
    await withCase(async (api, dir) => {
      const dest = join(dir, 'jana.casefile');
      const before = await api.custodyLog({});
      const seen: (string | undefined)[] = [];
      const r = await api.handOverCase(
        { destPath: dest, passphrase: PASS, newPassphrase: COLLEAGUE, recipient: 'Jana' },
        { onProgress: (p) => seen.push(p.label) },
      );
      expect(seen).toContain('Re-encrypting the copy');
      expect(seen).not.toContain('Writing the copy');
      expect(() => openCopy(dest, PASS).close()).toThrow();
      const begin = (await api.custodyLog({}))[before.length];
      expect(begin).toMatchObject({ action: 'output.begin', details: { kind: 'handover', file: 'jana.casefile' } });
      const last = logOf(dest, COLLEAGUE).at(-1)!;
      expect(last).toMatchObject({
        action: 'case.handover-received',
        entity: 'case',
        details: { recipient: 'Jana', fromHead: { seq: begin.seq, hash: begin.hash } },
      });
      expect(r.copyHead).toEqual({ seq: last.seq, hash: last.hash });
      const entry = (await api.custodyLog({})).find((e) => e.seq === r.custodySeq)!;
      expect(entry).toMatchObject({
        action: 'case.handover',
        details: { file: 'jana.casefile', sha256: fileSha(dest), size: r.size, recipient: 'Jana' },
      });
    });
  });

  it('without a recipient: the copy records none (null) and the case entry has no recipient field', async () => {
    await withCase(async (api, dir) => {
      const dest = join(dir, 'anon.casefile');
      const r = await api.handOverCase({ destPath: dest, passphrase: PASS, newPassphrase: COLLEAGUE });
      expect(logOf(dest, COLLEAGUE).at(-1)).toMatchObject({ action: 'case.handover-received', details: { recipient: null } });
      const entry = (await api.custodyLog({})).find((e) => e.seq === r.custodySeq)!;
      expect(entry.action).toBe('case.handover');
      expect(Object.keys(entry.details).sort()).toEqual(['file', 'part', 'sha256', 'size']);
    });
  });

  it('a cancelled hand-over says so by name', async () => {
    await withCase(async (api, dir) => {
      const abort = new AbortController();
      const err = await rejection(
        api.handOverCase(
          { destPath: join(dir, 'h.casefile'), passphrase: PASS, newPassphrase: COLLEAGUE },
          { signal: abort.signal, onProgress: (p) => p.label === 'Checking the copy' && abort.abort() },
        ),
      );
      expect([err.code, err.message]).toEqual(['CANCELLED', 'The hand-over was cancelled; no file was left behind.']);
      expect(others(dir)).toEqual([]);
    });
  });
});

/** A closed case and a backup of it, in a fresh folder. */
async function caseAndBackup(): Promise<{ dir: string; casePath: string; backup: string; caseId: string; signingKey: string | null }> {
  return withCase(async (api, dir, casePath) => {
    const backup = join(dir, 'backup.casefile');
    const r = await api.backupCase({ destPath: backup, passphrase: PASS });
    const caseId = (await api.caseInfo({})).caseId;
    await api.closeCase({});
    return { dir, casePath, backup, caseId, signingKey: r.signingKey };
  });
}

describe('restore', () => {
  it('the restored case records the restore (backup name and hash); the result names it; the backup is only read', async () => {
    const { dir, backup, caseId, signingKey } = await caseAndBackup();
    const backupSha = fileSha(backup);
    const dest = join(dir, 'restored.casefile');
    const r = restoreCase({ backup, dest, passphrase: PASS });
    expect(fileSha(backup)).toBe(backupSha);
    expect(r).toEqual({
      path: dest,
      sha256: fileSha(dest),
      size: statSync(dest).size,
      custodySeq: r.copyHead!.seq,
      copyHead: r.copyHead,
      signingKey,
    });
    const log = logOf(dest, PASS);
    expect(log.at(-1)).toEqual(
      expect.objectContaining({
        seq: r.custodySeq,
        hash: r.copyHead!.hash,
        action: 'case.restore',
        entity: 'case',
        entityId: caseId,
        details: { from: 'backup.casefile', backupSha256: backupSha },
      }),
    );
    // Everything the backup held comes first, unchanged.
    expect(log.slice(0, -1)).toEqual(logOf(backup, PASS));
    expect(others(dir, 'backup.casefile', 'restored.casefile')).toEqual([]);
  });

  it('reports its four stages in order and finishes with Done', async () => {
    const { dir, backup } = await caseAndBackup();
    const seen: [number, number, string | undefined][] = [];
    restoreCase({ backup, dest: join(dir, 'r.casefile'), passphrase: PASS }, { onProgress: (p) => seen.push([p.done, p.total, p.label]) });
    expect(seen).toEqual([
      [0, 4, 'Copying the backup'],
      [1, 4, 'Opening it with the passphrase'],
      [2, 4, 'Checking the restored copy'],
      [3, 4, 'Putting it in place'],
      [4, 4, 'Done'],
    ]);
  });

  it.each(['Copying the backup', 'Opening it with the passphrase', 'Checking the restored copy', 'Putting it in place'])(
    'cancelled at "%s": refused as cancelled, nothing at the target, no part left',
    async (at) => {
      const { dir, backup } = await caseAndBackup();
      const abort = new AbortController();
      const dest = join(dir, 'r.casefile');
      let err: CasefileError | undefined;
      try {
        restoreCase({ backup, dest, passphrase: PASS }, { signal: abort.signal, onProgress: (p) => p.label === at && abort.abort() });
      } catch (e) {
        err = e as CasefileError;
      }
      expect([err?.code, err?.message]).toEqual(['CANCELLED', 'The restore was cancelled; no file was left behind.']);
      expect(others(dir, 'backup.casefile')).toEqual([]);
    },
  );

  it('a wrong passphrase is refused as such, and leaves nothing behind', async () => {
    const { dir, backup } = await caseAndBackup();
    expect(() => restoreCase({ backup, dest: join(dir, 'r.casefile'), passphrase: 'not it' })).toThrow(
      expect.objectContaining({ code: 'WRONG_PASSPHRASE' }),
    );
    expect(others(dir, 'backup.casefile')).toEqual([]);
  });

  it('a missing backup is refused by name', () => {
    const dir = tmp();
    const backup = join(dir, 'gone.casefile');
    expect(() => restoreCase({ backup, dest: join(dir, 'r.casefile'), passphrase: PASS })).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', message: `There is no file at ${backup}.`, details: { path: backup } }),
    );
  });

  it('a backup with a non-empty -wal beside it (open, or not closed cleanly) is refused; an empty one is not', async () => {
    const { dir, backup } = await caseAndBackup();
    writeFileSync(`${backup}-wal`, '');
    expect(restoreCase({ backup, dest: join(dir, 'r1.casefile'), passphrase: PASS }).path).toBe(join(dir, 'r1.casefile'));
    appendFileSync(`${backup}-wal`, 'x');
    expect(() => restoreCase({ backup, dest: join(dir, 'r2.casefile'), passphrase: PASS })).toThrow(
      expect.objectContaining({
        code: 'IN_USE',
        message: `${backup} is open or was not closed cleanly. Open and close it in Casefile once, then restore it.`,
      }),
    );
    expect(existsSync(join(dir, 'r2.casefile'))).toBe(false);
  });

  it('the backup itself is refused as the target, also when overwriting is allowed or it is named through a link', async () => {
    const { dir, backup } = await caseAndBackup();
    const before = fileSha(backup);
    expect(() => restoreCase({ backup, dest: backup, passphrase: PASS })).toThrow(expect.objectContaining({ code: 'ALREADY_EXISTS' }));
    const refusal = expect.objectContaining({ code: 'INVALID_INPUT', message: 'Restore to another name than the backup itself.' });
    expect(() => restoreCase({ backup, dest: backup, passphrase: PASS, overwrite: true })).toThrow(refusal);
    symlinkSync(backup, join(dir, 'link.casefile'));
    expect(() => restoreCase({ backup: join(dir, 'link.casefile'), dest: backup, passphrase: PASS, overwrite: true })).toThrow(refusal);
    expect(fileSha(backup)).toBe(before);
  });

  it('a -wal left at the target name by a deleted case is removed, not replayed into the restored case', async () => {
    const { dir, casePath, backup } = await caseAndBackup();
    const dest = join(dir, 'r.casefile');
    strandedWal(casePath, `${dest}-wal`);
    restoreCase({ backup, dest, passphrase: PASS });
    expect(existsSync(`${dest}-wal`)).toBe(false);
    expect(stranded(dest)).toBeUndefined();
    // The left-over really was one SQLite would replay: the case it came from has the change.
    expect(stranded(casePath)).toBe('only in the old -wal');
  });

  it('a folder is refused as the target, also with overwrite, and left as it was', async () => {
    const { dir, backup } = await caseAndBackup();
    const folder = join(dir, 'folder.casefile');
    mkdirSync(folder);
    writeFileSync(join(folder, 'inside.txt'), 'kept');
    expect(() => restoreCase({ backup, dest: folder, passphrase: PASS, overwrite: true })).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        message: `${folder} is a folder. Choose a file name; nothing was written.`,
        details: { path: folder },
      }),
    );
    expect(readdirSync(folder)).toEqual(['inside.txt']);
    expect(others(dir, 'backup.casefile', 'folder.casefile')).toEqual([]);
  });

  it('an existing case is replaced only with overwrite, never while it is in use, and its companions go with it', async () => {
    const { dir, casePath, backup, caseId } = await caseAndBackup();
    const other = join(dir, 'other.casefile');
    CaseStore.create(other, PASS, 'Another case').close();
    const otherSha = fileSha(other);
    expect(() => restoreCase({ backup, dest: other, passphrase: PASS })).toThrow(
      expect.objectContaining({
        code: 'ALREADY_EXISTS',
        message: `${other} already exists. Choose another name; nothing was overwritten.`,
      }),
    );
    const held = CaseStore.open(other, PASS);
    try {
      expect(() => restoreCase({ backup, dest: other, passphrase: PASS, overwrite: true })).toThrow(
        expect.objectContaining({ code: 'IN_USE' }),
      );
    } finally {
      held.close();
    }
    expect(fileSha(other)).toBe(otherSha);
    expect(others(dir, 'backup.casefile', 'other.casefile')).toEqual([]);

    // Left-over companions of the file being replaced would be read as part of the restored case.
    for (const c of ['-wal', '-shm', '-journal']) writeFileSync(other + c, 'left over');
    restoreCase({ backup, dest: other, passphrase: PASS, overwrite: true });
    expect(['-wal', '-shm', '-journal'].filter((c) => existsSync(other + c))).toEqual([]);
    const store = CaseStore.open(other, PASS);
    try {
      expect(store.meta().caseId).toBe(caseId);
    } finally {
      store.close();
    }
    expect(basename(casePath)).toBe('case.casefile');
  });
});
