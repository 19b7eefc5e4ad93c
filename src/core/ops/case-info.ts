import type { CaseInfo } from '../../shared/contract/case';
import { custodyCount, custodyHead } from '../custody/log';
import type { CaseContext } from '../context';
import { allegationCountsFromRecord, pendingSuggestionCount, recordCount } from './record-counts';
import { timelineSpan } from './timeline';

/**
 * What the overview shows after unlock. Every figure is one indexed read (record_counts, the custody
 * head, the timeline's date indexes), so it costs the same at 100 records and at 100,000.
 */
export function caseInfo(ctx: CaseContext): CaseInfo {
  const meta = ctx.store.meta();
  const byCategory = allegationCountsFromRecord(ctx.db);
  return {
    path: ctx.store.path,
    caseId: meta.caseId,
    title: meta.title,
    createdAt: meta.createdAt,
    appVersion: meta.appVersion,
    schemaVersion: ctx.store.schemaVersion(),
    fileSize: ctx.store.fileSize(),
    counts: {
      sources: recordCount(ctx.db, 'sources'),
      people: recordCount(ctx.db, 'people'),
      statements: recordCount(ctx.db, 'statements'),
      allegations: byCategory.reduce((n, c) => n + c.count, 0),
      events: recordCount(ctx.db, 'events'),
      asylumSteps: recordCount(ctx.db, 'asylum_steps'),
      pendingSuggestions: pendingSuggestionCount(ctx.db),
      custodyEntries: custodyCount(ctx.db),
      exports: recordCount(ctx.db, 'exports'),
    },
    custodyHead: custodyHead(ctx.db),
    overview: { allegationsByCategory: byCategory, events: timelineSpan(ctx) },
  };
}
