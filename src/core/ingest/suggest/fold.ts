/**
 * Length-preserving normalisation for matching. Every UTF-16 code unit of the input maps to exactly one
 * code unit of the output, so an index found in the folded text is the same index in the original: spans
 * are always reported against the original (with its ş/ș, ё, curly apostrophes) while matching ignores
 * case, diacritics and apostrophe variants.
 */

const SPECIAL: Record<string, string> = {
  ł: 'l',
  đ: 'd',
  ø: 'o',
  ı: 'i',
  // Turkish dotted capital: its lower case is two code units (i + combining dot), its decomposition a capital I.
  İ: 'i',
  '’': "'",
  ʼ: "'",
  '‘': "'",
  '`': "'",
  '´': "'",
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '–': '-',
  '—': '-',
  '‑': '-',
};

const cache = new Map<string, string>();

/** Fold one code unit: lower case, strip combining marks (ș→s, ё→е, й→и), unify apostrophes and dashes. */
function foldChar(ch: string): string {
  const hit = cache.get(ch);
  if (hit !== undefined) return hit;
  let out = ch;
  const lower = ch.toLowerCase();
  if (lower.length === 1) out = lower;
  if (SPECIAL[out]) out = SPECIAL[out];
  else {
    const base = out.normalize('NFD');
    if (base.length > 1 && /^\P{M}\p{M}+$/u.test(base) && base.charCodeAt(0) < 0xd800) out = base[0];
  }
  cache.set(ch, out);
  return out;
}

/** Fold a whole string code unit by code unit (surrogate halves pass through unchanged). */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += code >= 0xd800 && code <= 0xdfff ? text[i] : foldChar(text[i]);
  }
  return out;
}
