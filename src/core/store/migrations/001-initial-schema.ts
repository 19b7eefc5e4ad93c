/**
 * Migration 1: the whole domain schema of DESIGN §1, so later work adds behaviour, not tables.
 *
 * Conventions:
 * - ids are TEXT with a type prefix (shared/ids.ts); times are ISO-8601 UTC strings.
 * - JSON columns end in `_json` and always hold valid JSON (CHECK json_valid).
 * - Evidence is immutable: a source's original bytes, hash and provenance cannot be updated or deleted,
 *   and the custody log is append-only. Both are enforced here, in SQL, not only in code.
 */
import type { Migration } from './types';

export const migration001: Migration = {
  version: 1,
  name: 'initial-schema',
  up(db) {
    db.exec(/* sql */ `
CREATE TABLE case_meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE profile (
  id                INTEGER PRIMARY KEY CHECK (id = 1),
  full_name         TEXT,
  aliases_json      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(aliases_json)),
  rank              TEXT,
  unit              TEXT,
  service           TEXT,
  birth_date        TEXT,
  age               INTEGER,
  origin            TEXT,
  route_out         TEXT,
  current_location  TEXT,
  contacts          TEXT,
  family            TEXT,
  notes             TEXT,
  sensitive_json    TEXT NOT NULL DEFAULT '["currentLocation","contacts","family"]' CHECK (json_valid(sensitive_json)),
  updated_at        TEXT
) STRICT;
INSERT INTO profile (id) VALUES (1);

-- Originals, byte-for-byte as received. Immutable (see triggers below).
CREATE TABLE sources (
  id                    TEXT PRIMARY KEY,
  sha256                TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
  bytes                 BLOB NOT NULL,
  size                  INTEGER NOT NULL CHECK (size = length(bytes)),
  media_type            TEXT NOT NULL,
  encoding              TEXT,
  file_name             TEXT NOT NULL,
  imported_at           TEXT NOT NULL,
  claimed_url           TEXT,
  claimed_outlet        TEXT,
  claimed_published_at  TEXT
) STRICT;

CREATE TRIGGER sources_immutable_update BEFORE UPDATE ON sources
BEGIN
  SELECT RAISE(ABORT, 'sources are evidence: an original cannot be changed after import');
END;
CREATE TRIGGER sources_immutable_delete BEFORE DELETE ON sources
BEGIN
  SELECT RAISE(ABORT, 'sources are evidence: an original cannot be deleted');
END;

-- Everything derived from an original points back to it.
CREATE TABLE source_texts (
  id                  TEXT PRIMARY KEY,
  source_id           TEXT NOT NULL REFERENCES sources(id),
  kind                TEXT NOT NULL DEFAULT 'clean' CHECK (kind IN ('clean', 'translation')),
  language            TEXT,
  title               TEXT,
  outlet              TEXT,
  published_text      TEXT,
  published_date      TEXT,
  published_precision TEXT,
  text                TEXT NOT NULL,
  format              TEXT,
  translation_kind    TEXT CHECK (translation_kind IS NULL OR translation_kind IN ('human', 'machine')),
  extractor_version   TEXT,
  reading_json        TEXT CHECK (reading_json IS NULL OR json_valid(reading_json)),
  created_at          TEXT NOT NULL
) STRICT;
CREATE INDEX source_texts_source ON source_texts(source_id);

CREATE TABLE people (
  id            TEXT PRIMARY KEY,
  name          TEXT NOT NULL,
  role          TEXT,
  aliases_json  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(aliases_json)),
  affiliation   TEXT,
  notes         TEXT,
  pseudonym     TEXT,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
) STRICT;

CREATE TABLE statements (
  id                TEXT PRIMARY KEY,
  text              TEXT NOT NULL,
  speaker_id        TEXT REFERENCES people(id),
  speaker_name      TEXT,
  source_id         TEXT REFERENCES sources(id),
  source_text_id    TEXT REFERENCES source_texts(id),
  span_start        INTEGER,
  span_end          INTEGER,
  language          TEXT,
  translation       TEXT,
  translation_kind  TEXT CHECK (translation_kind IS NULL OR translation_kind IN ('human', 'machine')),
  basis             TEXT NOT NULL DEFAULT 'first-hand'
                      CHECK (basis IN ('first-hand', 'participant', 'hearsay', 'document')),
  hearsay_from      TEXT,
  stated_date       TEXT,
  notes             TEXT,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  CHECK (span_start IS NULL OR (span_end IS NOT NULL AND span_end >= span_start))
) STRICT;
CREATE INDEX statements_source ON statements(source_id);

CREATE TABLE allegations (
  id                  TEXT PRIMARY KEY,
  category            TEXT NOT NULL,
  provisions_json     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(provisions_json)),
  description         TEXT NOT NULL,
  place               TEXT,
  date_text           TEXT,
  date_value          TEXT,
  date_end            TEXT,
  date_precision      TEXT NOT NULL DEFAULT 'unknown',
  perpetrators_json   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(perpetrators_json)),
  units_json          TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(units_json)),
  victims             TEXT,
  victim_status       TEXT NOT NULL DEFAULT 'unknown'
                        CHECK (victim_status IN ('civilian', 'prisoner-of-war', 'hors-de-combat', 'own-troops', 'unknown')),
  status              TEXT NOT NULL DEFAULT 'alleged'
                        CHECK (status IN ('alleged', 'corroborated', 'disputed', 'retracted')),
  basis               TEXT CHECK (basis IS NULL OR basis IN ('first-hand', 'reported', 'unclear')),
  self_incriminating  INTEGER NOT NULL DEFAULT 0 CHECK (self_incriminating IN (0, 1)),
  reliability         TEXT CHECK (reliability IS NULL OR reliability IN ('A','B','C','D','E','F')),
  credibility         TEXT CHECK (credibility IS NULL OR credibility IN ('1','2','3','4','5','6')),
  notes               TEXT,
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL
) STRICT;
CREATE INDEX allegations_category ON allegations(category);

-- Allegation ↔ source span, each link graded on its own.
CREATE TABLE evidence_links (
  id              TEXT PRIMARY KEY,
  allegation_id   TEXT NOT NULL REFERENCES allegations(id) ON DELETE CASCADE,
  source_id       TEXT NOT NULL REFERENCES sources(id),
  source_text_id  TEXT REFERENCES source_texts(id),
  statement_id    TEXT REFERENCES statements(id),
  span_start      INTEGER,
  span_end        INTEGER,
  excerpt         TEXT,
  basis           TEXT CHECK (basis IS NULL OR basis IN ('first-hand', 'reported', 'unclear')),
  reliability     TEXT CHECK (reliability IS NULL OR reliability IN ('A','B','C','D','E','F')),
  credibility     TEXT CHECK (credibility IS NULL OR credibility IN ('1','2','3','4','5','6')),
  origin_key      TEXT,
  created_at      TEXT NOT NULL
) STRICT;
CREATE INDEX evidence_allegation ON evidence_links(allegation_id);
CREATE INDEX evidence_source ON evidence_links(source_id);

CREATE TABLE events (
  id              TEXT PRIMARY KEY,
  title           TEXT NOT NULL,
  description     TEXT,
  date_text       TEXT,
  date_value      TEXT,
  date_end        TEXT,
  date_precision  TEXT NOT NULL DEFAULT 'unknown',
  place           TEXT,
  allegation_id   TEXT REFERENCES allegations(id) ON DELETE SET NULL,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
) STRICT;

CREATE TABLE event_sources (
  event_id        TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  source_id       TEXT NOT NULL REFERENCES sources(id),
  source_text_id  TEXT REFERENCES source_texts(id),
  span_start      INTEGER,
  span_end        INTEGER,
  date_text       TEXT,
  date_value      TEXT,
  date_precision  TEXT,
  PRIMARY KEY (event_id, source_id, span_start)
) STRICT;

CREATE TABLE asylum_steps (
  id              TEXT PRIMARY KEY,
  country         TEXT NOT NULL CHECK (length(country) = 2),
  stage           TEXT NOT NULL,
  date_value      TEXT,
  date_precision  TEXT NOT NULL DEFAULT 'unknown',
  authority       TEXT,
  note            TEXT,
  source_id       TEXT REFERENCES sources(id),
  span_start      INTEGER,
  span_end        INTEGER,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
) STRICT;

-- What was disclosed to which authority, and when (witness-protection record).
CREATE TABLE disclosures (
  id              TEXT PRIMARY KEY,
  asylum_step_id  TEXT REFERENCES asylum_steps(id) ON DELETE SET NULL,
  country         TEXT,
  authority       TEXT NOT NULL,
  disclosed_at    TEXT NOT NULL,
  what            TEXT NOT NULL,
  items_json      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(items_json)),
  created_at      TEXT NOT NULL
) STRICT;

CREATE TABLE suggestions (
  id              TEXT PRIMARY KEY,
  source_id       TEXT NOT NULL REFERENCES sources(id),
  source_text_id  TEXT REFERENCES source_texts(id),
  kind            TEXT NOT NULL,
  payload_json    TEXT NOT NULL CHECK (json_valid(payload_json)),
  span_start      INTEGER,
  span_end        INTEGER,
  status          TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'rejected')),
  decided_at      TEXT,
  result_entity   TEXT,
  result_id       TEXT,
  created_at      TEXT NOT NULL
) STRICT;
CREATE INDEX suggestions_source_status ON suggestions(source_id, status);

-- Append-only, hash-chained. hash = SHA-256 over the canonical entry including prev_hash (custody/chain.ts).
CREATE TABLE custody_log (
  seq         INTEGER PRIMARY KEY,
  at          TEXT NOT NULL,
  action      TEXT NOT NULL,
  entity      TEXT NOT NULL,
  entity_id   TEXT,
  details     TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details)),
  prev_hash   TEXT NOT NULL CHECK (length(prev_hash) = 64),
  hash        TEXT NOT NULL UNIQUE CHECK (length(hash) = 64)
) STRICT;
CREATE TRIGGER custody_append_only_update BEFORE UPDATE ON custody_log
BEGIN
  SELECT RAISE(ABORT, 'the custody log is append-only');
END;
CREATE TRIGGER custody_append_only_delete BEFORE DELETE ON custody_log
BEGIN
  SELECT RAISE(ABORT, 'the custody log is append-only');
END;

-- What was sent to whom.
CREATE TABLE exports (
  id             TEXT PRIMARY KEY,
  created_at     TEXT NOT NULL,
  recipient      TEXT NOT NULL,
  profile        TEXT NOT NULL,
  file_name      TEXT,
  sha256         TEXT NOT NULL CHECK (length(sha256) = 64),
  size           INTEGER NOT NULL,
  manifest_json  TEXT NOT NULL CHECK (json_valid(manifest_json)),
  custody_seq    INTEGER
) STRICT;
CREATE TRIGGER exports_immutable_update BEFORE UPDATE ON exports
BEGIN
  SELECT RAISE(ABORT, 'the export ledger is append-only');
END;
CREATE TRIGGER exports_immutable_delete BEFORE DELETE ON exports
BEGIN
  SELECT RAISE(ABORT, 'the export ledger is append-only');
END;

-- Full-text search across source texts, statements and allegations. Diacritics- and case-insensitive.
-- kind/ref_id/source_id are carried along unindexed so a hit can be resolved without a join.
CREATE VIRTUAL TABLE search_index USING fts5(
  kind UNINDEXED, ref_id UNINDEXED, source_id UNINDEXED, title, body,
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER source_texts_fts_insert AFTER INSERT ON source_texts BEGIN
  INSERT INTO search_index (kind, ref_id, source_id, title, body)
  VALUES ('source', NEW.id, NEW.source_id, coalesce(NEW.title, ''), NEW.text);
END;
CREATE TRIGGER source_texts_fts_update AFTER UPDATE OF text, title ON source_texts BEGIN
  DELETE FROM search_index WHERE kind = 'source' AND ref_id = OLD.id;
  INSERT INTO search_index (kind, ref_id, source_id, title, body)
  VALUES ('source', NEW.id, NEW.source_id, coalesce(NEW.title, ''), NEW.text);
END;
CREATE TRIGGER source_texts_fts_delete AFTER DELETE ON source_texts BEGIN
  DELETE FROM search_index WHERE kind = 'source' AND ref_id = OLD.id;
END;

CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
  INSERT INTO search_index (kind, ref_id, source_id, title, body)
  VALUES ('statement', NEW.id, NEW.source_id, coalesce(NEW.speaker_name, ''),
          NEW.text || ' ' || coalesce(NEW.translation, ''));
END;
CREATE TRIGGER statements_fts_update AFTER UPDATE OF text, translation, speaker_name ON statements BEGIN
  DELETE FROM search_index WHERE kind = 'statement' AND ref_id = OLD.id;
  INSERT INTO search_index (kind, ref_id, source_id, title, body)
  VALUES ('statement', NEW.id, NEW.source_id, coalesce(NEW.speaker_name, ''),
          NEW.text || ' ' || coalesce(NEW.translation, ''));
END;
CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
  DELETE FROM search_index WHERE kind = 'statement' AND ref_id = OLD.id;
END;

CREATE TRIGGER allegations_fts_insert AFTER INSERT ON allegations BEGIN
  INSERT INTO search_index (kind, ref_id, source_id, title, body)
  VALUES ('allegation', NEW.id, NULL, NEW.category,
          NEW.description || ' ' || coalesce(NEW.place, '') || ' ' || coalesce(NEW.victims, ''));
END;
CREATE TRIGGER allegations_fts_update AFTER UPDATE OF description, place, victims, category ON allegations BEGIN
  DELETE FROM search_index WHERE kind = 'allegation' AND ref_id = OLD.id;
  INSERT INTO search_index (kind, ref_id, source_id, title, body)
  VALUES ('allegation', NEW.id, NULL, NEW.category,
          NEW.description || ' ' || coalesce(NEW.place, '') || ' ' || coalesce(NEW.victims, ''));
END;
CREATE TRIGGER allegations_fts_delete AFTER DELETE ON allegations BEGIN
  DELETE FROM search_index WHERE kind = 'allegation' AND ref_id = OLD.id;
END;
`);
  },
};
