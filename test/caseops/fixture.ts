/**
 * Test fixtures for case operations: a real encrypted case file with sources, clean texts and pending
 * suggestions stored the way the importer stores them (one row per Reading item), written through
 * ctx.write so each has its custody entry. Then the case is closed and reopened through the service.
 */
import { join } from 'node:path';
import { CaseContext, nowIso } from '../../src/core/context';
import { addSource } from '../../src/core/ops/sources';
import { CaseStore } from '../../src/core/store/case-store';
import { createService } from '../../src/core/service';
import type { CasefileApi } from '../../src/shared/api';
import { newId } from '../../src/shared/ids';
import type { Reading } from '../../src/shared/reading';
import { afterEach } from 'vitest';
import { PASS, useTempDir } from '../helpers/tmp';

export interface ArticleSpec {
  fileName: string;
  text: string;
  title?: string;
  outlet?: string | null;
  language?: string;
  reading?: Partial<Omit<Reading, 'text' | 'source'>>;
}

export interface SeededArticle {
  sourceId: string;
  sourceTextId: string;
  suggestions: { id: string; kind: string; payload: unknown }[];
}

/** Store an article as the importer would: original, clean text with reading, one suggestion per item. */
export function seedArticle(ctx: CaseContext, a: ArticleSpec): SeededArticle {
  const { source } = addSource(ctx, { fileName: a.fileName, bytes: new TextEncoder().encode(a.text), mediaType: 'text/plain' });
  const r = a.reading ?? {};
  const reading = {
    language: a.language ?? 'en',
    title: a.title ?? a.fileName,
    outlet: a.outlet ?? null,
    publishedAt: null,
    text: a.text,
    subject: r.subject ?? null,
    people: r.people ?? [],
    quotes: r.quotes ?? [],
    dates: r.dates ?? [],
    allegations: r.allegations ?? [],
    asylum: r.asylum ?? [],
    places: r.places ?? [],
    countries: r.countries ?? [],
    citedOutlets: r.citedOutlets ?? [],
  };
  const textId = newId('sourceText');
  const suggestions: SeededArticle['suggestions'] = [];
  ctx.write((db) => {
    db.prepare(
      `INSERT INTO source_texts (id, source_id, kind, language, title, outlet, text, reading_json, created_at) VALUES (?, ?, 'clean', ?, ?, ?, ?, ?, ?)`,
    ).run(textId, source.id, reading.language, reading.title, reading.outlet, a.text, JSON.stringify(reading), nowIso());
    const add = (kind: string, payload: unknown, start: number | null, end: number | null) => {
      const id = newId('suggestion');
      db.prepare(
        `INSERT INTO suggestions (id, source_id, source_text_id, kind, payload_json, span_start, span_end, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?)`,
      ).run(id, source.id, textId, kind, JSON.stringify(payload), start, end, nowIso());
      suggestions.push({ id, kind, payload });
    };
    if (reading.subject) add('subject', reading.subject, reading.subject.start ?? null, reading.subject.end ?? null);
    for (const p of reading.people) add('person', p, p.start ?? null, p.end ?? null);
    for (const q of reading.quotes) add('quote', q, q.start, q.end);
    for (const d of reading.dates) add('date', d, d.start, d.end);
    for (const s of reading.asylum) add('asylum', s, s.start, s.end);
    for (const al of reading.allegations) add('allegation', al, al.start, al.end);
    for (const pl of reading.places) add('place', pl, pl.start, pl.end);
    for (const o of reading.citedOutlets) add('outlet', { name: o }, null, null);
    return { result: null, custody: { action: 'test.seed-reading', entity: 'source', entityId: source.id } };
  });
  return { sourceId: source.id, sourceTextId: textId, suggestions };
}

/** Create a case with these articles, then open it through the service. */
export async function caseWith(dir: string, articles: ArticleSpec[], name = 'ops.casefile') {
  const path = join(dir, name);
  const store = CaseStore.create(path, PASS, 'Case ops test');
  const ctx = new CaseContext(store);
  const seeded = articles.map((a) => seedArticle(ctx, a));
  store.close();
  const service = createService();
  await service.api.openCase({ path, passphrase: PASS });
  return { path, api: service.api, dispose: service.dispose, seeded };
}

export type OpenedCase = Awaited<ReturnType<typeof caseWith>>;

/**
 * For a test file: `const open = useCaseWith(a, b)` at its top, then `await open()` (a case with a and b) or
 * `await open(c)` (a case with c) in a test. The case's folder and its service live for that test: the service is
 * disposed and the folder removed after it.
 */
export function useCaseWith(...defaults: ArticleSpec[]): (...articles: ArticleSpec[]) => Promise<OpenedCase> {
  const tmp = useTempDir();
  let dispose: (() => void) | null = null;
  afterEach(() => {
    dispose?.();
    dispose = null;
  });
  return async (...articles) => {
    dispose?.();
    const c = await caseWith(tmp(), articles.length ? articles : defaults);
    dispose = c.dispose;
    return c;
  };
}

/** Custody entries written after `seq`. */
export async function custodyAfter(api: CasefileApi, seq: number) {
  return api.custodyLog({ afterSeq: seq });
}

export async function headSeq(api: CasefileApi): Promise<number> {
  return (await api.caseInfo({})).custodyHead?.seq ?? 0;
}

/** Run `fn` and return the custody entries it wrote. */
export async function custodyOf<T>(
  api: CasefileApi,
  fn: () => Promise<T>,
): Promise<{ result: T; entries: Awaited<ReturnType<CasefileApi['custodyLog']>> }> {
  const before = await headSeq(api);
  const result = await fn();
  return { result, entries: await custodyAfter(api, before) };
}

export const span = (text: string, needle: string) => {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`fixture: ${needle} not in text`);
  return { start, end: start + needle.length };
};
