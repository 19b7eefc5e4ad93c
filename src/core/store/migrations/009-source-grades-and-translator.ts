/**
 * Migration 9: Admiralty grades as the scale means them (legal.md §4.1), and who translated a statement.
 *
 * - source_grades: the reliability of a SOURCE (A–F), one row per graded source, with the investigator's
 *   reason. Until now each evidence link carried its own reliability letter, so one source could be "B"
 *   on one excerpt and "E" on another. Information credibility (1–6) stays on each link: it is about
 *   that piece of information. (Sources themselves are immutable originals, so the grade lives beside
 *   them, not in them.)
 * - The letters already given move to their source: where a source's links agree, that letter; where
 *   they disagree, the most cautious one (the latest letter: E "unreliable" over B "usually reliable",
 *   F "cannot be judged" over all), and the note says so. The links' own letters are then cleared, so
 *   no second, contradicting reliability is left in the file.
 * - statements.translator: who made the translation (a person's name or a service), next to whether it
 *   is a human or a machine translation.
 */
import type { Migration } from './types';

export const migration009: Migration = {
  version: 9,
  name: 'source-grades-and-translator',
  up(db) {
    db.exec(/* sql */ `
CREATE TABLE source_grades (
  source_id    TEXT PRIMARY KEY REFERENCES sources(id),
  reliability  TEXT NOT NULL CHECK (reliability IN ('A','B','C','D','E','F')),
  note         TEXT,
  graded_at    TEXT NOT NULL
) STRICT;

INSERT INTO source_grades (source_id, reliability, note, graded_at)
  SELECT source_id, max(reliability),
         CASE WHEN count(DISTINCT reliability) > 1
              THEN 'Moved from its evidence links, which were graded ' || group_concat(DISTINCT reliability) || ': the most cautious kept.'
              ELSE NULL END,
         strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
  FROM evidence_links WHERE reliability IS NOT NULL GROUP BY source_id;
UPDATE evidence_links SET reliability = NULL WHERE reliability IS NOT NULL;

ALTER TABLE statements ADD COLUMN translator TEXT;
`);
  },
};
