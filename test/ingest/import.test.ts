/** Importing into a real encrypted case file through the service (createService), as every front end does. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createService, type CasefileService } from '../../src/core/service';
import { CaseStore } from '../../src/core/store/case-store';
import { Reading } from '../../src/shared/reading';
import { PASS, useTempDir } from '../helpers/tmp';

const tmp = useTempDir();
const SEEDS = resolve(__dirname, '../../seeds');
const seed = (n: number) => {
  const f = [
    '000_9f892a361a7853cd.txt',
    '001_69c30f12148dc5f1.txt',
    '002_1f8cce5eca35e82f.txt',
    '003_af513c7c8f5fecbe.txt',
    '004_1d59ece23a73440c.txt',
  ][n];
  return { fileName: f, bytes: new Uint8Array(readFileSync(join(SEEDS, f))) };
};
const png = { fileName: 'photo.png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) };

let service: CasefileService | null = null;
afterEach(() => {
  service?.dispose();
  service = null;
});

async function newCase(name = 'c.casefile') {
  service = createService();
  const path = join(tmp(), name);
  await service.api.createCase({ path, passphrase: PASS, title: 'Import test' });
  return { api: service.api, path };
}

function withStore<T>(path: string, fn: (s: CaseStore) => T): T {
  const store = CaseStore.open(path, PASS);
  try {
    return fn(store);
  } finally {
    store.close();
  }
}

describe('importFiles', () => {
  it('stores the original byte for byte, the clean text and reading, one suggestion row per item, and one source.import entry', async () => {
    const { api, path } = await newCase();
    const file = seed(1);
    const before = (await api.custodyLog({})).length;
    const { results } = await api.importFiles({ files: [file] });
    expect(results).toHaveLength(1);
    const r = results[0];
    expect(r).toMatchObject({
      fileName: file.fileName,
      ok: true,
      duplicate: false,
      language: 'en',
      title: 'Ex-Russian officer defects to Ukraine to fight Putin: report',
      format: 'text',
      encoding: 'utf-8',
    });
    const original = await api.getSourceBytes({ id: r.sourceId! });
    expect(Buffer.from(original.bytes).equals(Buffer.from(file.bytes))).toBe(true);
    const [source] = await api.listSources({});
    expect(source).toMatchObject({ id: r.sourceId, mediaType: 'text/plain', encoding: 'utf-8', language: 'en', title: r.title });

    const log = (await api.custodyLog({})).slice(before);
    // Exactly one custody entry for the whole import (original + text + suggestions in one transaction).
    expect(log.map((e) => e.action)).toEqual(['source.import']);
    const imp = log[0];
    expect(imp.entityId).toBe(r.sourceId);
    expect(imp.details).toMatchObject({
      sha256: source.sha256,
      fileName: file.fileName,
      format: 'text',
      encoding: 'utf-8',
      language: 'en',
    });
    expect((await api.verify({})).ok).toBe(true);
    await api.closeCase({});

    withStore(path, (s) => {
      const text = s.db.prepare('SELECT * FROM source_texts WHERE source_id = ?').get(r.sourceId) as Record<string, unknown>;
      expect(text).toMatchObject({
        kind: 'clean',
        language: 'en',
        title: r.title,
        published_text: '11.04.2023',
        published_date: '2023-04-11',
        published_precision: 'day',
        format: 'text',
      });
      expect(String(text.extractor_version)).toMatch(/^casefile-ingest\//);
      const reading = Reading.parse(JSON.parse(String(text.reading_json)));
      expect(reading.text).toBe(text.text);
      expect(reading.source.sha256).toBe(source.sha256);
      const rows = s.db.prepare('SELECT * FROM suggestions WHERE source_id = ? ORDER BY rowid').all(r.sourceId) as Record<
        string,
        unknown
      >[];
      expect(rows.length).toBe(r.suggestions);
      // One row per reading item; the payload is exactly that item; spans are the item's spans.
      const expectedCount =
        (reading.subject ? 1 : 0) +
        reading.people.length +
        reading.quotes.length +
        reading.dates.length +
        reading.asylum.length +
        reading.allegations.length +
        reading.places.length +
        reading.citedOutlets.length;
      expect(rows.length).toBe(expectedCount);
      for (const row of rows) {
        expect(row).toMatchObject({ status: 'pending', source_text_id: text.id });
        const payload = JSON.parse(String(row.payload_json));
        if (row.kind === 'outlet') expect(reading.citedOutlets).toContain(payload.name);
        else {
          expect(row.span_start ?? null).toBe(payload.start ?? null);
          expect(row.span_end ?? null).toBe(payload.end ?? null);
        }
        if (row.kind === 'quote') expect(reading.quotes).toContainEqual(payload);
      }
      expect(imp.details.suggestions).toEqual(
        rows.reduce<Record<string, number>>((acc, row) => ({ ...acc, [String(row.kind)]: (acc[String(row.kind)] ?? 0) + 1 }), {}),
      );
    });
  });

  it('importing the same bytes twice reports a duplicate and keeps one source, with one custody entry per import', async () => {
    const { api } = await newCase();
    const file = seed(2);
    const first = (await api.importFiles({ files: [file] })).results[0];
    const info1 = await api.caseInfo({});
    const second = (await api.importFiles({ files: [{ fileName: 'renamed-copy.txt', bytes: file.bytes }] })).results[0];
    expect(first.duplicate).toBe(false);
    expect(second).toMatchObject({ ok: true, duplicate: true, sourceId: first.sourceId, suggestions: 0, language: 'de' });
    const info2 = await api.caseInfo({});
    expect(info2.counts.sources).toBe(1);
    expect(info2.counts.pendingSuggestions).toBe(info1.counts.pendingSuggestions);
    const imports = (await api.custodyLog({})).filter((e) => e.action === 'source.import');
    expect(imports).toHaveLength(2);
    expect(imports[1].details).toMatchObject({ duplicate: true, fileName: 'renamed-copy.txt' });
    expect((await api.custodyLog({})).filter((e) => e.action === 'source.add')).toHaveLength(0);
  });

  it('a batch with a junk file in the middle imports the others and reports the bad one', async () => {
    const { api } = await newCase();
    const progress: { done: number; total: number }[] = [];
    const { results } = await api.importFiles(
      { files: [seed(0), png, seed(3)] },
      { onProgress: (p) => progress.push({ done: p.done, total: p.total }) },
    );
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    expect(results[1]).toEqual({
      fileName: 'photo.png',
      ok: false,
      error: { code: 'UNSUPPORTED_FORMAT', message: 'photo.png is not a document Casefile can read: it looks like a PNG image.' },
    });
    expect(results[0].language).toBe('en');
    expect(results[2].language).toBe('ro');
    expect((await api.listSources({})).map((s) => s.fileName).sort()).toEqual([seed(0).fileName, seed(3).fileName]);
    expect(progress).toEqual([
      { done: 0, total: 3 },
      { done: 1, total: 3 },
      { done: 2, total: 3 },
      { done: 3, total: 3 },
    ]);
  });

  it('a file that cannot be read leaves nothing behind: no source, no text, no custody entry', async () => {
    const { api } = await newCase();
    const before = await api.caseInfo({});
    const { results } = await api.importFiles({ files: [png, { fileName: 'empty.txt', bytes: new Uint8Array() }] });
    expect(results.every((r) => !r.ok)).toBe(true);
    const after = await api.caseInfo({});
    expect(after.counts).toEqual(before.counts);
    expect(after.custodyHead).toEqual(before.custodyHead);
  });

  it('cancelling between files keeps what was imported (complete) and reports the rest as cancelled', async () => {
    const { api } = await newCase();
    const controller = new AbortController();
    const { results } = await api.importFiles(
      { files: [seed(1), seed(2), seed(4)] },
      { signal: controller.signal, onProgress: (p) => p.done === 1 && controller.abort() },
    );
    expect(results.map((r) => r.ok)).toEqual([true, false, false]);
    expect(results[1].error?.code).toBe('CANCELLED');
    expect(results[2].error?.message).toBe(`${seed(4).fileName} was not imported: the import was cancelled.`);
    expect((await api.caseInfo({})).counts.sources).toBe(1);
    expect((await api.verify({})).ok).toBe(true);
  });

  it('reads an original that was stored raw (addSource) without storing it again', async () => {
    const { api } = await newCase();
    const file = seed(4);
    const raw = await api.addSource({ fileName: file.fileName, bytes: file.bytes });
    const { results } = await api.importFiles({ files: [file] });
    expect(results[0]).toMatchObject({ ok: true, duplicate: true, sourceId: raw.source.id, language: 'en' });
    expect((await api.listSources({}))[0].title).toBe('The Kremlin released a video accusing Ukraine of executing dozens of POWs.');
    expect((await api.caseInfo({})).counts.sources).toBe(1);
  });

  it('refuses to import without an open case', async () => {
    service = createService();
    await expect(service.api.importFiles({ files: [seed(0)] })).rejects.toMatchObject({ code: 'NO_CASE_OPEN' });
  });
});

describe('extract and buildDemo', () => {
  it('extract needs no case and returns the DESIGN §4 reading', async () => {
    service = createService();
    const r = await service.api.extract(seed(3));
    expect(Reading.parse(r)).toEqual(r);
    expect(r.language).toBe('ro');
    expect(r.source).toMatchObject({ bytes: seed(3).bytes.byteLength, mediaType: 'text/plain', encoding: 'utf-8', format: 'text' });
  });

  it('buildDemo creates a case per defector from seeds/ (not expected.json) and leaves it open', async () => {
    service = createService();
    const demos = await service.api.listDemoCases({});
    const languages: (string | null)[] = [];
    for (const demo of demos) {
      const path = join(tmp(), `${demo.id}.casefile`);
      const info = await service.api.buildDemo({ path, passphrase: PASS, defector: demo.id });
      expect(info.title).toBe(`Demo case: ${demo.subject}`);
      expect(info.counts.sources).toBe(demo.sources);
      const sources = await service.api.listSources({});
      expect(sources.map((s) => s.fileName)).not.toContain('expected.json');
      languages.push(...sources.map((s) => s.language));
      expect((await service.api.verify({})).ok).toBe(true);
      await expect(service.api.buildDemo({ path, passphrase: PASS, defector: demo.id })).rejects.toMatchObject({ code: 'ALREADY_EXISTS' });
      await service.api.closeCase({});
    }
    // Together they hold every seed article.
    expect(languages.sort()).toEqual(['de', 'en', 'en', 'en', 'ro']);
    // The default is the first (richest) one; an unknown defector is refused.
    expect((await service.api.buildDemo({ path: join(tmp(), 'default.casefile'), passphrase: PASS })).title).toBe(demos[0].title);
    await service.api.closeCase({});
    await expect(service.api.buildDemo({ path: join(tmp(), 'x.casefile'), passphrase: PASS, defector: 'nobody' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
