/**
 * Import one document into the open case (DESIGN §4):
 *   0. admit it (ingest/admit.ts): its size checked and its bytes hashed, once; that hash is the one the
 *      reading, the stored original and the custody entry carry;
 *   1. read it (extractReading) — a file that cannot be read is refused before anything is written;
 *   2. in ONE transaction: store the original (storeOriginal; same bytes already there → not stored
 *      again), the clean text with its reading as a derived record, one pending suggestion per item,
 *      and one `source.import` custody entry. Either all of it is in the case or none of it.
 *
 * Importing bytes that are already in the case with a reading is reported as a duplicate and recorded
 * in the custody log (who brought the same evidence again, under which name, matters), nothing else.
 */
import type { Reading } from '../../shared/reading';
import type { CustodyInput } from '../custody/chain';
import type { CallOptions } from '../../shared/contract/define';
import type { ImportFileResult } from '../../shared/contract/sources';
import { isCasefileError, serializeError } from '../../shared/errors';
import type { CaseContext } from '../context';
import { cleanTextOf, correctSourceMetadata, insertCleanText } from '../ops/source-spans';
import { findSourceBySha, storeOriginal } from '../ops/sources';
import { insertPendingSuggestions, type SuggestionItem } from '../ops/suggestions';
import { admitSource, type AdmittedSource } from './admit';
import { extractReading } from './index';
import { pastedFileName } from './read-path';

export interface ImportOutcome {
  sourceId: string;
  duplicate: boolean;
  /** Pending suggestions created by this import (0 for a duplicate). */
  suggestions: number;
  sourceTextId: string | null;
  reading: Reading | null;
  language: string | null;
  title: string | null;
}

/** One suggestion row per reading item; the payload is exactly that item (for outlets: `{ name }`). */
export function suggestionItems(r: Reading): SuggestionItem[] {
  const items: SuggestionItem[] = [];
  const span = (x: { start?: number; end?: number }) => ({ start: x.start ?? null, end: x.end ?? null });
  if (r.subject) items.push({ kind: 'subject', payload: r.subject, ...span(r.subject) });
  for (const p of r.people) items.push({ kind: 'person', payload: p, ...span(p) });
  for (const q of r.quotes) items.push({ kind: 'quote', payload: q, ...span(q) });
  for (const d of r.dates) items.push({ kind: 'date', payload: d, ...span(d) });
  for (const a of r.asylum) items.push({ kind: 'asylum', payload: a, ...span(a) });
  for (const a of r.allegations) items.push({ kind: 'allegation', payload: a, ...span(a) });
  for (const p of r.places) items.push({ kind: 'place', payload: p, ...span(p) });
  for (const name of r.citedOutlets) items.push({ kind: 'outlet', payload: { name }, start: null, end: null });
  return items;
}

function countByKind(items: SuggestionItem[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const i of items) counts[i.kind] = (counts[i.kind] ?? 0) + 1;
  return counts;
}

/** The same bytes were imported (and read) before: record the attempt, store nothing. */
function duplicateOf(sourceId: string, fileName: string, sha256: string, text: { language: string | null; title: string | null }) {
  return {
    result: { sourceId, duplicate: true, suggestions: 0, sourceTextId: null, reading: null, language: text.language, title: text.title },
    custody: { action: 'source.import', entity: 'source', entityId: sourceId, details: { sha256, fileName, duplicate: true } },
  };
}

function recordDuplicate(
  ctx: CaseContext,
  sourceId: string,
  fileName: string,
  sha256: string,
  text: { language: string | null; title: string | null },
): ImportOutcome {
  return ctx.write(() => duplicateOf(sourceId, fileName, sha256, text));
}

/** Where a document came from, recorded in its `source.import` entry when it is not a file (a paste). */
export interface ImportOrigin {
  origin?: 'pasted';
}

/** What one imported file reports to the front ends. */
export function importResult(fileName: string, r: ImportOutcome): ImportFileResult {
  return {
    fileName,
    ok: true,
    sourceId: r.sourceId,
    duplicate: r.duplicate,
    suggestions: r.suggestions,
    language: r.language,
    title: r.title,
    ...(r.reading ? { format: r.reading.source.format, encoding: r.reading.source.encoding } : {}),
  };
}

export async function importFile(ctx: CaseContext, source: AdmittedSource, how: ImportOrigin = {}): Promise<ImportOutcome> {
  const { fileName, bytes, sha256 } = source;

  const existing = findSourceBySha(ctx, sha256);
  if (existing) {
    const text = cleanTextOf(ctx, existing.id);
    if (text) return recordDuplicate(ctx, existing.id, fileName, sha256, text);
    // The original is in the case (added raw) but was never read: read it now, store only the derived records.
  }

  // Read first: a file that cannot be read leaves no trace in the case.
  const reading = await extractReading(source);
  const items = suggestionItems(reading);

  // One transaction and one custody entry (`source.import`) for the whole import: the original, its
  // clean text and its suggestions are in the case together, or none of them is.
  return ctx.write((db): { result: ImportOutcome; custody: CustodyInput } => {
    const stored = storeOriginal(db, source, {
      mediaType: reading.source.mediaType,
      encoding: reading.source.encoding,
      claimedUrl: reading.source.url ?? undefined,
    });
    // The same bytes imported before (or another import of them finished while this one was reading).
    const already = cleanTextOf(ctx, stored.id);
    if (already) return duplicateOf(stored.id, fileName, sha256, already);
    const sourceTextId = insertCleanText(db, stored.id, reading);
    insertPendingSuggestions(db, stored.id, sourceTextId, items);
    return {
      result: {
        sourceId: stored.id,
        // Bytes stored earlier by a raw addSource, read now for the first time.
        duplicate: stored.duplicate,
        suggestions: items.length,
        sourceTextId,
        reading,
        language: reading.language,
        title: reading.title,
      },
      custody: {
        action: 'source.import',
        entity: 'source',
        entityId: stored.id,
        details: {
          sha256,
          fileName,
          bytes: bytes.byteLength,
          ...(stored.duplicate ? { originalAlreadyStored: true } : {}),
          format: reading.source.format ?? null,
          encoding: reading.source.encoding,
          language: reading.language,
          sourceTextId,
          extractor: reading.extractor ?? null,
          suggestions: countByKind(items),
          ...(how.origin ? { origin: how.origin } : {}),
        },
      },
    };
  });
}

/** Import pasted text as a UTF-8 text file, recorded as pasted; its title, when given, replaces the derived one. */
export async function importPasted(ctx: CaseContext, text: string, title: string | undefined): Promise<ImportFileResult> {
  const fileName = pastedFileName(title);
  const r = await importFile(ctx, admitSource(fileName, new TextEncoder().encode(text)), { origin: 'pasted' });
  if (title && r.sourceTextId) correctSourceMetadata(ctx, { sourceId: r.sourceId, title });
  return { ...importResult(fileName, r), title: title ?? r.title };
}

/**
 * Import a batch: one file at a time, each in its own transaction, so one bad file never stops the
 * rest. Progress after every file; a cancel (signal) is honoured between files, and the files not
 * reached are reported as cancelled (those already imported stay imported, each complete).
 */
export async function importBatch(
  ctx: () => CaseContext,
  /** `bytes` may be a reader, called when the file's turn comes (a batch of paths is not all held in memory). */
  files: { fileName: string; bytes: Uint8Array | (() => Promise<AdmittedSource>) }[],
  options: CallOptions = {},
): Promise<ImportFileResult[]> {
  const results: ImportFileResult[] = [];
  const total = files.length;
  options.onProgress?.({ done: 0, total, label: files[0]?.fileName });
  for (let i = 0; i < total; i++) {
    const { fileName, bytes } = files[i];
    if (options.signal?.aborted) {
      for (const f of files.slice(i)) {
        results.push({
          fileName: f.fileName,
          ok: false,
          error: { code: 'CANCELLED', message: `${f.fileName} was not imported: the import was cancelled.` },
        });
      }
      break;
    }
    try {
      const source = typeof bytes === 'function' ? await bytes() : admitSource(fileName, bytes);
      results.push(importResult(fileName, await importFile(ctx(), source)));
    } catch (e) {
      // NO_CASE_OPEN etc. concern the whole batch, not this file.
      if (isCasefileError(e) && e.code === 'NO_CASE_OPEN') throw e;
      const s = serializeError(e);
      results.push({ fileName, ok: false, error: { code: s.code, message: s.message } });
    }
    options.onProgress?.({ done: i + 1, total, label: files[i + 1]?.fileName ?? fileName });
  }
  return results;
}
