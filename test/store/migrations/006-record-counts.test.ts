/** Migration 006: record counts kept by triggers, and the timeline's span read from two indexes. */
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../helpers/tmp';
import { expectFailureLeavesPrevious, expectUpgradeKeepsData, fileAt } from './harness';

const tmp = useTempDir();

describe('migration 006: record counts', () => {
  it('on a version-5 file: keeps its rows, counts the rows already there, and reads the overview in one lookup each', () => {
    const db = expectUpgradeKeepsData(fileAt(tmp(), 5), 6);
    try {
      const counts = Object.fromEntries(
        (db.prepare('SELECT name, n FROM record_counts').all() as { name: string; n: number }[]).map((r) => [r.name, r.n]),
      );
      // fileAt seeds one row in every table (the suggestion pending, the allegation a torture one).
      expect(counts).toEqual({
        sources: 1,
        people: 1,
        statements: 1,
        events: 1,
        asylum_steps: 1,
        exports: 1,
        'allegations:torture': 1,
        'suggestions:pending': 1,
      });
      const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((p) => p.detail).join('\n');
      expect(plan('SELECT min(date_value) FROM events')).toMatch(/SEARCH events USING COVERING INDEX events_first/);
      expect(plan('SELECT max(coalesce(date_end, date_value)) FROM events WHERE date_value IS NOT NULL')).toMatch(
        /SEARCH events USING INDEX events_last/,
      );
      expect(plan('SELECT coalesce(max(seq), 0) FROM custody_log')).toMatch(/^SEARCH custody_log/);
    } finally {
      db.close();
    }
  });

  it('a failure inside it leaves the file at version 5, unchanged', () => {
    expectFailureLeavesPrevious(fileAt(tmp(), 5), 6);
  });
});
