/**
 * Migration 012: the trigram index of the allegations table's text filter. On a file that had rows before
 * it indexes them; its triggers follow inserts, edits and deletions (a deleted or edited row's trigrams
 * leave the index: secure-delete); it leaves the custody log and the evidence as immutable as they were;
 * and a filtered window sorted by date is planned from indexes alone. A case file at version 11 with a
 * generated case in it opens (through the store, as the app opens it) at version 12 and filters as before.
 */
import { describe, expect, it } from 'vitest';
import { generateCase, shapeFor } from '../../../bench/lib/casegen';
import { CaseContext } from '../../../src/core/context';
import { allegationRows } from '../../../src/core/ops/allegation-rows';
import { categoryLabel } from '../../../src/core/ops/taxonomy';
import { CaseStore } from '../../../src/core/store/case-store';
import { schemaVersion } from '../../../src/core/store/migrate';
import { APPLICATION_ID } from '../../../src/core/store/pragmas';
import { AllegationRowsQuery } from '../../../src/shared/contract/allegations';
import { PASS, useTempDir } from '../../helpers/tmp';
import { type Db, expectFailureLeavesPrevious, expectUpgradeKeepsData, fileAt, seedV1 } from './harness';

const tmp = useTempDir();

const found = (db: Db, query: string) =>
  db.prepare('SELECT rowid FROM allegations_text WHERE allegations_text MATCH ? ORDER BY rowid').pluck().all(query) as number[];
const rowidOf = (db: Db, id: string) => db.prepare('SELECT rowid FROM allegations WHERE id = ?').pluck().get(id) as number;
const terms = (db: Db) => db.prepare('SELECT term FROM allegations_text_terms').pluck().all() as string[];
const plan = (db: Db, sql: string) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((p) => p.detail).join('\n');

describe('migration 012: allegation text index', () => {
  it('on a version-11 file: keeps its rows, indexes them, and its triggers follow every change', () => {
    const db = expectUpgradeKeepsData(fileAt(tmp(), 11), 12);
    try {
      // fileAt seeds one allegation, 'beatings' (torture, status alleged, no place or grade).
      const al1 = rowidOf(db, 'al_1');
      expect(found(db, '"eat"')).toEqual([al1]);
      expect(found(db, '"EAT"')).toEqual([al1]);
      // The row's last characters begin a trigram too: the status ends the indexed text, then two U+0001.
      expect(terms(db)).toEqual(expect.arrayContaining(['ged', 'ed ', 'd  ']));

      db.exec(`INSERT INTO allegations (id, category, description, place, created_at, updated_at)
        VALUES ('al_2', 'pillage', 'Looting on Qzvx street', 'Straſſe \u212A', 'now', 'now')`);
      const al2 = rowidOf(db, 'al_2');
      expect(found(db, '"qzv"')).toEqual([al2]);
      // The long s and the Kelvin sign are not folded into s and k (LIKE does not fold them either).
      expect(found(db, '"ass"')).toEqual([]);
      expect(found(db, '"\ue000\ue000e"')).toEqual([al2]);
      expect(found(db, '" \ue001 "')).toEqual([al2]);

      db.exec("UPDATE allegations SET description = 'Looting on Wjyk street' WHERE id = 'al_2'");
      expect(found(db, '"qzv"')).toEqual([]);
      expect(found(db, '"wjy"')).toEqual([al2]);
      expect(terms(db)).not.toContain('qzv');
      // A column the filter does not search changes nothing in the index.
      db.exec("UPDATE allegations SET notes = 'Pqzk note' WHERE id = 'al_2'");
      expect(found(db, '"pqz"')).toEqual([]);
      db.exec("UPDATE allegations SET status = 'disputed' WHERE id = 'al_2'");
      expect(found(db, '"put"')).toEqual([al2]);

      db.exec("DELETE FROM allegations WHERE id = 'al_2'");
      expect(found(db, '"wjy"')).toEqual([]);
      expect(terms(db).filter((t) => ['wjy', 'jyk', '\ue000\ue000e'].includes(t))).toEqual([]);
      // secure-delete: a deleted row's trigrams are gone from the index's pages, not only marked deleted.
      // (No other row has a þ: the first of its trigrams in the index's sorted terms holds its bytes.)
      const blocks = () => db.prepare('SELECT block FROM allegations_text_data').pluck().all() as Buffer[];
      const thorn = Buffer.from('þ', 'utf8');
      db.exec("INSERT INTO allegations (id, category, description, created_at, updated_at) VALUES ('al_3', 'other', 'þþþþ', 'now', 'now')");
      expect(blocks().some((b) => Buffer.isBuffer(b) && b.includes(thorn))).toBe(true);
      db.exec("DELETE FROM allegations WHERE id = 'al_3'");
      expect(blocks().some((b) => Buffer.isBuffer(b) && b.includes(thorn))).toBe(false);

      // The custody log is still append-only and the evidence immutable.
      expect(() => db.exec("UPDATE custody_log SET action = 'x' WHERE seq = 1")).toThrow('append-only');
      expect(() => db.exec('DELETE FROM custody_log')).toThrow('append-only');
      expect(() => db.exec("UPDATE sources SET file_name = 'x' WHERE id = 'src_1'")).toThrow('cannot be changed');
      expect(() => db.exec('DELETE FROM exports')).toThrow('append-only');

      // A window sorted by date, filtered by status and a short text: from the sort index and the text
      // index, no page of the table itself.
      const window = plan(
        db,
        `SELECT a.rowid, count(*) OVER () FROM allegations a WHERE a.status = 'alleged'
           AND (a.category IN ('torture') OR +a.rowid IN (SELECT rowid FROM allegations_text WHERE allegations_text MATCH '"bea"'))
           ORDER BY coalesce(a.date_value, '') DESC, a.created_at, a.rowid LIMIT 100`,
      );
      expect(window).toMatch(/SEARCH a USING COVERING INDEX allegations_sort \(status=\?\)/);
      expect(window).not.toMatch(/SCAN a\b(?! USING COVERING)/);
    } finally {
      db.close();
    }
  });

  it('a failure inside it leaves the file at version 11, unchanged', () => {
    expectFailureLeavesPrevious(fileAt(tmp(), 11), 12);
  });

  it('a version-11 case with 300 allegations opens at version 12 and its filter finds what it found before', () => {
    const path = fileAt(
      tmp(),
      11,
      (db) => {
        seedV1(db);
        db.pragma(`application_id = ${APPLICATION_ID}`);
        generateCase((fn) => db.transaction(() => fn(db))(), shapeFor(600), 17, 100);
      },
      'generated-v11.casefile',
    );
    const store = CaseStore.open(path, PASS);
    try {
      expect(schemaVersion(store.db)).toBe(12);
      expect(store.db.prepare('SELECT count(*) FROM allegations_text').pluck().get()).toBe(
        store.db.prepare('SELECT count(*) FROM allegations').pluck().get(),
      );
      const ctx = new CaseContext(store);
      const raw = store.db
        .prepare(
          `SELECT id, category, description, coalesce(place, '') AS place, provisions_json, perpetrators_json, units_json, victim_status,
             status, coalesce(basis, '') AS basis, coalesce(reliability, '') || coalesce(credibility, '') AS grade FROM allegations`,
        )
        .all() as Record<string, string>[];
      const lower = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
      // ASCII texts without a space: in any one of the shown columns, ASCII case folded (as LIKE finds them).
      for (const text of ['b', 'ba', 'BA', 'ter', 'Izium', 'B2', 'first-hand', 'combat', 'zz']) {
        const want = raw
          .filter((r) =>
            [
              categoryLabel(r.category as never),
              ...Object.entries(r)
                .filter(([k]) => k !== 'id' && k !== 'category')
                .map(([, v]) => v),
            ].some((v) => lower(v).includes(lower(text))),
          )
          .map((r) => r.id)
          .sort();
        const got = allegationRows(ctx, AllegationRowsQuery.parse({ search: text, limit: 1000 }));
        expect([text, got.rows.map((r) => r.id).sort()]).toEqual([text, want]);
      }
    } finally {
      store.close();
    }
  });
});
