/**
 * The overview's counts come from record_counts (migration 6), kept by triggers; they must always equal
 * count(*) of the rows. Checked on a file migrated with rows already in it, through the service's own
 * operations (accept, reject, undo, edit a category, delete, merge), and on raw changes of every kind a
 * trigger must follow (insert, delete, a category or a status changed, a no-op update).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { generateCase, shapeFor } from '../../bench/lib/casegen';
import { appendCustody } from '../../src/core/custody/chain';
import { CaseContext } from '../../src/core/context';
import { caseInfo } from '../../src/core/ops/case-info';
import { CaseStore } from '../../src/core/store/case-store';
import { writableHandle } from '../../src/core/store/handles';
import { migrate } from '../../src/core/store/migrate';
import { MIGRATIONS } from '../../src/core/store/migrations';
import type { CaseInfo } from '../../src/shared/contract/case';
import { SUGGESTION_KINDS } from '../../src/shared/domain';
import { PASS, useTempDir } from '../helpers/tmp';
import { dmitriMeduza, salikovNpo, salikovPolitico } from './articles';
import { caseWith } from './fixture';

const tmp = useTempDir();
let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

type Db = InstanceType<typeof Database>;
const n = (db: Db, sql: string) => (db.prepare(sql).pluck().get() as number) ?? 0;

/** The counts as count(*) gives them: what record_counts must agree with. */
function truth(db: Db) {
  return {
    counts: {
      sources: n(db, 'SELECT count(*) FROM sources'),
      people: n(db, 'SELECT count(*) FROM people'),
      statements: n(db, 'SELECT count(*) FROM statements'),
      allegations: n(db, 'SELECT count(*) FROM allegations'),
      events: n(db, 'SELECT count(*) FROM events'),
      asylumSteps: n(db, 'SELECT count(*) FROM asylum_steps'),
      pendingSuggestions: n(db, "SELECT count(*) FROM suggestions WHERE status = 'pending'"),
      custodyEntries: n(db, 'SELECT count(*) FROM custody_log'),
      exports: n(db, 'SELECT count(*) FROM exports'),
    },
    byCategory: db.prepare('SELECT category, count(*) AS count FROM allegations GROUP BY category ORDER BY count DESC, category').all() as {
      category: string;
      count: number;
    }[],
  };
}

const seen = (info: CaseInfo) => ({
  counts: info.counts,
  byCategory: info.overview.allegationsByCategory.map(({ category, count }) => ({ category, count })),
});

describe('record_counts', () => {
  it('migration 6 starts the counts from the rows a version-5 file already holds', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS, 5);
    const write = (fn: (d: Db) => { custody: Parameters<typeof appendCustody>[1][] }) =>
      db.transaction(() => {
        for (const c of fn(db).custody) appendCustody(writableHandle(db), c);
      })();
    generateCase(write, shapeFor(600), 9, 200);
    db.prepare(
      "INSERT INTO suggestions (id, source_id, kind, payload_json, status, created_at) SELECT 'sg' || rowid, id, 'person', '{}', 'pending', 'now' FROM sources",
    ).run();
    expect(migrate(db, MIGRATIONS, 6)).toEqual([6]);
    const rows = Object.fromEntries(
      (db.prepare('SELECT name, n FROM record_counts').all() as { name: string; n: number }[]).map((r) => [r.name, r.n]),
    );
    const t = truth(db);
    expect(rows).toMatchObject({
      sources: t.counts.sources,
      statements: t.counts.statements,
      events: t.counts.events,
      'suggestions:pending': t.counts.sources,
    });
    expect(t.counts.allegations).toBe(300);
    for (const c of t.byCategory) expect(rows[`allegations:${c.category}`]).toBe(c.count);
    db.close();
  });

  it('caseInfo agrees with count(*) through accept, reject, undo, a category change, delete, merge and undo of a delete', async () => {
    const path = join(tmp(), 'counts.casefile');
    const c = await caseWith(tmp(), [salikovNpo, dmitriMeduza, salikovPolitico], 'counts.casefile');
    cleanup = c.dispose;
    const { api } = c;
    const checks: CaseInfo[] = [];
    const step = async (fn: () => Promise<unknown>) => {
      await fn();
      checks.push(await api.caseInfo({}));
    };
    const pending = await api.listSuggestions({});
    expect(pending.length).toBeGreaterThan(5);
    for (const kind of SUGGESTION_KINDS) await step(() => api.acceptAllSuggestions({ kind }));
    await step(() => api.undoDecision({}));
    const left = await api.listSuggestions({});
    if (left.length) await step(() => api.rejectSuggestion({ id: left[0].id }));
    await step(() => api.addAllegation({ category: 'pillage', description: 'Televisions were loaded onto trucks.' }));
    const all = await api.listAllegations({});
    expect(all.length).toBeGreaterThan(1);
    await step(() => api.updateAllegation({ id: all[0].id, category: 'torture' }));
    await step(() => api.deleteRecord({ kind: 'allegation', id: all[1].id }));
    await step(() => api.undoLastChange({}));
    await step(() => api.deleteRecord({ kind: 'allegation', id: all[1].id }));
    const people = await api.listPeople({});
    if (people.length >= 2) await step(() => api.mergePeople({ keepId: people[0].id, mergeId: people[1].id }));
    const events = (await api.timeline({})).events;
    if (events.length) await step(() => api.deleteRecord({ kind: 'event', id: events[0].id }));
    c.dispose();
    cleanup = null;

    // The last step's caseInfo against count(*) on the file, reopened.
    const store = CaseStore.open(path, PASS);
    const ctx = new CaseContext(store);
    try {
      const t = truth(store.db);
      const last = checks.at(-1)!;
      // Closing wrote no counted row; only the custody log moved on (the reopen's and close's entries aside).
      expect({ ...seen(last).counts, custodyEntries: 0 }).toEqual({ ...t.counts, custodyEntries: 0 });
      expect(seen(last).byCategory).toEqual(t.byCategory);
      expect(seen(caseInfo(ctx))).toEqual(t);
      expect(t.counts.allegations).toBeGreaterThan(0);
      expect(new Set(checks.map((i) => i.counts.pendingSuggestions)).size).toBeGreaterThan(1);
    } finally {
      ctx.store.close();
    }
  });

  it('follows raw inserts, deletes, category and status changes', () => {
    const store = CaseStore.create(join(tmp(), 'raw.casefile'), PASS, 'raw');
    const ctx = new CaseContext(store);
    const db = store.db;
    try {
      generateCase((fn) => ctx.write((w) => ({ result: null, custody: fn(w).custody as never })), shapeFor(400), 4, 100);
      const change = (sql: string) =>
        ctx.write((w) => {
          w.exec(sql);
          return { result: null, custody: { action: 'test.raw', entity: 'case', entityId: null } };
        });
      change(
        "INSERT INTO suggestions (id, source_id, kind, payload_json, status, created_at) SELECT 'sg' || rowid, id, 'person', '{}', 'pending', 'now' FROM sources",
      );
      expect(seen(caseInfo(ctx))).toEqual(truth(db));
      for (const sql of [
        "UPDATE allegations SET category = 'genocide' WHERE rowid % 3 = 0",
        'UPDATE allegations SET category = category WHERE rowid % 5 = 0',
        'DELETE FROM allegations WHERE rowid % 4 = 1',
        "UPDATE suggestions SET status = 'accepted' WHERE rowid % 2 = 0",
        "UPDATE suggestions SET status = 'rejected' WHERE rowid % 3 = 0",
        "UPDATE suggestions SET status = 'pending' WHERE rowid % 6 = 0",
        'DELETE FROM suggestions WHERE rowid % 5 = 0',
        'DELETE FROM events WHERE rowid % 2 = 0',
        'DELETE FROM statements WHERE rowid % 3 = 0',
        "INSERT INTO people (id, name, created_at, updated_at) VALUES ('p1', 'A', 'now', 'now'), ('p2', 'B', 'now', 'now')",
        "DELETE FROM people WHERE id = 'p1'",
        "INSERT INTO asylum_steps (id, country, stage, created_at, updated_at) VALUES ('as1', 'DE', 'applied', 'now', 'now')",
        'DELETE FROM allegations',
      ]) {
        change(sql);
        expect(seen(caseInfo(ctx)), sql).toEqual(truth(db));
      }
      expect(caseInfo(ctx).overview.allegationsByCategory).toEqual([]);
    } finally {
      ctx.store.close();
    }
  });

  it('no code replaces a counted row (REPLACE deletes without firing the delete trigger)', () => {
    const root = join(__dirname, '../..');
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
      );
    const counted =
      /\b(INSERT\s+OR\s+REPLACE|REPLACE)\s+INTO\s+(sources|people|statements|events|asylum_steps|exports|allegations|suggestions)\b/i;
    const offenders = files(join(root, 'src')).flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .flatMap((l, i) => (counted.test(l) ? [`${relative(root, f)}:${i + 1}`] : [])),
    );
    expect(counted.test('INSERT OR REPLACE INTO allegations (id) VALUES (1)')).toBe(true);
    expect(offenders).toEqual([]);
  });
});
