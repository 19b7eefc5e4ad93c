/**
 * Migration 11: each allegation's number of independent sources, kept in the file so the allegations table
 * does not compute corroboration for every window it shows (at 50,000 allegations, reading and normalising
 * the 200 sources of a 100-row window cost about 200 ms of CPU, most of a re-sort).
 * - `independent_sources` (allegation_id, n): one row per allegation; n is NULL while it is stale.
 * - Triggers mark rows stale in the same transaction as any change the corroboration reads: an allegation
 *   added (a new row) or deleted (its row goes), its evidence links (sources, origin keys), and for every
 *   allegation linked to a source: that source's texts (outlet, text, reading), its outlet suggestions
 *   and its statements (quotes). Sources themselves cannot be changed (sources_immutable_update).
 * - SQL cannot compute n (quotes are compared on normalised text): the custody-logged write
 *   (context.ts, writeLogged) recomputes the stale rows before it commits (ops/independent-sources.ts),
 *   and a reader treats a stale row as missing and computes it itself.
 * Rows already in the file start stale, so the first write after this migration computes them all (about
 * 5 s of CPU at 50,000 allegations, once); until then the table reads as it did before.
 */
import type { Migration } from './types';

/** Marks stale every allegation linked to the source `id` (an SQL expression: NEW.source_id or OLD.source_id). */
const bySource = (id: string) =>
  `UPDATE independent_sources SET n = NULL WHERE n IS NOT NULL AND allegation_id IN (SELECT allegation_id FROM evidence_links WHERE source_id = ${id});`;

/** Insert, delete and update triggers on `table` marking the allegations of its source stale, when `when` holds. */
function perSource(table: string, columns: string, when: (row: 'NEW' | 'OLD') => string = () => '1'): string {
  return /* sql */ `
CREATE TRIGGER ${table}_independent_insert AFTER INSERT ON ${table} WHEN ${when('NEW')} BEGIN
  ${bySource('NEW.source_id')}
END;
CREATE TRIGGER ${table}_independent_delete AFTER DELETE ON ${table} WHEN ${when('OLD')} BEGIN
  ${bySource('OLD.source_id')}
END;
CREATE TRIGGER ${table}_independent_update AFTER UPDATE OF ${columns} ON ${table} WHEN ${when('NEW')} OR ${when('OLD')} BEGIN
  ${bySource('OLD.source_id')}
  ${bySource('NEW.source_id')}
END;`;
}

const stale = (id: string) =>
  `INSERT INTO independent_sources (allegation_id, n) SELECT ${id}, NULL WHERE EXISTS (SELECT 1 FROM allegations WHERE id = ${id})
    ON CONFLICT (allegation_id) DO UPDATE SET n = NULL;`;

export const migration011: Migration = {
  version: 11,
  name: 'independent-sources',
  up(db) {
    db.exec(/* sql */ `
CREATE TABLE independent_sources (
  allegation_id  TEXT PRIMARY KEY,
  n              INTEGER
) STRICT, WITHOUT ROWID;
CREATE INDEX independent_sources_stale ON independent_sources(allegation_id) WHERE n IS NULL;
INSERT INTO independent_sources (allegation_id, n) SELECT id, NULL FROM allegations;

CREATE TRIGGER allegations_independent_insert AFTER INSERT ON allegations BEGIN
  ${stale('NEW.id')}
END;
CREATE TRIGGER allegations_independent_delete AFTER DELETE ON allegations BEGIN
  DELETE FROM independent_sources WHERE allegation_id = OLD.id;
END;
CREATE TRIGGER evidence_links_independent_insert AFTER INSERT ON evidence_links BEGIN
  ${stale('NEW.allegation_id')}
END;
CREATE TRIGGER evidence_links_independent_delete AFTER DELETE ON evidence_links BEGIN
  ${stale('OLD.allegation_id')}
END;
CREATE TRIGGER evidence_links_independent_update AFTER UPDATE OF allegation_id, source_id, origin_key ON evidence_links BEGIN
  ${stale('OLD.allegation_id')}
  ${stale('NEW.allegation_id')}
END;
${perSource('source_texts', 'source_id, kind, outlet, text, reading_json')}
${perSource('suggestions', 'source_id, kind, payload_json, status, result_id', (row) => `${row}.kind = 'outlet'`)}
${perSource('statements', 'source_id, text')}
`);
  },
};
