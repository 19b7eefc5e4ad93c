/** Migration 007: people and timeline events in the search index, kept current by triggers. */
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../helpers/tmp';
import { type Db, expectFailureLeavesPrevious, expectUpgradeKeepsData, fileAt, seedV1 } from './harness';

const tmp = useTempDir();

/** The v1 seed plus a person with aliases in both stored forms (objects, plain strings) and a dated event. */
function seed(db: Db): void {
  seedV1(db);
  db.exec(`
INSERT INTO people (id, name, role, aliases_json, affiliation, notes, pseudonym, created_at, updated_at)
  VALUES ('per_2', 'Ştefan Rusu', 'driver', '[{"name":"Шторм","kind":"call-sign"},"Stepan"]', '64th brigade', 'met in Olenivka', 'P-0007', 'now', 'now');
INSERT INTO events (id, title, description, place, date_text, date_value, created_at, updated_at)
  VALUES ('evt_2', 'Crossing', 'on foot', 'Verkhniy Lars', 'late September', '2022-09', 'now', 'now');
`);
}

const hits = (db: Db, q: string) =>
  (
    db.prepare('SELECT kind, ref_id FROM search_index WHERE search_index MATCH ? ORDER BY kind, ref_id').all(q) as {
      kind: string;
      ref_id: string;
    }[]
  ).map((r) => `${r.kind}:${r.ref_id}`);

describe('migration 007: people and events in the search index', () => {
  it('on a version-6 file: keeps its rows (the index keeps every entry it had) and indexes the people and events there', () => {
    const db = expectUpgradeKeepsData(fileAt(tmp(), 6, seed), 7, { grows: ['search_index'] });
    try {
      expect(hits(db, 'petrov')).toEqual(['person:per_1']);
      expect(hits(db, 'deserted')).toEqual(['event:evt_1']);
      for (const q of ['stefan', 'RUSU', 'шторм', 'stepan', 'driver', 'brigade', 'olenivka', '"P 0007"'])
        expect(hits(db, q), q).toEqual(['person:per_2']);
      for (const q of ['crossing', 'foot', '"verkhniy lars"', 'september', '2022']) expect(hits(db, q), q).toEqual(['event:evt_2']);
      // The texts indexed before are still found, once each.
      expect(hits(db, 'executii')).toEqual(['source:txt_1']);
    } finally {
      db.close();
    }
  });

  it('its triggers follow an insert, an update and a delete, leaving one index row per record', () => {
    const db = expectUpgradeKeepsData(fileAt(tmp(), 6, seed), 7, { grows: ['search_index'] });
    try {
      db.prepare("INSERT INTO people (id, name, created_at, updated_at) VALUES ('per_3', 'Oleg Lebedev', 'now', 'now')").run();
      db.prepare("INSERT INTO events (id, title, created_at, updated_at) VALUES ('evt_3', 'Interrogation at Kursk', 'now', 'now')").run();
      expect(hits(db, 'lebedev')).toEqual(['person:per_3']);
      expect(hits(db, 'kursk')).toEqual(['event:evt_3']);

      db.prepare("UPDATE people SET name = 'Ion Rusu', aliases_json = '[]', notes = NULL WHERE id = 'per_2'").run();
      expect(hits(db, 'stefan')).toEqual([]);
      expect(hits(db, 'шторм')).toEqual([]);
      expect(hits(db, 'olenivka')).toEqual([]);
      expect(hits(db, 'ion')).toEqual(['person:per_2']);
      db.prepare("UPDATE events SET place = 'Upper Lars' WHERE id = 'evt_2'").run();
      expect(hits(db, 'verkhniy')).toEqual([]);
      expect(hits(db, 'upper')).toEqual(['event:evt_2']);
      // A change to a column that is not searched leaves the entry as it was.
      db.prepare("UPDATE people SET updated_at = 'later' WHERE id = 'per_2'").run();
      expect(db.prepare("SELECT count(*) FROM search_index WHERE kind = 'person' AND ref_id = 'per_2'").pluck().get()).toBe(1);

      db.prepare("DELETE FROM people WHERE id IN ('per_2', 'per_3')").run();
      db.prepare("DELETE FROM event_sources WHERE event_id IN ('evt_2', 'evt_3')").run();
      db.prepare("DELETE FROM events WHERE id IN ('evt_2', 'evt_3')").run();
      expect(hits(db, 'rusu OR lebedev OR kursk OR upper OR crossing')).toEqual([]);
      expect(db.prepare("SELECT ref_id FROM search_index WHERE kind IN ('person', 'event') ORDER BY ref_id").pluck().all()).toEqual([
        'evt_1',
        'per_1',
      ]);
    } finally {
      db.close();
    }
  });

  it('a failure inside it leaves the file at version 6, unchanged (the index too)', () => {
    expectFailureLeavesPrevious(fileAt(tmp(), 6, seed), 7);
  });
});
