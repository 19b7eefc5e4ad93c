/**
 * What every migration test needs: a real encrypted case file at a given schema version (keyed and tuned
 * as the store opens one), a v1 seed with a row in every table, and the three checks each migration
 * keeps — it runs on a file at the previous version and keeps that file's rows, and a failure inside it
 * leaves the file exactly at the previous version. A new migration's test calls these (see
 * 002-signing-keys.test.ts for the shape).
 */
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { expect } from 'vitest';
import { migrate, schemaVersion } from '../../../src/core/store/migrate';
import { MIGRATIONS, type Migration } from '../../../src/core/store/migrations';
import { resolveNativeBinding } from '../../../src/core/store/native';
import { applyKey, applyRuntimePragmas } from '../../../src/core/store/pragmas';
import { PASS } from '../../helpers/tmp';

export type Db = Database.Database;

/** Opens (or creates) an encrypted file the way the store does: key first, then the runtime pragmas. */
export function openFile(path: string): Db {
  const db = new Database(path, { nativeBinding: resolveNativeBinding() });
  applyKey(db, PASS);
  applyRuntimePragmas(db);
  return db;
}

/** A new encrypted file in `dir`, migrated up to `version`, with `seed` run on it once at version 1. */
export function fileAt(dir: string, version: number, seed: (db: Db) => void = seedV1, name = `v${version}.casefile`): string {
  const path = join(dir, name);
  const db = openFile(path);
  try {
    migrate(db, MIGRATIONS, Math.min(1, version));
    if (version >= 1) seed(db);
    migrate(db, MIGRATIONS, version);
    expect(schemaVersion(db)).toBe(version);
  } finally {
    db.close();
  }
  return path;
}

/** One row in every table of the v1 schema (what an early case file held), so upgrades have data to keep. */
export function seedV1(db: Db): void {
  db.exec(`
INSERT INTO case_meta (key, value) VALUES ('caseId', 'case_old'), ('title', 'Old case');
UPDATE profile SET full_name = 'Ivan Petrov', aliases_json = '["Vanya"]', current_location = 'somewhere' WHERE id = 1;
INSERT INTO sources (id, sha256, bytes, size, media_type, file_name, imported_at)
  VALUES ('src_1', '${'c'.repeat(64)}', x'48656c6c6f', 5, 'text/plain', 'article.txt', '2024-01-01T00:00:00Z');
INSERT INTO source_texts (id, source_id, text, title, created_at)
  VALUES ('txt_1', 'src_1', 'execuţii extrajudiciare şi bătăi', 'Article', '2024-01-01T00:00:00Z');
INSERT INTO people (id, name, created_at, updated_at) VALUES ('per_1', 'Ivan Petrov', 'now', 'now');
INSERT INTO statements (id, text, speaker_id, source_id, source_text_id, span_start, span_end, created_at, updated_at)
  VALUES ('st_1', 'I saw it', 'per_1', 'src_1', 'txt_1', 0, 8, 'now', 'now');
INSERT INTO allegations (id, category, description, created_at, updated_at) VALUES ('al_1', 'torture', 'beatings', 'now', 'now');
INSERT INTO evidence_links (id, allegation_id, source_id, source_text_id, span_start, span_end, created_at)
  VALUES ('ev_1', 'al_1', 'src_1', 'txt_1', 0, 8, 'now');
INSERT INTO events (id, title, allegation_id, created_at, updated_at) VALUES ('evt_1', 'Deserted', 'al_1', 'now', 'now');
INSERT INTO event_sources (event_id, source_id, span_start) VALUES ('evt_1', 'src_1', 0);
INSERT INTO asylum_steps (id, country, stage, created_at, updated_at) VALUES ('asy_1', 'NL', 'applied', 'now', 'now');
INSERT INTO disclosures (id, asylum_step_id, authority, disclosed_at, what, created_at)
  VALUES ('dis_1', 'asy_1', 'IND', 'now', 'profile', 'now');
INSERT INTO suggestions (id, source_id, kind, payload_json, created_at) VALUES ('sug_1', 'src_1', 'person', '{}', 'now');
INSERT INTO custody_log (seq, at, action, entity, entity_id, prev_hash, hash)
  VALUES (1, 'now', 'case.create', 'case', 'case_old', '${'0'.repeat(64)}', '${'1'.repeat(64)}');
INSERT INTO exports (id, created_at, recipient, profile, sha256, size, manifest_json)
  VALUES ('exp_old', 'now', 'ICC OTP', 'icc', '${'e'.repeat(64)}', 1, '{}');
`);
}

/** Every schema object and every row of every table (FTS shadow tables included): the whole file. */
export function stateOf(db: Db): { schema: unknown[]; rows: Record<string, unknown[]> } {
  const schema = db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all();
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  const rows: Record<string, unknown[]> = {};
  // Sorted by content, not rowid: FTS shadow tables are WITHOUT ROWID.
  const key = (r: unknown) => JSON.stringify(r);
  for (const t of tables) rows[t] = (db.prepare(`SELECT * FROM "${t}"`).all() as unknown[]).sort((a, b) => (key(a) < key(b) ? -1 : 1));
  return { schema, rows };
}

/** The user tables' rows (not the FTS index's internal shadow tables, whose layout FTS owns). */
function userRows(db: Db): Record<string, Record<string, unknown>[]> {
  const { rows } = stateOf(db);
  return Object.fromEntries(Object.entries(rows).filter(([t]) => !t.startsWith('search_index_'))) as Record<
    string,
    Record<string, unknown>[]
  >;
}

/**
 * Migration `version` runs on the file at `path` (at the previous version), applies only itself, and
 * every row the file held is still there afterwards with the same values (new columns aside). Tables in
 * `grows` (an index the migration fills from rows already there) may gain rows; none they held may go.
 * Returns the open database, at `version`, for the caller's own checks; the caller closes it.
 */
export function expectUpgradeKeepsData(path: string, version: number, { grows = [] }: { grows?: string[] } = {}): Db {
  const db = openFile(path);
  expect(schemaVersion(db)).toBe(version - 1);
  const before = userRows(db);
  // Past version 1 there is always data to keep (fileAt seeds every table at version 1).
  if (version > 1) expect(Object.values(before).some((r) => r.length > 0)).toBe(true);
  expect(migrate(db, MIGRATIONS, version)).toEqual([version]);
  expect(schemaVersion(db)).toBe(version);
  const after = userRows(db);
  for (const [table, rows] of Object.entries(before)) {
    const columns = rows.length ? Object.keys(rows[0]) : [];
    const kept = (after[table] ?? []).map((r) => Object.fromEntries(columns.map((c) => [c, r[c]])));
    if (grows.includes(table)) expect({ table, rows: kept }).toEqual({ table, rows: expect.arrayContaining(rows) });
    else expect({ table, rows: kept }).toEqual({ table, rows });
  }
  return db;
}

/** MIGRATIONS with `version`'s step doing all its work and then failing, as a crash before commit would. */
export function failingAt(version: number): Migration[] {
  return MIGRATIONS.map((m) =>
    m.version === version
      ? {
          ...m,
          up: (db) => {
            m.up(db);
            throw new Error(`power cut after migration ${version}`);
          },
        }
      : m,
  );
}

/**
 * Migration `version` fails after running every statement it has: the file at `path` stays at the
 * previous version with exactly the schema and rows it had (also after reopening), and the real
 * migration then still runs on it.
 */
export function expectFailureLeavesPrevious(path: string, version: number): void {
  let db = openFile(path);
  const before = stateOf(db);
  expect(() => migrate(db, failingAt(version), version)).toThrow(`power cut after migration ${version}`);
  expect(schemaVersion(db)).toBe(version - 1);
  expect(stateOf(db)).toEqual(before);
  db.close();
  db = openFile(path);
  try {
    expect(schemaVersion(db)).toBe(version - 1);
    expect(stateOf(db)).toEqual(before);
    expect(migrate(db, MIGRATIONS, version)).toEqual([version]);
  } finally {
    db.close();
  }
}
