/**
 * How each source entered the case, as its import entry in the custody log records it: `origin`
 * ('pasted' for text typed or pasted in; absent for a file). The custody log is the record of this, so it
 * is read here rather than copied into another table.
 */
import type { ReadableDB } from '../store/handles';

export function importOrigins(db: ReadableDB): Map<string, string> {
  const rows = db
    .prepare(
      `SELECT entity_id AS id, json_extract(details, '$.origin') AS origin FROM custody_log
       WHERE action = 'source.import' AND entity = 'source' AND json_extract(details, '$.origin') IS NOT NULL`,
    )
    .all() as { id: string; origin: string }[];
  return new Map(rows.map((r) => [r.id, r.origin]));
}
