/**
 * Files the case writes elsewhere (export PDFs, backups, hand-over copies) are first written as
 * `<target>.<kind>-<hex>.part`, synced, and renamed into place only when finished. Before the partial
 * file is created, the case records it (case_meta `pending-output:<id>`), so if the process dies the
 * next open of the case finds it: a finished, ledgered export is completed under its name, anything
 * else is removed — and the user is told which. An export PDF is plaintext, so this is what keeps a crash
 * from leaving readable case content outside the ledger for longer than until the case is next opened.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { CaseContext } from './context';
import { type PartKind, partPathFor } from './store/case-copy';
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

/** Register a partial output in the case (committed before the file exists). Not case content: no custody entry. */
export function beginOutput(ctx: CaseContext, target: string, kind: PartKind, exportId?: string): PendingOutput {
  const part = partPathFor(target, kind);
  const pending: PendingOutput = { key: `${PREFIX}${basename(part)}`, kind, part, target, exportId };
  ctx.db.prepare('INSERT INTO case_meta (key, value) VALUES (?, ?)').run(pending.key, JSON.stringify(pending));
  return pending;
}

/** Forget a pending output; pass `db` to do it inside the caller's transaction. */
export function endOutput(db: Database, pending: PendingOutput): void {
  db.prepare('DELETE FROM case_meta WHERE key = ?').run(pending.key);
}

/** The partial file failed or was cancelled: remove it and its record. */
export function abandonOutput(ctx: CaseContext, pending: PendingOutput): void {
  removeWithCompanions(pending.part);
  if (ctx.store.isOpen) endOutput(ctx.db, pending);
}

/** Move the finished part into place (synced folder). The record is removed by the caller afterwards. */
export function publishOutput(pending: PendingOutput): void {
  renameDurably(pending.part, pending.target);
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/**
 * Run at open: deal with every partial output an interrupted run left. An export whose ledger row was
 * committed and whose part matches the recorded hash is completed (the rename was all that was missing);
 * every other part is deleted. Returns what was done, for the front end to say.
 */
export function recoverPendingOutputs(ctx: CaseContext): Recovered[] {
  const rows = ctx.db.prepare('SELECT key, value FROM case_meta WHERE key LIKE ?').all(`${PREFIX}%`) as { key: string; value: string }[];
  const done: Recovered[] = [];
  for (const row of rows) {
    let p: PendingOutput;
    try {
      p = JSON.parse(row.value) as PendingOutput;
    } catch {
      ctx.db.prepare('DELETE FROM case_meta WHERE key = ?').run(row.key);
      continue;
    }
    if (existsSync(p.part)) {
      const ledgered =
        p.kind === 'export' && p.exportId
          ? (ctx.db.prepare('SELECT sha256 FROM exports WHERE id = ?').get(p.exportId) as { sha256: string } | undefined)
          : undefined;
      if (ledgered && !existsSync(p.target) && sha256(p.part) === ledgered.sha256) {
        publishOutput(p);
        done.push({ kind: p.kind, file: p.target, action: 'completed' });
      } else {
        removeWithCompanions(p.part);
        done.push({ kind: p.kind, file: p.part, action: 'removed' });
      }
    }
    ctx.db.prepare('DELETE FROM case_meta WHERE key = ?').run(row.key);
  }
  return done;
}
