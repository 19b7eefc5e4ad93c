/**
 * The timeline: events with honest dates (day, month, season, year, decade, range, unknown), sorted by
 * the earliest moment each date can mean, more precise first on ties, undated last. Each event lists the
 * sources that date it; when two sources date it incompatibly (neither date contains the other) the event
 * carries a conflict note.
 */
import type { InputOf } from '../../shared/api';
import { TimelineEvent } from '../../shared/contract/timeline';
import type { DatePrecision, FuzzyDate } from '../../shared/domain';
import { CasefileError } from '../../shared/errors';
import { newId } from '../../shared/ids';
import { type CaseContext, type ReadableDB, type WritableDB, notFound, nowIso } from '../context';
import { recordCount } from './record-counts';
import { rowHash } from './row-hash';
import { excerptOf, resolveSpan, sourceTitleOf } from './source-spans';
// suggestions.ts imports this module too (accepting a date adds an event): only functions cross, at call time.
import { forgetDecisionRecordsOfIn } from './suggestions';

interface EventRow {
  id: string;
  title: string;
  description: string | null;
  date_text: string | null;
  date_value: string | null;
  date_end: string | null;
  date_precision: DatePrecision;
  place: string | null;
  allegation_id: string | null;
  created_at: string;
  updated_at: string;
}
interface EventSourceRow {
  event_id: string;
  source_id: string;
  source_text_id: string | null;
  span_start: number | null;
  span_end: number | null;
  date_text: string | null;
  date_value: string | null;
  date_precision: DatePrecision | null;
  text: string | null;
}

const PRECISION_RANK: Record<DatePrecision, number> = { day: 0, month: 1, season: 2, year: 3, decade: 4, range: 5, unknown: 6 };
const SEASON_MONTH: Record<string, string> = { spring: '03', summer: '06', autumn: '09', fall: '09', winter: '01' };

/** Sort key: "YYYY-MM-DD" of the earliest day the date can mean, or null when undated. */
export function dateStart(value: string | null | undefined, precision: DatePrecision): string | null {
  if (!value || precision === 'unknown') return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!m) return null;
  let year = m[1];
  if (precision === 'decade') year = `${year.slice(0, 3)}0`;
  const season = /(spring|summer|autumn|fall|winter)/i.exec(value)?.[1]?.toLowerCase();
  const month = m[2] ?? (season ? SEASON_MONTH[season] : '01');
  return `${year}-${month}-${m[3] ?? '01'}`;
}

export function compareDates(
  a: { value: string | null; precision: DatePrecision },
  b: { value: string | null; precision: DatePrecision },
): number {
  const sa = dateStart(a.value, a.precision);
  const sb = dateStart(b.value, b.precision);
  if (sa === null || sb === null) return sa === sb ? 0 : sa === null ? 1 : -1;
  if (sa !== sb) return sa < sb ? -1 : 1;
  return PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision];
}

/** The part of an ISO date that its precision vouches for ("2022-06" for a month, "199" for a decade). */
function significant(value: string, precision: DatePrecision): string {
  switch (precision) {
    case 'day':
      return value.slice(0, 10);
    case 'month':
      return value.slice(0, 7);
    case 'season':
    case 'year':
    case 'range':
      return value.slice(0, 4);
    case 'decade':
      return value.slice(0, 3);
    default:
      return '';
  }
}

/** Do two dated mentions contradict each other (neither contains the other)? */
export function datesConflict(a: { value: string; precision: DatePrecision }, b: { value: string; precision: DatePrecision }): boolean {
  const x = significant(a.value, a.precision);
  const y = significant(b.value, b.precision);
  if (!x || !y) return false;
  return !(x.startsWith(y) || y.startsWith(x));
}

function conflictOf(ctx: CaseContext, sources: EventSourceRow[]): string | null {
  const dated = sources.filter(
    (s): s is EventSourceRow & { date_value: string } => !!s.date_value && !!s.date_precision && s.date_precision !== 'unknown',
  );
  for (let i = 0; i < dated.length; i++) {
    for (let j = i + 1; j < dated.length; j++) {
      const a = dated[i];
      const b = dated[j];
      if (
        datesConflict(
          { value: a.date_value, precision: a.date_precision ?? 'unknown' },
          { value: b.date_value, precision: b.date_precision ?? 'unknown' },
        )
      ) {
        const say = (s: typeof a) =>
          `${sourceTitleOf(ctx, s.source_id) ?? s.source_id} says ${s.date_text ? `“${s.date_text}” (${s.date_value})` : s.date_value}`;
        return `Sources date this event differently: ${say(a)}; ${say(b)}.`;
      }
    }
  }
  return null;
}

function toEvent(ctx: CaseContext, r: EventRow): TimelineEvent {
  const sources = ctx.db
    .prepare(
      `SELECT es.*, coalesce(t.text, (SELECT t2.text FROM source_texts t2 WHERE t2.source_id = es.source_id AND t2.kind = 'clean' ORDER BY t2.created_at LIMIT 1)) AS text
       FROM event_sources es LEFT JOIN source_texts t ON t.id = es.source_text_id WHERE es.event_id = ? ORDER BY es.date_value IS NULL, es.date_value, es.source_id, es.span_start`,
    )
    .all(r.id) as EventSourceRow[];
  return TimelineEvent.parse({
    id: r.id,
    title: r.title,
    description: r.description,
    date: { text: r.date_text, value: r.date_value, end: r.date_end, precision: r.date_precision },
    place: r.place,
    allegationId: r.allegation_id,
    sources: sources.map((s) => ({
      sourceId: s.source_id,
      sourceTitle: sourceTitleOf(ctx, s.source_id),
      sourceTextId: s.source_text_id,
      spanStart: s.span_start,
      spanEnd: s.span_end,
      excerpt: excerptOf(s.text, s.span_start, s.span_end),
      dateText: s.date_text,
      dateValue: s.date_value,
      datePrecision: s.date_precision,
    })),
    conflict: conflictOf(ctx, sources),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  });
}

export function getEvent(ctx: CaseContext, id: string): TimelineEvent {
  const r = ctx.db.prepare('SELECT * FROM events WHERE id = ?').get(id) as EventRow | undefined;
  if (!r) throw notFound('event', id);
  return toEvent(ctx, r);
}

export function timeline(ctx: CaseContext): { events: TimelineEvent[]; conflicts: number } {
  const events = (ctx.db.prepare('SELECT * FROM events').all() as EventRow[]).map((r) => toEvent(ctx, r));
  events.sort((a, b) => compareDates(a.date, b.date) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
  return { events, conflicts: events.filter((e) => e.conflict).length };
}

/**
 * How many events there are and the dates they span (first start, last end), without building them: the
 * count from record_counts, each end of the span one lookup in its index (migration 6).
 */
export function timelineSpan(ctx: CaseContext): { count: number; first: string | null; last: string | null } {
  const first = ctx.db.prepare('SELECT min(date_value) FROM events').pluck().get() as string | null;
  const last = ctx.db.prepare('SELECT max(coalesce(date_end, date_value)) FROM events WHERE date_value IS NOT NULL').pluck().get() as
    string | null;
  return { count: recordCount(ctx.db, 'events'), first, last };
}

export interface EventSourceIn {
  sourceId: string;
  sourceTextId?: string | null;
  start?: number | null;
  end?: number | null;
  date?: FuzzyDate;
}

export function insertEventSourceIn(ctx: CaseContext, db: WritableDB, eventId: string, s: EventSourceIn): void {
  // The span is part of the key (one event can be dated by several passages of one source).
  if (s.start == null) throw new CasefileError('INVALID_INPUT', 'Say where the source dates this event: give the span (start and end).');
  const t = resolveSpan(ctx, s.sourceId, s.sourceTextId, s.start, s.end);
  db.prepare(
    `INSERT OR REPLACE INTO event_sources (event_id, source_id, source_text_id, span_start, span_end, date_text, date_value, date_precision)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    eventId,
    s.sourceId,
    s.start != null ? (t?.id ?? null) : (s.sourceTextId ?? null),
    s.start ?? null,
    s.end ?? null,
    s.date?.text ?? null,
    s.date?.value ?? null,
    s.date ? s.date.precision : null,
  );
}

type AddInput = InputOf<'addEvent'>;
type UpdateInput = InputOf<'updateEvent'>;

export function insertEventIn(ctx: CaseContext, db: WritableDB, input: AddInput): string {
  if (input.allegationId && !db.prepare('SELECT 1 FROM allegations WHERE id = ?').get(input.allegationId))
    throw notFound('allegation', input.allegationId);
  const id = newId('event');
  const now = nowIso();
  const d = input.date;
  db.prepare(
    `INSERT INTO events (id, title, description, date_text, date_value, date_end, date_precision, place, allegation_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    input.title,
    input.description ?? null,
    d?.text ?? null,
    d?.value ?? null,
    d?.end ?? null,
    d?.precision ?? 'unknown',
    input.place ?? null,
    input.allegationId ?? null,
    now,
    now,
  );
  for (const s of input.sources ?? []) insertEventSourceIn(ctx, db, id, s);
  return id;
}

export function addEvent(ctx: CaseContext, input: AddInput): TimelineEvent {
  const id = ctx.write((db) => {
    const eid = insertEventIn(ctx, db, input);
    return {
      result: eid,
      custody: { action: 'event.add', entity: 'event', entityId: eid, details: { sources: (input.sources ?? []).map((s) => s.sourceId) } },
    };
  });
  return getEvent(ctx, id);
}

export function updateEvent(ctx: CaseContext, input: UpdateInput): TimelineEvent {
  getEvent(ctx, input.id);
  const cols: Record<string, unknown> = {};
  if (input.title !== undefined) cols.title = input.title;
  if (input.description !== undefined) cols.description = input.description;
  if (input.place !== undefined) cols.place = input.place;
  if (input.allegationId !== undefined) {
    if (input.allegationId && !ctx.db.prepare('SELECT 1 FROM allegations WHERE id = ?').get(input.allegationId))
      throw notFound('allegation', input.allegationId);
    cols.allegation_id = input.allegationId;
  }
  if (input.date !== undefined)
    Object.assign(cols, {
      date_text: input.date.text,
      date_value: input.date.value,
      date_end: input.date.end,
      date_precision: input.date.precision,
    });
  const names = Object.keys(cols);
  if (names.length === 0 && !input.addSources?.length && !input.removeSources?.length) return getEvent(ctx, input.id);
  ctx.write((db) => {
    // Removed first, so one call can replace a source's passage or date.
    const removed = (input.removeSources ?? []).map((s) => removeEventSourceIn(db, input.id, s.sourceId, s.start));
    // A decision that dated the event keeps the removed link in its undo record: forget it (no trace left).
    const forgotten = removed.length ? forgetDecisionRecordsOfIn(db, [input.id]) : 0;
    if (names.length)
      db.prepare(`UPDATE events SET ${names.map((n) => `${n} = ?`).join(', ')}, updated_at = ? WHERE id = ?`).run(
        ...Object.values(cols),
        nowIso(),
        input.id,
      );
    for (const s of input.addSources ?? []) insertEventSourceIn(ctx, db, input.id, s);
    return {
      result: null,
      custody: {
        action: 'event.update',
        entity: 'event',
        entityId: input.id,
        details: {
          fields: Object.keys(input).filter((k) => k !== 'id' && input[k as keyof UpdateInput] !== undefined),
          addedSources: (input.addSources ?? []).map((s) => s.sourceId),
          ...(removed.length ? { removedSources: removed } : {}),
          ...(forgotten ? { decisionsNoLongerUndoable: forgotten } : {}),
        },
      },
    };
  });
  // The WAL still holds the removed rows' pages: fold it into the file (freed pages are zeroed there).
  if (input.removeSources?.length) ctx.store.checkpoint();
  return getEvent(ctx, input.id);
}

/** Take one source (one passage of it) off an event, inside a write; its row's hash, for the custody entry. */
function removeEventSourceIn(
  db: WritableDB,
  eventId: string,
  sourceId: string,
  start: number | null,
): { sourceId: string; sha256: string } {
  const where = 'WHERE event_id = ? AND source_id = ? AND span_start IS ?';
  const row = db.prepare(`SELECT * FROM event_sources ${where}`).get(eventId, sourceId, start) as Record<string, unknown> | undefined;
  if (!row)
    throw new CasefileError('NOT_FOUND', `Source ${sourceId} does not date event ${eventId}${start === null ? '' : ` at ${start}`}.`, {
      id: sourceId,
    });
  db.prepare(`DELETE FROM event_sources ${where}`).run(eventId, sourceId, start);
  return { sourceId, sha256: rowHash('event_sources', row) };
}

/** Delete an event and the sources that date it, inside an existing write. */
export function deleteEventIn(ctx: CaseContext, db: WritableDB, id: string): void {
  getEvent(ctx, id);
  db.prepare('DELETE FROM event_sources WHERE event_id = ?').run(id);
  db.prepare('DELETE FROM events WHERE id = ?').run(id);
}

// ───── Reads for the evidence summary (report/queries.ts), in entry order so refs are stable ─────

export interface EventForExport {
  id: string;
  title: string;
  description: string | null;
  dateText: string | null;
  dateValue: string | null;
  dateEnd: string | null;
  datePrecision: string;
  place: string | null;
  allegationId: string | null;
  sourceIds: string[];
}

export function eventsForExport(db: ReadableDB): EventForExport[] {
  const rows = db
    .prepare(
      `SELECT id, title, description, date_text AS dateText, date_value AS dateValue, date_end AS dateEnd, date_precision AS datePrecision,
              place, allegation_id AS allegationId
       FROM events ORDER BY coalesce(date_value, '9999'), created_at, rowid`,
    )
    .all() as Omit<EventForExport, 'sourceIds'>[];
  const links = db.prepare('SELECT event_id, source_id FROM event_sources ORDER BY event_id, source_id').all() as {
    event_id: string;
    source_id: string;
  }[];
  const byEvent = new Map<string, string[]>();
  for (const l of links) {
    const list = byEvent.get(l.event_id) ?? [];
    if (!list.includes(l.source_id)) list.push(l.source_id);
    byEvent.set(l.event_id, list);
  }
  return rows.map((r) => ({ ...r, sourceIds: byEvent.get(r.id) ?? [] }));
}
