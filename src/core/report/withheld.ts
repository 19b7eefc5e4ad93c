/**
 * Passages a profile withholds (a self-incriminating statement, a retracted allegation's evidence), held
 * so that they are absent from EVERY part of the export, not only from the allegation they belong to: the
 * same words reach the model as a quote accepted from the same sentence, a statement, a timeline note, an
 * excerpt of another allegation, a custody detail.
 *
 * Matching is by words, not bytes: text is folded (case, diacritics, punctuation, the two Romanian comma
 * and cedilla forms) and cut into runs of SHINGLE words. A string that shares any run with a withheld
 * passage carries (part of) it. A passage shorter than SHINGLE words is matched whole. Span overlap in the
 * same source is a second, independent test for rows that record their span.
 */
import { mapStrings } from './redact';

/** Words in a run: long enough that two unrelated sentences do not share one by chance, short enough to catch a partial quote. */
const SHINGLE = 4;

export interface WithheldPassage {
  /** What it is, for messages: never the passage itself. */
  label: string;
  text: string;
  sourceId?: string | null;
  start?: number | null;
  end?: number | null;
}

export function foldWords(s: string): string[] {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase()
    .split(/[^\p{L}\p{N}]/u)
    .filter(Boolean);
}

/** The runs of a passage (two words or more: `add` keeps no shorter one). */
function shingles(words: string[]): string[] {
  // Stryker disable next-line EqualityOperator: at exactly SHINGLE words the loop below makes the same one run
  if (words.length <= SHINGLE) return [words.join(' ')];
  // Stryker disable next-line ArrayDeclaration: a seeded run of fewer than SHINGLE words is never compared (found() compares runs of SHINGLE words)
  const out: string[] = [];
  for (let end = SHINGLE; end <= words.length; end++) out.push(words.slice(end - SHINGLE, end).join(' '));
  return out;
}

export class WithheldPassages {
  private passages: (WithheldPassage & { runs: Set<string>; n: number })[] = [];

  get size(): number {
    return this.passages.length;
  }

  add(p: WithheldPassage): void {
    const words = foldWords(p.text);
    if (words.length < 2) return; // a single word is a name or a place: the Redactor's job, not this one
    this.passages.push({ ...p, runs: new Set(shingles(words)), n: Math.min(SHINGLE, words.length) });
  }

  /** Labels of the passages `s` carries (empty = clean). */
  found(s: string | null | undefined): string[] {
    // Stryker disable next-line ConditionalExpression: with no passages the loop below finds nothing (the test only saves work)
    if (!s || this.passages.length === 0) return [];
    const words = foldWords(s);
    const hits = new Set<string>();
    for (const p of this.passages) {
      for (let end = p.n; end <= words.length; end++) {
        if (p.runs.has(words.slice(end - p.n, end).join(' '))) {
          hits.add(p.label);
          break;
        }
      }
    }
    return [...hits];
  }

  /** A row of the same source whose span overlaps a withheld passage's span. */
  overlapsSpan(sourceId: string | null | undefined, start: number | null | undefined, end: number | null | undefined): boolean {
    if (
      !sourceId ||
      start == null ||
      // Stryker disable next-line ConditionalExpression: a row without an end overlaps nothing either way: p.start < null is p.start < 0, and offsets are never negative
      end == null
    )
      return false;
    return this.passages.some(
      (p) =>
        p.sourceId === sourceId &&
        // Stryker disable next-line ConditionalExpression: a span has both ends or none (resolveSpan refuses one end alone), so p.end != null decides
        p.start != null &&
        // Stryker disable next-line ConditionalExpression: start < null is start < 0, false for any offset (never negative)
        p.end != null &&
        start < p.end &&
        p.start < end,
    );
  }

  /**
   * Remove every sentence of `s` that carries a withheld passage, leaving a marker: used for strings that
   * stay (a description, a custody detail) when only part of them is withheld.
   */
  scrub(s: string): string;
  scrub(s: string | null): string | null;
  scrub(s: string | null): string | null {
    // Stryker disable next-line ConditionalExpression: found(null) is empty, so null is returned either way
    if (s === null || this.found(s).length === 0) return s;
    const sentences = s.split(/(?<=[.!?;:»”"])\s+|\n+/u);
    const kept = sentences.map((x) => (this.found(x).length ? '[passage withheld]' : x));
    const out = kept.join(' ').replace(/(\[passage withheld\]\s*)+/g, '[passage withheld] ');
    // A passage can straddle a sentence break: then nothing of the string can stay.
    return this.found(out).length ? '[passage withheld]' : out.trim();
  }

  /** Deep-scrub every string of a JSON-like value. */
  deep<T>(v: T): T {
    return mapStrings(v, (s) => this.scrub(s));
  }
}
