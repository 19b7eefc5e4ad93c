/**
 * Suggestions → facts. The importer stores one pending suggestion per item of its reading; nothing becomes
 * a fact until the investigator accepts it (optionally edited). Accepting creates the real record linked to
 * the suggestion's source span, marks the suggestion accepted with what it created, and writes one custody
 * entry, all in one transaction. Accepting or rejecting a decided suggestion is refused.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { z } from 'zod';
import { type AcceptResult, Suggestion, SuggestionEdits } from '../../shared/contract/suggestions';
import type { Profile } from '../../shared/contract/case';
import { ASYLUM_STAGES, type KnowledgeBasis, SUGGESTION_KINDS } from '../../shared/domain';

type Kind = (typeof SUGGESTION_KINDS)[number];
import { newId } from '../../shared/ids';
import { CasefileError } from '../../shared/errors';
import { Reading } from '../../shared/reading';
import { invalidInput } from '../bind';
import { type CaseContext, custodyEntries, type ReadableDB, type WritableDB, notFound, nowIso } from '../context';
import { defaultProvisions } from './taxonomy';
import { insertAllegationIn, insertLinkIn } from './allegations';
import { insertAsylumStepIn } from './asylum';
import { findPersonByName, suggestedPersonKind, upsertPersonIn } from './people';
import { getProfile } from './profile';
import { excerptOf, parseJson, sentenceAround, sourceTextById, cleanTextOf, type SourceTextRow, sourceTitleOf } from './source-spans';
import { insertStatementIn, subjectNames } from './testimony';
import { insertEventIn, insertEventSourceIn } from './timeline';
import { transliterationVariants } from './transliterate';
import { normOutlet } from './corroboration';
import { type RecordedChange, recordChanges, revertChanges, summariseChanges } from './decision-record';

interface SuggestionRow {
  id: string;
  source_id: string;
  source_text_id: string | null;
  kind: Kind;
  payload_json: string;
  span_start: number | null;
  span_end: number | null;
  status: 'pending' | 'accepted' | 'rejected';
  decided_at: string | null;
  result_entity: string | null;
  result_id: string | null;
  decided_seq: number | null;
  undo_json: string | null;
  created_at: string;
}

function textOf(ctx: CaseContext, r: SuggestionRow): SourceTextRow | null {
  return r.source_text_id ? sourceTextById(ctx, r.source_text_id) : cleanTextOf(ctx, r.source_id);
}

function toSuggestion(ctx: CaseContext, r: SuggestionRow, texts = new Map<string, SourceTextRow | null>()): Suggestion {
  const key = r.source_text_id ?? `src:${r.source_id}`;
  if (!texts.has(key)) texts.set(key, textOf(ctx, r));
  const t = texts.get(key);
  const payload = parseJson<Record<string, unknown>>(r.payload_json, {});
  return Suggestion.parse({
    id: r.id,
    sourceId: r.source_id,
    sourceTextId: r.source_text_id,
    sourceTitle: t?.title ?? sourceTitleOf(ctx, r.source_id),
    kind: r.kind,
    payload,
    spanStart: r.span_start,
    spanEnd: r.span_end,
    excerpt: excerptOf(t?.text, r.span_start, r.span_end),
    personKind: r.kind === 'person' ? suggestedPersonKind(payload) : null,
    status: r.status,
    decidedAt: r.decided_at,
    resultEntity: r.result_entity,
    resultId: r.result_id,
    createdAt: r.created_at,
  });
}

export function listSuggestions(ctx: CaseContext, f: { sourceId?: string; kind?: string; status: string }): Suggestion[] {
  const where: string[] = [];
  const args: string[] = [];
  if (f.sourceId) {
    where.push('source_id = ?');
    args.push(f.sourceId);
  }
  if (f.kind) {
    where.push('kind = ?');
    args.push(f.kind);
  }
  if (f.status !== 'all') {
    where.push('status = ?');
    args.push(f.status);
  }
  const rows = ctx.db
    .prepare(`SELECT * FROM suggestions ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at, rowid`)
    .all(...args) as SuggestionRow[];
  const texts = new Map<string, SourceTextRow | null>();
  return rows.map((r) => toSuggestion(ctx, r, texts));
}

function row(ctx: CaseContext, id: string): SuggestionRow {
  const r = ctx.db.prepare('SELECT * FROM suggestions WHERE id = ?').get(id) as SuggestionRow | undefined;
  if (!r) throw notFound('suggestion', id);
  return r;
}

function assertPending(r: SuggestionRow): void {
  if (r.status !== 'pending') {
    throw new CasefileError(
      'INVALID_INPUT',
      `Suggestion ${r.id} was already ${r.status} on ${r.decided_at ?? 'an earlier date'}${r.result_id ? ` (it created ${r.result_entity} ${r.result_id})` : ''}; it cannot be decided again.`,
      { status: r.status },
    );
  }
}

const PAYLOAD = {
  subject: Reading.shape.subject.unwrap(),
  person: Reading.shape.people.element,
  quote: Reading.shape.quotes.element,
  date: Reading.shape.dates.element,
  asylum: Reading.shape.asylum.element,
  allegation: Reading.shape.allegations.element,
  place: Reading.shape.places.unwrap().element,
  outlet: z.object({ name: z.string().min(1) }),
};

function parsePayload<S extends z.ZodType>(r: SuggestionRow, schema: S): z.output<S> {
  const p = schema.safeParse(parseJson<unknown>(r.payload_json, null));
  if (!p.success) {
    throw new CasefileError(
      'INVALID_INPUT',
      `Suggestion ${r.id} carries a ${r.kind} the importer did not shape as expected; reject it and record the fact by hand.`,
    );
  }
  return p.data;
}

function parseEdit<S extends z.ZodType>(kind: Kind, schema: S, edit: Record<string, unknown> | undefined): z.output<S> {
  const p = schema.safeParse(edit ?? {});
  if (!p.success) throw invalidInput(`acceptSuggestion (${kind})`, p.error);
  return p.data;
}

const ASYLUM_MAP: Record<string, (typeof ASYLUM_STAGES)[number] | null> = {
  intends: 'intends',
  applied: 'applied',
  pending: 'applied',
  granted: 'decision-refugee-status',
  refused: 'decision-rejected',
  none: 'none',
  unclear: null,
};

const norm = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();

type Done = { entity: string; entityId: string; details: Record<string, unknown> };

function acceptSubject(ctx: CaseContext, db: WritableDB, r: SuggestionRow, edit: Record<string, unknown> | undefined): Done {
  const p = parsePayload(r, PAYLOAD.subject);
  const e = parseEdit('subject', SuggestionEdits.subject, edit);
  const name = e.name ?? p.name;
  const aliases = e.aliases ?? p.aliases;
  const rank = e.rank !== undefined ? e.rank : p.rank;
  const affiliation = e.affiliation ?? p.affiliation;
  const age = e.age !== undefined ? e.age : (p.age ?? null);
  const profile = getProfile(ctx);
  if (e.asPerson) {
    const existing = findPersonByName(ctx, name);
    const res = upsertPersonIn(ctx, db, {
      id: existing?.id,
      name: existing ? undefined : name,
      kind: e.personKind ?? (existing ? undefined : 'person'),
      role: rank ? `subject of a source (${rank})` : 'subject of a source',
      affiliation: affiliation.join(', ') || null,
      aliases: [...(existing?.aliases ?? []), ...aliases.map((a) => ({ name: a, kind: 'alias' as const }))],
    });
    return { entity: 'person', entityId: res.id, details: { fields: res.fields, asPerson: true } };
  }
  if (
    profile.fullName &&
    norm(profile.fullName) !== norm(name) &&
    !e.replaceName &&
    !profile.aliases.some((a) => norm(a.name) === norm(name))
  ) {
    throw new CasefileError(
      'INVALID_INPUT',
      `The profile already names ${profile.fullName}; this source's subject is ${name}. Accept with edit {"asPerson": true} to record ${name} as another person, or {"replaceName": true} to rename the subject (the old name becomes an alias).`,
    );
  }
  const patch: Partial<Profile> = {};
  const nextAliases = [...profile.aliases];
  const has = (n: string) => norm(n) === norm(name) || nextAliases.some((a) => norm(a.name) === norm(n));
  const addAlias = (n: string, kind: Profile['aliases'][number]['kind']) => {
    if (n && !has(n) && !(profile.fullName && norm(profile.fullName) === norm(n))) nextAliases.push({ name: n, kind });
  };
  if (!profile.fullName || e.replaceName) {
    if (profile.fullName && norm(profile.fullName) !== norm(name)) addAlias(profile.fullName, 'alias');
    patch.fullName = name;
  }
  for (const a of aliases) addAlias(a, 'alias');
  for (const n of [name, ...aliases]) for (const v of transliterationVariants(n)) addAlias(v, 'transliteration');
  if (nextAliases.length !== profile.aliases.length) patch.aliases = nextAliases;
  if (rank && !profile.rank) patch.rank = rank;
  if (affiliation.length && !profile.service) patch.service = affiliation.join(', ');
  if (age != null && profile.age == null) patch.age = age;
  const fields = Object.keys(patch);
  const cols: Record<string, string> = { fullName: 'full_name', aliases: 'aliases_json', rank: 'rank', service: 'service', age: 'age' };
  if (fields.length) {
    db.prepare(`UPDATE profile SET ${fields.map((f) => `${cols[f]} = ?`).join(', ')}, updated_at = ? WHERE id = 1`).run(
      ...fields.map((f) => (f === 'aliases' ? JSON.stringify(patch.aliases) : (patch[f as keyof Profile] as string | number))),
      nowIso(),
    );
  }
  return { entity: 'profile', entityId: 'profile', details: { fields } };
}

function acceptPerson(ctx: CaseContext, db: WritableDB, r: SuggestionRow, edit: Record<string, unknown> | undefined): Done {
  const p = parsePayload(r, PAYLOAD.person);
  const e = parseEdit('person', SuggestionEdits.person, edit);
  const name = e.name ?? p.name;
  const existing = e.personId ? { id: e.personId } : findPersonByName(ctx, name);
  const kind = existing ? e.kind : (e.kind ?? suggestedPersonKind(p));
  const res = upsertPersonIn(
    ctx,
    db,
    existing
      ? { id: existing.id, role: e.role !== undefined ? e.role : undefined, kind }
      : { name, kind, role: e.role !== undefined ? e.role : p.role },
  );
  return { entity: 'person', entityId: res.id, details: { created: res.created, ...(kind ? { personKind: kind } : {}) } };
}

/**
 * The person row for a speaker, created on first mention; null when the speaker is the subject. A speaker
 * named like an institution ("Russian Defense Ministry") is recorded as an organisation, as a person
 * suggestion would be: recorded as a person, an export that pseudonymises third parties would replace
 * "Russian" and "Russia" everywhere.
 */
function speakerFor(ctx: CaseContext, db: WritableDB, name: string | null, subject: Set<string>, sourceId: string): string | null {
  if (!name || subject.has(norm(name))) return null;
  const known = findPersonByName(ctx, name);
  if (known) return known.id;
  // The role the same source gives the speaker ("Marija Zakharova, spokesperson for the Russian Ministry
  // of Foreign Affairs"), as its person suggestion reads it: a speaker quoted in a public office is then
  // suggested as a public figure (upsertPersonIn), so exports name them; anyone else stays protected.
  const role = personRoleIn(db, sourceId, name) ?? 'speaker';
  return upsertPersonIn(ctx, db, { name, role, kind: suggestedPersonKind({ name }) }).id;
}

/** The role a person suggestion of this source gives `name`, or null. */
function personRoleIn(db: WritableDB, sourceId: string, name: string): string | null {
  const rows = db.prepare("SELECT payload_json FROM suggestions WHERE source_id = ? AND kind = 'person' ORDER BY rowid").all(sourceId) as {
    payload_json: string;
  }[];
  for (const r of rows) {
    const p = parseJson<{ name?: unknown; role?: unknown }>(r.payload_json, {});
    if (typeof p.name === 'string' && norm(p.name) === norm(name) && typeof p.role === 'string' && p.role.trim()) return p.role.trim();
  }
  return null;
}

function acceptQuote(ctx: CaseContext, db: WritableDB, r: SuggestionRow, edit: Record<string, unknown> | undefined): Done {
  const p = parsePayload(r, PAYLOAD.quote);
  const e = parseEdit('quote', SuggestionEdits.quote, edit);
  const t = textOf(ctx, r);
  const speakerName = e.speaker !== undefined ? e.speaker : p.speaker;
  const speakerId = e.speakerId !== undefined ? e.speakerId : speakerFor(ctx, db, speakerName, subjectNames(ctx), r.source_id);
  // Basis from context: a quote inside a passage the importer read as reported counts as hearsay of the outlet.
  let basis: KnowledgeBasis = 'first-hand';
  let hearsayFrom: string | null = null;
  const reading = parseJson<{ allegations?: { start: number; end: number; basis: string }[]; outlet?: string | null }>(t?.reading_json, {});
  const start = r.span_start ?? p.start;
  const end = r.span_end ?? p.end;
  if ((reading.allegations ?? []).some((a) => a.basis === 'reported' && a.start < end && start < a.end)) {
    basis = 'hearsay';
    hearsayFrom = speakerName ?? reading.outlet ?? 'unnamed';
  }
  const id = insertStatementIn(ctx, db, {
    text: e.text ?? p.text,
    speakerId: speakerId ?? null,
    speakerName: speakerName ?? null,
    sourceId: r.source_id,
    sourceTextId: t?.id ?? null,
    spanStart: start,
    spanEnd: end,
    language: e.language !== undefined ? e.language : (t?.language ?? null),
    translation: e.translation ?? null,
    translationKind: e.translationKind ?? null,
    basis: e.basis ?? basis,
    hearsayFrom: e.hearsayFrom !== undefined ? e.hearsayFrom : hearsayFrom,
  });
  return { entity: 'statement', entityId: id, details: { speakerId: speakerId ?? null } };
}

function acceptDate(ctx: CaseContext, db: WritableDB, r: SuggestionRow, edit: Record<string, unknown> | undefined): Done {
  const p = parsePayload(r, PAYLOAD.date);
  const e = parseEdit('date', SuggestionEdits.date, edit);
  const t = textOf(ctx, r);
  const start = r.span_start ?? p.start;
  const end = r.span_end ?? p.end;
  const date = {
    text: e.text !== undefined ? e.text : p.text,
    value: e.date !== undefined ? e.date : p.date,
    end: e.end ?? null,
    precision: e.precision ?? p.precision,
  };
  const src = { sourceId: r.source_id, sourceTextId: t?.id ?? null, start, end, date };
  if (e.eventId) {
    if (!db.prepare('SELECT 1 FROM events WHERE id = ?').get(e.eventId)) throw notFound('event', e.eventId);
    insertEventSourceIn(ctx, db, e.eventId, src);
    return { entity: 'event', entityId: e.eventId, details: { attached: true } };
  }
  const title = e.title ?? (t ? sentenceAround(t.text, start, end, 200) : (date.text ?? 'Event'));
  const id = insertEventIn(ctx, db, { title, date, place: e.place ?? null, sources: [src] });
  return { entity: 'event', entityId: id, details: { precision: date.precision } };
}

function acceptAsylum(ctx: CaseContext, db: WritableDB, r: SuggestionRow, edit: Record<string, unknown> | undefined): Done {
  const p = parsePayload(r, PAYLOAD.asylum);
  const e = parseEdit('asylum', SuggestionEdits.asylum, edit);
  const stage = e.stage ?? ASYLUM_MAP[p.status];
  const country = e.country ?? p.country;
  if (!stage)
    throw new CasefileError(
      'INVALID_INPUT',
      `The source does not make the asylum stage clear (“${p.text}”); accept with an edit that names the stage, e.g. {"stage": "applied"}.`,
    );
  if (!country)
    throw new CasefileError(
      'INVALID_INPUT',
      `The source does not name the country (“${p.text}”); accept with an edit such as {"country": "NL"}.`,
    );
  const note =
    e.note !== undefined
      ? e.note
      : p.status === 'granted'
        ? `The source says protection was granted (form not stated): “${p.text}”`
        : p.text;
  const id = insertAsylumStepIn(ctx, db, {
    country,
    stage,
    date: e.date ?? null,
    precision: e.precision ?? (e.date ? 'day' : 'unknown'),
    authority: e.authority ?? null,
    note,
    sourceId: r.source_id,
    spanStart: r.span_start ?? p.start,
    spanEnd: r.span_end ?? p.end,
  });
  // The country is not named in custody details: with the stage it would say where the person is.
  return { entity: 'asylum-step', entityId: id, details: { stage } };
}

function acceptAllegation(ctx: CaseContext, db: WritableDB, r: SuggestionRow, edit: Record<string, unknown> | undefined): Done {
  const p = parsePayload(r, PAYLOAD.allegation);
  const e = parseEdit('allegation', SuggestionEdits.allegation, edit);
  const t = textOf(ctx, r);
  const start = r.span_start ?? p.start;
  const end = r.span_end ?? p.end;
  const link = {
    sourceId: r.source_id,
    sourceTextId: t?.id ?? null,
    start,
    end,
    basis: e.basis ?? p.basis,
    reliability: e.reliability ?? null,
    credibility: e.credibility ?? null,
  };
  if (e.allegationId) {
    if (!db.prepare('SELECT 1 FROM allegations WHERE id = ?').get(e.allegationId)) throw notFound('allegation', e.allegationId);
    const lid = insertLinkIn(ctx, db, e.allegationId, link);
    return { entity: 'evidence', entityId: lid, details: { allegationId: e.allegationId } };
  }
  const category = e.category ?? p.category;
  const provisions = e.provisions ?? (p.provisions.length && !e.category ? p.provisions : defaultProvisions(category));
  const id = insertAllegationIn(db, {
    category,
    provisions: provisions.filter((c) => c.trim() !== ''),
    description: e.description ?? (t ? sentenceAround(t.text, start, end, 1000) : p.text),
    place: e.place ?? null,
    date: e.date,
    perpetrators: e.perpetrators,
    units: e.units,
    victims: e.victims,
    victimStatus: e.victimStatus ?? p.victimStatus,
    status: e.status,
    basis: e.basis ?? p.basis,
    selfIncriminating: e.selfIncriminating ?? p.selfIncriminating,
    reliability: e.reliability,
    credibility: e.credibility,
  });
  const lid = insertLinkIn(ctx, db, id, link);
  return { entity: 'allegation', entityId: id, details: { category, evidence: lid } };
}

function acceptPlace(db: WritableDB, r: SuggestionRow, edit: Record<string, unknown> | undefined): Done {
  const p = parsePayload(r, PAYLOAD.place);
  const e = parseEdit('place', SuggestionEdits.place, edit);
  const name = e.name ?? p.name;
  const start = r.span_start ?? p.start;
  let target = e.target;
  let targetId = e.targetId;
  if (!target) {
    // Default: the nearest allegation, else the nearest event, recorded from the same source.
    const near = (sql: string) => db.prepare(sql).get(r.source_id, start) as { id: string } | undefined;
    const a = near(
      `SELECT allegation_id AS id FROM evidence_links WHERE source_id = ? AND span_start IS NOT NULL ORDER BY abs(span_start - ?) LIMIT 1`,
    );
    const ev = a
      ? undefined
      : near(
          `SELECT event_id AS id FROM event_sources WHERE source_id = ? AND span_start IS NOT NULL ORDER BY abs(span_start - ?) LIMIT 1`,
        );
    if (a) {
      target = 'allegation';
      targetId = a.id;
    } else if (ev) {
      target = 'event';
      targetId = ev.id;
    } else
      throw new CasefileError(
        'INVALID_INPUT',
        `Nothing from this source to attach the place “${name}” to yet; accept with an edit such as {"target": "event", "targetId": "evt_…"} or {"target": "profile-origin"}.`,
      );
  }
  if (target === 'profile-origin') {
    db.prepare('UPDATE profile SET origin = ?, updated_at = ? WHERE id = 1').run(name, nowIso());
    return { entity: 'profile', entityId: 'profile', details: { fields: ['origin'] } };
  }
  if (!targetId) throw new CasefileError('INVALID_INPUT', `Say which ${target} the place belongs to (targetId).`);
  const table = target === 'allegation' ? 'allegations' : 'events';
  const res = db.prepare(`UPDATE ${table} SET place = ?, updated_at = ? WHERE id = ?`).run(name, nowIso(), targetId);
  if (res.changes === 0) throw notFound(target, targetId);
  return { entity: target, entityId: targetId, details: { fields: ['place'] } };
}

function acceptOutlet(r: SuggestionRow, edit: Record<string, unknown> | undefined): Done {
  const p = parsePayload(r, PAYLOAD.outlet);
  const e = parseEdit('outlet', SuggestionEdits.outlet, edit);
  const name = e.name ?? p.name;
  if (!normOutlet(name)) throw new CasefileError('INVALID_INPUT', 'An outlet needs a name.');
  // Recorded as a cited origin of this source: corroboration reads it (result id = the outlet's name).
  return { entity: 'origin', entityId: name, details: {} };
}

function acceptIn(ctx: CaseContext, db: WritableDB, r: SuggestionRow, edit: Record<string, unknown> | undefined): Done {
  switch (r.kind) {
    case 'subject':
      return acceptSubject(ctx, db, r, edit);
    case 'person':
      return acceptPerson(ctx, db, r, edit);
    case 'quote':
      return acceptQuote(ctx, db, r, edit);
    case 'date':
      return acceptDate(ctx, db, r, edit);
    case 'asylum':
      return acceptAsylum(ctx, db, r, edit);
    case 'allegation':
      return acceptAllegation(ctx, db, r, edit);
    case 'place':
      return acceptPlace(db, r, edit);
    case 'outlet':
      return acceptOutlet(r, edit);
    default:
      throw new CasefileError('INVALID_INPUT', `Suggestions of kind ${String(r.kind)} cannot be accepted by this version.`);
  }
}

/** A decision may span several suggestions (a group, a bulk accept): they share the first one's number. */
export interface Batch {
  seq?: number;
}

/** The next decision number; the batch takes the first one. */
function decide(db: Database, batch: Batch): { seq: number; batch: number } {
  const seq = (db.prepare('SELECT coalesce(max(decided_seq), 0) + 1 AS n FROM suggestions').get() as { n: number }).n;
  batch.seq ??= seq;
  return { seq, batch: batch.seq };
}

/** Accept one suggestion in its own transaction, recording what it changed (for undo and for previews). */
export function acceptOne(ctx: CaseContext, id: string, edit: Record<string, unknown> | undefined, batch: Batch = {}) {
  const done = ctx.write((db) => {
    const r = row(ctx, id);
    assertPending(r);
    const { result: d, changes } = recordChanges(db, () => acceptIn(ctx, db, r, edit));
    const n = decide(db, batch);
    db.prepare(
      "UPDATE suggestions SET status = 'accepted', decided_at = ?, result_entity = ?, result_id = ?, decided_seq = ?, undo_json = ? WHERE id = ?",
    ).run(nowIso(), d.entity, d.entityId, n.seq, JSON.stringify({ batch: n.batch, changes }), id);
    return {
      result: { d, changes },
      custody: {
        action: 'suggestion.accept',
        entity: 'suggestion',
        entityId: id,
        // Name the kind, what was created and which fields the investigator edited — not their values.
        details: {
          kind: r.kind,
          sourceId: r.source_id,
          result: { entity: d.entity, id: d.entity === 'origin' ? null : d.entityId },
          edited: Object.keys(edit ?? {}),
          ...d.details,
        },
      },
    };
  });
  const result: z.input<typeof AcceptResult> = {
    suggestion: toSuggestion(ctx, row(ctx, id)),
    entity: done.d.entity,
    entityId: done.d.entityId,
  };
  return { result, changes: done.changes };
}

export function acceptSuggestion(ctx: CaseContext, id: string, edit?: Record<string, unknown>): z.input<typeof AcceptResult> {
  return acceptOne(ctx, id, edit).result;
}

export function rejectOne(ctx: CaseContext, id: string, reason: string | undefined, batch: Batch = {}): Suggestion {
  ctx.write((db) => {
    const r = row(ctx, id);
    assertPending(r);
    const n = decide(db, batch);
    db.prepare("UPDATE suggestions SET status = 'rejected', decided_at = ?, decided_seq = ?, undo_json = ? WHERE id = ?").run(
      nowIso(),
      n.seq,
      JSON.stringify({ batch: n.batch, changes: [] }),
      id,
    );
    return {
      result: null,
      custody: {
        action: 'suggestion.reject',
        entity: 'suggestion',
        entityId: id,
        details: { kind: r.kind, sourceId: r.source_id, ...(reason ? { reason } : {}) },
      },
    };
  });
  return toSuggestion(ctx, row(ctx, id));
}

export function rejectSuggestion(ctx: CaseContext, id: string, reason?: string): Suggestion {
  return rejectOne(ctx, id, reason);
}

/** Suggestions by id, in the order given (unknown ids are left out). */
export function toSuggestions(ctx: CaseContext, ids: string[]): Suggestion[] {
  const texts = new Map<string, SourceTextRow | null>();
  return ids.flatMap((id) => {
    const r = ctx.db.prepare('SELECT * FROM suggestions WHERE id = ?').get(id) as SuggestionRow | undefined;
    return r ? [toSuggestion(ctx, r, texts)] : [];
  });
}

/**
 * Make decided suggestions pending again, newest decision first, reversing what each accept changed; one
 * transaction, a `suggestion.undo` custody entry per suggestion. Returns the ids undone.
 */
export function undoBatch(ctx: CaseContext, ids: string[]): string[] {
  const rows = ids.map((id) => row(ctx, id)).sort((a, b) => (b.decided_seq ?? 0) - (a.decided_seq ?? 0));
  return ctx.write((db) => {
    const custody = rows.map((r) => {
      if (r.status === 'pending' || !r.undo_json) {
        throw new CasefileError('INVALID_INPUT', `Suggestion ${r.id} has no decision that can be undone.`);
      }
      const { changes } = JSON.parse(r.undo_json) as { changes: RecordedChange[] };
      revertChanges(db, changes);
      db.prepare(
        "UPDATE suggestions SET status = 'pending', decided_at = NULL, result_entity = NULL, result_id = NULL, decided_seq = NULL, undo_json = NULL WHERE id = ?",
      ).run(r.id);
      const { created, changed } = summariseChanges(changes);
      return {
        action: 'suggestion.undo',
        entity: 'suggestion',
        entityId: r.id,
        // What was removed and restored, by kind of record and count — not the values.
        details: {
          kind: r.kind,
          sourceId: r.source_id,
          undone: r.status === 'accepted' ? 'accept' : 'reject',
          removed: created,
          restored: changed,
        },
      };
    });
    return { result: rows.map((r) => r.id), custody: custodyEntries(custody) };
  });
}

/** Accept every pending suggestion of a kind, each in its own transaction with its own custody entry; one decision for undo. */
export function acceptAllSuggestions(
  ctx: CaseContext,
  kind: Kind,
  sourceId: string | undefined,
  options: { onProgress?: (p: { done: number; total: number; label?: string }) => void; signal?: AbortSignal } = {},
) {
  const pending = listSuggestions(ctx, { kind, sourceId, status: 'pending' });
  const accepted: { id: string; entity: string; entityId: string }[] = [];
  const failed: { id: string; message: string }[] = [];
  const batch: Batch = {};
  pending.forEach((s, i) => {
    options.signal?.throwIfAborted();
    try {
      const { result: r } = acceptOne(ctx, s.id, undefined, batch);
      accepted.push({ id: s.id, entity: r.entity, entityId: r.entityId });
    } catch (e) {
      if (!(e instanceof CasefileError)) throw e;
      failed.push({ id: s.id, message: e.message });
    }
    options.onProgress?.({ done: i + 1, total: pending.length, label: kind });
  });
  return { accepted, failed };
}

/**
 * Forget what earlier decisions recorded about rows that are being deleted (inside the deleting write). A
 * decision's undo record keeps the rows it created as they were, so a deleted record would otherwise live
 * on in it; those decisions can no longer be undone (their suggestion stays decided). Returns how many.
 */
export function forgetDecisionRecordsOfIn(db: WritableDB, rowIds: string[]): number {
  let n = 0;
  const stmt = db.prepare('UPDATE suggestions SET undo_json = NULL WHERE undo_json IS NOT NULL AND instr(undo_json, ?) > 0');
  for (const id of new Set(rowIds)) n += stmt.run(`"${id}"`).changes;
  return n;
}

/** Sources whose reading flagged a self-incriminating passage (whatever was decided on the suggestion). */
export function sourcesWithSelfIncriminatingSuggestion(db: ReadableDB): string[] {
  return db
    .prepare(
      "SELECT DISTINCT source_id FROM suggestions WHERE kind = 'allegation' AND json_extract(payload_json, '$.selfIncriminating') = 1",
    )
    .pluck()
    .all() as string[];
}

/** One item of a reading as a suggestion: its kind, the item itself, and its span in the clean text. */
export interface SuggestionItem {
  kind: Kind;
  payload: unknown;
  start: number | null;
  end: number | null;
}

/** Store a reading's items as pending suggestions (inside the import's write). */
export function insertPendingSuggestions(db: WritableDB, sourceId: string, sourceTextId: string, items: readonly SuggestionItem[]): void {
  const insert = db.prepare(
    `INSERT INTO suggestions (id, source_id, source_text_id, kind, payload_json, span_start, span_end, status, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?)`,
  );
  const now = nowIso();
  for (const it of items)
    insert.run(newId('suggestion'), sourceId, sourceTextId, it.kind, JSON.stringify(it.payload), it.start, it.end, now);
}

/** The importer's self-incriminating allegation suggestions, decided or not (their passages are withheld). */
export function selfIncriminatingSuggestions(db: ReadableDB): { id: string; sourceId: string; payloadJson: string }[] {
  return db
    .prepare(
      "SELECT id, source_id AS sourceId, payload_json AS payloadJson FROM suggestions WHERE kind = 'allegation' AND json_extract(payload_json, '$.selfIncriminating') = 1",
    )
    .all() as { id: string; sourceId: string; payloadJson: string }[];
}
