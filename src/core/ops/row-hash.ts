/**
 * The SHA-256 a deletion's custody entry keeps instead of the deleted row's content (records.ts for whole
 * records, timeline.ts for a source taken off an event).
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from '../custody/canonical';

/** SHA-256 over the canonical JSON of a row as it was stored (table name included). */
export function rowHash(table: string, row: Record<string, unknown>): string {
  return createHash('sha256').update(canonicalJson({ table, row }), 'utf8').digest('hex');
}
