import Database from 'better-sqlite3-multiple-ciphers';
import { migrate } from '../../src/core/store/migrate';
import { MIGRATIONS } from '../../src/core/store/migrations';
import { resolveNativeBinding } from '../../src/core/store/native';
import { APPLICATION_ID, applyKey, applyRuntimePragmas } from '../../src/core/store/pragmas';

/** The case id writeSchema1Case gives the file. */
export const OLD_CASE_ID = 'case_OLD0000000000000';

/**
 * Writes, at `path`, a case file as an earlier Casefile did: encrypted with `passphrase`, migrated to schema 1
 * only (so no signing_keys table and none of the later tables), with the case_meta rows that version wrote.
 * For tests of what opening an old case adds to it.
 */
export function writeSchema1Case(path: string, passphrase: string): void {
  const db = new Database(path, { nativeBinding: resolveNativeBinding() });
  try {
    applyKey(db, passphrase);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    applyRuntimePragmas(db);
    migrate(db, MIGRATIONS, 1);
    const ins = db.prepare('INSERT INTO case_meta (key, value) VALUES (?, ?)');
    for (const [k, v] of Object.entries({
      format: 'casefile',
      caseId: OLD_CASE_ID,
      title: 'Old',
      createdAt: '2025-01-01T00:00:00.000Z',
      appVersion: '0.0.1',
    }))
      ins.run(k, v);
  } finally {
    db.close();
  }
}
