/**
 * The operations behind the sources screens: import by path (each failure with its reason, the rest
 * imported), pasted text (UTF-8, recorded as pasted), corrections of derived metadata (custody entries,
 * original unchanged, verify still passes), and search hits that say where in the source they are.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createService } from '../../src/core/service';
import { PASS, useTempDir } from '../helpers/tmp';

const ARTICLE =
  'Deserter speaks\n\nSergeant Pavel Orlov said in April 2023 that he had left the army near Bakhmut and asked for asylum in Poland.';

describe('sources workspace operations', () => {
  const tmp = useTempDir();

  it('imports by path: a missing file, a folder and junk fail with their reasons while the rest import', async () => {
    const dir = tmp();
    const good = join(dir, 'article.txt');
    writeFileSync(good, ARTICLE);
    const junk = join(dir, 'blob.bin');
    writeFileSync(junk, Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 9, 8, 7, 6]));
    const folder = join(dir, 'folder');
    mkdirSync(folder);
    const { api, dispose } = createService();
    try {
      await api.createCase({ path: join(dir, 'c.casefile'), passphrase: PASS });
      const progress: number[] = [];
      const { results } = await api.importPaths(
        { paths: [good, join(dir, 'gone.txt'), folder, junk] },
        { onProgress: (p) => progress.push(p.done) },
      );
      expect(results.map((r) => r.ok)).toEqual([true, false, false, false]);
      expect(results[1].error?.message).toMatch(/gone\.txt was not imported: it is no longer there/);
      expect(results[2].error?.message).toMatch(/folder/);
      expect(results[3].error?.message.length).toBeGreaterThan(10);
      expect(progress).toEqual([0, 1, 2, 3, 4]);
      expect(await api.listSources({})).toHaveLength(1);
    } finally {
      dispose();
    }
  });

  it('stores pasted text as UTF-8 with "pasted" recorded, and corrects derived metadata with custody entries', async () => {
    const dir = tmp();
    const { api, dispose } = createService();
    try {
      await api.createCase({ path: join(dir, 'c.casefile'), passphrase: PASS });
      const pasted = `${ARTICLE} Підполковник сказав «так».`;
      const r = await api.importText({ text: pasted, title: 'From the clipboard' });
      expect(r.ok).toBe(true);
      const original = await api.getSourceBytes({ id: r.sourceId! });
      expect(new TextDecoder('utf-8', { fatal: true }).decode(original.bytes)).toBe(pasted);
      expect(original.mediaType).toMatch(/^text\//);
      const log = await api.custodyLog({});
      expect(log.find((e) => e.action === 'source.import')?.details.origin).toBe('pasted');

      const before = (await api.listSources({}))[0];
      expect(before.title).toBe('From the clipboard');
      expect(before.pendingSuggestions).toBeGreaterThan(0);
      const text = await api.correctSourceMetadata({
        sourceId: r.sourceId!,
        outlet: 'Example Gazette',
        url: 'https://example.org/a',
        publishedDate: '2023-04',
      });
      expect(text).toMatchObject({
        outlet: 'Example Gazette',
        url: 'https://example.org/a',
        publishedDate: '2023-04',
        publishedPrecision: 'month',
      });
      const after = (await api.listSources({}))[0];
      expect(after).toMatchObject({
        sha256: before.sha256,
        outlet: 'Example Gazette',
        url: 'https://example.org/a',
        publishedDate: '2023-04',
      });
      const correction = (await api.custodyLog({})).filter((e) => e.action === 'source.correct').at(-1);
      expect(correction?.details.changes).toEqual({
        outlet: { from: null, to: 'Example Gazette' },
        url: { from: null, to: 'https://example.org/a' },
        publishedDate: { from: null, to: '2023-04' },
      });
      // Nothing changed: no entry. A bad date: refused in words.
      const entries = (await api.custodyLog({})).length;
      await api.correctSourceMetadata({ sourceId: r.sourceId!, outlet: 'Example Gazette' });
      expect(await api.custodyLog({})).toHaveLength(entries);
      await expect(api.correctSourceMetadata({ sourceId: r.sourceId!, publishedDate: '5 May' })).rejects.toMatchObject({
        code: 'INVALID_INPUT',
      });
      expect((await api.verify({})).ok).toBe(true);
      expect(new TextDecoder().decode((await api.getSourceBytes({ id: r.sourceId! })).bytes)).toBe(pasted);
    } finally {
      dispose();
    }
  });

  it('search hits on a source say where the match is in its clean text', async () => {
    const dir = tmp();
    const { api, dispose } = createService();
    try {
      await api.createCase({ path: join(dir, 'c.casefile'), passphrase: PASS });
      const r = await api.importText({ text: ARTICLE });
      const { text } = await api.getSourceText({ sourceId: r.sourceId! });
      const { hits } = await api.search({ query: 'Bakhmut' });
      const hit = hits.find((h) => h.kind === 'source');
      expect(hit?.spanStart).not.toBeNull();
      expect(text.slice(hit!.spanStart!, hit!.spanEnd!)).toBe('Bakhmut');
    } finally {
      dispose();
    }
  });
});
