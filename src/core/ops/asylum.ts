/** Asylum: steps per country (intends → applied → … → decision → appeal → final; Dublin transfer) and disclosures. */
import type { z } from 'zod';
import type { InputOf } from '../../shared/api';
import { ASYLUM_GROUNDS } from '../../shared/asylum-grounds';
import { AsylumGround, AsylumStep, type AsylumOverview, Disclosure } from '../../shared/contract/asylum';
import { CasefileError } from '../../shared/errors';
import type { DatePrecision } from '../../shared/domain';
import { ASYLUM_STAGES } from '../../shared/domain';
import { newId } from '../../shared/ids';
import { type CaseContext, type ReadableDB, type WritableDB, notFound, nowIso } from '../context';
import { resolveSpan } from './source-spans';
import { compareDates } from './timeline';

interface StepRow {
  id: string;
  person_id: string | null;
  country: string;
  stage: string;
  date_value: string | null;
  date_precision: DatePrecision;
  authority: string | null;
  note: string | null;
  source_id: string | null;
  span_start: number | null;
  span_end: number | null;
  created_at: string;
  updated_at: string;
}
interface DisclosureRow {
  id: string;
  asylum_step_id: string | null;
  country: string | null;
  authority: string;
  disclosed_at: string;
  what: string;
  items_json: string;
  created_at: string;
}

const toStep = (r: StepRow) =>
  AsylumStep.parse({
    id: r.id,
    personId: r.person_id,
    country: r.country,
    stage: r.stage,
    date: { value: r.date_value, precision: r.date_precision },
    authority: r.authority,
    note: r.note,
    sourceId: r.source_id,
    spanStart: r.span_start,
    spanEnd: r.span_end,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  });

const toDisclosure = (r: DisclosureRow) =>
  Disclosure.parse({
    id: r.id,
    asylumStepId: r.asylum_step_id,
    country: r.country,
    authority: r.authority,
    disclosedAt: r.disclosed_at,
    what: r.what,
    items: JSON.parse(r.items_json),
    createdAt: r.created_at,
  });

/** Steps in procedural order: by date where both are dated, else by the order of the stages, then entry order. */
function stepOrder(a: AsylumStep, b: AsylumStep): number {
  if (a.date.value && b.date.value) {
    const c = compareDates(a.date, b.date);
    if (c) return c;
  }
  const sa = ASYLUM_STAGES.indexOf(a.stage);
  const sb = ASYLUM_STAGES.indexOf(b.stage);
  return sa - sb || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

export function asylumOverview(ctx: CaseContext): AsylumOverview {
  const steps = (ctx.db.prepare('SELECT * FROM asylum_steps').all() as StepRow[]).map(toStep);
  const disclosures = (ctx.db.prepare('SELECT * FROM disclosures ORDER BY disclosed_at, created_at, rowid').all() as DisclosureRow[]).map(
    toDisclosure,
  );
  const stepCountry = new Map(steps.map((s) => [s.id, s.country]));
  const countryOf = (d: z.output<typeof Disclosure>) => d.country ?? (d.asylumStepId ? (stepCountry.get(d.asylumStepId) ?? null) : null);
  const countries = [...new Set(steps.map((s) => s.country))].sort();
  return {
    countries: countries.map((country) => {
      const own = steps.filter((s) => s.country === country).sort(stepOrder);
      return {
        country,
        currentStage: own[own.length - 1].stage,
        steps: own,
        disclosures: disclosures.filter((d) => countryOf(d) === country),
      };
    }),
    otherDisclosures: disclosures.filter((d) => {
      const c = countryOf(d);
      return c === null || !countries.includes(c);
    }),
    grounds: (ctx.db.prepare('SELECT * FROM asylum_grounds ORDER BY created_at, rowid').all() as GroundRow[]).map(toGround),
  };
}

export function getAsylumStep(ctx: CaseContext, id: string): AsylumStep {
  const r = ctx.db.prepare('SELECT * FROM asylum_steps WHERE id = ?').get(id) as StepRow | undefined;
  if (!r) throw notFound('asylum step', id);
  return toStep(r);
}

type AddInput = InputOf<'addAsylumStep'>;
type UpdateInput = InputOf<'updateAsylumStep'>;

const COLS = {
  personId: 'person_id',
  country: 'country',
  stage: 'stage',
  date: 'date_value',
  precision: 'date_precision',
  authority: 'authority',
  note: 'note',
  sourceId: 'source_id',
  spanStart: 'span_start',
  spanEnd: 'span_end',
} as const;

/** A step's person must be someone else named in the case (the subject's own steps carry none). */
function checkPerson(ctx: CaseContext, personId: string | null | undefined): void {
  if (personId && !ctx.db.prepare('SELECT 1 FROM people WHERE id = ?').get(personId)) throw notFound('person', personId);
}

export function insertAsylumStepIn(ctx: CaseContext, db: WritableDB, input: AddInput): string {
  checkPerson(ctx, input.personId);
  if (input.sourceId) resolveSpan(ctx, input.sourceId, null, input.spanStart, input.spanEnd);
  const id = newId('asylumStep');
  const now = nowIso();
  const v = { ...input, precision: input.precision ?? (input.date ? 'day' : 'unknown') };
  const keys = (Object.keys(COLS) as (keyof typeof COLS)[]).filter((k) => v[k] !== undefined);
  db.prepare(
    `INSERT INTO asylum_steps (id, ${keys.map((k) => COLS[k]).join(', ')}, created_at, updated_at) VALUES (?, ${keys.map(() => '?').join(', ')}, ?, ?)`,
  ).run(id, ...keys.map((k) => v[k] ?? null), now, now);
  return id;
}

export function addAsylumStep(ctx: CaseContext, input: AddInput): AsylumStep {
  const id = ctx.write((db) => {
    const sid = insertAsylumStepIn(ctx, db, input);
    return {
      result: sid,
      custody: { action: 'asylum.add', entity: 'asylum-step', entityId: sid, details: { stage: input.stage } },
    };
  });
  return getAsylumStep(ctx, id);
}

export function updateAsylumStep(ctx: CaseContext, input: UpdateInput): AsylumStep {
  const before = getAsylumStep(ctx, input.id);
  const keys = (Object.keys(COLS) as (keyof typeof COLS)[]).filter((k) => input[k] !== undefined);
  if (keys.length === 0) return before;
  checkPerson(ctx, input.personId);
  if (input.sourceId) resolveSpan(ctx, input.sourceId, null, input.spanStart ?? before.spanStart, input.spanEnd ?? before.spanEnd);
  ctx.write((db) => {
    db.prepare(`UPDATE asylum_steps SET ${keys.map((k) => `${COLS[k]} = ?`).join(', ')}, updated_at = ? WHERE id = ?`).run(
      ...keys.map((k) => input[k] ?? null),
      nowIso(),
      input.id,
    );
    return { result: null, custody: { action: 'asylum.update', entity: 'asylum-step', entityId: input.id, details: { fields: keys } } };
  });
  return getAsylumStep(ctx, input.id);
}

// ───── Grounds of the claim and risks on return ─────

interface GroundRow {
  id: string;
  kind: string;
  code: string;
  note: string | null;
  source_id: string | null;
  span_start: number | null;
  span_end: number | null;
  created_at: string;
  updated_at: string;
}

const toGround = (r: GroundRow) =>
  AsylumGround.parse({
    id: r.id,
    kind: r.kind,
    code: r.code,
    note: r.note,
    sourceId: r.source_id,
    spanStart: r.span_start,
    spanEnd: r.span_end,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  });

export function getAsylumGround(ctx: CaseContext, id: string): AsylumGround {
  const r = ctx.db.prepare('SELECT * FROM asylum_grounds WHERE id = ?').get(id) as GroundRow | undefined;
  if (!r) throw notFound('asylum ground', id);
  return toGround(r);
}

const GROUND_COLS = { code: 'code', note: 'note', sourceId: 'source_id', spanStart: 'span_start', spanEnd: 'span_end' } as const;

function checkGroundSpan(
  ctx: CaseContext,
  sourceId: string | null | undefined,
  start: number | null | undefined,
  end: number | null | undefined,
) {
  if (sourceId) resolveSpan(ctx, sourceId, null, start ?? null, end ?? null);
  else if (start != null || end != null)
    throw new CasefileError('INVALID_INPUT', 'A passage (spanStart/spanEnd) needs the source it is in (sourceId).');
}

export function addAsylumGround(ctx: CaseContext, input: InputOf<'addAsylumGround'>): AsylumGround {
  checkGroundSpan(ctx, input.sourceId, input.spanStart, input.spanEnd);
  const kind = ASYLUM_GROUNDS[input.code].kind;
  const id = ctx.write((db) => {
    const gid = newId('asylumGround');
    const now = nowIso();
    db.prepare(
      'INSERT INTO asylum_grounds (id, kind, code, note, source_id, span_start, span_end, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(gid, kind, input.code, input.note ?? null, input.sourceId ?? null, input.spanStart ?? null, input.spanEnd ?? null, now, now);
    // The code says what the claim rests on; the note (which may say where the person is) stays out of the log.
    return {
      result: gid,
      custody: { action: 'asylum-ground.add', entity: 'asylum-ground', entityId: gid, details: { kind, code: input.code } },
    };
  });
  return getAsylumGround(ctx, id);
}

export function updateAsylumGround(ctx: CaseContext, input: InputOf<'updateAsylumGround'>): AsylumGround {
  const before = getAsylumGround(ctx, input.id);
  const keys = (Object.keys(GROUND_COLS) as (keyof typeof GROUND_COLS)[]).filter((k) => input[k] !== undefined);
  if (keys.length === 0) return before;
  const sourceId = input.sourceId !== undefined ? input.sourceId : before.sourceId;
  checkGroundSpan(
    ctx,
    sourceId,
    input.spanStart !== undefined ? input.spanStart : before.spanStart,
    input.spanEnd !== undefined ? input.spanEnd : before.spanEnd,
  );
  ctx.write((db) => {
    db.prepare(
      `UPDATE asylum_grounds SET ${keys.map((k) => `${GROUND_COLS[k]} = ?`).join(', ')}, kind = ?, updated_at = ? WHERE id = ?`,
    ).run(...keys.map((k) => input[k] ?? null), ASYLUM_GROUNDS[input.code ?? before.code].kind, nowIso(), input.id);
    return {
      result: null,
      custody: { action: 'asylum-ground.update', entity: 'asylum-ground', entityId: input.id, details: { fields: keys } },
    };
  });
  return getAsylumGround(ctx, input.id);
}

/** Delete a ground or risk inside an existing write. */
export function deleteAsylumGroundIn(db: WritableDB, id: string): void {
  if (db.prepare('DELETE FROM asylum_grounds WHERE id = ?').run(id).changes === 0) throw notFound('asylum ground', id);
}

/** Steps recorded for `fromId` become `toId`'s (merging two records of one person). */
export function reassignAsylumStepsIn(db: WritableDB, fromId: string, toId: string): number {
  return db.prepare('UPDATE asylum_steps SET person_id = ? WHERE person_id = ?').run(toId, fromId).changes;
}

/** How many steps are recorded as this person's (a person with steps is not deleted silently). */
export function asylumStepsOf(db: ReadableDB, personId: string): number {
  return (db.prepare('SELECT count(*) AS n FROM asylum_steps WHERE person_id = ?').get(personId) as { n: number }).n;
}

type DisclosureInput = InputOf<'recordDisclosure'>;

export function recordDisclosure(ctx: CaseContext, input: DisclosureInput): z.output<typeof Disclosure> {
  const step = input.asylumStepId ? getAsylumStep(ctx, input.asylumStepId) : null;
  const id = ctx.write((db) => {
    const did = newId('disclosure');
    db.prepare(
      'INSERT INTO disclosures (id, asylum_step_id, country, authority, disclosed_at, what, items_json, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(
      did,
      step?.id ?? null,
      input.country ?? step?.country ?? null,
      input.authority,
      input.disclosedAt,
      input.what,
      JSON.stringify(input.items),
      nowIso(),
    );
    // The custody entry records when and how many items, not what or to whom: the log is shown in exports'
    // custody appendix, and the receiving authority or country would reveal where the person is.
    return {
      result: did,
      custody: {
        action: 'disclosure.record',
        entity: 'disclosure',
        entityId: did,
        details: { disclosedAt: input.disclosedAt, items: input.items.length, asylumStepId: step?.id ?? null },
      },
    };
  });
  return toDisclosure(ctx.db.prepare('SELECT * FROM disclosures WHERE id = ?').get(id) as DisclosureRow);
}

type DisclosureUpdate = InputOf<'updateDisclosure'>;

/** Change a disclosure record (only the fields given); like recording one, the entry names fields, not values. */
export function updateDisclosure(ctx: CaseContext, input: DisclosureUpdate): z.output<typeof Disclosure> {
  const row = ctx.db.prepare('SELECT * FROM disclosures WHERE id = ?').get(input.id) as DisclosureRow | undefined;
  if (!row) throw notFound('disclosure', input.id);
  const step = input.asylumStepId ? getAsylumStep(ctx, input.asylumStepId) : null;
  const cols: Record<string, unknown> = {};
  if (input.asylumStepId !== undefined) cols.asylum_step_id = step?.id ?? null;
  if (input.country !== undefined) cols.country = input.country;
  else if (step && !row.country) cols.country = step.country;
  if (input.authority !== undefined) cols.authority = input.authority;
  if (input.disclosedAt !== undefined) cols.disclosed_at = input.disclosedAt;
  if (input.what !== undefined) cols.what = input.what;
  if (input.items !== undefined) cols.items_json = JSON.stringify(input.items);
  const names = Object.keys(cols);
  if (names.length) {
    ctx.write((db) => {
      db.prepare(`UPDATE disclosures SET ${names.map((n) => `${n} = ?`).join(', ')} WHERE id = ?`).run(...Object.values(cols), input.id);
      const fields = Object.keys(input).filter((k) => k !== 'id' && input[k as keyof DisclosureUpdate] !== undefined);
      return { result: null, custody: { action: 'disclosure.update', entity: 'disclosure', entityId: input.id, details: { fields } } };
    });
  }
  return toDisclosure(ctx.db.prepare('SELECT * FROM disclosures WHERE id = ?').get(input.id) as DisclosureRow);
}

/** Delete an asylum step inside an existing write; disclosures made at that step stay, tied to its country. */
export function deleteAsylumStepIn(ctx: CaseContext, db: WritableDB, id: string): void {
  const step = getAsylumStep(ctx, id);
  db.prepare('UPDATE disclosures SET country = coalesce(country, ?), asylum_step_id = NULL WHERE asylum_step_id = ?').run(step.country, id);
  db.prepare('DELETE FROM asylum_steps WHERE id = ?').run(id);
}

/** Delete a disclosure record inside an existing write. */
export function deleteDisclosureIn(db: WritableDB, id: string): void {
  if (db.prepare('DELETE FROM disclosures WHERE id = ?').run(id).changes === 0) throw notFound('disclosure', id);
}

// ───── Reads for the evidence summary (report/queries.ts), in entry order so refs are stable ─────

export interface AsylumStepForExport {
  id: string;
  /** Null: the subject's own step. */
  personId: string | null;
  country: string;
  stage: string;
  dateValue: string | null;
  datePrecision: string;
  authority: string | null;
  note: string | null;
  sourceId: string | null;
}

export function asylumStepsForExport(db: ReadableDB): AsylumStepForExport[] {
  return db
    .prepare(
      `SELECT id, person_id AS personId, country, stage, date_value AS dateValue, date_precision AS datePrecision, authority, note, source_id AS sourceId
       FROM asylum_steps ORDER BY coalesce(date_value, '9999'), created_at, rowid`,
    )
    .all() as AsylumStepForExport[];
}

export interface AsylumGroundForExport {
  id: string;
  kind: 'ground' | 'risk';
  code: string;
  note: string | null;
  sourceId: string | null;
}

export function asylumGroundsForExport(db: ReadableDB): AsylumGroundForExport[] {
  return db
    .prepare('SELECT id, kind, code, note, source_id AS sourceId FROM asylum_grounds ORDER BY created_at, rowid')
    .all() as AsylumGroundForExport[];
}
