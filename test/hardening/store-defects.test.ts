/** Defects found by the hardening probe (issue #14), each pinned by a test that failed before its fix. */
import { appendFileSync, existsSync, openSync, closeSync, readSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createService } from '../../src/core/service';
import { CaseStore } from '../../src/core/store/case-store';
import { CasefileError } from '../../src/shared/errors';
import { fileSha } from '../helpers/fs';
import { PASS, useTempDir } from '../helpers/tmp';

const tmp = useTempDir();

function openError(path: string, passphrase = PASS): CasefileError {
  try {
    CaseStore.open(path, passphrase).close();
  } catch (e) {
    expect(e).toBeInstanceOf(CasefileError);
    return e as CasefileError;
  }
  throw new Error('expected the open to fail');
}

describe('store defects', () => {
  it('opening makes no -shm file (exclusive locking is set before the first read)', () => {
    const path = join(tmp(), 'shm.casefile');
    CaseStore.create(path, PASS).close();
    expect(existsSync(`${path}-shm`)).toBe(false);
    const store = CaseStore.open(path, PASS);
    try {
      expect(existsSync(`${path}-shm`)).toBe(false);
      store.db.prepare("INSERT INTO case_meta (key, value) VALUES ('x', 'y')").run();
      expect(existsSync(`${path}-shm`)).toBe(false);
    } finally {
      store.close();
    }
    expect(existsSync(`${path}-shm`)).toBe(false);
  });

  it('damage to page 1 is not reported only as a wrong passphrase, and the file is left as it was', () => {
    const path = join(tmp(), 'page1.casefile');
    CaseStore.create(path, PASS).close();
    const fd = openSync(path, 'r+');
    const b = Buffer.alloc(1);
    readSync(fd, b, 0, 1, 1000);
    writeSync(fd, Buffer.from([b[0] ^ 0xff]), 0, 1, 1000);
    closeSync(fd);
    const before = fileSha(path);
    const err = openError(path);
    expect(err.code).toBe('WRONG_PASSPHRASE');
    expect(err.message).toMatch(/passphrase is not right/);
    expect(err.message).toMatch(/first page is damaged/);
    expect(fileSha(path)).toBe(before);
  });

  it('junk appended to a case fails verify (file length against the page count)', async () => {
    const path = join(tmp(), 'junk.casefile');
    const service = createService();
    await service.api.createCase({ path, passphrase: PASS });
    await service.api.closeCase({});
    appendFileSync(path, randomBytes(8192));
    try {
      await service.api.openCase({ path, passphrase: PASS });
      const report = await service.api.verify({});
      expect(report.ok).toBe(false);
      expect(report.problems.map((p) => p.message).join('\n')).toMatch(/8192 bytes after the last page/);
    } finally {
      service.dispose();
    }
  });
});
