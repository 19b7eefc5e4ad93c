/** Migration 001: the whole domain schema, on a fresh encrypted file. */
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../src/core/store/migrate';
import { MIGRATIONS } from '../../../src/core/store/migrations';
import { useTempDir } from '../../helpers/tmp';
import { expectFailureLeavesPrevious, expectUpgradeKeepsData, fileAt, openFile } from './harness';

const tmp = useTempDir();

describe('migration 001: initial schema', () => {
  it('creates the whole domain schema on a fresh file', () => {
    const db = openFile(fileAt(tmp(), 0));
    try {
      expect(migrate(db, MIGRATIONS, 1)).toEqual([1]);
      expect(schemaVersion(db)).toBe(1);
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name").pluck().all() as string[];
      for (const t of [
        'case_meta',
        'profile',
        'sources',
        'source_texts',
        'people',
        'statements',
        'allegations',
        'evidence_links',
        'events',
        'event_sources',
        'asylum_steps',
        'disclosures',
        'suggestions',
        'custody_log',
        'exports',
        'search_index',
      ]) {
        expect(tables).toContain(t);
      }
      // The FTS index is fed by triggers and folds diacritics and case.
      db.prepare(
        "INSERT INTO sources (id, sha256, bytes, size, media_type, file_name, imported_at) VALUES ('s', ?, x'00', 1, 't', 'f', 'now')",
      ).run('c'.repeat(64));
      db.prepare(
        "INSERT INTO source_texts (id, source_id, text, created_at) VALUES ('t', 's', 'execuţii extrajudiciare şi bătăi', 'now')",
      ).run();
      expect(db.prepare("SELECT ref_id FROM search_index WHERE search_index MATCH 'executii'").all()).toEqual([{ ref_id: 't' }]);
      // Evidence is immutable in SQL: an original and the custody log cannot be changed or removed.
      expect(() => db.prepare("UPDATE sources SET file_name = 'g' WHERE id = 's'").run()).toThrow(/cannot be changed/);
      expect(() => db.prepare("DELETE FROM sources WHERE id = 's'").run()).toThrow(/cannot be deleted/);
      db.prepare("INSERT INTO custody_log (seq, at, action, entity, prev_hash, hash) VALUES (1, 'now', 'case.create', 'case', ?, ?)").run(
        '0'.repeat(64),
        '1'.repeat(64),
      );
      expect(() => db.prepare('DELETE FROM custody_log').run()).toThrow(/append-only/);
    } finally {
      db.close();
    }
  });

  it('runs on an empty file (version 0) and applies only itself', () => {
    expectUpgradeKeepsData(fileAt(tmp(), 0), 1).close();
  });

  it('a failure inside it leaves the file at version 0, empty', () => {
    expectFailureLeavesPrevious(fileAt(tmp(), 0), 1);
  });
});
