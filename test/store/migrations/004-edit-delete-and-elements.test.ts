/** Migration 004: FTS5 secure-delete, modes of liability, element links. */
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../helpers/tmp';
import { expectFailureLeavesPrevious, expectUpgradeKeepsData, fileAt } from './harness';

const tmp = useTempDir();

describe('migration 004: edit, delete and elements', () => {
  it('on a version-3 file: keeps its rows, turns on FTS5 secure-delete, adds modes of liability and element links', () => {
    const db = expectUpgradeKeepsData(fileAt(tmp(), 3), 4);
    try {
      expect(db.prepare("SELECT v FROM search_index_config WHERE k = 'secure-delete'").get()).toEqual({ v: 1 });
      expect(db.prepare("SELECT liability_json FROM allegations WHERE id = 'al_1'").get()).toEqual({ liability_json: '[]' });
      // The v1 row's text is still found after the switch.
      expect(db.prepare("SELECT ref_id FROM search_index WHERE search_index MATCH 'executii'").pluck().all()).toEqual(['txt_1']);
      db.prepare(
        "INSERT INTO element_links (id, allegation_id, provision, element_id, statement_id, created_at) VALUES ('e', 'al_1', '8(2)(a)(ii)', 'm1', 'st_1', 'now')",
      ).run();
      // An element link goes to exactly one of an evidence link or a statement.
      expect(() =>
        db
          .prepare(
            "INSERT INTO element_links (id, allegation_id, provision, element_id, created_at) VALUES ('e2', 'al_1', '8(2)(a)(ii)', 'm1', 'now')",
          )
          .run(),
      ).toThrow(/CHECK/);
    } finally {
      db.close();
    }
  });

  it('a failure inside it leaves the file at version 3, unchanged (the FTS setting too)', () => {
    expectFailureLeavesPrevious(fileAt(tmp(), 3), 4);
  });
});
