/** Looking up the clean text behind a source span: excerpts, the sentence around a span, titles. */
import { SourceText } from '../../shared/contract/sources';
import { newId } from '../../shared/ids';
import type { Reading } from '../../shared/reading';
import { CasefileError } from '../../shared/errors';
import { correctedSourceField } from '../custody/log';
import { type CaseContext, notFound, nowIso, type WritableDB } from '../context';

export interface SourceTextRow {
  id: string;
  source_id: string;
  language: string | null;
  title: string | null;
  outlet: string | null;
  text: string;
  reading_json: string | null;
}

export function sourceTextById(ctx: CaseContext, id: string): SourceTextRow {
  const row = ctx.db.prepare('SELECT id, source_id, language, title, outlet, text, reading_json FROM source_texts WHERE id = ?').get(id) as
    SourceTextRow | undefined;
  if (!row) throw notFound('source text', id);
  return row;
}

/** The first clean text of a source, or null when the source has not been read yet. */
export function cleanTextOf(ctx: CaseContext, sourceId: string): SourceTextRow | null {
  return (
    (ctx.db
      .prepare(
        "SELECT id, source_id, language, title, outlet, text, reading_json FROM source_texts WHERE source_id = ? AND kind = 'clean' ORDER BY created_at, rowid LIMIT 1",
      )
      .get(sourceId) as SourceTextRow | undefined) ?? null
  );
}

export function assertSource(ctx: CaseContext, sourceId: string): void {
  if (!ctx.db.prepare('SELECT 1 FROM sources WHERE id = ?').get(sourceId)) throw notFound('source', sourceId);
}

/** Resolve (sourceId, sourceTextId?) and check the span lies inside the text. Returns the text row used. */
export function resolveSpan(
  ctx: CaseContext,
  sourceId: string,
  sourceTextId: string | null | undefined,
  start: number | null | undefined,
  end: number | null | undefined,
): SourceTextRow | null {
  assertSource(ctx, sourceId);
  const text = sourceTextId ? sourceTextById(ctx, sourceTextId) : cleanTextOf(ctx, sourceId);
  if (text && text.source_id !== sourceId) {
    throw new CasefileError('INVALID_INPUT', `Source text ${text.id} belongs to another source than ${sourceId}.`);
  }
  if (start != null || end != null) {
    if (start == null || end == null || end < start)
      throw new CasefileError('INVALID_INPUT', 'A span needs both start and end, with end ≥ start.');
    if (!text) throw new CasefileError('INVALID_INPUT', `Source ${sourceId} has no clean text yet, so a span cannot point into it.`);
    if (end > text.text.length) {
      throw new CasefileError(
        'INVALID_INPUT',
        `The span ${start}–${end} lies outside the text of source ${sourceId} (${text.text.length} characters).`,
      );
    }
  }
  return text;
}

export function excerptOf(
  text: string | null | undefined,
  start: number | null | undefined,
  end: number | null | undefined,
): string | null {
  if (text == null || start == null || end == null) return null;
  return text.slice(start, end);
}

/** The sentence (or line) that contains [start, end), trimmed to `max` characters. */
export function sentenceAround(text: string, start: number, end: number, max = 300): string {
  const stops = /[.!?…\n]/;
  let a = Math.max(0, Math.min(start, text.length));
  while (a > 0 && !(stops.test(text[a - 1]) && /\s/.test(text[a] ?? ' '))) a--;
  let b = Math.max(a, Math.min(end, text.length));
  while (b < text.length && !stops.test(text[b])) b++;
  if (b < text.length && text[b] !== '\n') b++;
  let s = text.slice(a, b).replace(/\s+/g, ' ').trim();
  if (s.length > max) s = `${s.slice(0, max - 1).trimEnd()}…`;
  return s;
}

export function sourceTitleOf(ctx: CaseContext, sourceId: string | null): string | null {
  if (!sourceId) return null;
  const r = ctx.db
    .prepare(
      "SELECT coalesce((SELECT title FROM source_texts t WHERE t.source_id = s.id AND t.kind = 'clean' ORDER BY created_at LIMIT 1), s.file_name) AS title FROM sources s WHERE s.id = ?",
    )
    .get(sourceId) as { title: string | null } | undefined;
  return r?.title ?? null;
}

export const parseJson = <T>(s: string | null | undefined, fallback: T): T => {
  if (s == null) return fallback;
  try {
    return JSON.parse(s) as T;
  } catch {
    return fallback;
  }
};

/** The clean text of a source for a reader (spans point into `text`). */
export function getSourceText(ctx: CaseContext, sourceId: string): SourceText {
  assertSource(ctx, sourceId);
  const r = ctx.db
    .prepare(
      `SELECT id, source_id AS sourceId, language, title, outlet, published_text AS publishedText, published_date AS publishedDate,
              published_precision AS publishedPrecision, format, text
       FROM source_texts WHERE source_id = ? AND kind = 'clean' ORDER BY created_at, rowid LIMIT 1`,
    )
    .get(sourceId) as Record<string, unknown> | undefined;
  if (!r) throw new CasefileError('NOT_FOUND', `Source ${sourceId} has no clean text (it was stored without being read).`, { sourceId });
  return SourceText.parse({ ...r, url: sourceUrl(ctx, sourceId) });
}

/** The URL of a source: the latest correction, else the URL claimed when it was added. */
export function sourceUrl(ctx: CaseContext, sourceId: string): string | null {
  const corrected = correctedSourceField(ctx.db, sourceId, 'url');
  if (corrected !== undefined) return corrected;
  const row = ctx.db.prepare('SELECT claimed_url FROM sources WHERE id = ?').get(sourceId) as { claimed_url: string | null } | undefined;
  return row?.claimed_url ?? null;
}

const CORRECTABLE: Record<'title' | 'outlet' | 'publishedDate', string> = {
  title: 'title',
  outlet: 'outlet',
  publishedDate: 'published_date',
};

/**
 * Correct what the importer derived about a source. The original (bytes, hash, what was claimed at import)
 * never changes; the clean text's title, outlet and date are updated, and one `source.correct` custody
 * entry names each changed field with its old and new value (the URL lives only there, see sourceUrl).
 */
export function correctSourceMetadata(
  ctx: CaseContext,
  input: { sourceId: string; title?: string | null; outlet?: string | null; url?: string | null; publishedDate?: string | null },
): SourceText {
  const before = getSourceText(ctx, input.sourceId);
  const changes: Record<string, { from: string | null; to: string | null }> = {};
  for (const field of ['title', 'outlet', 'url', 'publishedDate'] as const) {
    const next = input[field];
    if (next === undefined) continue;
    const to = next === null || next.trim() === '' ? null : next.trim();
    if (to !== before[field]) changes[field] = { from: before[field], to };
  }
  if (Object.keys(changes).length === 0) return before;
  ctx.write((db) => {
    for (const [field, column] of Object.entries(CORRECTABLE)) {
      const change = changes[field];
      if (!change) continue;
      db.prepare(`UPDATE source_texts SET ${column} = ? WHERE id = ?`).run(change.to, before.id);
      // A corrected date is the date: its precision follows from how much of it is written.
      if (field === 'publishedDate')
        db.prepare('UPDATE source_texts SET published_precision = ?, published_text = ? WHERE id = ?').run(
          change.to === null ? null : change.to.length === 4 ? 'year' : change.to.length === 7 ? 'month' : 'day',
          change.to,
          before.id,
        );
    }
    return {
      result: null,
      custody: { action: 'source.correct', entity: 'source', entityId: input.sourceId, details: { sourceTextId: before.id, changes } },
    };
  });
  return getSourceText(ctx, input.sourceId);
}

/** Provision / perpetrator / alias lists may be plain strings or objects with a code/name: normalise to strings. */
export const strings = (v: unknown): string[] =>
  Array.isArray(v)
    ? v
        .map((x) =>
          typeof x === 'string'
            ? x
            : x && typeof x === 'object'
              ? String((x as Record<string, unknown>).code ?? (x as Record<string, unknown>).name ?? '')
              : '',
        )
        .filter((x) => x.length > 0)
    : [];

/** Store the clean text of a source with the whole reading it came from (inside the import's write). */
export function insertCleanText(db: WritableDB, sourceId: string, reading: Reading): string {
  const id = newId('sourceText');
  db.prepare(
    `INSERT INTO source_texts (id, source_id, kind, language, title, outlet, published_text, published_date, published_precision, text, format, extractor_version, reading_json, created_at)
     VALUES (?, ?, 'clean', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    sourceId,
    reading.language,
    reading.title,
    reading.outlet,
    reading.publishedAt?.text ?? null,
    reading.publishedAt?.date ?? null,
    reading.publishedAt?.precision ?? null,
    reading.text,
    reading.source.format ?? null,
    reading.extractor ?? null,
    JSON.stringify(reading),
    nowIso(),
  );
  return id;
}
