/**
 * The custody log: an append-only, hash-chained record of every change and export.
 *
 * hash(n) = SHA-256( canonicalJson({ seq, at, action, entity, entityId, details, prevHash }) )
 * prevHash(1) = 64 zeros. Verification recomputes every hash in order and checks each link, so editing,
 * inserting or removing an entry (even with the key and the guard triggers dropped) shows.
 */
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { canonicalJson } from './canonical';

export const GENESIS_HASH = '0'.repeat(64);

export interface CustodyInput {
  action: string;
  entity: string;
  entityId?: string | null;
  details?: Record<string, unknown>;
}

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

export function entryHash(e: {
  seq: number;
  at: string;
  action: string;
  entity: string;
  entityId: string | null;
  details: Record<string, unknown>;
  prevHash: string;
}): string {
  return createHash('sha256').update(canonicalJson(e), 'utf8').digest('hex');
}

/** Append one entry. Call inside the same transaction as the change it records. */
export function appendCustody(db: Database, input: CustodyInput, now = new Date()): { seq: number; hash: string } {
  const head = db.prepare('SELECT seq, hash FROM custody_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
  const seq = (head?.seq ?? 0) + 1;
  const prevHash = head?.hash ?? GENESIS_HASH;
  const at = now.toISOString();
  const details = input.details ?? {};
  const entityId = input.entityId ?? null;
  const hash = entryHash({ seq, at, action: input.action, entity: input.entity, entityId, details, prevHash });
  db.prepare('INSERT INTO custody_log (seq, at, action, entity, entity_id, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
    seq,
    at,
    input.action,
    input.entity,
    entityId,
    canonicalJson(details),
    prevHash,
    hash,
  );
  return { seq, hash };
}

export function custodyHead(db: Database): { seq: number; hash: string } | null {
  const row = db.prepare('SELECT seq, hash FROM custody_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
  return row ?? null;
}

/** The newest entry's sequence number, action and entity, or null for an empty log. */
export function lastCustodyEntry(
  db: Database,
): { seq: number; at: string; action: string; entity: string; entityId: string | null } | null {
  const row = db.prepare('SELECT seq, at, action, entity, entity_id FROM custody_log ORDER BY seq DESC LIMIT 1').get() as
    Pick<CustodyRow, 'seq' | 'at' | 'action' | 'entity' | 'entity_id'> | undefined;
  return row ? { seq: row.seq, at: row.at, action: row.action, entity: row.entity, entityId: row.entity_id } : null;
}

export interface ChainProblem {
  seq: number;
  message: string;
}

/** Walk the whole chain in order; report every entry that does not match (first one first). */
export function verifyChain(db: Database): { entries: number; problems: ChainProblem[] } {
  const problems: ChainProblem[] = [];
  let expectedPrev = GENESIS_HASH;
  let expectedSeq = 1;
  let entries = 0;
  for (const row of db.prepare('SELECT * FROM custody_log ORDER BY seq').iterate() as IterableIterator<CustodyRow>) {
    entries++;
    if (row.seq !== expectedSeq) {
      problems.push({ seq: row.seq, message: `custody entry ${row.seq}: expected sequence ${expectedSeq} (an entry is missing)` });
    }
    if (row.prev_hash !== expectedPrev) {
      problems.push({ seq: row.seq, message: `custody entry ${row.seq}: does not link to the entry before it` });
    }
    let details: Record<string, unknown>;
    try {
      details = JSON.parse(row.details) as Record<string, unknown>;
    } catch {
      details = { __unparseable: row.details };
    }
    const recomputed = entryHash({
      seq: row.seq,
      at: row.at,
      action: row.action,
      entity: row.entity,
      entityId: row.entity_id,
      details,
      prevHash: row.prev_hash,
    });
    if (recomputed !== row.hash) {
      problems.push({ seq: row.seq, message: `custody entry ${row.seq} (${row.action}): content does not match its hash` });
    }
    // Continue from the stored hash so one altered entry is reported once, not as a cascade.
    expectedPrev = row.hash;
    expectedSeq = row.seq + 1;
  }
  return { entries, problems };
}

/**
 * The latest value a `source.correct` entry gave `field` of a source, or undefined when none did. Used
 * for the one corrected field that has no derived column (the URL: the claimed URL lives with the
 * immutable original), so the log itself holds the correction, hash-chained like every change.
 */
export function correctedSourceField(db: Database, sourceId: string, field: string): string | null | undefined {
  const row = db
    .prepare(
      `SELECT json_extract(details, '$.changes.' || ? || '.to') AS value, json_type(details, '$.changes.' || ?) AS present
       FROM custody_log WHERE action = 'source.correct' AND entity = 'source' AND entity_id = ? AND json_type(details, '$.changes.' || ?) IS NOT NULL
       ORDER BY seq DESC LIMIT 1`,
    )
    .get(field, field, sourceId, field) as { value: string | null; present: string | null } | undefined;
  return row ? row.value : undefined;
}
