/**
 * The allegations list for a large case (issue #15): built in one pass (links in one query, each source
 * read and compared once for the whole list), it must give exactly what building each allegation on its
 * own gives; and the overview's counts, taken in SQL, exactly what counting the built lists gives.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCase, shapeFor } from '../../bench/lib/casegen';
import { CaseContext } from '../../src/core/context';
import { getAllegation, listAllegations } from '../../src/core/ops/allegations';
import { caseInfo } from '../../src/core/ops/case-info';
import { timeline } from '../../src/core/ops/timeline';
import { CaseStore } from '../../src/core/store/case-store';
import { PASS, useTempDir } from '../helpers/tmp';

const tmp = useTempDir();

function generated(records: number, seed: number): CaseContext {
  const ctx = new CaseContext(CaseStore.create(join(tmp(), `g${seed}.casefile`), PASS, 'generated'));
  generateCase((fn) => ctx.write((db) => ({ result: null, custody: fn(db).custody as never })), shapeFor(records), seed, 500);
  return ctx;
}

describe('allegations list and overview counts on a generated case', () => {
  it('the one-pass list equals each allegation built on its own, corroboration included', () => {
    const ctx = generated(1200, 3);
    try {
      // Investigator origin keys on some links, so all three ways of merging sources occur.
      ctx.write((db) => {
        db.prepare("UPDATE evidence_links SET origin_key = 'interview-1' WHERE rowid % 7 = 0").run();
        return { result: null, custody: { action: 'bench.origin', entity: 'case', entityId: null } };
      });
      const list = listAllegations(ctx);
      expect(list.length).toBe(600);
      const merged = list.filter((a) => a.corroboration.independent < a.corroboration.sources);
      // The generated case shares quotes and outlets between sources: some allegations must merge.
      expect(merged.length).toBeGreaterThan(10);
      expect(merged.some((a) => a.corroboration.groups.some((g) => g.key.startsWith('quote:')))).toBe(true);
      expect(merged.some((a) => a.corroboration.groups.some((g) => g.key.startsWith('outlet:')))).toBe(true);
      expect(list).toEqual(list.map((a) => getAllegation(ctx, a.id)));

      const torture = listAllegations(ctx, { category: 'torture' });
      expect(torture).toEqual(list.filter((a) => a.category === 'torture'));
      expect(listAllegations(ctx, { status: 'corroborated' })).toEqual(list.filter((a) => a.status === 'corroborated'));
    } finally {
      ctx.store.close();
    }
  });

  it('caseInfo.overview counts by category and spans the timeline as the built lists do', () => {
    const ctx = generated(800, 5);
    try {
      // One dated range that ends after every other date: the span's end is its end, not a start.
      ctx.write((db) => {
        db.prepare(
          "UPDATE events SET date_end = '2031-06-30', date_precision = 'range' WHERE rowid = (SELECT min(rowid) FROM events WHERE date_value IS NOT NULL)",
        ).run();
        return { result: null, custody: { action: 'bench.range', entity: 'case', entityId: null } };
      });
      const info = caseInfo(ctx);
      expect(info.overview.events.last).toBe('2031-06-30');
      const counts = new Map<string, number>();
      for (const a of listAllegations(ctx)) counts.set(a.category, (counts.get(a.category) ?? 0) + 1);
      expect(info.overview.allegationsByCategory.map((c) => [c.category, c.count])).toEqual(
        [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)),
      );
      expect(info.overview.allegationsByCategory[0].label).toMatch(/\w/);
      const events = timeline(ctx).events;
      const dated = events.filter((e) => e.date.value);
      expect(info.overview.events).toEqual({
        count: events.length,
        first: dated.map((e) => e.date.value as string).sort()[0],
        last: dated
          .map((e) => (e.date.end ?? e.date.value) as string)
          .sort()
          .at(-1),
      });
      expect(info.overview.events.count).toBeGreaterThan(0);
    } finally {
      ctx.store.close();
    }
  });
});
