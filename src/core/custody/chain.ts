/**
 * The custody log: an append-only, hash-chained record of every change and export.
 *
 * hash(n) = SHA-256( canonicalJson({ seq, at, action, entity, entityId, details, prevHash }) )
 * prevHash(1) = 64 zeros. Verification recomputes every hash in order and checks each link, so editing,
 * inserting or removing an entry (even with the key and the guard triggers dropped) shows.
 */
import { createHash } from 'node:crypto';
import type { CustodyEntry } from '../../shared/contract/custody';
import type { ReadableDB, WritableDB } from '../store/handles';
import { canonicalJson } from './canonical';
import { custodyHead, custodyRows, parseDetails } from './log';

export { custodyHead } from './log';
export type { CustodyRow } from './log';

export const GENESIS_HASH = '0'.repeat(64);

export interface CustodyInput {
  action: string;
  entity: string;
  entityId?: string | null;
  details?: Record<string, unknown>;
}

/** The hash covers every field of the entry but the hash itself. */
export function entryHash(e: Omit<CustodyEntry, 'hash'>): string {
  return createHash('sha256')
    .update(
      canonicalJson(e),
      // Stryker disable next-line StringLiteral: update() reads a string as UTF-8 when no encoding is named (custody-findings pins UTF-8)
      'utf8',
    )
    .digest('hex');
}

/** Append one entry. Only the write door calls it (writeLogged in ../context.ts), inside its transaction. */
export function appendCustody(db: WritableDB, input: CustodyInput, now = new Date()): { seq: number; hash: string } {
  const head = custodyHead(db);
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

export interface ChainProblem {
  seq: number;
  message: string;
}

/** Walk the whole chain in order; report every entry that does not match (first one first). */
export function verifyChain(db: ReadableDB): { entries: number; problems: ChainProblem[] } {
  const problems: ChainProblem[] = [];
  let expectedPrev = GENESIS_HASH;
  let expectedSeq = 1;
  let entries = 0;
  for (const row of custodyRows(db)) {
    entries++;
    if (row.seq !== expectedSeq) {
      problems.push({ seq: row.seq, message: `custody entry ${row.seq}: expected sequence ${expectedSeq} (an entry is missing)` });
    }
    if (row.prev_hash !== expectedPrev) {
      problems.push({ seq: row.seq, message: `custody entry ${row.seq}: does not link to the entry before it` });
    }
    const details = parseDetails(row.details);
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
