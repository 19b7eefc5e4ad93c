/** People named in the case other than the subject: witnesses, speakers, commanders, victims. */
import type { InputOf } from '../../shared/api';
import { Person, PersonKind } from '../../shared/contract/people';
import { CasefileError } from '../../shared/errors';
import { newId } from '../../shared/ids';
import { type CaseContext, type ReadableDB, type WritableDB, notFound, nowIso } from '../context';
import { parseJson, strings } from './source-spans';

interface PersonRow {
  id: string;
  name: string;
  kind: PersonKind;
  role: string | null;
  public_figure: number;
  aliases_json: string;
  affiliation: string | null;
  notes: string | null;
  pseudonym: string | null;
  created_at: string;
  updated_at: string;
  statements: number;
}

const SELECT = `SELECT p.*, (SELECT count(*) FROM statements s WHERE s.speaker_id = p.id) AS statements FROM people p`;

function toPerson(r: PersonRow): Person {
  return Person.parse({
    id: r.id,
    name: r.name,
    kind: r.kind,
    role: r.role,
    publicFigure: r.public_figure === 1,
    aliases: parseJson(r.aliases_json, []),
    affiliation: r.affiliation,
    notes: r.notes,
    pseudonym: r.pseudonym,
    statementCount: r.statements,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  });
}

export function listPeople(ctx: CaseContext): Person[] {
  return (ctx.db.prepare(`${SELECT} ORDER BY p.name COLLATE NOCASE, p.id`).all() as PersonRow[]).map(toPerson);
}

export function getPerson(ctx: CaseContext, id: string): Person {
  const r = ctx.db.prepare(`${SELECT} WHERE p.id = ?`).get(id) as PersonRow | undefined;
  if (!r) throw notFound('person', id);
  return toPerson(r);
}

const norm = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** A person whose name or alias matches `name` (case- and diacritics-insensitive), or null. */
export function findPersonByName(ctx: CaseContext, name: string): Person | null {
  const n = norm(name);
  for (const p of listPeople(ctx)) {
    if (norm(p.name) === n || p.aliases.some((a) => norm(a.name) === n)) return p;
  }
  return null;
}

export type UpsertPersonInput = InputOf<'upsertPerson'>;

/**
 * A role that names a public office: a new person recorded with it is suggested as a public figure (the
 * investigator can change it). Journalists, experts, relatives, witnesses are not: they stay protected.
 */
const PUBLIC_OFFICE =
  /president|президент|prime minister|minister|министр|міністр|spokes|пресс-секретар|прессекретар|речни|official|politician|head of state|public figure|ambassador|посол/i;

/** Whether a new person with this role is suggested as a public figure (named in exports). */
export function suggestedPublicFigure(role: string | null | undefined): boolean {
  return !!role && PUBLIC_OFFICE.test(role);
}

const FIELDS = {
  name: 'name',
  kind: 'kind',
  role: 'role',
  publicFigure: 'public_figure',
  aliases: 'aliases_json',
  affiliation: 'affiliation',
  notes: 'notes',
  pseudonym: 'pseudonym',
} as const;

/** Insert or update inside an existing write (used by suggestion accepts). Returns the id and changed fields. */
export function upsertPersonIn(
  ctx: CaseContext,
  db: WritableDB,
  input: UpsertPersonInput,
): { id: string; created: boolean; fields: string[] } {
  const now = nowIso();
  if (!input.id) {
    if (!input.name) throw new CasefileError('INVALID_INPUT', 'A new person needs a name.');
    const id = newId('person');
    db.prepare(
      'INSERT INTO people (id, name, kind, role, public_figure, aliases_json, affiliation, notes, pseudonym, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(
      id,
      input.name,
      input.kind ?? 'person',
      input.role ?? null,
      (input.publicFigure ?? ((input.kind ?? 'person') === 'person' && suggestedPublicFigure(input.role))) ? 1 : 0,
      JSON.stringify(input.aliases ?? []),
      input.affiliation ?? null,
      input.notes ?? null,
      input.pseudonym ?? null,
      now,
      now,
    );
    return { id, created: true, fields: Object.keys(FIELDS).filter((k) => input[k as keyof typeof FIELDS] !== undefined) };
  }
  getPerson(ctx, input.id);
  const keys = (Object.keys(FIELDS) as (keyof typeof FIELDS)[]).filter((k) => input[k] !== undefined);
  if (keys.length) {
    const sets = keys.map((k) => `${FIELDS[k]} = ?`).join(', ');
    const vals = keys.map((k) => (k === 'aliases' ? JSON.stringify(input[k]) : k === 'publicFigure' ? (input[k] ? 1 : 0) : input[k]));
    db.prepare(`UPDATE people SET ${sets}, updated_at = ? WHERE id = ?`).run(...vals, now, input.id);
    // Keep denormalised speaker names in step.
    if (input.name) db.prepare('UPDATE statements SET speaker_name = ? WHERE speaker_id = ?').run(input.name, input.id);
  }
  return { id: input.id, created: false, fields: keys };
}

export function upsertPerson(ctx: CaseContext, input: UpsertPersonInput): Person {
  const id = ctx.write((db) => {
    const r = upsertPersonIn(ctx, db, input);
    return {
      result: r.id,
      custody: { action: r.created ? 'person.add' : 'person.update', entity: 'person', entityId: r.id, details: { fields: r.fields } },
    };
  });
  return getPerson(ctx, id);
}

// ───── Reads for the evidence summary (report/queries.ts), in entry order so refs are stable ─────

export interface PersonForExport {
  id: string;
  name: string;
  role: string | null;
  publicFigure: boolean;
  aliases: string[];
  affiliation: string | null;
  pseudonym: string | null;
}

export function peopleForExport(db: ReadableDB): PersonForExport[] {
  const rows = db
    .prepare('SELECT id, name, role, public_figure, aliases_json, affiliation, pseudonym FROM people ORDER BY created_at, rowid')
    .all() as (Omit<PersonForExport, 'aliases' | 'publicFigure'> & { aliases_json: string; public_figure: number })[];
  return rows.map(({ aliases_json, public_figure, ...r }) => ({
    ...r,
    publicFigure: public_figure === 1,
    aliases: strings(parseJson(aliases_json, [])),
  }));
}

/** Pseudonyms already given (people who have one). */
export function pseudonymsInUse(db: ReadableDB): Map<string, string> {
  const rows = db.prepare('SELECT id, pseudonym FROM people WHERE pseudonym IS NOT NULL').all() as { id: string; pseudonym: string }[];
  return new Map(rows.map((r) => [r.id, r.pseudonym]));
}

/** Give a person a pseudonym unless they have one (pseudonyms never change once given). */
export function setPseudonymOnce(db: WritableDB, id: string, pseudonym: string): boolean {
  return db.prepare('UPDATE people SET pseudonym = ? WHERE id = ? AND pseudonym IS NULL').run(pseudonym, id).changes > 0;
}

/** people.kind (person / organisation) by id, for the evidence summary. */
export function personKinds(db: ReadableDB): Map<string, string> {
  const rows = db.prepare('SELECT id, kind FROM people').all() as { id: string; kind: string | null }[];
  return new Map(rows.map((r) => [r.id, r.kind ?? 'person']));
}

/**
 * Words that make a name an institution or a unit rather than a human being, in the languages of the
 * sources (English, German, Romanian, Czech, Russian, Ukrainian). Matched as whole words, case-insensitive.
 */
const ORGANISATION_WORDS = new RegExp(
  String.raw`(?<![\p{L}])(` +
    [
      'ministry|ministerium|ministerul|ministerstvo|министерство|міністерство',
      'committee|komitee|comitetul|výbor|комитет|комітет',
      'office|büro|biroul|úřad|управление|управління',
      'service|dienst|serviciul|služba|служба',
      'army|armee|armata|armáda|армия|армія|forces|streitkräfte|вооруженные|вооружённые|збройні',
      'battalion|bataillon|batalionul|batalion|prapor|батальон',
      'brigade|brigada|бригада|regiment|regimentul|pluk|полк|division|divizia|дивизия|дивізія|unit|einheit|unitatea|jednotka|часть',
      'legion|legiunea|легион|легіон|group|gruppe|grupul|skupina|группа|група',
      'agency|agentur|agenția|agentura|агентство|court|gericht|curtea|soud|суд|tribunal|council|consiliul|rada|совет|рада',
      'nations|nationen|națiunilor|národů|kremlin|kreml|кремль',
      'government|regierung|guvernul|vláda|правительство|уряд',
    ].join('|') +
    String.raw`)(?![\p{L}])`,
  'iu',
);

/**
 * Person or organisation, as far as the importer's reading tells: an explicit `kind` in the payload wins;
 * otherwise a name made of institution words ("Russian Defense Ministry", "Storm battalion") or an acronym
 * ("GRU") is an organisation. The investigator confirms or changes it when accepting.
 */
export function suggestedPersonKind(payload: { name?: unknown; role?: unknown; kind?: unknown }): PersonKind {
  const explicit = PersonKind.safeParse(payload.kind);
  if (explicit.success) return explicit.data;
  const name = typeof payload.name === 'string' ? payload.name.trim() : '';
  // Acronyms (GRU, FSB, ООН) are institutions; matched case-sensitively so the Romanian "un" is not "UN".
  if (/^[\p{Lu}\d]{2,6}$/u.test(name) || /(?<![\p{L}])(UN|NATO|ICC|ООН)(?![\p{L}])/u.test(name)) return 'organisation';
  return ORGANISATION_WORDS.test(name) ? 'organisation' : 'person';
}

/** Delete a person inside an existing write; refused while statements name them as their speaker. */
export function deletePersonIn(ctx: CaseContext, db: WritableDB, id: string): void {
  const p = getPerson(ctx, id);
  if (p.statementCount > 0)
    throw new CasefileError(
      'INVALID_INPUT',
      `${p.name} is the speaker of ${p.statementCount} statement(s): give them another speaker, or merge this record into another person, before deleting it.`,
    );
  db.prepare('DELETE FROM people WHERE id = ?').run(id);
}

/**
 * Fold `mergeId` into `keepId` inside an existing write (its statements must already be reassigned): the
 * merged name and aliases become aliases of the kept record, empty fields are filled from it, notes are
 * joined; the merged row is deleted.
 */
export function mergePersonIn(ctx: CaseContext, db: WritableDB, keepId: string, mergeId: string): void {
  if (keepId === mergeId) throw new CasefileError('INVALID_INPUT', 'Choose two different records to merge.');
  const keep = getPerson(ctx, keepId);
  const other = getPerson(ctx, mergeId);
  const aliases = [...keep.aliases];
  const known = new Set([norm(keep.name), ...keep.aliases.map((a) => norm(a.name))]);
  for (const a of [{ name: other.name, kind: 'alias' as const }, ...other.aliases]) {
    if (!known.has(norm(a.name))) {
      known.add(norm(a.name));
      aliases.push(a);
    }
  }
  const notes = [keep.notes, other.notes].filter((n): n is string => !!n).join('\n\n') || null;
  db.prepare('DELETE FROM people WHERE id = ?').run(mergeId);
  db.prepare('UPDATE people SET aliases_json = ?, role = ?, affiliation = ?, notes = ?, pseudonym = ?, updated_at = ? WHERE id = ?').run(
    JSON.stringify(aliases),
    keep.role ?? other.role,
    keep.affiliation ?? other.affiliation,
    notes,
    keep.pseudonym ?? other.pseudonym,
    nowIso(),
    keepId,
  );
}
