/**
 * The timeline, drawn with honest precision: a day is a tick, a month a month-wide bar, a season three
 * months, a year a year, a range from its start to its end; an event with no date sits apart, below.
 * Events whose sources date them differently are flagged. Zoom in and out; an event's source opens at its
 * span; events are added, edited and deleted here. Plain SVG drawn by React (the strict CSP holds).
 * At #/timeline/<id> (a search hit) that event is marked on the line and in the list, scrolled to and
 * focused.
 */
import { useSubmitOnce } from '../hooks/useSubmitOnce';
import { useState } from 'react';
import { Link, useParams } from 'wouter';
import type { TimelineEvent } from '../../../shared/contract/timeline';
import { DATE_PRECISIONS, type DatePrecision } from '../../../shared/domain';
import { Field } from '../components/Field';
import { DeleteOrCancel, EnumSelect } from '../components/RecordControls';
import { ErrorMessage, Notice } from '../components/ui';
import { useOp, useOpMutation } from '../data/operations';
import { useLanding } from '../hooks/useLanding';
import { dateLabel } from './dates';
import { explain } from '../api';

const DAY = 86_400_000;

/** [start, end) in ms of what a date with this precision covers, or null when it has no usable value. */
export function spanOf(d: TimelineEvent['date']): [number, number] | null {
  if (!d.value) return null;
  const [y, m = 1, day = 1] = d.value.split('-').map(Number);
  if (!Number.isFinite(y)) return null;
  const start = Date.UTC(y, m - 1, day);
  const plus = (months: number) => Date.UTC(y, m - 1 + months, 1);
  const end = ((): number => {
    if (d.end) {
      const e = spanOf({ ...d, value: d.end, end: null, precision: d.end.length === 4 ? 'year' : d.end.length === 7 ? 'month' : 'day' });
      if (e) return e[1];
    }
    switch (d.precision as DatePrecision) {
      case 'day':
        return start + DAY;
      case 'month':
        return plus(1);
      case 'season':
        return plus(3);
      case 'year':
        return Date.UTC(y + 1, 0, 1);
      case 'decade':
        return Date.UTC(y + 10, 0, 1);
      default:
        return d.value.length === 4 ? Date.UTC(y + 1, 0, 1) : d.value.length === 7 ? plus(1) : start + DAY;
    }
  })();
  return [start, Math.max(end, start + DAY)];
}

export function TimelineView() {
  const t = useOp('timeline', {});
  const { id: addressed } = useParams<{ id?: string }>();
  const landing = useLanding<HTMLLIElement>(addressed);
  const [zoom, setZoom] = useState(1);
  const [editing, setEditing] = useState<string | null>(null);
  const events = t.data?.events ?? [];
  const dated = events.map((e) => ({ e, span: spanOf(e.date) })).filter((x): x is { e: TimelineEvent; span: [number, number] } => !!x.span);
  const undated = events.filter((e) => !spanOf(e.date));
  const min = Math.min(...dated.map((d) => d.span[0]));
  const max = Math.max(...dated.map((d) => d.span[1]));
  const pad = Math.max((max - min) * 0.03, 15 * DAY);
  const from = min - pad;
  const to = max + pad;
  const width = Math.round(900 * zoom);
  const x = (ms: number) => 180 + ((ms - from) / (to - from)) * (width - 200);
  const lane = 26;
  const years: number[] = [];
  if (dated.length) for (let y = new Date(from).getUTCFullYear(); y <= new Date(to).getUTCFullYear(); y++) years.push(y);
  const editEvent = events.find((e) => e.id === editing) ?? null;
  return (
    <section data-testid="timeline-view">
      <header className="view-head">
        <h1>Timeline</h1>
        <div className="buttons">
          <button type="button" onClick={() => setZoom((z) => Math.min(z * 1.5, 12))}>
            Zoom in
          </button>
          <button type="button" onClick={() => setZoom((z) => Math.max(z / 1.5, 1))} disabled={zoom <= 1}>
            Zoom out
          </button>
        </div>
      </header>
      {t.error ? <ErrorMessage>{explain(t.error)}</ErrorMessage> : null}
      {addressed && t.data && !events.some((e) => e.id === addressed) ? <Notice>That event is no longer in the case.</Notice> : null}
      {t.data ? (
        <p className="muted">
          {events.length} events, {t.data.conflicts} with sources that date them differently.
        </p>
      ) : null}
      {dated.length ? (
        <div className="timeline-scroll">
          <svg
            role="img"
            aria-label={`Timeline of ${dated.length} dated events`}
            width={width}
            height={dated.length * lane + 40}
            data-testid="timeline-svg"
          >
            {years.map((y) => (
              <g key={y}>
                <line x1={x(Date.UTC(y, 0, 1))} x2={x(Date.UTC(y, 0, 1))} y1={0} y2={dated.length * lane + 20} className="tl-year-line" />
                <text x={x(Date.UTC(y, 0, 1)) + 3} y={dated.length * lane + 34} className="chart-label">
                  {y}
                </text>
              </g>
            ))}
            {dated.map(({ e, span }, i) => (
              <g
                key={e.id}
                data-event-id={e.id}
                data-precision={e.date.precision}
                className={['tl-event', e.conflict ? 'conflict' : '', e.id === addressed ? 'target' : ''].filter(Boolean).join(' ')}
              >
                <text x={174} y={i * lane + 17} textAnchor="end" className="chart-label">
                  {e.conflict ? '⚠ ' : ''}
                  {e.title.length > 28 ? `${e.title.slice(0, 27)}…` : e.title}
                </text>
                <rect
                  x={x(span[0])}
                  y={i * lane + 5}
                  width={Math.max(x(span[1]) - x(span[0]), 3)}
                  height={lane - 10}
                  className={`tl-bar tl-${e.date.precision}`}
                  data-x={Math.round(x(span[0]))}
                  data-width={Math.round(Math.max(x(span[1]) - x(span[0]), 3))}
                >
                  <title>{`${e.title}: ${dateLabel(e.date)}${e.conflict ? ` — ${e.conflict}` : ''}`}</title>
                </rect>
              </g>
            ))}
          </svg>
        </div>
      ) : null}
      <ol className="event-list">
        {events.map((e, i) => (
          <li
            key={e.id}
            data-event-id={e.id}
            ref={e.id === addressed ? landing : undefined}
            tabIndex={e.id === addressed ? -1 : undefined}
            className={[e.id === addressed ? 'target' : '', e.conflict ? 'conflict' : ''].filter(Boolean).join(' ') || undefined}
            aria-current={e.id === addressed ? 'true' : undefined}
          >
            <strong>{e.title}</strong> — {dateLabel(e.date)}
            {e.place ? ` — ${e.place}` : ''}
            {e.conflict ? <span className="conflict-note"> ⚠ {e.conflict}</span> : null}
            <EventSources event={e} />{' '}
            <button type="button" className="link-button" aria-label={`Edit event ${i + 1}: ${e.title}`} onClick={() => setEditing(e.id)}>
              Edit
            </button>
          </li>
        ))}
      </ol>
      {undated.length ? (
        <div className="undated" data-testid="undated-events">
          <h2>Undated</h2>
          <p className="muted">No source dates these: they are not placed on the line.</p>
          <ul>
            {undated.map((e) => (
              <li key={e.id}>{e.title}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <EventForm key={editEvent ? editEvent.id + editEvent.updatedAt : 'new'} event={editEvent} onDone={() => setEditing(null)} />
      {editEvent ? <DatedBySource key={`dating-${editEvent.id}`} event={editEvent} /> : null}
    </section>
  );
}

/** Every source that dates an event, with the date it gives; each opens at its passage. */
function EventSources({ event }: { event: TimelineEvent }) {
  if (event.sources.length === 0) return null;
  return (
    <ul className="event-sources" aria-label={`Sources dating ${event.title}`}>
      {event.sources.map((s) => {
        const said = saidBy(s);
        const name = s.sourceTitle ?? s.sourceId;
        return (
          <li key={`${s.sourceId}-${s.spanStart}`} data-source-id={s.sourceId}>
            {s.spanStart !== null && s.spanEnd !== null ? (
              <Link href={`/sources/${s.sourceId}/at/${s.spanStart}/${s.spanEnd}`}>source: {name}</Link>
            ) : (
              <Link href={`/sources/${s.sourceId}`}>source: {name}</Link>
            )}
            {said ? <span className="event-source-date"> says {said}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}

/** What a source says of the event's date: its words and the date they give, or null when it gives none. */
function saidBy(s: TimelineEvent['sources'][number]): string | null {
  if (!s.dateValue) return null;
  const said = dateLabel({ text: null, value: s.dateValue, end: null, precision: s.datePrecision ?? 'day' });
  return s.dateText ? `“${s.dateText}” (${said})` : said;
}

/** The sources that date the event being edited, each with Remove (undo puts it back). */
function SourcesToRemove({ event, onError }: { event: TimelineEvent; onError(message: string | null): void }) {
  const update = useOpMutation('updateEvent');
  if (event.sources.length === 0) return <p className="muted">No source dates this event yet.</p>;
  return (
    <ul className="event-sources" aria-label={`Sources recorded as dating ${event.title}`}>
      {event.sources.map((s, i) => {
        const name = s.sourceTitle ?? s.sourceId;
        return (
          <li key={`${s.sourceId}-${s.spanStart}`}>
            {name}
            {saidBy(s) ? ` says ${saidBy(s)}` : ''}{' '}
            <button
              type="button"
              className="link-button"
              disabled={update.isPending}
              aria-label={`Remove source ${i + 1}: ${name}`}
              onClick={async () => {
                onError(null);
                try {
                  await update.run({ id: event.id, removeSources: [{ sourceId: s.sourceId, start: s.spanStart }] });
                } catch (err) {
                  onError((err as Error).message);
                }
              }}
            >
              Remove
            </button>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * The sources that date this event, each of which can be taken off it (a wrongly recorded passage), and
 * recording that another source dates it: the words of the source that say so (found in its text, which
 * gives the passage the link opens at) and the date they give. Two sources that give incompatible dates
 * flag the event as a conflict.
 */
function DatedBySource({ event }: { event: TimelineEvent }) {
  const sources = useOp('listSources', {});
  const update = useOpMutation('updateEvent');
  const [sourceId, setSourceId] = useState('');
  const [words, setWords] = useState('');
  const [value, setValue] = useState('');
  const [precision, setPrecision] = useState<DatePrecision>('day');
  const [error, setError] = useState<string | null>(null);
  const text = useOp('getSourceText', { sourceId }, { enabled: !!sourceId });
  const submit = async () => {
    setError(null);
    const body = text.data?.text ?? '';
    const at = words.trim() ? body.indexOf(words.trim()) : -1;
    if (at < 0) {
      setError('These words are not in the text of that source: copy them from the source exactly.');
      return;
    }
    try {
      await update.run({
        id: event.id,
        addSources: [
          {
            sourceId,
            start: at,
            end: at + words.trim().length,
            date: { text: words.trim(), value: value.trim() || null, end: null, precision: value.trim() ? precision : 'unknown' },
          },
        ],
      });
      setWords('');
      setValue('');
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <section className="panel dated-by-source" aria-label={`Sources that date ${event.title}`}>
      <h2>Sources that date this event</h2>
      <SourcesToRemove event={event} onError={setError} />
      <div className="form-grid">
        <Field label="Source">
          {(c) => (
            <select {...c} value={sourceId} onChange={(e) => setSourceId(e.target.value)}>
              <option value="">choose a source…</option>
              {(sources.data ?? []).map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title || s.fileName}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Where the source says when" hint="Its words, copied exactly (e.g. “in early June 2022”)">
          {(c) => <input {...c} value={words} onChange={(e) => setWords(e.target.value)} />}
        </Field>
        <Field label="Date the source gives" hint="YYYY, YYYY-MM or YYYY-MM-DD">
          {(c) => <input {...c} value={value} onChange={(e) => setValue(e.target.value)} />}
        </Field>
        <Field label="Precision of the source’s date">
          {(c) => <EnumSelect control={c} value={precision} values={DATE_PRECISIONS} onChange={setPrecision} />}
        </Field>
      </div>
      <ErrorMessage>{error}</ErrorMessage>
      <div className="actions">
        <button type="button" disabled={!sourceId || !words.trim() || !text.data || update.isPending} onClick={submit}>
          Add the source’s date
        </button>
      </div>
    </section>
  );
}

function EventForm({ event, onDone }: { event: TimelineEvent | null; onDone(): void }) {
  const add = useOpMutation('addEvent');
  const update = useOpMutation('updateEvent');
  const [title, setTitle] = useState(event?.title ?? '');
  const [value, setValue] = useState(event?.date.value ?? '');
  const [precision, setPrecision] = useState<DatePrecision>(event?.date.precision ?? 'day');
  const [place, setPlace] = useState(event?.place ?? '');
  const [error, setError] = useState<string | null>(null);
  const { busy, onSubmit } = useSubmitOnce(async () => {
    setError(null);
    const date = {
      text: event?.date.text ?? null,
      value: value.trim() || null,
      end: null,
      precision: value.trim() ? precision : 'unknown',
    };
    try {
      if (event) await update.run({ id: event.id, title, date, place: place.trim() || null });
      else await add.run({ title, date, place: place.trim() || null });
      if (!event) {
        setTitle('');
        setValue('');
        setPlace('');
      }
      onDone();
    } catch (err) {
      setError((err as Error).message);
    }
  });
  return (
    <form className="panel" aria-label={event ? 'Edit event' : 'Add event'} onSubmit={onSubmit}>
      <h2>{event ? `Edit: ${event.title}` : 'Add an event'}</h2>
      <div className="form-grid">
        <Field label="Event">{(c) => <input {...c} value={title} onChange={(e) => setTitle(e.target.value)} />}</Field>
        <Field label="When" hint="YYYY, YYYY-MM or YYYY-MM-DD; empty if unknown">
          {(c) => <input {...c} value={value} onChange={(e) => setValue(e.target.value)} />}
        </Field>
        <Field label="How precise">
          {(c) => <EnumSelect control={c} value={precision} values={DATE_PRECISIONS} onChange={setPrecision} />}
        </Field>
        <Field label="Where">{(c) => <input {...c} value={place} onChange={(e) => setPlace(e.target.value)} />}</Field>
      </div>
      <ErrorMessage>{error}</ErrorMessage>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy || !title.trim()}>
          {event ? 'Save event' : 'Add event'}
        </button>
        {event ? <DeleteOrCancel kind="event" id={event.id} what="event" onDone={onDone} onError={setError} /> : null}
      </div>
    </form>
  );
}
