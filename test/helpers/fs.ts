import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

export function fileSha(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** The file and its SQLite companions, as they are on disk now. */
export function companions(path: string): string[] {
  return [path, `${path}-wal`, `${path}-shm`, `${path}-journal`].filter((p) => existsSync(p));
}
