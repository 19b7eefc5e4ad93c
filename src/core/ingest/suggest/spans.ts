/**
 * Paragraphs and sentences of the clean text as spans. Everything the suggestion stage reports points back
 * into the original text through these, so they never trim or rewrite characters: a span is only moved
 * past surrounding whitespace.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  paragraph: number;
}

/** Trim whitespace from both ends of [start, end) without touching the text. */
export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** Paragraphs: runs of text separated by line breaks (clean text keeps one paragraph per line or block). */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+/g;
  for (const m of text.matchAll(re)) {
    const s = trimSpan(text, m.index, m.index + m[0].length);
    if (s.end > s.start) out.push(s);
  }
  return out;
}

// Abbreviations after which a full stop does not end a sentence (titles and ranks in several languages).
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr st gen col lt capt maj sgt pvt cpl prof jr sr vs etc no nr ca bzw ggf vgl ps płk ppłk kpt por ppor mjr plk pplk ' +
    'npor sv kap gen pl ul al ing mgr dott sig sra sr dña av d m g т г ген полк подполк лейт ст мл ул им пос сел см др пр тыс млн'
  ).split(' '),
);

/** Whether the full stop at `dot` ends a sentence: not after an abbreviation, an initial or a day ordinal ("3. August"). */
function endsSentence(text: string, dot: number): boolean {
  if (text[dot] !== '.') return true;
  const before = /([\p{L}\p{N}]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot));
  if (!before) return true;
  const word = before[1];
  if (/^\d{1,2}$/.test(word)) return false; // German/Czech/Lithuanian day or ordinal: "3. August", "6. Armii"
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "J. Smith"
  return !ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Sentences inside each paragraph. A sentence ends at . ! ? … (plus any closing quotes or brackets) followed
 * by whitespace and something that can start a sentence. Quotes spanning several sentences are split too:
 * quote extraction works on the raw text, not on sentences.
 */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  paragraphs(text).forEach((p, index) => {
    let start = p.start;
    const re = /[.!?…]+["'”“»«’)\]]*(?=\s+(?:["'„“”«»‘([\-–—]\s?)?[\p{Lu}\p{N}])/gu;
    const body = text.slice(p.start, p.end);
    for (const m of body.matchAll(re)) {
      const end = p.start + m.index + m[0].length;
      if (!endsSentence(text, p.start + m.index)) continue;
      const s = trimSpan(text, start, end);
      if (s.end > s.start) out.push({ ...s, paragraph: index });
      start = end;
    }
    const last = trimSpan(text, start, p.end);
    if (last.end > last.start) out.push({ ...last, paragraph: index });
  });
  return out;
}

/** The sentence containing offset `at`, if any. */
export function sentenceAt(list: readonly Sentence[], at: number): Sentence | undefined {
  return list.find((s) => s.start <= at && at < s.end);
}
