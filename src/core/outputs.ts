/**
 * Files the case writes elsewhere (export PDFs, backups, hand-over copies) are first written as
 * `<target>.<kind>-<hex>.part`, synced, and renamed into place only when finished. Before the partial
 * file is created, the case records it (case_meta `pending-output:<id>`, with an `output.begin` custody
 * entry naming the file), so if the process dies the next open of the case finds it: a finished,
 * ledgered export is completed under its name, anything else is removed — and the user is told which
 * (the open's custody entry lists it). An export PDF is plaintext, so this is what keeps a crash from
 * leaving readable case content outside the ledger for longer than until the case is next opened.
 *
 * Every change to the record goes through the custody-logged write like any other: registering it,
 * ending it inside the change that finishes the output, abandoning it, and clearing it at open.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { CaseContext, WritableDB } from './context';
import { ledgeredSha256 } from './ops/exports';
import { type PartKind, partPathFor } from './store/case-copy';
import { deleteMetaValue, insertMetaValue, metaValuesWithPrefix } from './store/case-meta';
import { removeWithCompanions, renameDurably } from './store/durable';

const PREFIX = 'pending-output:';

export interface PendingOutput {
  key: string;
  kind: PartKind;
  part: string;
  target: string;
  /** For exports: the ledger row that a finished part belongs to. */
  exportId?: string;
}

export interface Recovered {
  kind: PartKind;
  file: string;
  action: 'removed' | 'completed';
}

/** The custody entry's subject: the export for an export, otherwise the case. */
function subject(ctx: CaseContext, p: PendingOutput) {
  return p.kind === 'export' && p.exportId
    ? { entity: 'export', entityId: p.exportId }
    : { entity: 'case', entityId: ctx.store.meta().caseId };
}

/** Register a partial output in the case (committed, with its custody entry, before the file exists). */
export function beginOutput(ctx: CaseContext, target: string, kind: PartKind, exportId?: string): PendingOutput {
  const part = partPathFor(target, kind);
  const pending: PendingOutput = { key: `${PREFIX}${basename(part)}`, kind, part, target, exportId };
  return ctx.write((db) => {
    insertMetaValue(db, pending.key, JSON.stringify(pending));
    return {
      result: pending,
      custody: { action: 'output.begin', ...subject(ctx, pending), details: { kind, file: basename(target), part: pending.key } },
    };
  });
}

/** Forget a pending output, inside the custody-logged change that finishes it (or in the finished copy). */
export function endOutput(db: WritableDB, pending: PendingOutput): void {
  deleteMetaValue(db, pending.key);
}

/** The partial file failed or was cancelled: remove it and its record. */
export function abandonOutput(ctx: CaseContext, pending: PendingOutput): void {
  removeWithCompanions(pending.part);
  if (!ctx.store.isOpen) return;
  ctx.write((db) => {
    endOutput(db, pending);
    return {
      result: null,
      custody: { action: 'output.abandon', ...subject(ctx, pending), details: { kind: pending.kind, part: pending.key } },
    };
  });
}

/** Move the finished part into place (synced folder). The record is removed by the caller afterwards. */
export function publishOutput(pending: PendingOutput): void {
  renameDurably(pending.part, pending.target);
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/**
 * Run at open: deal with every partial output an interrupted run left. An export whose ledger row was
 * committed and whose part matches the recorded hash is completed (the rename was all that was missing);
 * every other part is deleted. Returns what was done, for the front end to say, and `clear`, which the
 * caller runs inside the open's custody-logged write to drop the records.
 */
export function recoverPendingOutputs(ctx: CaseContext): { recovered: Recovered[]; clear: (db: WritableDB) => void } {
  const rows = metaValuesWithPrefix(ctx.db, PREFIX);
  const done: Recovered[] = [];
  for (const row of rows) {
    let p: PendingOutput;
    try {
      p = JSON.parse(row.value) as PendingOutput;
    } catch {
      continue;
    }
    if (existsSync(p.part)) {
      const ledgered = p.kind === 'export' && p.exportId ? ledgeredSha256(ctx.db, p.exportId) : null;
      if (ledgered && !existsSync(p.target) && sha256(p.part) === ledgered) {
        publishOutput(p);
        done.push({ kind: p.kind, file: p.target, action: 'completed' });
      } else {
        removeWithCompanions(p.part);
        done.push({ kind: p.kind, file: p.part, action: 'removed' });
      }
    }
  }
  return {
    recovered: done,
    clear: (db) => {
      for (const row of rows) deleteMetaValue(db, row.key);
    },
  };
}
