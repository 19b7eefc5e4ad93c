/** Migration 003: a person row can be an organisation; a decided suggestion remembers what it changed. */
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../helpers/tmp';
import { expectFailureLeavesPrevious, expectUpgradeKeepsData, fileAt } from './harness';

const tmp = useTempDir();

describe('migration 003: person kind and undo', () => {
  it('on a version-2 file: keeps its rows, adds the person/organisation kind (default person) and what a decision changed', () => {
    const db = expectUpgradeKeepsData(fileAt(tmp(), 2), 3);
    try {
      expect(db.prepare("SELECT kind FROM people WHERE id = 'per_1'").get()).toEqual({ kind: 'person' });
      expect(() => db.prepare("UPDATE people SET kind = 'robot' WHERE id = 'per_1'").run()).toThrow(/CHECK/);
      const cols = db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('suggestions') as string[];
      expect(cols).toEqual(expect.arrayContaining(['decided_seq', 'undo_json']));
      expect(db.prepare("SELECT decided_seq, undo_json FROM suggestions WHERE id = 'sug_1'").get()).toEqual({
        decided_seq: null,
        undo_json: null,
      });
      expect(() => db.prepare("UPDATE suggestions SET undo_json = 'not json' WHERE id = 'sug_1'").run()).toThrow(/CHECK/);
    } finally {
      db.close();
    }
  });

  it('a failure inside it leaves the file at version 2, unchanged', () => {
    expectFailureLeavesPrevious(fileAt(tmp(), 2), 3);
  });
});
