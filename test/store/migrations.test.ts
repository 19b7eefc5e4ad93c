/**
 * The migration runner. Each migration has its own test in test/store/migrations/ (on a real encrypted
 * file: what it creates, that it keeps a previous-version file's rows, that a failure leaves the previous
 * version), and a schema snapshot guards against a migration
 * silently breaking a column (update the snapshot deliberately: `UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run test/store/migrations.test.ts`).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { writeSchemaStep } from '../../src/core/context';
import { migrate, schemaVersion } from '../../src/core/store/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from '../../src/core/store/migrations';
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

  it('each has its own test, test/store/migrations/NNN-name.test.ts', () => {
    const tests = readdirSync(join(__dirname, 'migrations')).filter((f) => f.endsWith('.test.ts'));
    expect(tests.sort()).toEqual(MIGRATIONS.map((m) => `${String(m.version).padStart(3, '0')}-${m.name}.test.ts`));
  });

  it('runs each migration in a transaction: a failing one leaves the previous version', () => {
    const db = new Database(':memory:');
    const broken: Migration[] = [
      ...MIGRATIONS,
      { version: MIGRATIONS.length + 1, name: 'broken', up: (conn) => conn.exec('CREATE TABLE ok_table(x); THIS IS NOT SQL;') },
    ];
    expect(() => migrate(db, broken, broken.length)).toThrow();
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'ok_table'").get()).toBeUndefined();
    db.close();
  });

  it('a migration can move data, not only run SQL: its step gets the writable handle inside the transaction', () => {
    const db = new Database(':memory:');
    migrate(db);
    db.prepare("INSERT INTO people (id, name, created_at, updated_at) VALUES ('p', '  Ivan  Petrov ', 'now', 'now')").run();
    const next: Migration = {
      version: LATEST_SCHEMA_VERSION + 1,
      name: 'tidy-names',
      up: (conn) => {
        const tidy = conn.prepare('UPDATE people SET name = ? WHERE id = ?');
        for (const p of conn.prepare('SELECT id, name FROM people').all() as { id: string; name: string }[]) {
          tidy.run(p.name.trim().replace(/\s+/g, ' '), p.id);
        }
      },
    };
    expect(migrate(db, [...MIGRATIONS, next], next.version)).toEqual([next.version]);
    expect(db.prepare("SELECT name FROM people WHERE id = 'p'").pluck().get()).toBe('Ivan Petrov');
    expect(schemaVersion(db)).toBe(next.version);
    db.close();
  });

  it('the schema door runs only the step right after the file’s version, so it is no way round the custody-logged write', () => {
    const db = new Database(':memory:');
    migrate(db);
    const skip = () => writeSchemaStep(db, LATEST_SCHEMA_VERSION + 2, (conn) => conn.exec('CREATE TABLE sneaky(x)'));
    expect(skip).toThrow(/cannot run on a file at schema version/);
    expect(() => writeSchemaStep(db, LATEST_SCHEMA_VERSION, (conn) => conn.exec('CREATE TABLE sneaky(x)'))).toThrow(
      /cannot run on a file at schema version/,
    );
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'sneaky'").get()).toBeUndefined();
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
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
