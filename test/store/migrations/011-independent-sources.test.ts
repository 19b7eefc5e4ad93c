/**
 * Migration 011: a stored independent-source count per allegation. On a file that had rows before, every
 * allegation gets a row that starts stale (the migration cannot run the corroboration), the triggers mark
 * rows stale on the changes they follow, and the first custody-logged write computes them.
 */
import { describe, expect, it } from 'vitest';
import { writeLogged } from '../../../src/core/context';
import { useTempDir } from '../../helpers/tmp';
import { type Db, expectFailureLeavesPrevious, expectUpgradeKeepsData, fileAt } from './harness';

const tmp = useTempDir();

const rows = (db: Db) => db.prepare('SELECT allegation_id, n FROM independent_sources ORDER BY allegation_id').all();

describe('migration 011: independent sources', () => {
  it('on a version-10 file: keeps its rows, one stale row per allegation, computed by the next write and marked stale again by a change', () => {
    const db = expectUpgradeKeepsData(fileAt(tmp(), 10), 11);
    try {
      // fileAt seeds one allegation with one evidence link.
      expect(rows(db)).toEqual([{ allegation_id: 'al_1', n: null }]);
      const touch = () => writeLogged(db, () => ({ result: null, custody: { action: 'test.touch', entity: 'case', entityId: null } }));
      touch();
      expect(rows(db)).toEqual([{ allegation_id: 'al_1', n: 1 }]);
      // A statement of the linked source (a quote the corroboration compares) marks it stale; the write recomputes it.
      db.prepare("UPDATE statements SET text = 'I saw it happen' WHERE id = 'st_1'").run();
      expect(rows(db)).toEqual([{ allegation_id: 'al_1', n: null }]);
      touch();
      expect(rows(db)).toEqual([{ allegation_id: 'al_1', n: 1 }]);
      // The stale rows are found in the partial index, which holds only them.
      const plan = db
        .prepare('EXPLAIN QUERY PLAN SELECT allegation_id FROM independent_sources INDEXED BY independent_sources_stale WHERE n IS NULL')
        .all() as {
        detail: string;
      }[];
      expect(plan.map((p) => p.detail).join('\n')).toMatch(/USING (COVERING )?INDEX independent_sources_stale/);
      db.prepare("DELETE FROM allegations WHERE id = 'al_1'").run();
      expect(rows(db)).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('a failure inside it leaves the file at version 10, unchanged', () => {
    expectFailureLeavesPrevious(fileAt(tmp(), 10), 11);
  });
});
