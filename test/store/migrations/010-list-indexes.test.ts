/**
 * Migration 010: the allegations table's window, its chart and the corroboration's reads served by
 * indexes (the plans say which), on a file that had rows before.
 */
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../helpers/tmp';
import { type Db, expectFailureLeavesPrevious, expectUpgradeKeepsData, fileAt } from './harness';

const tmp = useTempDir();

const plan = (db: Db, sql: string) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((p) => p.detail).join('\n');

describe('migration 010: list indexes', () => {
  it('on a version-9 file: keeps its rows, and the window, chart and source facts read indexes only', () => {
    const db = expectUpgradeKeepsData(fileAt(tmp(), 9), 10);
    try {
      const names = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").pluck().all() as string[]).sort();
      expect(names).toEqual(
        expect.arrayContaining(['allegations_category_entry', 'allegations_chart', 'sources_outlet', 'statements_source_text']),
      );
      // The indexes they replace, whose columns they start with, are gone.
      expect(names).not.toContain('allegations_category');
      expect(names).not.toContain('statements_source');
      // One category in entry order: read from the index in order, no sort of the whole table.
      const window = plan(db, "SELECT a.id FROM allegations a WHERE a.category = 'torture' ORDER BY a.created_at, a.rowid LIMIT 100");
      expect(window).toMatch(/SEARCH a USING INDEX allegations_category_entry \(category=\?\)/);
      expect(window).not.toMatch(/TEMP B-TREE/);
      // The chart's two counts from one covering index.
      expect(plan(db, 'SELECT category, status, count(*) AS n FROM allegations GROUP BY category, status')).toBe(
        'SCAN allegations USING COVERING INDEX allegations_chart',
      );
      expect(plan(db, "SELECT coalesce(substr(date_value, 1, 4), 'undated') AS year, count(*) FROM allegations GROUP BY year")).toMatch(
        /^SCAN allegations USING COVERING INDEX allegations_chart/,
      );
      // A source's statements and claimed outlet without reading the table.
      expect(plan(db, "SELECT source_id, text FROM statements WHERE source_id = 'src_1'")).toMatch(
        /SEARCH statements USING COVERING INDEX statements_source_text \(source_id=\?\)/,
      );
      expect(
        plan(db, `SELECT id, claimed_outlet FROM sources INDEXED BY sources_outlet WHERE id IN (SELECT value FROM json_each('["src_1"]'))`),
      ).toMatch(/SEARCH sources USING COVERING INDEX sources_outlet \(id=\?\)/);
      // What they index is what the rows hold.
      expect(db.prepare("SELECT text FROM statements INDEXED BY statements_source_text WHERE source_id = 'src_1'").pluck().all()).toEqual([
        'I saw it',
      ]);
      expect(
        db.prepare("SELECT count(*) FROM allegations INDEXED BY allegations_category_entry WHERE category = 'torture'").pluck().get(),
      ).toBe(1);
    } finally {
      db.close();
    }
  });

  it('a failure inside it leaves the file at version 9, unchanged', () => {
    expectFailureLeavesPrevious(fileAt(tmp(), 9), 10);
  });
});
