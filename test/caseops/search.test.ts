/** Full-text search from the FTS index: diacritics- and case-insensitive, highlighted, safe against FTS syntax. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toFtsQuery } from '../../src/core/ops/search';
import { dmitriMeduza, salikovNpo, silverRo } from './articles';
import { useCaseWith } from './fixture';

const open = useCaseWith(salikovNpo, dmitriMeduza, silverRo);

const marked = (h: { snippet: string; highlights: [number, number][] }) => h.highlights.map(([a, b]) => h.snippet.slice(a, b));

describe('search', () => {
  it('finds source texts regardless of case and diacritics, with highlighted snippets', async () => {
    const { api, seeded } = await open();
    const r = await api.search({ query: 'SALIKOV' });
    expect(r.hits.map((h) => h.refId)).toEqual([seeded[0].sourceTextId]);
    expect(r.hits[0]).toMatchObject({ kind: 'source', sourceId: seeded[0].sourceId, title: 'Former GRU colonel to testify' });
    expect(marked(r.hits[0])).toEqual(['Salikov']);
    // "executii" finds "execuţii" (cedilla), "unitatii" finds "unităţii".
    const ro = await api.search({ query: 'executii unitatii' });
    expect(ro.hits.map((h) => h.refId)).toEqual([seeded[2].sourceTextId]);
    expect(marked(ro.hits[0]).sort()).toEqual(['execuţii', 'unităţii']);
  });

  it('also searches statements and allegations once they exist, and ranks', async () => {
    const { api, seeded } = await open();
    const a = await api.addAllegation({ category: 'torture', description: 'Beatings of prisoners in the basement at Kupiansk' });
    const st = await api.addStatement({
      text: 'They beat the prisoners in the basement every night.',
      speakerName: 'Dmitri',
      sourceId: seeded[1].sourceId,
    });
    const r = await api.search({ query: 'basement' });
    expect(r.hits.map((h) => [h.kind, h.refId]).sort()).toEqual([
      ['allegation', a.id],
      ['statement', st.id],
    ]);
    const only = await api.search({ query: 'basement', kinds: ['statement'] });
    expect(only.hits.map((h) => h.kind)).toEqual(['statement']);
    const many = await api.search({ query: 'prisoners' });
    expect(many.hits.length).toBeGreaterThanOrEqual(4);
    const ranks = many.hits.map((h) => h.rank);
    expect([...ranks].sort((x, y) => x - y)).toEqual(ranks);
  });

  it('ё and е find each other, as Russian texts write either (Семёнов, Семенов), with the marks on the word as written', async () => {
    const { api } = await open();
    const yo = await api.addAllegation({ category: 'torture', description: 'Полковник Семёнов отдал приказ' });
    const ye = await api.addAllegation({ category: 'torture', description: 'ПОЛКОВНИК СЕМЕНОВ подписал' });
    for (const q of ['Семенов', 'семёнов', 'СЕМЁНОВ', 'Семе*', 'семё*']) {
      const r = await api.search({ query: q, kinds: ['allegation'] });
      expect(r.hits.map((h) => h.refId).sort(), q).toEqual([yo.id, ye.id].sort());
    }
    expect(marked((await api.search({ query: 'семенов приказ' })).hits[0])).toEqual(['Семёнов', 'приказ']);
    // A phrase keeps its words together in every spelling; a word with no е or ё is as typed.
    expect((await api.search({ query: '"полковник семенов отдал"' })).hits.map((h) => h.refId)).toEqual([yo.id]);
    expect(toFtsQuery('Ёж ел')).toBe('("Ёж" OR "Еж") AND ("ел" OR "ёл")');
    expect(toFtsQuery('"ее дом"')).toBe('("ее дом" OR "ёе дом" OR "её дом" OR "ёё дом")');
    // Past 16 spellings of a phrase, it is searched as typed.
    expect(toFtsQuery('"еее еее"')).toBe('"еее еее"');
  });

  it('treats FTS syntax in user input as text', async () => {
    const { api } = await open();
    for (const q of ['"', 'AND', 'prisoners OR', 'NEAR(', 'title:foo', '(*)', '^x', 'a"b', '-', "o'brien"]) {
      await expect(api.search({ query: q })).resolves.toBeDefined();
    }
    expect((await api.search({ query: 'prisoners OR nonsense' })).hits).toEqual([]); // AND of quoted terms, not an OR
    expect((await api.search({ query: '"take no prisoners"' })).hits).toHaveLength(1);
    expect((await api.search({ query: 'Sali*' })).hits).toHaveLength(1);
    expect((await api.search({ query: '  ' })).hits).toEqual([]);
    expect(toFtsQuery('x OR y "a b" c* :(')).toBe('"x" AND "OR" AND "y" AND "a b" AND "c"*');
  });

  it('never fails on arbitrary input (property)', async () => {
    const { api } = await open();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('"', '*', 'NEAR(a b)', 'a:b', '(', '-x', '^', 'AND OR NOT')),
        async (q) => {
          const r = await api.search({ query: q.slice(0, 500) });
          expect(Array.isArray(r.hits)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
