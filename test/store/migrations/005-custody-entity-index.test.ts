/** Migration 005: the custody log indexed by entity, so verify looks each source up instead of scanning. */
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../helpers/tmp';
import { expectFailureLeavesPrevious, expectUpgradeKeepsData, fileAt } from './harness';

const tmp = useTempDir();

describe('migration 005: custody entity index', () => {
  it('on a version-4 file: keeps its rows and indexes the custody log by entity', () => {
    const db = expectUpgradeKeepsData(fileAt(tmp(), 4), 5);
    try {
      const plan = db
        .prepare(
          "EXPLAIN QUERY PLAN SELECT s.id FROM sources s WHERE NOT EXISTS (SELECT 1 FROM custody_log c WHERE c.entity = 'source' AND c.entity_id = s.id)",
        )
        .all() as { detail: string }[];
      expect(plan.map((p) => p.detail).join('\n')).toMatch(/SEARCH c USING (COVERING )?INDEX custody_log_entity/);
    } finally {
      db.close();
    }
  });

  it('a failure inside it leaves the file at version 4, unchanged', () => {
    expectFailureLeavesPrevious(fileAt(tmp(), 4), 5);
  });
});
