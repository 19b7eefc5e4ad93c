/**
 * Copies of a case file (re-key, backup, hand-over, restore) are made beside their target under a
 * `.part` name, synced, opened again and verified, and only then renamed into place. A crash at any
 * moment leaves the original as it was and at worst a `.part` file, which is encrypted and is removed
 * the next time (stale-parts.ts and ../outputs.ts).
 */
import { randomBytes } from 'node:crypto';
import { constants, copyFileSync, statSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import { CasefileError } from '../../shared/errors';
import { custodyHead, verifyChain } from '../custody/chain';
import { type ReadableDB, type WritableDB, type Written, writeLogged } from '../context';
import { fsyncFile, removeWithCompanions } from './durable';
import { applyKey, applyRekey } from './pragmas';
import { resolveNativeBinding } from './native';

export type PartKind = 'rekey' | 'restore' | 'backup' | 'handover' | 'export';

/** `<target>.<kind>-<16 hex>.part`: beside the target (same file system, so the rename is atomic). */
export function partPathFor(target: string, kind: PartKind): string {
  return `${target}.${kind}-${randomBytes(8).toString('hex')}.part`;
}

/**
 * A keyed connection to a copy (not a CaseStore: no migrations, no "opened" custody entry). Exclusive
 * locking is set before the first read, so no -shm file is made; temp data stays in memory.
 */
export function openCopy(path: string, passphrase: string): Db {
  const db = new Database(path, { fileMustExist: true, nativeBinding: resolveNativeBinding() });
  try {
    applyKey(db, passphrase);
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('temp_store = MEMORY');
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/** Bytes of a database that are not part of any page (junk appended, or a torn copy); 0 when none. */
export function bytesBeyondPages(db: Pick<ReadableDB, 'pragma'>, fileSize: number): number {
  const pages = db.pragma('page_count', { simple: true }) as number;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  return fileSize - pages * pageSize;
}

/**
 * Open the finished copy with `passphrase` and check it: every page (integrity_check), the custody chain,
 * the file length against the page count, and that its custody head is the one we wrote. Throws with a
 * message that says the original is unchanged.
 */
export function verifyCopy(path: string, passphrase: string, expectedHead: { seq: number; hash: string } | null): void {
  const fail = (why: string) =>
    new CasefileError('DAMAGED', `The new copy did not verify (${why}). It was removed; the original case is unchanged.`, { path });
  let db: Db;
  try {
    db = openCopy(path, passphrase);
  } catch (e) {
    throw fail(`it does not open: ${String((e as Error)?.message ?? e).slice(0, 100)}`);
  }
  try {
    const integrity = db.pragma('integrity_check', { simple: true }) as string;
    if (integrity !== 'ok') throw fail(`integrity check: ${integrity.slice(0, 100)}`);
    const chain = verifyChain(db);
    if (chain.problems.length) throw fail(`custody chain: ${chain.problems[0].message}`);
    const head = custodyHead(db);
    if (expectedHead && (head?.seq !== expectedHead.seq || head?.hash !== expectedHead.hash))
      throw fail('its custody log does not end with the entry just written');
    const extra = bytesBeyondPages(db, statSync(path).size);
    if (extra > 0) throw fail(`${extra} bytes beyond its last page`);
  } finally {
    db.close();
  }
}

export interface CopyOptions {
  /** Re-encrypt the copy under this passphrase (re-key, hand-over). */
  rekey?: string;
  /**
   * Changes made in the copy before it is synced and verified, through the same door as every write:
   * one transaction that appends the custody entries the change returns (what the copy is, where it came from).
   */
  write?: (db: WritableDB) => Written<unknown>;
  /** Told as each stage starts (copy, re-encrypt, verify), for a progress bar: `done` of COPY_STAGES. */
  onStage?: (done: number, label: string) => void;
}

/** The stages writeVerifiedCopy reports through `onStage`. */
export const COPY_STAGES = 3;

/**
 * Copy the (checkpointed) case file to `part`, apply `opts` to the copy under a rollback journal, sync it
 * and verify it with the passphrase it now has. Returns the copy's custody head. On any failure the part
 * is removed and the error rethrown; the original is never written.
 */
export function writeVerifiedCopy(
  source: { path: string; checkpoint(): void },
  part: string,
  passphrase: string,
  opts: CopyOptions = {},
): { seq: number; hash: string } | null {
  try {
    opts.onStage?.(0, 'Copying the case file');
    source.checkpoint();
    copyFileSync(source.path, part, constants.COPYFILE_EXCL);
    opts.onStage?.(1, opts.rekey !== undefined ? 'Re-encrypting the copy' : 'Writing the copy');
    const copy = openCopy(part, passphrase);
    let head: { seq: number; hash: string } | null;
    try {
      // SQLite3MultipleCiphers cannot re-key a WAL database; the copy is changed under a rollback journal.
      copy.pragma('journal_mode = DELETE');
      copy.pragma('synchronous = FULL');
      if (opts.rekey !== undefined) applyRekey(copy, opts.rekey);
      if (opts.write) writeLogged(copy, opts.write);
      head = custodyHead(copy);
    } finally {
      copy.close();
    }
    fsyncFile(part);
    opts.onStage?.(2, 'Checking the copy');
    verifyCopy(part, opts.rekey ?? passphrase, head);
    return head;
  } catch (e) {
    removeWithCompanions(part);
    throw e;
  }
}
