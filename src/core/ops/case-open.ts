/**
 * What opening a case records: the leftovers of an interrupted re-key or restore (removed by the store
 * as it opened) and of outputs cut off mid-write (outputs.ts: completed or removed), dealt with and listed
 * in the `case.open` custody entry, whose write also drops the records of those outputs.
 */
import { basename } from 'node:path';
import type { CaseContext } from '../context';
import { type Recovered, recoverPendingOutputs } from '../outputs';

export function recordCaseOpen(ctx: CaseContext): Recovered[] {
  const stale = ctx.store.staleRemoved
    .filter((f) => f.endsWith('.part'))
    .map((file): Recovered => ({ kind: /\.restore-[0-9a-f]+\.part$/.test(file) ? 'restore' : 'rekey', file, action: 'removed' }));
  const outputs = recoverPendingOutputs(ctx);
  const recovered = [...stale, ...outputs.recovered];
  const details = recovered.length ? { recovered: recovered.map((r) => ({ ...r, file: basename(r.file) })) } : undefined;
  ctx.write((db) => {
    outputs.clear(db);
    return { result: null, custody: { action: 'case.open', entity: 'case', entityId: ctx.store.meta().caseId, details } };
  });
  return recovered;
}
