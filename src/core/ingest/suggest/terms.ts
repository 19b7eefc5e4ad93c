/**
 * Vocabulary terms → regular expressions over folded text. Terms are written naturally (any case, with
 * diacritics) in a tiny syntax so vocabulary files stay readable for linguists rather than regex authors:
 *   `*`  at the end of a word: the word may continue (inflection: `расстрел*` matches расстрелы, расстреляли);
 *        at the start: the word may have a prefix (German compounds: `*folter*`);
 *   ` `  one or more spaces/line breaks;  ` .. ` up to four intervening words (`ordered .. to kill`).
 * Matches respect Unicode word boundaries, which `\b` does not do for Cyrillic or diacritics.
 */
import { fold } from './fold';

// A letter of folded text (lower case, marks mostly stripped) in the Latin, Greek, Cyrillic and Georgian blocks. Explicit
// ranges rather than \p{L}: a Unicode property class in every inflected term made compiling the vocabularies
// take seconds.
export const LETTER =
  '[a-z\\u00b5\\u00df-\\u024f\\u0300-\\u036f\\u0370-\\u03ff\\u0400-\\u052f\\u10a0-\\u10ff\\u1c90-\\u1cbf\\u1e00-\\u1eff]';
const L = LETTER;
const WORDCHAR = '[0-9a-z\\u00b5\\u00df-\\u024f\\u0300-\\u036f\\u0370-\\u03ff\\u0400-\\u052f\\u10a0-\\u10ff\\u1c90-\\u1cbf\\u1e00-\\u1eff]';
const BEFORE = `(?<!${WORDCHAR})`;
const AFTER = `(?!${WORDCHAR})`;
const GAP = '(?:[\\s\\u00a0]+[^\\s\\u00a0]+){0,4}[\\s\\u00a0]+';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** One term as a regex source over folded text, without the word boundaries (added once per alternation). */
export function termCore(term: string): string {
  const words = fold(term.trim()).split(/\s+/);
  const parts: string[] = [];
  for (const w of words) {
    if (w === '..') {
      parts.push('GAP');
      continue;
    }
    const lead = w.startsWith('*') && w.length > 1;
    const trail = w.endsWith('*');
    const core = w.replace(/^\*/, '').replace(/\*$/, '');
    parts.push((lead ? `${L}*` : '') + escape(core) + (trail ? `${L}*` : ''));
  }
  let src = '';
  parts.forEach((p, i) => {
    if (p === 'GAP') return;
    if (i > 0) src += parts[i - 1] === 'GAP' ? GAP : '[\\s\\u00a0]+';
    src += p;
  });
  return src;
}

/** One term as a complete regex source: the core between Unicode word boundaries. */
export function termSource(term: string): string {
  return BEFORE + termCore(term) + AFTER;
}

const compiled = new Map<string, RegExp>();
/** The same cache by the list's identity: a list asked for again (a vocabulary's own, or one merged once) skips the key. */
const byList = new WeakMap<readonly string[], RegExp>();

/** A global, unicode regex matching any of the terms (longest alternatives first). Cached. */
export function termsRegex(terms: readonly string[]): RegExp | null {
  if (terms.length === 0) return null;
  const known = byList.get(terms);
  if (known) return known;
  const key = terms.join('\u0001');
  let re = compiled.get(key);
  if (!re) {
    const sorted = [...new Set(terms)].sort((a, b) => b.length - a.length);
    // Boundaries factored out of the alternation: five times faster than one lookbehind per alternative.
    re = new RegExp(`${BEFORE}(?:${sorted.map((t) => termCore(t)).join('|')})${AFTER}`, 'gu');
    compiled.set(key, re);
  }
  byList.set(terms, re);
  return re;
}

export interface TermHit {
  start: number;
  end: number;
}

/**
 * All non-overlapping hits of the terms in folded[from, to). Uses exec() on the cached regex rather than
 * matchAll(), which clones (and so recompiles) the regex on every call: 25 times slower on these alternations.
 * Hits are those of the whole text, so a word cut by the range boundary is not half-matched.
 */
export function findTerms(folded: string, terms: readonly string[], from = 0, to = folded.length): TermHit[] {
  const re = termsRegex(terms);
  if (!re) return [];
  const all = folded.length > 200 ? cachedHits(folded, re) : scan(folded, re);
  if (from === 0 && to >= folded.length) return all;
  return all.filter((h) => h.start >= from && h.end <= to);
}

function scan(folded: string, re: RegExp): TermHit[] {
  const hits: TermHit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    hits.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return hits;
}

// Extractors ask the same lists about many ranges of one text: scan each list once per text.
let cachedText: string | null = null;
const cache = new Map<RegExp, TermHit[]>();

function cachedHits(folded: string, re: RegExp): TermHit[] {
  if (cachedText !== folded) {
    cachedText = folded;
    cache.clear();
  }
  let hits = cache.get(re);
  if (!hits) {
    hits = scan(folded, re);
    cache.set(re, hits);
  }
  return hits;
}

/** Whether any of the terms occurs in folded[from, to). */
export function hasTerm(folded: string, terms: readonly string[], from = 0, to = folded.length): boolean {
  return findTerms(folded, terms, from, to).length > 0;
}
