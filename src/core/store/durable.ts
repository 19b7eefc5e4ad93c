/**
 * Writing files so that a crash leaves either the old state or the new one: data synced before a rename,
 * the folder synced after it, and no half-written file ever under its final name.
 */
import { closeSync, existsSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

export function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Make a rename or unlink in `dir` durable. Windows cannot open a folder for syncing; NTFS journals renames itself. */
export function fsyncDir(dir: string): void {
  let fd: number;
  try {
    fd = openSync(dir, 'r');
  } catch {
    return;
  }
  try {
    fsyncSync(fd);
  } catch {
    // EISDIR/EPERM on platforms that do not sync folders
  } finally {
    closeSync(fd);
  }
}

/** Create `path` (it must not exist), owner-only, write all of `bytes` and sync them. */
export function writeNewFileSynced(path: string, bytes: Uint8Array): void {
  const fd = openSync(path, 'wx', 0o600);
  try {
    let off = 0;
    while (off < bytes.byteLength) off += writeSync(fd, bytes, off, bytes.byteLength - off);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Rename `from` over `to` and sync the folder, so the new name survives a power cut. */
export function renameDurably(from: string, to: string): void {
  renameSync(from, to);
  fsyncDir(dirname(to));
}

export const SQLITE_COMPANIONS = ['-journal', '-wal', '-shm'] as const;

/** Remove a file and any SQLite companions it left; returns the paths that existed. */
export function removeWithCompanions(path: string): string[] {
  const removed: string[] = [];
  for (const p of [path, ...SQLITE_COMPANIONS.map((s) => path + s)]) {
    if (!existsSync(p)) continue;
    try {
      unlinkSync(p);
      removed.push(p);
    } catch {
      // already gone
    }
  }
  return removed;
}
