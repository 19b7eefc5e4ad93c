/**
 * Migration 4: records can be edited and deleted without leaving their content behind, perpetrators and
 * units carry a mode of liability, and evidence can be linked to the elements of a crime.
 *
 * - FTS5 secure-delete: deleting a row removes its terms from the search index at once. Without it, FTS5
 *   only marks them deleted and the words stay in the index's segments until a merge happens to rewrite
 *   them, so a deleted allegation's words would still be readable with the key.
 * - liability_json: [{name, mode}] where name is one of the allegation's perpetrators or units and mode is
 *   an Art. 25(3)(a)–(f) / Art. 28(a)–(b) mode of liability.
 * - element_links: one row per (allegation, provision, element) and the evidence link or statement that
 *   goes to it, with how far it goes (established / partly); an element without rows has no evidence yet.
 */
import type { Migration } from './types';

export const migration004: Migration = {
  version: 4,
  name: 'edit-delete-and-elements',
  up(db) {
    db.exec(/* sql */ `
INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1);

ALTER TABLE allegations ADD COLUMN liability_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(liability_json));

CREATE TABLE element_links (
  id             TEXT PRIMARY KEY,
  allegation_id  TEXT NOT NULL REFERENCES allegations(id) ON DELETE CASCADE,
  provision      TEXT NOT NULL,
  element_id     TEXT NOT NULL,
  evidence_id    TEXT REFERENCES evidence_links(id) ON DELETE CASCADE,
  statement_id   TEXT REFERENCES statements(id) ON DELETE CASCADE,
  support        TEXT NOT NULL DEFAULT 'partly' CHECK (support IN ('established', 'partly')),
  note           TEXT,
  created_at     TEXT NOT NULL,
  CHECK ((evidence_id IS NULL) <> (statement_id IS NULL))
) STRICT;
CREATE INDEX element_links_allegation ON element_links(allegation_id);
CREATE INDEX element_links_evidence ON element_links(evidence_id);
CREATE INDEX element_links_statement ON element_links(statement_id);
`);
  },
};
