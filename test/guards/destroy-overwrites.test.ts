/**
 * What a secure delete promises (src/core/ops/destroy.ts, issue #16's mutation run): every byte of the
 * case file is overwritten before it is unlinked, and so is every companion (-wal, -shm, -journal) and
 * every stale re-key/restore copy beside it (and theirs), each one listed; the file keeps its length while
 * it is overwritten (nothing is truncated first, nothing is written past its end); a wrong passphrase, a
 * file that is not a case, or an empty file destroys nothing; the open case is closed before it is
 * destroyed; progress is in bytes, rises, never passes its total and ends at done = total = bytes.
 *
 * Each file is hard-linked aside before the destroy: the link keeps the inode, so what was written to it
 * can be read after the name is gone. The case holds a 1.5 MiB source, so its file is longer than one
 * overwrite chunk (1 MiB) and not a whole number of them. That the overwrite reached the disk (fsync)
 * cannot be seen from here: the page cache shows the written bytes either way.
 */
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseContext } from '../../src/core/context';
import { destroyCaseFiles, shredFile } from '../../src/core/ops/destroy';
import { addSource } from '../../src/core/ops/sources';
import { createService } from '../../src/core/service';
import { CaseStore } from '../../src/core/store/case-store';
import type { Progress } from '../../src/shared/contract/define';
import { PASS, useTempDir } from '../helpers/tmp';

const tmp = useTempDir();
const PAGE = 4096;
const LABEL = 'Overwriting the case file';

/** A closed case in a fresh folder holding a 1.5 MiB source (random bytes: its pages are all distinct). */
function bigCase(): { dir: string; casePath: string } {
  const dir = tmp();
  const casePath = join(dir, 'case.casefile');
  const store = CaseStore.create(casePath, PASS, 'To destroy');
  try {
    addSource(new CaseContext(store), {
      fileName: 'big.bin',
      bytes: new Uint8Array(randomBytes(1.5 * 1024 * 1024)),
      mediaType: 'application/octet-stream',
    });
  } finally {
    store.close();
  }
  expect(statSync(casePath).size).toBeGreaterThan(1 << 20);
  expect(statSync(casePath).size % (1 << 20)).not.toBe(0);
  return { dir, casePath };
}

interface Kept {
  path: string;
  link: string;
  bytes: Buffer;
  ino: number;
}

/** A hard link to `path` in `dir`/kept, and the bytes it had. */
function keep(path: string, dir: string): Kept {
  mkdirSync(join(dir, 'kept'), { recursive: true });
  const link = join(dir, 'kept', basename(path));
  linkSync(path, link);
  return { path, link, bytes: readFileSync(path), ino: statSync(path).ino };
}

/**
 * The kept file's name is gone, its inode is the one the name had (now linked only here), it has its old
 * length, no page of it is the old page, and its bytes match the old ones no more often than random bytes
 * do (1 in 256; under 1 % here for any file of a page or more).
 */
function expectOverwritten(k: Kept): void {
  expect(existsSync(k.path), k.path).toBe(false);
  const st = statSync(k.link);
  expect(st.ino).toBe(k.ino);
  expect(st.nlink).toBe(1);
  const now = readFileSync(k.link);
  expect(now.length, `${k.path}: length`).toBe(k.bytes.length);
  const samePages: number[] = [];
  for (let at = 0; at < now.length; at += PAGE)
    if (now.subarray(at, at + PAGE).equals(k.bytes.subarray(at, at + PAGE))) samePages.push(at / PAGE);
  expect(samePages, `${k.path}: pages left as they were`).toEqual([]);
  let same = 0;
  for (let i = 0; i < now.length; i++) if (now[i] === k.bytes[i]) same++;
  expect(same / now.length, `${k.path}: share of bytes unchanged`).toBeLessThan(0.01);
}

/** `path`'s bytes are exactly `bytes` and it is still linked only under its name. */
function expectUntouched(path: string, bytes: Buffer): void {
  expect(existsSync(path), path).toBe(true);
  expect(readFileSync(path).equals(bytes), `${path} unchanged`).toBe(true);
}

describe('destroying a case', () => {
  it('overwrites every byte of the case file (longer than one chunk) in place before unlinking it', async () => {
    const { dir, casePath } = bigCase();
    const k = keep(casePath, dir);
    const { api, dispose } = createService();
    try {
      const r = await api.destroyCase({ path: casePath, passphrase: PASS });
      expect(r).toEqual({ files: [casePath], bytes: k.bytes.length });
    } finally {
      dispose();
    }
    expectOverwritten(k);
  });

  it('overwrites and removes the stale re-key and restore copies beside it and their companions, and lists them; other files stay', async () => {
    const { dir, casePath } = bigCase();
    const rekey = `${casePath}.rekey-0123456789abcdef.part`;
    const restore = `${casePath}.restore-fedcba9876543210.part`;
    copyFileSync(casePath, rekey);
    writeFileSync(`${rekey}-journal`, randomBytes(3 * PAGE));
    copyFileSync(casePath, restore);
    writeFileSync(`${restore}-wal`, randomBytes(5 * PAGE));
    // Not leftovers of this case: another name, a suffix that is not 16 hex digits, another case's copy.
    const others = [join(dir, 'notes.txt'), `${casePath}.rekey-0123.part`, join(dir, 'other.casefile.rekey-0123456789abcdef.part')];
    for (const o of others) writeFileSync(o, randomBytes(PAGE));
    const otherBytes = others.map((o) => readFileSync(o));
    const shredded = [casePath, rekey, `${rekey}-journal`, restore, `${restore}-wal`];
    const kept = shredded.map((p) => keep(p, dir));
    const { api, dispose } = createService();
    try {
      const r = await api.destroyCase({ path: casePath, passphrase: PASS });
      expect([...r.files].sort()).toEqual([...shredded].sort());
      expect(r.bytes).toBe(kept.reduce((n, k) => n + k.bytes.length, 0));
    } finally {
      dispose();
    }
    for (const k of kept) expectOverwritten(k);
    others.forEach((o, i) => expectUntouched(o, otherBytes[i]));
  });

  it('of a closed case’s files: the case file, its -wal, -shm and -journal, each overwritten, removed and listed', () => {
    const { dir, casePath } = bigCase();
    const companions = ['-journal', '-wal', '-shm'].map((s) => casePath + s);
    companions.forEach((c, i) => writeFileSync(c, randomBytes((i + 2) * PAGE + 100)));
    const kept = [casePath, ...companions].map((p) => keep(p, dir));
    const r = destroyCaseFiles(casePath);
    expect(r).toEqual({ files: [casePath, ...companions], bytes: kept.reduce((n, k) => n + k.bytes.length, 0) });
    for (const k of kept) expectOverwritten(k);
    // And none of them is left open by this process (an open descriptor would keep the inode alive).
    const open = readdirSync('/proc/self/fd').map((fd) => {
      try {
        return readlinkSync(join('/proc/self/fd', fd));
      } catch {
        return '';
      }
    });
    expect(open.filter((l) => kept.some((k) => l.startsWith(k.path)))).toEqual([]);
  });

  it('one file alone, with no progress asked for: overwritten in place, removed, its size returned', () => {
    const { dir, casePath } = bigCase();
    const k = keep(casePath, dir);
    expect(shredFile(casePath)).toBe(k.bytes.length);
    expectOverwritten(k);
  });

  it('an empty companion (0 bytes) is removed and listed, and counts no bytes', () => {
    const { casePath } = bigCase();
    writeFileSync(`${casePath}-wal`, '');
    const size = statSync(casePath).size;
    const r = destroyCaseFiles(casePath);
    expect(r).toEqual({ files: [casePath, `${casePath}-wal`], bytes: size });
    expect(existsSync(`${casePath}-wal`)).toBe(false);
  });

  it('the open case, with its passphrase: closed first, then destroyed; progress rises to done = total = bytes', async () => {
    const { casePath } = bigCase();
    const { api, dispose } = createService();
    try {
      await api.openCase({ path: casePath, passphrase: PASS });
      await api.addSource({ fileName: 'a.txt', bytes: new TextEncoder().encode('Written while open.') });
      const seen: Progress[] = [];
      const r = await api.destroyCase({ path: casePath, passphrase: PASS }, { onProgress: (p) => seen.push(p) });
      expect(r.files).toContain(casePath);
      expect(existsSync(casePath)).toBe(false);
      expect(existsSync(`${casePath}-wal`)).toBe(false);
      await expect(api.caseInfo({})).rejects.toMatchObject({ code: 'NO_CASE_OPEN' });
      const total = r.bytes;
      expect(total).toBeGreaterThan(1 << 20);
      for (const p of seen) expect(p).toMatchObject({ total, label: LABEL });
      const done = seen.map((p) => p.done);
      expect(done[0]).toBe(0);
      expect(done.at(-1)).toBe(total);
      // Each report is progress: it never repeats or goes back.
      for (let i = 1; i < done.length; i++) expect(done[i], `report ${i}`).toBeGreaterThan(done[i - 1]);
      // Something between the start and the end (the file is more than one chunk), in large steps, not per byte.
      expect(done.some((d) => d > 0 && d < total)).toBe(true);
      expect(seen.length).toBeLessThan(20);
    } finally {
      dispose();
    }
  });

  it('with several files, progress counts them together: it never passes the total and ends at the sum', () => {
    const { casePath } = bigCase();
    writeFileSync(`${casePath}-wal`, randomBytes(3 * PAGE));
    const rekey = `${casePath}.rekey-00000000000000aa.part`;
    copyFileSync(casePath, rekey);
    const total = [casePath, `${casePath}-wal`, rekey].reduce((n, p) => n + statSync(p).size, 0);
    const seen: Progress[] = [];
    const r = destroyCaseFiles(casePath, (p) => seen.push(p));
    expect(r.bytes).toBe(total);
    expect(seen.every((p) => p.total === total && p.done <= total)).toBe(true);
    const done = seen.map((p) => p.done);
    for (let i = 1; i < done.length; i++) expect(done[i], `report ${i}`).toBeGreaterThan(done[i - 1]);
    expect(done.at(-1)).toBe(total);
    expect(new Set(done).size).toBeGreaterThan(3);
  });
});

describe('what is not destroyed', () => {
  it('the open case with a wrong passphrase: WRONG_PASSPHRASE, still open, its file byte for byte', async () => {
    const { casePath } = bigCase();
    const { api, dispose } = createService();
    try {
      await api.openCase({ path: casePath, passphrase: PASS });
      const before = readFileSync(casePath);
      await expect(api.destroyCase({ path: casePath, passphrase: 'not the passphrase' })).rejects.toMatchObject({
        code: 'WRONG_PASSPHRASE',
        message: expect.stringContaining('Nothing was destroyed'),
      });
      expectUntouched(casePath, before);
      expect((await api.caseInfo({})).title).toBe('To destroy');
      expect((await api.listSources({})).map((s) => s.fileName)).toEqual(['big.bin']);
    } finally {
      dispose();
    }
  });

  it('a closed case with a wrong passphrase: WRONG_PASSPHRASE, the file and a stale copy beside it byte for byte', async () => {
    const { casePath } = bigCase();
    const rekey = `${casePath}.rekey-0123456789abcdef.part`;
    copyFileSync(casePath, rekey);
    const before = readFileSync(casePath);
    const { api, dispose } = createService();
    try {
      await expect(api.destroyCase({ path: casePath, passphrase: 'not the passphrase' })).rejects.toMatchObject({
        code: 'WRONG_PASSPHRASE',
      });
    } finally {
      dispose();
    }
    expectUntouched(casePath, before);
    expectUntouched(rekey, before);
  });

  it('another case, closed, while one is open: the open one stays open and whole', async () => {
    const { casePath } = bigCase();
    const otherPath = join(tmp(), 'other.casefile');
    CaseStore.create(otherPath, PASS, 'Other').close();
    const { api, dispose } = createService();
    try {
      await api.openCase({ path: casePath, passphrase: PASS });
      const r = await api.destroyCase({ path: otherPath, passphrase: PASS });
      expect(r.files).toEqual([otherPath]);
      expect(existsSync(otherPath)).toBe(false);
      expect((await api.caseInfo({})).title).toBe('To destroy');
      expect((await api.verify({})).ok).toBe(true);
    } finally {
      dispose();
    }
  });

  it('a file that is not a case, and an empty file: NOT_A_CASE_FILE, left as they were', async () => {
    const dir = tmp();
    const text = join(dir, 'notes.casefile');
    writeFileSync(text, randomBytes(3 * PAGE + 7));
    const empty = join(dir, 'empty.casefile');
    writeFileSync(empty, '');
    const { api, dispose } = createService();
    try {
      for (const path of [text, empty]) {
        const before = readFileSync(path);
        await expect(api.destroyCase({ path, passphrase: PASS }), path).rejects.toMatchObject({ code: 'NOT_A_CASE_FILE' });
        expectUntouched(path, before);
      }
    } finally {
      dispose();
    }
  });
});
