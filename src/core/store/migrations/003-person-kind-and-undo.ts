/**
 * Migration 3: a person row can stand for an organisation or unit (a ministry, a brigade, the UN office),
 * so exports name institutions instead of pseudonymising them; and a decided suggestion remembers what
 * its decision changed, so the last decision can be undone exactly (core/ops/suggestion-undo.ts).
 */
import type { Migration } from './types';

export const migration003: Migration = {
  version: 3,
  name: 'person-kind-and-undo',
  up(db) {
    db.exec(/* sql */ `
ALTER TABLE people ADD COLUMN kind TEXT NOT NULL DEFAULT 'person' CHECK (kind IN ('person', 'organisation'));

-- Decisions are numbered in the order they were made (undo takes the highest); NULL while pending.
ALTER TABLE suggestions ADD COLUMN decided_seq INTEGER;
-- What an accept inserted and changed: [{table, rowid, before|null, after}], replayed backwards by undo.
ALTER TABLE suggestions ADD COLUMN undo_json TEXT CHECK (undo_json IS NULL OR json_valid(undo_json));
CREATE INDEX suggestions_decided_seq ON suggestions(decided_seq) WHERE decided_seq IS NOT NULL;
`);
  },
};
