/**
 * Spans point at the characters the item was found in, not merely at some equal text. `text.slice(start,
 * end) === item.text` (spans.test.ts) is satisfied by an offset into the wrong occurrence, so here:
 * - shifted: a neutral paragraph put in front moves every span by exactly its length;
 * - doubled: the article twice (two paragraphs apart) gives each quote, date and allegation once per copy,
 *   the second copy's spans exactly one copy further on — an offset taken from the first occurrence of the
 *   same words would put both on the first copy. (Asylum statements are merged per country by design.)
 */
import { describe, expect, it } from 'vitest';
import { suggest, type Suggestions } from '../../src/core/ingest/suggest/index';
import { expectedSeeds, readSeed } from './helpers';

type Spanned = { start?: number; end?: number };
const KINDS = ['quotes', 'dates', 'allegations', 'asylum', 'people', 'places'] as const;
const spans = (list: Spanned[], offset = 0) => list.map((x) => [(x.start ?? -1) - offset, (x.end ?? -1) - offset]);

const PAD = 'Editor’s note: this page was updated.\n\n';

describe('span offsets follow the text they came from', () => {
  it.each(expectedSeeds().map((a) => a.file))('%s: a paragraph in front shifts every span by its length', async (file) => {
    const r = await readSeed(file);
    const input = { language: r.language, title: r.title, publishedAt: r.publishedAt };
    const base = suggest({ ...input, text: r.text });
    const shifted = suggest({ ...input, text: PAD + r.text });
    let n = 0;
    for (const k of KINDS) {
      expect(spans(shifted[k] as Spanned[], PAD.length), `${file} ${k}`).toEqual(spans(base[k] as Spanned[]));
      n += (base[k] as Spanned[]).length;
    }
    if (base.subject) expect(spans([shifted.subject!], PAD.length)).toEqual(spans([base.subject]));
    expect(n).toBeGreaterThan(5);
  });

  it.each(expectedSeeds().map((a) => a.file))(
    '%s: the article twice gives each quote, date and allegation in both copies',
    async (file) => {
      const r = await readSeed(file);
      const input = { language: r.language, title: r.title, publishedAt: r.publishedAt };
      const base = suggest({ ...input, text: r.text });
      const copy = r.text.length + 2;
      const twice = suggest({ ...input, text: `${r.text}\n\n${r.text}` });
      for (const k of ['quotes', 'dates', 'allegations'] as const) {
        const all = twice[k] as Suggestions[typeof k];
        const first = all.filter((x) => x.start < copy);
        const second = all.filter((x) => x.start >= copy);
        expect(spans(first), `${file} ${k} (first copy)`).toEqual(spans(base[k]));
        expect(spans(second, copy), `${file} ${k} (second copy)`).toEqual(spans(base[k]));
        expect(second.map((x) => x.text)).toEqual(base[k].map((x) => x.text));
      }
    },
  );
});
