/**
 * Secure delete of a case the user chose to destroy: every byte of the file (and of any companion or
 * leftover copy beside it) is overwritten with random data and synced before the file is unlinked and
 * the folder synced. What this cannot reach (SSD wear levelling, copy-on-write file systems, snapshots,
 * backups) is in the README; the file was encrypted throughout, so what survives there is ciphertext.
 */
import { randomFillSync } from 'node:crypto';
import { closeSync, existsSync, fstatSync, fsyncSync, openSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CasefileError } from '../../shared/errors';
import type { Session } from '../session';
import { CaseStore } from '../store/case-store';
import { fsyncDir, SQLITE_COMPANIONS } from '../store/durable';
import { staleCaseParts } from '../store/stale-parts';
import type { Progress } from '../../shared/contract/define';

const CHUNK = 1 << 20;

/** Overwrite the whole file with random bytes, sync, unlink. Returns the bytes overwritten. */
export function shredFile(path: string, onChunk?: (overwrittenSoFar: number) => void): number {
  const fd = openSync(path, 'r+');
  let size = 0;
  try {
    size = fstatSync(fd).size;
    const buf = Buffer.alloc(Math.min(CHUNK, Math.max(size, 1)));
    for (let off = 0; off < size; off += buf.length) {
      const n = Math.min(buf.length, size - off);
      randomFillSync(buf, 0, n);
      let w = 0;
      // Stryker disable next-line ArithmeticOperator: writeSync on a regular file writes all it is given (a short write only on a full disk or a signal, which no test can make), so the loop runs once, with w = 0, where n - w = n + w and off + w = off - w
      while (w < n) w += writeSync(fd, buf, w, n - w, off + w);
      onChunk?.(off + n);
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  unlinkSync(path);
  return size;
}

/**
 * Shred a (closed) case file, its SQLite companions and any stale re-key/restore copies beside it.
 * Progress is in bytes overwritten. There is no cancel: a case half overwritten opens no more.
 */
export function destroyCaseFiles(casePath: string, onProgress?: (p: Progress) => void): { files: string[]; bytes: number } {
  const files: string[] = [];
  let bytes = 0;
  // Leftover re-key/restore copies are encrypted, but they are copies of the case: shred them too.
  const withCompanions = (p: string) => [p, ...SQLITE_COMPANIONS.map((s) => p + s)];
  const candidates = [...withCompanions(casePath), ...staleCaseParts(casePath).flatMap(withCompanions)];
  const present = candidates.filter((p) => existsSync(p));
  const total = present.reduce((n, p) => n + statSync(p).size, 0);
  onProgress?.({ done: 0, total, label: 'Overwriting the case file' });
  for (const p of present) {
    bytes += shredFile(p, (soFar) => onProgress?.({ done: Math.min(total, bytes + soFar), total, label: 'Overwriting the case file' }));
    files.push(p);
  }
  fsyncDir(dirname(casePath));
  return { files, bytes };
}

/**
 * Destroy the case file the user chose. If it is the case open here, its passphrase is checked before it
 * is closed (a wrong one leaves it open and untouched); opening the file then proves it is a case file and
 * that the passphrase is the user's, and closing checkpoints it before every byte is overwritten.
 */
export function destroyCase(
  session: Session,
  req: { path: string; passphrase: string },
  onProgress?: (p: Progress) => void,
): { files: string[]; bytes: number } {
  const abs = resolve(req.path);
  if (session.isOpen && session.ctx().store.path === abs) {
    if (!session.ctx().store.checkPassphrase(req.passphrase))
      throw new CasefileError('WRONG_PASSPHRASE', 'The passphrase is not right for this case. Nothing was destroyed.');
    session.close();
  }
  // Opened without its tidy-up, which would unlink the stale re-key/restore copies unshredded.
  CaseStore.open(abs, req.passphrase, { keepStaleParts: true }).close();
  return destroyCaseFiles(abs, onProgress);
}
