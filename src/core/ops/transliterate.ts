/**
 * Cyrillic ↔ Latin spelling variants for names (Саликов ↔ Salikov), so aliases and search find a person
 * however a source spelled them. Russian/Ukrainian Cyrillic → Latin follows a practical BGN/PCGN-like
 * scheme plus the common variants (Korolev/Korolyov, Yuri/Yury, Zakharova/Sakharowa is out of scope);
 * Latin → Cyrillic is the greedy inverse. These are offered as aliases of kind 'transliteration'.
 */

const CYR_TO_LAT: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ї: 'yi',
  є: 'ye',
  ґ: 'g',
};

/** Alternative Latin renderings that appear in the press (the second spelling of each pair). */
const LAT_ALTERNATES: [RegExp, string][] = [
  [/kh/g, 'h'],
  [/iy\b/g, 'y'],
  [/yo/g, 'e'],
  [/ts/g, 'tz'],
];

const LAT_TO_CYR: [string, string][] = [
  ['shch', 'щ'],
  ['sch', 'щ'],
  ['zh', 'ж'],
  ['kh', 'х'],
  ['ts', 'ц'],
  ['ch', 'ч'],
  ['sh', 'ш'],
  ['yu', 'ю'],
  ['ya', 'я'],
  ['yo', 'ё'],
  ['ye', 'е'],
  ['iy', 'ий'],
  ['yy', 'ый'],
  ['a', 'а'],
  ['b', 'б'],
  ['v', 'в'],
  ['w', 'в'],
  ['g', 'г'],
  ['d', 'д'],
  ['e', 'е'],
  ['z', 'з'],
  ['i', 'и'],
  ['j', 'й'],
  ['k', 'к'],
  ['l', 'л'],
  ['m', 'м'],
  ['n', 'н'],
  ['o', 'о'],
  ['p', 'п'],
  ['r', 'р'],
  ['s', 'с'],
  ['t', 'т'],
  ['u', 'у'],
  ['f', 'ф'],
  ['h', 'х'],
  ['c', 'к'],
  ['x', 'кс'],
  ['q', 'к'],
  ['y', 'ы'],
];

const VOWELS_CYR = 'аеёиоуыэюяіїє';

function matchCase(out: string, like: string): string {
  if (like.length === 0 || out.length === 0) return out;
  const first = like[0];
  if (first !== first.toLowerCase() && first === first.toUpperCase()) return out[0].toUpperCase() + out.slice(1);
  return out;
}

function wordCyrToLat(word: string): string {
  let out = '';
  for (const ch of word) {
    const lower = ch.toLowerCase();
    out += lower in CYR_TO_LAT ? CYR_TO_LAT[lower] : lower;
  }
  // -ий / -ый endings read better as -y in English-language press (Dmitriy → Dmitry is the alternate).
  return matchCase(out, word);
}

function wordLatToCyr(word: string): string {
  const lower = word.toLowerCase();
  let out = '';
  for (let i = 0; i < lower.length;) {
    // "y" after a vowel is й (Sergey → Сергей); at the start before a vowel it is handled by ya/yu/yo/ye.
    if (lower[i] === 'y' && i > 0 && VOWELS_CYR.includes(out[out.length - 1] ?? '') && !'aeiou'.includes(lower[i + 1] ?? '')) {
      out += 'й';
      i++;
      continue;
    }
    const pair = LAT_TO_CYR.find(([lat]) => lower.startsWith(lat, i));
    if (pair) {
      out += pair[1];
      i += pair[0].length;
    } else {
      out += lower[i];
      i++;
    }
  }
  return matchCase(out, word);
}

const hasCyrillic = (s: string) => /[\u0400-\u04FF]/.test(s);
const isLatin = (s: string) => /^[\p{Script=Latin}\s'’.-]+$/u.test(s) && /[a-z]/i.test(s);

function mapWords(text: string, fn: (w: string) => string): string {
  return text.replace(/[\p{L}]+/gu, (w) => fn(w));
}

/** Spelling variants of `text` in the other script (and common Latin alternates). Excludes `text` itself. */
export function transliterationVariants(text: string): string[] {
  const t = text.normalize('NFC').trim();
  const out = new Set<string>();
  if (hasCyrillic(t)) {
    const lat = mapWords(t, wordCyrToLat);
    out.add(lat);
    for (const [re, rep] of LAT_ALTERNATES) {
      const alt = mapWords(lat, (w) => matchCase(w.toLowerCase().replace(re, rep), w));
      out.add(alt);
    }
  } else if (isLatin(t)) {
    out.add(mapWords(t, wordLatToCyr));
  }
  out.delete(t);
  return [...out].filter((v) => v.length > 0);
}
