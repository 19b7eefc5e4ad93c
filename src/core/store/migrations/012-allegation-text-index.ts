/**
 * Migration 12: an index the allegations table's text filter can use, so that its first call does not read
 * and decrypt every page of the table (5,300 pages at 50,000 allegations, most of a filtered re-sort).
 * - `allegations_text`: FTS5 with the trigram tokenizer (case folded, diacritics kept) over what the filter
 *   searches (ops/allegation-rows.ts, HAY) except the category's label, which is code, not data: the
 *   description, place, provisions, perpetrators, units, victim status, status, basis and grade, joined by
 *   spaces as HAY joins them, with two U+0001 after the last so that every text of one or two characters in
 *   the row begins a trigram (the filter finds those by the index's terms). It keeps only which row holds
 *   which three characters (detail=none, columnsize=0), no copy of the text: its content is the view
 *   `allegations_text_content`, which reads the allegations table (external content), and its rowid is the
 *   allegation's rowid. Two characters that FTS5 folds into ASCII letters (U+017F ſ into s, U+212A Kelvin
 *   into k) are indexed as the private-use characters U+E000 and U+E001, so a match of an ASCII text in the
 *   index is a match of SQLite's LIKE (which folds ASCII only), not a superset of it.
 * - `allegations_text_terms`: its vocabulary (fts5vocab, no storage of its own), where the filter finds
 *   the trigrams that begin with a text of one or two characters.
 * - secure-delete, as for the search index (migration 4): a deleted or edited allegation's trigrams leave
 *   the index's pages at once (a contentless index would only mark them deleted until a merge).
 * - Triggers keep it current on insert, update of a searched column, and delete, giving FTS5 the old text
 *   to take out as the view reads it.
 * - `allegations_sort` (status, date_value, created_at, category): with the index, a filtered window
 *   sorted by date is read from this index alone (the text filter is a set of rowids), not from the table.
 * Rows already in the file are indexed here (about 1 s of CPU per 10,000 allegations).
 * The custody log, the sources and the export ledger are not touched: their append-only and immutability
 * triggers are unchanged.
 */
import type { Migration } from './types';

/** What the index holds for the row `r` (NEW or OLD, or a table alias): the filter's HAY without the label. */
export const indexedText = (r: string) =>
  `replace(replace(${[
    `${r}.description`,
    `coalesce(${r}.place, '')`,
    `${r}.provisions_json`,
    `${r}.perpetrators_json`,
    `${r}.units_json`,
    `${r}.victim_status`,
    `${r}.status`,
    `coalesce(${r}.basis, '')`,
    `coalesce(${r}.reliability, '') || coalesce(${r}.credibility, '')`,
  ].join(" || ' ' || ")} || char(1, 1), char(383), char(57344)), char(8490), char(57345))`;

const COLUMNS =
  'description, place, provisions_json, perpetrators_json, units_json, victim_status, status, basis, reliability, credibility';

export const migration012: Migration = {
  version: 12,
  name: 'allegation-text-index',
  up(db) {
    db.exec(/* sql */ `
CREATE VIEW allegations_text_content AS SELECT a.rowid AS rid, ${indexedText('a')} AS hay FROM allegations a;
CREATE VIRTUAL TABLE allegations_text USING fts5(
  hay, content = 'allegations_text_content', content_rowid = 'rid', detail = none, columnsize = 0,
  tokenize = 'trigram case_sensitive 0'
);
INSERT INTO allegations_text (allegations_text, rank) VALUES ('secure-delete', 1);
CREATE VIRTUAL TABLE allegations_text_terms USING fts5vocab(allegations_text, 'row');
INSERT INTO allegations_text (allegations_text) VALUES ('rebuild');

CREATE TRIGGER allegations_text_insert AFTER INSERT ON allegations BEGIN
  INSERT INTO allegations_text (rowid, hay) VALUES (NEW.rowid, ${indexedText('NEW')});
END;
CREATE TRIGGER allegations_text_update AFTER UPDATE OF ${COLUMNS} ON allegations BEGIN
  INSERT INTO allegations_text (allegations_text, rowid, hay) VALUES ('delete', OLD.rowid, ${indexedText('OLD')});
  INSERT INTO allegations_text (rowid, hay) VALUES (NEW.rowid, ${indexedText('NEW')});
END;
CREATE TRIGGER allegations_text_delete AFTER DELETE ON allegations BEGIN
  INSERT INTO allegations_text (allegations_text, rowid, hay) VALUES ('delete', OLD.rowid, ${indexedText('OLD')});
END;

CREATE INDEX allegations_sort ON allegations(status, date_value, created_at, category);
`);
  },
};
