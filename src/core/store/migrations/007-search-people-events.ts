/**
 * Migration 7: people and timeline events join the search index, so Ctrl+K finds a person by a name,
 * an alias or call sign, a role, an affiliation, a note or the pseudonym an export gave them, and an
 * event by its title, description, place or date. They go into the same FTS5 table as sources (unicode61,
 * remove_diacritics 2), so "Kovalenko" and "KOVALENKO", "Stefan" and "Ştefan" match as they do there.
 *
 * Triggers keep the index current on insert, update and delete; with secure-delete on (migration 4) a
 * deleted person's or event's words leave the index at once. Rows that exist already are indexed here.
 *
 * An alias is read as the readers do (ops/source-spans `strings`): an object's name, or a plain string.
 */
import type { Migration } from './types';

/** Alias names, comma-separated; NULL when there are none. */
const aliasNames = (row: string) => /* sql */ `(
    SELECT group_concat(CASE WHEN type = 'text' THEN value ELSE json_extract(value, '$.name') END, ', ')
    FROM json_each(${row}.aliases_json))`;

/**
 * The fields that have a value, joined by ' · ' so a snippet reads as separate fields ("Шторм · driver ·
 * met in Olenivka"); the dot is not a token. Plain || and coalesce, not concat_ws, so an older SQLCipher
 * command-line tool can still write to these tables.
 */
const joined = (fields: string[]) => `rtrim(${fields.map((f) => `coalesce(${f} || ' · ', '')`).join(' || ')}, ' ·')`;

const personBody = (row: string) => joined([aliasNames(row), `${row}.role`, `${row}.affiliation`, `${row}.notes`, `${row}.pseudonym`]);

const eventBody = (row: string) => joined([`${row}.description`, `${row}.place`, `${row}.date_text`, `${row}.date_value`]);

const indexPerson = (row: string) => `INSERT INTO search_index (kind, ref_id, source_id, title, body)
  VALUES ('person', ${row}.id, NULL, ${row}.name, ${personBody(row)});`;

const indexEvent = (row: string) => `INSERT INTO search_index (kind, ref_id, source_id, title, body)
  VALUES ('event', ${row}.id, NULL, ${row}.title, ${eventBody(row)});`;

const SQL = /* sql */ `
CREATE TRIGGER people_fts_insert AFTER INSERT ON people BEGIN
  ${indexPerson('NEW')}
END;
CREATE TRIGGER people_fts_update AFTER UPDATE OF name, aliases_json, role, affiliation, notes, pseudonym ON people BEGIN
  DELETE FROM search_index WHERE kind = 'person' AND ref_id = OLD.id;
  ${indexPerson('NEW')}
END;
CREATE TRIGGER people_fts_delete AFTER DELETE ON people BEGIN
  DELETE FROM search_index WHERE kind = 'person' AND ref_id = OLD.id;
END;

CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
  ${indexEvent('NEW')}
END;
CREATE TRIGGER events_fts_update AFTER UPDATE OF title, description, place, date_text, date_value ON events BEGIN
  DELETE FROM search_index WHERE kind = 'event' AND ref_id = OLD.id;
  ${indexEvent('NEW')}
END;
CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
  DELETE FROM search_index WHERE kind = 'event' AND ref_id = OLD.id;
END;

INSERT INTO search_index (kind, ref_id, source_id, title, body)
  SELECT 'person', p.id, NULL, p.name, ${personBody('p')} FROM people p;
INSERT INTO search_index (kind, ref_id, source_id, title, body)
  SELECT 'event', e.id, NULL, e.title, ${eventBody('e')} FROM events e;
`;

export const migration007: Migration = {
  version: 7,
  name: 'search-people-events',
  up(db) {
    db.exec(SQL);
  },
};
