/**
 * Reads of the custody log. The row is declared once here (`CustodyRow`, as stored) and mapped once to
 * the contract's `CustodyEntry` (shared/contract/custody.ts); everything else (the custodyLog operation,
 * verification, the export's custody appendix, case info) reads entries through these functions.
 */
import { CustodyEntry } from '../../shared/contract/custody';
import type { ReadableDB } from '../store/handles';

/** A custody_log row as stored (migration 001). `details` is the canonical JSON the hash covers. */
export interface CustodyRow {
  seq: number;
  at: string;
  action: string;
  entity: string;
  entity_id: string | null;
  details: string;
  prev_hash: string;
  hash: string;
}

/** Details that do not parse (a tampered row) are kept visible instead of dropped. */
export function parseDetails(details: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(details);
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : { __unparseable: details };
  } catch {
    return { __unparseable: details };
  }
}

export function toEntry(r: CustodyRow): CustodyEntry {
  return {
    seq: r.seq,
    at: r.at,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    details: parseDetails(r.details),
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

/** Stored rows in order (verification needs the stored `details` text, not a re-serialisation). */
export function custodyRows(db: ReadableDB, afterSeq = 0, limit = -1): IterableIterator<CustodyRow> {
  return db
    .prepare('SELECT * FROM custody_log WHERE seq > ? ORDER BY seq LIMIT ?')
    .iterate(afterSeq, limit) as IterableIterator<CustodyRow>;
}

/** Entries after `afterSeq`, oldest first (all of them without a limit). */
export function listCustody(db: ReadableDB, afterSeq = 0, limit = -1): CustodyEntry[] {
  return [...custodyRows(db, afterSeq, limit)].map((r) => CustodyEntry.parse(toEntry(r)));
}

export function custodyHead(db: ReadableDB): { seq: number; hash: string } | null {
  const row = db.prepare('SELECT seq, hash FROM custody_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
  return row ?? null;
}

/**
 * How many entries the log holds: its last seq, since appendCustody numbers entries 1, 2, 3 … and the log
 * is append-only (a trigger refuses deletes). One lookup, where count(*) read the whole log. A gap made by
 * tampering is what verify reports.
 */
export function custodyCount(db: ReadableDB): number {
  return db.prepare('SELECT coalesce(max(seq), 0) FROM custody_log').pluck().get() as number;
}

/** Sources with no custody entry recording their import under their current hash (verification). */
export function sourcesWithoutImportEntry(db: ReadableDB): string[] {
  return db
    .prepare(
      `SELECT s.id FROM sources s WHERE NOT EXISTS (SELECT 1 FROM custody_log c WHERE c.entity = 'source' AND c.entity_id = s.id AND json_extract(c.details, '$.sha256') = s.sha256)`,
    )
    .pluck()
    .all() as string[];
}

/**
 * The latest value a `source.correct` entry gave `field` of a source, or undefined when none did. Used
 * for the one corrected field that has no derived column (the URL: the claimed URL lives with the
 * immutable original), so the log itself holds the correction, hash-chained like every change.
 */
export function correctedSourceField(db: ReadableDB, sourceId: string, field: string): string | null | undefined {
  const row = db
    .prepare(
      `SELECT json_extract(details, '$.changes.' || ? || '.to') AS value, json_type(details, '$.changes.' || ?) AS present
       FROM custody_log WHERE action = 'source.correct' AND entity = 'source' AND entity_id = ? AND json_type(details, '$.changes.' || ?) IS NOT NULL
       ORDER BY seq DESC LIMIT 1`,
    )
    .get(field, field, sourceId, field) as { value: string | null; present: string | null } | undefined;
  return row ? row.value : undefined;
}

/** The newest entry's sequence number, action and entity, or null for an empty log. */
export function lastCustodyEntry(
  db: ReadableDB,
): { seq: number; at: string; action: string; entity: string; entityId: string | null } | null {
  const row = db.prepare('SELECT seq, at, action, entity, entity_id FROM custody_log ORDER BY seq DESC LIMIT 1').get() as
    Pick<CustodyRow, 'seq' | 'at' | 'action' | 'entity' | 'entity_id'> | undefined;
  return row ? { seq: row.seq, at: row.at, action: row.action, entity: row.entity, entityId: row.entity_id } : null;
}
