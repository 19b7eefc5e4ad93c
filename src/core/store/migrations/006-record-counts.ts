/**
 * Migration 6: what the overview shows, kept so that reading it does not grow with the case. Counting rows
 * reads every page of a table or index (at 100,000 records the overview's counts read thousands of pages,
 * each decrypted and authenticated: 0.2–0.5 s of every unlock on a loaded laptop). So:
 * - `record_counts` holds one row per counted table (and one per allegation category, and the pending
 *   suggestions), kept exact by triggers in the same transaction as the change; it starts from count(*)
 *   of the rows already in the file;
 * - the timeline's first and last dates are read from two indexes (a min and a max are one lookup each).
 * The custody log needs neither: its seq runs 1..N without gaps (append-only, checked by verify).
 */
import type { Migration } from './types';

/** Tables counted as a whole (sources and exports cannot be deleted, but the trigger costs nothing). */
const COUNTED = ['sources', 'people', 'statements', 'events', 'asylum_steps', 'exports'] as const;

const plain = COUNTED.map(
  (t) => /* sql */ `
INSERT INTO record_counts (name, n) SELECT '${t}', count(*) FROM ${t};
CREATE TRIGGER ${t}_count_insert AFTER INSERT ON ${t} BEGIN
  UPDATE record_counts SET n = n + 1 WHERE name = '${t}';
END;
CREATE TRIGGER ${t}_count_delete AFTER DELETE ON ${t} BEGIN
  UPDATE record_counts SET n = n - 1 WHERE name = '${t}';
END;`,
).join('\n');

export const migration006: Migration = {
  version: 6,
  name: 'record-counts',
  up(db) {
    db.exec(/* sql */ `
CREATE TABLE record_counts (
  name  TEXT PRIMARY KEY,
  n     INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
${plain}

-- Allegations by category ('allegations:<category>'); the total is their sum.
INSERT INTO record_counts (name, n) SELECT 'allegations:' || category, count(*) FROM allegations GROUP BY category;
CREATE TRIGGER allegations_count_insert AFTER INSERT ON allegations BEGIN
  INSERT INTO record_counts (name, n) VALUES ('allegations:' || NEW.category, 1) ON CONFLICT (name) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER allegations_count_delete AFTER DELETE ON allegations BEGIN
  UPDATE record_counts SET n = n - 1 WHERE name = 'allegations:' || OLD.category;
END;
CREATE TRIGGER allegations_count_category AFTER UPDATE OF category ON allegations WHEN OLD.category IS NOT NEW.category BEGIN
  UPDATE record_counts SET n = n - 1 WHERE name = 'allegations:' || OLD.category;
  INSERT INTO record_counts (name, n) VALUES ('allegations:' || NEW.category, 1) ON CONFLICT (name) DO UPDATE SET n = n + 1;
END;

-- Suggestions still waiting for a decision.
INSERT INTO record_counts (name, n) SELECT 'suggestions:pending', count(*) FROM suggestions WHERE status = 'pending';
CREATE TRIGGER suggestions_count_insert AFTER INSERT ON suggestions WHEN NEW.status = 'pending' BEGIN
  UPDATE record_counts SET n = n + 1 WHERE name = 'suggestions:pending';
END;
CREATE TRIGGER suggestions_count_delete AFTER DELETE ON suggestions WHEN OLD.status = 'pending' BEGIN
  UPDATE record_counts SET n = n - 1 WHERE name = 'suggestions:pending';
END;
CREATE TRIGGER suggestions_count_status AFTER UPDATE OF status ON suggestions
  WHEN (OLD.status = 'pending') IS NOT (NEW.status = 'pending') BEGIN
  UPDATE record_counts SET n = n + (NEW.status = 'pending') - (OLD.status = 'pending') WHERE name = 'suggestions:pending';
END;

-- The timeline's span: its first start and its last end (or start) among dated events.
CREATE INDEX events_first ON events(date_value);
CREATE INDEX events_last ON events(coalesce(date_end, date_value)) WHERE date_value IS NOT NULL;
`);
  },
};
