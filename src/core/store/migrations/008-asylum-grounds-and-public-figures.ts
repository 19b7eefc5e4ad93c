/**
 * Migration 8: what the asylum section of an export needs to be the subject's own and complete, and who
 * an export may name.
 *
 * - asylum_steps.person_id: whose step it is. NULL is the subject of the case (every step recorded so
 *   far); a person id is someone else named in the case (a relative who applied too), so an export's
 *   asylum section can show the subject's own steps only.
 * - asylum_grounds: the grounds of the subject's claim and the risks on return (kind 'ground' / 'risk',
 *   a code from shared/asylum-grounds.ts), each with the passage it rests on.
 * - people.public_figure: named in a public role, so exports show the name instead of a pseudonym. Until
 *   now exports read that from the role text; rows whose role matched (the same pattern, kept here as it
 *   was) are marked, so an existing case's exports name the same people. Everyone else starts protected.
 */
import type { Migration } from './types';

/** The role pattern exports used before the mark existed (report/model.ts up to schema 7). */
const PUBLIC_ROLE_BEFORE = /official|politician|president|minister|spokes|head of state|public figure|journalist|reporter|author|editor/i;

export const migration008: Migration = {
  version: 8,
  name: 'asylum-grounds-and-public-figures',
  up(db) {
    db.exec(/* sql */ `
ALTER TABLE asylum_steps ADD COLUMN person_id TEXT REFERENCES people(id);
CREATE INDEX asylum_steps_person ON asylum_steps(person_id) WHERE person_id IS NOT NULL;

CREATE TABLE asylum_grounds (
  id          TEXT PRIMARY KEY,
  kind        TEXT NOT NULL CHECK (kind IN ('ground', 'risk')),
  code        TEXT NOT NULL,
  note        TEXT,
  source_id   TEXT REFERENCES sources(id),
  span_start  INTEGER,
  span_end    INTEGER,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  CHECK (span_start IS NULL OR span_end IS NULL OR span_start <= span_end)
) STRICT;

ALTER TABLE people ADD COLUMN public_figure INTEGER NOT NULL DEFAULT 0 CHECK (public_figure IN (0, 1));
`);
    const rows = db.prepare("SELECT id, role FROM people WHERE kind = 'person' AND role IS NOT NULL").all() as {
      id: string;
      role: string;
    }[];
    const mark = db.prepare('UPDATE people SET public_figure = 1 WHERE id = ?');
    for (const r of rows) if (PUBLIC_ROLE_BEFORE.test(r.role)) mark.run(r.id);
  },
};
