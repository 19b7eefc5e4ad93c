import type { CaseInfo } from '../../shared/contract/case';
import { custodyCount, custodyHead } from '../custody/log';
import type { CaseContext } from '../context';
import { allegationCountsByCategory } from './allegations';
import { timelineSpan } from './timeline';

const count = (ctx: CaseContext, sql: string): number => (ctx.db.prepare(sql).get() as { n: number }).n;

export function caseInfo(ctx: CaseContext): CaseInfo {
  const meta = ctx.store.meta();
  return {
    path: ctx.store.path,
    caseId: meta.caseId,
    title: meta.title,
    createdAt: meta.createdAt,
    appVersion: meta.appVersion,
    schemaVersion: ctx.store.schemaVersion(),
    fileSize: ctx.store.fileSize(),
    counts: {
      sources: count(ctx, 'SELECT count(*) AS n FROM sources'),
      people: count(ctx, 'SELECT count(*) AS n FROM people'),
      statements: count(ctx, 'SELECT count(*) AS n FROM statements'),
      allegations: count(ctx, 'SELECT count(*) AS n FROM allegations'),
      events: count(ctx, 'SELECT count(*) AS n FROM events'),
      asylumSteps: count(ctx, 'SELECT count(*) AS n FROM asylum_steps'),
      pendingSuggestions: count(ctx, "SELECT count(*) AS n FROM suggestions WHERE status = 'pending'"),
      custodyEntries: custodyCount(ctx.db),
      exports: count(ctx, 'SELECT count(*) AS n FROM exports'),
    },
    custodyHead: custodyHead(ctx.db),
    overview: { allegationsByCategory: allegationCountsByCategory(ctx), events: timelineSpan(ctx) },
  };
}
