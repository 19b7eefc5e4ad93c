/**
 * Country mentions: names, demonyms and adjectives in each vocabulary (so "Dutch", "в Литве", "graniţa
 * Chinei" and "polsko-białoruską" all count), plus every country's name in the text's languages from
 * i18n-iso-countries (so "Suisse", "Slovensku", "Мексике" count without a hand-written entry), mapped to
 * ISO 3166-1 alpha-2.
 */
import { createRequire } from 'node:module';
import type { Context } from './context';
import { fold } from './fold';
import { findTerms } from './terms';

export interface CountryMention {
  code: string;
  start: number;
  end: number;
}

type Names = { countries: Record<string, string | string[]> };
// Loaded with require: the built service worker keeps node_modules external, and an ESM import of JSON there
// would need an import attribute.
const require = createRequire(import.meta.url);
const LANGS = new Set([
  'cs',
  'de',
  'en',
  'es',
  'fr',
  'it',
  'lt',
  'nl',
  'pl',
  'ro',
  'ru',
  'uk',
  'pt',
  'sv',
  'fi',
  'lv',
  'bg',
  'hu',
  'ka',
  'sr',
  'tr',
]);
// Serbian is written in Cyrillic (the library's sr) and in Latin, whose names are the library's Croatian ones.
const ALSO: Record<string, string> = { sr: 'hr' };
function library(lang: string): Names | null {
  if (!LANGS.has(lang)) return null;
  const own = require(`i18n-iso-countries/langs/${lang}.json`) as Names;
  if (!ALSO[lang]) return own;
  const also = (require(`i18n-iso-countries/langs/${ALSO[lang]}.json`) as Names).countries;
  const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
  return { countries: Object.fromEntries(Object.entries(own.countries).map(([code, v]) => [code, [...list(v), ...list(also[code])]])) };
}
// Languages that decline country names ("w Polsce", "на Украине", "Lietuvoje"): match the stem.
const DECLINED = new Set(['cs', 'lt', 'pl', 'ro', 'ru', 'uk', 'fi', 'lv', 'sr']);
// Languages that add case suffixes to the whole name ("Magyarországon", "Almanya'ya", "საქართველოში"): the name
// (Georgian without its nominative -ი: "რუსეთი" → "რუსეთში", "რუსეთის") may continue.
const SUFFIXED = new Set(['hu', 'ka', 'tr']);

/** The library's names in one language as vocabulary terms: whole names, or stems in declining languages. */
const libraryTerms = new Map<string, { term: string; code: string }[]>();
function termsFor(lang: string): { term: string; code: string }[] {
  let out = libraryTerms.get(lang);
  if (out) return out;
  out = [];
  for (const [code, names] of Object.entries(library(lang)?.countries ?? {})) {
    for (const name of Array.isArray(names) ? names : [names]) {
      // Short forms (US, UK) are ordinary words once folded ("us"); names with punctuation are official long forms.
      if (name.length < 4 || /[(),.]/.test(name)) continue;
      const f = fold(name);
      const stem = DECLINED.has(lang) && f.length >= 6 && !f.includes(' ') ? f.replace(/[aeiouyаяеоуыиіюєїь]$/u, '') : null;
      const suffixed = SUFFIXED.has(lang) && f.length >= 5 && !f.includes(' ');
      out.push({ term: suffixed ? `${f.replace(/ი$/u, '')}*` : stem && stem !== f ? `${stem}*` : f, code });
    }
  }
  libraryTerms.set(lang, out);
  return out;
}

/** Every country mention in the text, in text order, longest match first at a position; vocabulary first. */
export function countryMentions(ctx: Context): CountryMention[] {
  const out: (CountryMention & { rank: number })[] = [];
  for (const v of ctx.vocabs) {
    for (const [code, terms] of Object.entries(v.countries)) {
      for (const h of findTerms(ctx.folded, terms)) out.push({ code, start: h.start, end: h.end, rank: 0 });
    }
    const library = termsFor(v.lang);
    const byTerm = new Map(library.map((t) => [t.term, t.code]));
    const hits = findTerms(ctx.folded, [...byTerm.keys()]);
    for (const h of hits) {
      const word = ctx.folded.slice(h.start, h.end);
      const entry = library.find((t) => (t.term.endsWith('*') ? word.startsWith(t.term.slice(0, -1)) : word === t.term));
      if (entry) out.push({ code: entry.code, start: h.start, end: h.end, rank: 1 });
    }
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
  const kept: CountryMention[] = [];
  for (const m of out) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) continue;
    kept.push({ code: m.code, start: m.start, end: m.end });
  }
  return kept;
}

/** The distinct countries in order of first mention. */
export function countryCodes(mentions: readonly CountryMention[]): string[] {
  return [...new Set(mentions.map((m) => m.code))];
}
