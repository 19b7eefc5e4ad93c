/**
 * Runs numbered migrations, each in its own transaction together with its `PRAGMA user_version` bump
 * (the schema door, `writeSchemaStep` in ../context.ts), so a failure leaves the file at the previous
 * version, never half-migrated.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { CasefileError } from '../../shared/errors';
import { writeSchemaStep } from '../context';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from './migrations';

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function assertNotNewer(version: number): void {
  if (version > LATEST_SCHEMA_VERSION) {
    throw new CasefileError(
      'NEWER_VERSION',
      `This case file was written by a newer version of Casefile (schema ${version}; this version knows up to ${LATEST_SCHEMA_VERSION}). Update Casefile to open it; it has not been changed.`,
      { fileVersion: version, supported: LATEST_SCHEMA_VERSION },
    );
  }
}

export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS, upTo = LATEST_SCHEMA_VERSION): number[] {
  const from = schemaVersion(db);
  assertNotNewer(from);
  const applied: number[] = [];
  for (const m of migrations) {
    if (m.version <= from || m.version > upTo) continue;
    writeSchemaStep(db, m.version, (conn) => m.up(conn));
    applied.push(m.version);
  }
  return applied;
}
