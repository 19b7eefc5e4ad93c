/**
 * Copies of a whole case: backup (same passphrase), hand-over (a colleague's new passphrase) and restore.
 * Each copy is itself a case file, written beside its target as a `.part`, synced, opened and verified
 * (every page, the custody chain, the file length), and renamed into place only then. Being a copy of
 * the database, it carries every table: sources, custody log, export ledger, the export-signing key.
 * Custody: the case records each backup and hand-over (file name and SHA-256 of the copy); a hand-over
 * copy also records, in itself, where it came from; a restored case records the restore.
 */
import { createHash } from 'node:crypto';
import { constants, copyFileSync, existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { CasefileError } from '../../shared/errors';
import { custodyHead } from '../custody/chain';
import { CaseContext } from '../context';
import { abandonOutput, beginOutput, endOutput, publishOutput } from '../outputs';
import { COPY_STAGES, writeVerifiedCopy, partPathFor, verifyCopy } from '../store/case-copy';
import { CaseStore } from '../store/case-store';
import { fsyncFile, removeWithCompanions, renameDurably, SQLITE_COMPANIONS } from '../store/durable';
import { inUseError, isBusy } from '../store/errors';
import { resolveNativeBinding } from '../store/native';
import { signingKeyFingerprint } from './signing-keys';
import type { Progress } from '../../shared/contract/define';

/** Progress and cancel for a copy: cancel is honoured between stages, before anything is in place. */
export interface CopyCallOptions {
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
}

export interface CopyResult {
  path: string;
  sha256: string;
  size: number;
  custodySeq: number;
  copyHead: { seq: number; hash: string } | null;
  /** Fingerprint of the export-signing key the copy carries (the case's own), null if it has none yet. */
  signingKey: string | null;
}

/** A stage reporter: says where the work is, and stops it there if the caller cancelled. */
function stages(total: number, opts: CopyCallOptions) {
  return (done: number, label: string) => {
    opts.onProgress?.({ done, total, label });
    opts.signal?.throwIfAborted();
  };
}

function cancelled(e: unknown, what: string): unknown {
  // Stryker disable next-line OptionalChaining: everything a copy throws is an Error object
  return (e as { name?: string })?.name === 'AbortError'
    ? new CasefileError('CANCELLED', `The ${what} was cancelled; no file was left behind.`)
    : e;
}

const fileSha256 = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

function real(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    // Stryker disable next-line ConditionalExpression: every caller has checked that the folder exists (the fallback is a safeguard)
    return existsSync(dirname(p)) ? join(realpathSync(dirname(p)), basename(p)) : resolve(p);
  }
}

const withCompanions = (p: string) => [p, ...SQLITE_COMPANIONS.map((c) => p + c)];

function checkTarget(dest: string, casePath: string | null, overwrite = false): string {
  const abs = resolve(dest);
  if (!existsSync(dirname(abs))) throw new CasefileError('NOT_FOUND', `The folder ${dirname(abs)} does not exist.`, { path: abs });
  if (casePath) {
    // Neither the target nor its companions (which clearCompanions removes) may be a file of the open case.
    const ours = withCompanions(real(casePath));
    if (withCompanions(abs).some((f) => ours.includes(real(f))))
      throw new CasefileError('INVALID_INPUT', 'That is the open case file itself. Choose another name; nothing was written.', {
        path: abs,
      });
  }
  if (existsSync(abs) && statSync(abs).isDirectory())
    throw new CasefileError('INVALID_INPUT', `${abs} is a folder. Choose a file name; nothing was written.`, { path: abs });
  if (existsSync(abs) && !overwrite)
    throw new CasefileError('ALREADY_EXISTS', `${abs} already exists. Choose another name; nothing was overwritten.`, { path: abs });
  return abs;
}

/**
 * SQLite reads a `-wal` beside a database as part of it, whichever database left it there: one left at
 * the target by a case file that was deleted (or replaced) would be replayed into the copy put in its
 * place. The target's companions go just before the copy takes its name.
 */
function clearCompanions(dest: string): void {
  for (const c of SQLITE_COMPANIONS) removeWithCompanions(dest + c);
}

function confirmPassphrase(ctx: CaseContext, passphrase: string): void {
  if (!ctx.store.checkPassphrase(passphrase))
    throw new CasefileError('WRONG_PASSPHRASE', 'The passphrase is not right for the open case. Nothing was written.');
}

/**
 * Backup (no `newPassphrase`) or hand-over (`newPassphrase`: the copy opens only with that one).
 * The case's own custody entry is written after the copy is in place, with the copy's hash.
 */
export function copyCase(
  ctx: CaseContext,
  req: { dest: string; passphrase: string; newPassphrase?: string; recipient?: string },
  opts: CopyCallOptions = {},
): CopyResult {
  const stage = stages(COPY_STAGES + 1, opts);
  stage(0, 'Checking the passphrase');
  confirmPassphrase(ctx, req.passphrase);
  const dest = checkTarget(req.dest, ctx.store.path);
  const kind = req.newPassphrase === undefined ? 'backup' : 'handover';
  const caseId = ctx.store.meta().caseId;
  const pending = beginOutput(ctx, dest, kind);
  // What the copy carries of this case's log: everything up to (and with) the entry that registered it.
  const sourceHead = custodyHead(ctx.db);
  const signingKey = signingKeyFingerprint(ctx.db);
  try {
    const copyHead = writeVerifiedCopy(ctx.store, pending.part, req.passphrase, {
      rekey: req.newPassphrase,
      onStage: stage,
      // The copy is finished in itself: its pending-output record goes, and it records what it is.
      write: (copy) => {
        // It travels with the copy (it is a table of the case); a copy without it would sign nothing.
        // Stryker disable next-line ConditionalExpression: the copy is a byte copy of the case, so its key always matches (a safeguard)
        if (signingKeyFingerprint(copy) !== signingKey)
          // Stryker disable next-line StringLiteral: not reached (see above)
          throw new CasefileError('DAMAGED', 'The copy does not carry the case’s export-signing key. Nothing was written.');
        endOutput(copy, pending);
        return {
          result: null,
          custody:
            kind === 'handover'
              ? {
                  action: 'case.handover-received',
                  entity: 'case',
                  entityId: caseId,
                  details: { recipient: req.recipient ?? null, fromHead: sourceHead },
                }
              : { action: 'case.backup-copy', entity: 'case', entityId: caseId, details: { fromHead: sourceHead } },
        };
      },
    });
    stage(COPY_STAGES, 'Recording the copy in the custody log');
    clearCompanions(dest);
    publishOutput(pending);
    const sha256 = fileSha256(dest);
    const size = statSync(dest).size;
    const custodySeq = ctx.write((db) => {
      endOutput(db, pending);
      return {
        result: (custodyHead(db)?.seq ?? 0) + 1,
        custody: {
          action: kind === 'backup' ? 'case.backup' : 'case.handover',
          entity: 'case',
          entityId: caseId,
          details: { file: basename(dest), sha256, size, part: pending.key, ...(req.recipient ? { recipient: req.recipient } : {}) },
        },
      };
    });
    opts.onProgress?.({ done: COPY_STAGES + 1, total: COPY_STAGES + 1, label: 'Done' });
    return { path: dest, sha256, size, custodySeq, copyHead, signingKey };
  } catch (e) {
    abandonOutput(ctx, pending);
    throw cancelled(e, kind === 'backup' ? 'backup' : 'hand-over');
  }
}

/** A case file that some process holds open (its exclusive lock) answers a lock-free read with BUSY. */
function assertNotInUse(path: string): void {
  let db: InstanceType<typeof Database> | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, timeout: 0, nativeBinding: resolveNativeBinding() });
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (e) {
    if (isBusy(e)) throw inUseError(path);
  } finally {
    db?.close();
  }
}

/**
 * Restore a backup (or a received hand-over) to `dest`: copied beside it, opened with the passphrase
 * (migrated if older), given a `case.restore` custody entry, verified, and renamed into place. The
 * backup itself is only read. Over an existing case only with `overwrite`, and never over one in use.
 */
export function restoreCase(
  req: { backup: string; dest: string; passphrase: string; overwrite?: boolean },
  opts: CopyCallOptions = {},
): CopyResult {
  const stage = stages(4, opts);
  const backup = resolve(req.backup);
  if (!existsSync(backup)) throw new CasefileError('NOT_FOUND', `There is no file at ${backup}.`, { path: backup });
  if (existsSync(`${backup}-wal`) && statSync(`${backup}-wal`).size > 0)
    throw new CasefileError('IN_USE', `${backup} is open or was not closed cleanly. Open and close it in Casefile once, then restore it.`);
  const dest = checkTarget(req.dest, null, req.overwrite);
  if (real(dest) === real(backup)) throw new CasefileError('INVALID_INPUT', 'Restore to another name than the backup itself.');
  // Stryker disable next-line ConditionalExpression: for a missing file assertNotInUse finds nothing in use (its open fails and is ignored)
  if (existsSync(dest)) assertNotInUse(dest);
  const part = partPathFor(dest, 'restore');
  const backupSha256 = fileSha256(backup);
  let head: { seq: number; hash: string } | null;
  let signingKey: string | null;
  try {
    stage(0, 'Copying the backup');
    copyFileSync(backup, part, constants.COPYFILE_EXCL);
    stage(1, 'Opening it with the passphrase');
    const store = CaseStore.open(part, req.passphrase);
    try {
      const ctx = new CaseContext(store);
      signingKey = signingKeyFingerprint(ctx.db);
      ctx.write(() => ({
        result: null,
        custody: {
          action: 'case.restore',
          entity: 'case',
          entityId: store.meta().caseId,
          details: { from: basename(backup), backupSha256 },
        },
      }));
      head = custodyHead(store.db);
    } finally {
      store.close();
    }
    fsyncFile(part);
    stage(2, 'Checking the restored copy');
    verifyCopy(part, req.passphrase, head);
    // The last moment a cancel is honoured: after this the restored case is in place.
    stage(3, 'Putting it in place');
    clearCompanions(dest);
    renameDurably(part, dest);
  } catch (e) {
    removeWithCompanions(part);
    throw cancelled(e, 'restore');
  }
  opts.onProgress?.({ done: 4, total: 4, label: 'Done' });
  return { path: dest, sha256: fileSha256(dest), size: statSync(dest).size, custodySeq: head?.seq ?? 0, copyHead: head, signingKey };
}
