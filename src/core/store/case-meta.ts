/** Named values of the case (table `case_meta`) beyond the identity the store writes at creation. */
import type { ReadableDB, WritableDB } from './handles';

export function metaValue(db: ReadableDB, key: string): string | null {
  return (db.prepare('SELECT value FROM case_meta WHERE key = ?').pluck().get(key) as string | undefined) ?? null;
}

/** Set a value unless the key already has one (values set this way never change). */
export function setMetaValueOnce(db: WritableDB, key: string, value: string): void {
  db.prepare('INSERT OR IGNORE INTO case_meta (key, value) VALUES (?, ?)').run(key, value);
}

/** Set a value, replacing the one the key had (for values that follow the code, such as a rules version). */
export function setMetaValue(db: WritableDB, key: string, value: string): void {
  db.prepare('INSERT INTO case_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}

/** Add a named value (the key must be new). */
export function insertMetaValue(db: WritableDB, key: string, value: string): void {
  db.prepare('INSERT INTO case_meta (key, value) VALUES (?, ?)').run(key, value);
}

export function deleteMetaValue(db: WritableDB, key: string): void {
  db.prepare('DELETE FROM case_meta WHERE key = ?').run(key);
}

/** Every named value whose key starts with `prefix`. */
export function metaValuesWithPrefix(db: ReadableDB, prefix: string): { key: string; value: string }[] {
  return db.prepare('SELECT key, value FROM case_meta WHERE substr(key, 1, length(?)) = ? ORDER BY key').all(prefix, prefix) as {
    key: string;
    value: string;
  }[];
}
