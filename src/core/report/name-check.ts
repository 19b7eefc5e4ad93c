/**
 * The second, independent check that a protected person's name is gone: after redaction, every
 * capitalised word of the export is reduced to a spelling skeleton (script, diacritics and the usual
 * transliteration differences folded away: Путин, Putin, Poutine, Poetin → "putin") and compared with the
 * skeletons of every protected name part. A match means a spelling the Redactor did not know survived —
 * a pseudonym next to it would be reversible — so the export is refused, naming the passage, and the
 * investigator adds the spelling as an alias.
 */
import { transliterationVariants } from '../ops/transliterate';

const CYRILLIC = /[\u0400-\u04FF]/;

/** Fold a word to a skeleton that most transliterations of one name share. */
export function skeleton(word: string): string {
  let w = word.normalize('NFC');
  if (CYRILLIC.test(w)) w = transliterationVariants(w)[0] ?? w;
  return w
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/sch|shch|tch/g, 's')
    .replace(/oe|ou/g, 'u')
    .replace(/kh|ch|h/g, 'h')
    .replace(/sh|zh|j/g, 's')
    .replace(/ts|tz|cz|c/g, 's')
    .replace(/w/g, 'v')
    .replace(/y/g, 'i')
    .replace(/ck/g, 'k')
    .replace(/(.)\1+/g, '$1')
    .replace(/[aeiou]+$/g, '');
}

export interface ProtectedName {
  /** The pseudonym, to name who is meant without naming him. */
  pseudonym: string;
  skeletons: Set<string>;
}

export function protectedName(pseudonym: string, names: string[], visibleSkeletons: Set<string>): ProtectedName {
  const skeletons = new Set<string>();
  for (const n of names)
    for (const part of n.split(/[^\p{L}]+/u)) {
      if ([...part].length < 4) continue;
      const s = skeleton(part);
      if (s.length >= 4 && !visibleSkeletons.has(s)) skeletons.add(s);
    }
  return { pseudonym, skeletons };
}

/** The capitalised words of `text` whose skeleton is (an inflection of) a protected name part. */
export function survivingSpellings(text: string, names: ProtectedName[]): { pseudonym: string; word: string }[] {
  const out: { pseudonym: string; word: string }[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]{3,}/gu)) {
    const s = skeleton(m[0]);
    for (const n of names)
      for (const k of n.skeletons)
        if (s === k || (s.startsWith(k) && s.length - k.length <= 2)) {
          out.push({ pseudonym: n.pseudonym, word: m[0] });
          break;
        }
  }
  return out;
}
