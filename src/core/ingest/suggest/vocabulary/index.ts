/**
 * The vocabularies by ISO 639-1 code, and the choice of which to use for one text: the declared language
 * (plus English, which news in every language quotes), or — when the language is unknown — a guess from
 * function words, falling back to all of them.
 */
import { fold } from '../fold';
import { findTerms } from '../terms';
import { bg } from './bg';
import { cs } from './cs';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fi } from './fi';
import { fr } from './fr';
import { hu } from './hu';
import { it } from './it';
import { ka } from './ka';
import { lt } from './lt';
import { lv } from './lv';
import { nl } from './nl';
import { pl } from './pl';
import { pt } from './pt';
import { ro } from './ro';
import { ru } from './ru';
import { sv } from './sv';
import { sr } from './sr';
import { tr } from './tr';
import { uk } from './uk';
import { withMeanings } from './meanings';
import { withProtection } from './protection';
import type { Vocabulary } from './types';

export type { Vocabulary, RankTerm, CrimeTerms, AsylumTerms } from './types';
export { MEANINGS, type Meanings } from './meanings';

/** Each language's vocabulary carries the plain-word meanings of ./meanings (act + victim state, desertion, protection). */
export const VOCABULARIES: Record<string, Vocabulary> = Object.fromEntries(
  [en, ru, uk, de, fr, pl, ro, cs, it, es, nl, lt, pt, sv, fi, lv, hu, tr, bg, sr, ka].map((v) => [
    v.lang,
    withProtection(withMeanings(v)),
  ]),
);

/** Guess the language from stopword frequency (only used when the describe stage gave none). */
export function guessLanguage(text: string): string | null {
  const folded = fold(text.slice(0, 5000));
  let best: string | null = null;
  let bestScore = 0;
  for (const v of Object.values(VOCABULARIES)) {
    const score = findTerms(folded, v.stopwords).length;
    if (score > bestScore) {
      best = v.lang;
      bestScore = score;
    }
  }
  return bestScore >= 5 ? best : null;
}

const ALIASES: Record<string, string> = { hr: 'sr', bs: 'sr', me: 'sr', sh: 'sr' };

/** The vocabularies to apply: the text's language first, then English; every one when unknown. */
export function vocabulariesFor(language: string | null, text: string): { primary: Vocabulary; all: Vocabulary[] } {
  const code2 = (language ?? '').toLowerCase().slice(0, 2);
  // Latin Serbian is often identified as Croatian (or Bosnian, Montenegrin): one vocabulary serves them all.
  const lang = ALIASES[code2] ?? code2;
  const code = VOCABULARIES[lang] ? lang : guessLanguage(text);
  if (code && VOCABULARIES[code]) {
    const primary = VOCABULARIES[code];
    return { primary, all: code === 'en' ? [primary] : [primary, en] };
  }
  return { primary: en, all: Object.values(VOCABULARIES) };
}

/** A node of the merged lists made so far: keyed by the identity of each list merged, in order. */
interface MergedNode {
  next: WeakMap<readonly unknown[], MergedNode>;
  list?: readonly unknown[];
}
const mergedRoot: MergedNode = { next: new WeakMap() };

/**
 * Merge one list field of several vocabularies. Most picks return a vocabulary's own list (`(v) => v.crimes.kill`),
 * so the same vocabularies give back the same merged array: the term regex is then found by that array's identity
 * (terms.ts) instead of by joining hundreds of terms into a key on every call, which with building the merged copy
 * took a quarter of the suggestion stage's CPU (with two vocabularies; for three or more, as an article with a
 * second language gets, it took a twentieth until these were kept too). Read-only: the result may be shared.
 */
export function merged<T>(vocabs: readonly Vocabulary[], pick: (v: Vocabulary) => T[]): readonly T[] {
  if (vocabs.length === 1) return pick(vocabs[0]);
  const lists = vocabs.map(pick);
  let node = mergedRoot;
  for (const l of lists) {
    let n = node.next.get(l);
    if (!n) node.next.set(l, (n = { next: new WeakMap() }));
    node = n;
  }
  node.list ??= lists.flat();
  return node.list as readonly T[];
}
