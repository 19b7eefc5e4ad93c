/**
 * An original is stored once, exactly as received, and every attempt to store it is on record
 * (ops/sources.ts), through the service as every front end calls it:
 * - the same bytes again (under any name, raw or imported) return the source already there, marked a
 *   duplicate, and the attempt is still custody-logged; different bytes are a different source;
 * - what was claimed about it is kept as claimed (absent = null, an unknown type = octet-stream), and the
 *   URL shown is the latest correction, else the claim;
 * - the bytes come back byte for byte, and a source the case does not have is NOT_FOUND.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sha256Hex, recordedSha256, sourcesForExport } from '../../src/core/ops/sources';
import { createService, type CasefileService } from '../../src/core/service';
import { CaseStore } from '../../src/core/store/case-store';
import { ID_PREFIXES } from '../../src/shared/ids';
import { PASS, useTempDir } from '../helpers/tmp';

const tmp = useTempDir();
let service: CasefileService | null = null;
afterEach(() => {
  service?.dispose();
  service = null;
});

async function newCase() {
  service = createService();
  const path = join(tmp(), 'c.casefile');
  await service.api.createCase({ path, passphrase: PASS, title: 'Sources' });
  return { api: service.api, path };
}

const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const ARTICLE = 'Colonel Ivan Petrov left his unit in March 2023. He said the order came from the brigade commander.';

describe('an original is stored once', () => {
  it('stored raw: the bytes exactly, their hash and size, the claims as given, and one source.add entry without a duplicate mark', async () => {
    const { api } = await newCase();
    const data = bytes('raw original, byte for byte');
    const before = (await api.custodyLog({})).length;
    const { source, duplicate } = await api.addSource({
      fileName: 'note.bin',
      bytes: data,
      mediaType: 'application/x-note',
      claimedUrl: 'https://example.invalid/a',
      claimedOutlet: 'Example Outlet',
      claimedPublishedAt: '2024-05-01',
    });
    expect(duplicate).toBe(false);
    expect(source).toMatchObject({
      sha256: sha256Hex(data),
      size: data.byteLength,
      mediaType: 'application/x-note',
      encoding: null,
      fileName: 'note.bin',
      claimedUrl: 'https://example.invalid/a',
      claimedOutlet: 'Example Outlet',
      claimedPublishedAt: '2024-05-01',
      url: 'https://example.invalid/a',
      title: null,
      pendingSuggestions: 0,
      reliability: null,
    });
    expect(source.importedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    const back = await api.getSourceBytes({ id: source.id });
    expect(back).toMatchObject({ fileName: 'note.bin', mediaType: 'application/x-note' });
    expect(Buffer.from(back.bytes).equals(Buffer.from(data))).toBe(true);
    const log = (await api.custodyLog({})).slice(before);
    expect(log.map((e) => [e.action, e.entity, e.entityId])).toEqual([['source.add', 'source', source.id]]);
    expect(log[0].details).toEqual({ sha256: sha256Hex(data), bytes: data.byteLength, fileName: 'note.bin' });
  });

  it('nothing claimed: no type is octet-stream, every claim null', async () => {
    const { api } = await newCase();
    const { source } = await api.addSource({ fileName: 'x', bytes: bytes('unclaimed') });
    expect(source).toMatchObject({
      mediaType: 'application/octet-stream',
      claimedUrl: null,
      claimedOutlet: null,
      claimedPublishedAt: null,
      url: null,
    });
  });

  it('the same bytes again, under another name: the first source, marked duplicate, the attempt logged; the first name stays', async () => {
    const { api } = await newCase();
    const data = bytes('the same evidence');
    const first = await api.addSource({ fileName: 'first.txt', bytes: data });
    const again = await api.addSource({ fileName: 'second.txt', bytes: new Uint8Array(data), mediaType: 'text/plain' });
    expect(again.duplicate).toBe(true);
    expect(again.source).toEqual(first.source);
    expect(await api.listSources({})).toHaveLength(1);
    const adds = (await api.custodyLog({})).filter((e) => e.action === 'source.add');
    expect(adds.map((e) => e.entityId)).toEqual([first.source.id, first.source.id]);
    expect(adds[1].details).toEqual({ sha256: sha256Hex(data), bytes: data.byteLength, fileName: 'second.txt', duplicate: true });
    // One byte different is another original.
    const other = await api.addSource({ fileName: 'first.txt', bytes: bytes('the same evidencE') });
    expect(other.duplicate).toBe(false);
    expect(other.source.id).not.toBe(first.source.id);
    expect((await api.listSources({})).map((s) => s.id)).toEqual([first.source.id, other.source.id]);
  });

  it('imported after being stored raw: read now, but stored once — and a second import is a duplicate of it', async () => {
    const { api } = await newCase();
    const data = bytes(ARTICLE);
    const raw = await api.addSource({ fileName: 'a.txt', bytes: data });
    const { results } = await api.importFiles({ files: [{ fileName: 'a-again.txt', bytes: new Uint8Array(data) }] });
    expect(results[0]).toMatchObject({ ok: true, duplicate: true, sourceId: raw.source.id });
    const again = await api.importFiles({ files: [{ fileName: 'a-third.txt', bytes: new Uint8Array(data) }] });
    expect(again.results[0]).toMatchObject({ ok: true, duplicate: true, sourceId: raw.source.id });
    expect(await api.listSources({})).toHaveLength(1);
  });

  it('the bytes of a source the case does not have are NOT_FOUND', async () => {
    const { api } = await newCase();
    await expect(api.getSourceBytes({ id: 'source_NOSUCHSOURCE00' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'No source with id source_NOSUCHSOURCE00 in this case.',
    });
  });

  it('a new source gets an id of the source kind (the prefix every front end and the custody log read)', async () => {
    const { api } = await newCase();
    const { source } = await api.addSource({ fileName: 'a.bin', bytes: bytes('one original') });
    expect(source.id).toMatch(new RegExp(`^${ID_PREFIXES.source}_[0-9A-Za-z]+$`));
    expect((await api.custodyLog({})).at(-1)).toMatchObject({ entity: 'source', entityId: source.id });
  });
});

describe('what is read back about a source', () => {
  it('the URL shown is the latest correction, else the claim; a correction to none shows none', async () => {
    const { api } = await newCase();
    const imported = await api.importText({ text: ARTICLE, title: 'Petrov left' });
    const id = imported.sourceId!;
    const base = { title: 'Petrov left', outlet: null, publishedDate: null };
    await api.correctSourceMetadata({ sourceId: id, ...base, url: 'https://example.invalid/first' });
    await api.correctSourceMetadata({ sourceId: id, ...base, url: 'https://example.invalid/second' });
    expect((await api.listSources({}))[0].url).toBe('https://example.invalid/second');
    await api.correctSourceMetadata({ sourceId: id, ...base, url: null });
    expect((await api.listSources({}))[0].url).toBeNull();
  });

  it('for the export: metadata, the first clean text and the grade, in the order the sources came in; the recorded hash', async () => {
    const { api, path } = await newCase();
    const raw = await api.addSource({ fileName: 'raw.bin', bytes: bytes('raw, never read') });
    const imported = await api.importText({ text: ARTICLE, title: 'Petrov left' });
    await api.gradeSource({ sourceId: imported.sourceId!, reliability: 'B' });
    await api.closeCase({});
    const store = CaseStore.open(path, PASS);
    try {
      const rows = sourcesForExport(store.db);
      expect(rows.map((r) => r.id)).toEqual([raw.source.id, imported.sourceId]);
      expect(rows[0]).toMatchObject({ fileName: 'raw.bin', cleanText: null, title: null, reliability: null });
      expect(rows[1]).toMatchObject({ cleanText: ARTICLE, title: 'Petrov left', reliability: 'B', mediaType: 'text/plain' });
      expect(recordedSha256(store.db, raw.source.id)).toBe(raw.source.sha256);
      expect(recordedSha256(store.db, 'source_NOSUCHSOURCE00')).toBeNull();
    } finally {
      store.close();
    }
  });
});
