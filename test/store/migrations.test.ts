/**
 * Each migration gets a test on a fresh database, and a schema snapshot guards against a migration
 * silently breaking a column (update the snapshot deliberately: `UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run test/store/migrations.test.ts`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../src/core/store/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../src/core/store/migrations';
import { CasefileError } from '../../src/shared/errors';

const SNAPSHOT = join(__dirname, 'schema.snapshot.json');

function schemaOf(db: Database.Database) {
  const objects = db
    .prepare("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index_%' ORDER BY type, name")
    .all() as { type: string; name: string }[];
  return objects.map((o) => ({
    ...o,
    columns:
      o.type === 'table' ? (db.prepare(`SELECT name, type, "notnull", pk FROM pragma_table_info(?)`).all(o.name) as unknown[]) : undefined,
  }));
}

describe('migrations', () => {
  it('are numbered 1..N without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('001 creates the whole domain schema on a fresh database', () => {
    const db = new Database(':memory:');
    expect(migrate(db, MIGRATIONS, 1)).toEqual([1]);
    expect(schemaVersion(db)).toBe(1);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name").all() as { name: string }[]).map(
      (r) => r.name,
    );
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
    db.close();
  });

  it('002 adds the signing-key table (never updated or deleted) and the ledger’s certificate column to a v1 file', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS, 1);
    db.prepare(
      "INSERT INTO exports (id, created_at, recipient, profile, sha256, size, manifest_json) VALUES ('exp_old', 'now', 'r', 'icc', ?, 1, '{}')",
    ).run('e'.repeat(64));
    expect(migrate(db, MIGRATIONS, 2)).toEqual([2]);
    // An export made before signing keeps its row, with no certificate.
    expect(db.prepare("SELECT signing_fingerprint FROM exports WHERE id = 'exp_old'").get()).toEqual({ signing_fingerprint: null });
    db.prepare(
      "INSERT INTO signing_keys (id, created_at, algorithm, private_key_der, certificate_der, fingerprint_sha256) VALUES ('key_1', 'now', 'RSA-2048/SHA-256', x'01', x'02', 'AA')",
    ).run();
    expect(() => db.prepare("UPDATE signing_keys SET fingerprint_sha256 = 'BB'").run()).toThrow(/never changed/);
    expect(() => db.prepare('DELETE FROM signing_keys').run()).toThrow(/never deleted/);
    db.close();
  });

  it('003 adds the person/organisation kind (default person) and what a decision changed, on a version-2 file', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS, 2);
    db.prepare("INSERT INTO people (id, name, created_at, updated_at) VALUES ('p', 'Old Row', 'now', 'now')").run();
    expect(migrate(db, MIGRATIONS, 3)).toEqual([3]);
    expect(db.prepare("SELECT kind FROM people WHERE id = 'p'").get()).toEqual({ kind: 'person' });
    expect(() => db.prepare("UPDATE people SET kind = 'robot' WHERE id = 'p'").run()).toThrow(/CHECK/);
    const cols = (db.prepare('SELECT name FROM pragma_table_info(?)').all('suggestions') as { name: string }[]).map((c) => c.name);
    expect(cols).toEqual(expect.arrayContaining(['decided_seq', 'undo_json']));
    db.close();
  });

  it('004 turns on FTS5 secure-delete, adds modes of liability and element links, on a version-3 file', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS, 3);
    db.prepare(
      "INSERT INTO allegations (id, category, description, created_at, updated_at) VALUES ('a', 'torture', 'x', 'now', 'now')",
    ).run();
    expect(migrate(db, MIGRATIONS, 4)).toEqual([4]);
    expect(db.prepare("SELECT v FROM search_index_config WHERE k = 'secure-delete'").get()).toEqual({ v: 1 });
    expect(db.prepare("SELECT liability_json FROM allegations WHERE id = 'a'").get()).toEqual({ liability_json: '[]' });
    db.prepare(
      "INSERT INTO element_links (id, allegation_id, provision, element_id, statement_id, created_at) VALUES ('e', 'a', '8(2)(a)(ii)', 'm1', NULL, 'now')",
    );
    expect(() =>
      db
        .prepare(
          "INSERT INTO element_links (id, allegation_id, provision, element_id, created_at) VALUES ('e', 'a', '8(2)(a)(ii)', 'm1', 'now')",
        )
        .run(),
    ).toThrow(/CHECK/);
    db.close();
  });

  it('005 indexes the custody log by entity, so verify looks up each source instead of scanning the log', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS, 4);
    expect(migrate(db, MIGRATIONS, 5)).toEqual([5]);
    const plan = db
      .prepare(
        "EXPLAIN QUERY PLAN SELECT s.id FROM sources s WHERE NOT EXISTS (SELECT 1 FROM custody_log c WHERE c.entity = 'source' AND c.entity_id = s.id)",
      )
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join('\n')).toMatch(/SEARCH c USING (COVERING )?INDEX custody_log_entity/);
    db.close();
  });

  it('runs each migration in a transaction: a failing one leaves the previous version', () => {
    const db = new Database(':memory:');
    const broken = [...MIGRATIONS, { version: MIGRATIONS.length + 1, name: 'broken', sql: 'CREATE TABLE ok_table(x); THIS IS NOT SQL;' }];
    expect(() => migrate(db, broken, broken.length)).toThrow();
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'ok_table'").get()).toBeUndefined();
    db.close();
  });

  it('refuses a database from a newer version', () => {
    const db = new Database(':memory:');
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    expect(() => migrate(db)).toThrow(CasefileError);
    db.close();
  });

  it('matches the schema snapshot', () => {
    const db = new Database(':memory:');
    migrate(db);
    const current = schemaOf(db);
    db.close();
    if (process.env.UPDATE_SCHEMA_SNAPSHOT) writeFileSync(SNAPSHOT, `${JSON.stringify(current, null, 1)}\n`);
    expect(current).toEqual(JSON.parse(readFileSync(SNAPSHOT, 'utf8')));
  });
});
