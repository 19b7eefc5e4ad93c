/**
 * Country mentions: names, demonyms and adjectives in each vocabulary (so "Dutch", "в Литве", "graniţa
 * Chinei" and "polsko-białoruską" all count) mapped to ISO 3166-1 alpha-2.
 */
import type { Context } from './context';
import { findTerms } from './terms';

export interface CountryMention {
  code: string;
  start: number;
  end: number;
}

/** Every country mention in the text, in text order, longest match first at a position. */
export function countryMentions(ctx: Context): CountryMention[] {
  const out: CountryMention[] = [];
  for (const v of ctx.vocabs) {
    for (const [code, terms] of Object.entries(v.countries)) {
      for (const h of findTerms(ctx.folded, terms)) out.push({ code, start: h.start, end: h.end });
    }
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: CountryMention[] = [];
  for (const m of out) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) continue;
    kept.push(m);
  }
  return kept;
}

/** The distinct countries in order of first mention. */
export function countryCodes(mentions: readonly CountryMention[]): string[] {
  return [...new Set(mentions.map((m) => m.code))];
}
