/**
 * Migration 10: indexes for the allegations table at 50,000 rows, so its first window, its chart and the
 * corroboration of the window's sources read index pages instead of whole tables (every page read from an
 * encrypted file is decrypted and authenticated: in a fresh process that is most of the cost).
 * - `allegations_category_entry` (category, created_at): the rows of one category in entry order, so a
 *   window sorted by category reads its 100 rows, not all of them (it replaces `allegations_category`,
 *   whose column it starts with);
 * - `allegations_chart` (category, status, date_value): the chart's counts by category and status, and
 *   by year, from the index alone;
 * - `statements_source_text` (source_id, text): a source's statements, which the corroboration compares as
 *   quotes, without reading a table page per statement (it replaces `statements_source`);
 * - `sources_outlet` (id, claimed_outlet): a source's claimed outlet without reading past its original
 *   bytes (stored before it in the row, in overflow pages).
 */
import type { Migration } from './types';

export const migration010: Migration = {
  version: 10,
  name: 'list-indexes',
  up(db) {
    db.exec(/* sql */ `
DROP INDEX allegations_category;
CREATE INDEX allegations_category_entry ON allegations(category, created_at);
CREATE INDEX allegations_chart ON allegations(category, status, date_value);
DROP INDEX statements_source;
CREATE INDEX statements_source_text ON statements(source_id, text);
CREATE INDEX sources_outlet ON sources(id, claimed_outlet);
`);
  },
};
