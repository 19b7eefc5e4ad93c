/** Migration 009: source reliability per source (moved from the evidence links), and a statement's translator. */
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/core/store/migrate';
import { MIGRATIONS } from '../../../src/core/store/migrations';
import { useTempDir } from '../../helpers/tmp';
import { expectFailureLeavesPrevious, expectUpgradeKeepsData, fileAt, openFile, seedV1 } from './harness';

const tmp = useTempDir();

describe('migration 009: source grades and translator', () => {
  it('on a version-8 file: keeps its rows, adds the grades table and the translator column', () => {
    const db = expectUpgradeKeepsData(fileAt(tmp(), 8), 9);
    try {
      expect(db.prepare('SELECT count(*) FROM source_grades').pluck().get()).toBe(0);
      const cols = (db.prepare('PRAGMA table_info(statements)').all() as { name: string }[]).map((c) => c.name);
      expect(cols).toContain('translator');
      expect(() => db.prepare("INSERT INTO source_grades VALUES ('src_1', 'G', NULL, 'now')").run()).toThrow(/CHECK/);
    } finally {
      db.close();
    }
  });

  it('moves the letters of the links to their source: agreed, or the most cautious with a note; clears the links', () => {
    const path = fileAt(tmp(), 8, (db) => {
      seedV1(db);
      db.exec(`
INSERT INTO sources (id, sha256, bytes, size, media_type, file_name, imported_at)
  VALUES ('src_2', '${'d'.repeat(64)}', x'4869', 2, 'text/plain', 'two.txt', 'now');
UPDATE evidence_links SET reliability = 'B', credibility = '2' WHERE id = 'ev_1';
INSERT INTO evidence_links (id, allegation_id, source_id, reliability, credibility, created_at) VALUES
  ('ev_2', 'al_1', 'src_1', 'B', '3', 'now'),
  ('ev_3', 'al_1', 'src_2', 'B', NULL, 'now'),
  ('ev_4', 'al_1', 'src_2', 'E', '5', 'now');
`);
    });
    const db = openFile(path);
    try {
      expect(migrate(db, MIGRATIONS, 9)).toEqual([9]);
      const grades = db.prepare('SELECT source_id, reliability, note FROM source_grades ORDER BY source_id').all();
      expect(grades).toEqual([
        { source_id: 'src_1', reliability: 'B', note: null },
        { source_id: 'src_2', reliability: 'E', note: expect.stringMatching(/graded B,E.*most cautious/) },
      ]);
      expect(db.prepare('SELECT count(*) FROM evidence_links WHERE reliability IS NOT NULL').pluck().get()).toBe(0);
      // Credibility stays on each link.
      expect(db.prepare('SELECT id, credibility FROM evidence_links ORDER BY id').all()).toEqual([
        { id: 'ev_1', credibility: '2' },
        { id: 'ev_2', credibility: '3' },
        { id: 'ev_3', credibility: null },
        { id: 'ev_4', credibility: '5' },
      ]);
    } finally {
      db.close();
    }
  });

  it('a failure inside it leaves the file at version 8, unchanged', () => {
    expectFailureLeavesPrevious(fileAt(tmp(), 8), 9);
  });
});
