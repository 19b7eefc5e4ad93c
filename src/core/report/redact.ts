/**
 * Redaction by removal. A Redactor holds every string a recipient must not see (withheld sensitive
 * values, names of pseudonymised people) and rewrites text so those strings are gone: a name becomes the
 * person's pseudonym, a sensitive value becomes "[withheld]". Nothing is drawn over: the model that is
 * rendered simply no longer contains the text.
 *
 * Matching is case-insensitive and Unicode-aware, on word boundaries. A sensitive value is matched whole
 * and by each comma/semicolon/line separated fragment of 4+ characters ("Rotterdam, Keizerstraat 12" also
 * removes a lone "Rotterdam"). A name is matched whole (any case), per alias and per transliteration,
 * each word taking its inflections; a part of 3+ letters alone only where it is capitalised, as a name
 * is written (so "Roman" the name goes, "roman" the word stays). Words of 5+ letters match as a stem (a
 * final vowel dropped) plus up to three letters, to catch inflections (Саликова, Salikov's, Олени).
 * A name part shared with a person who stays visible is not used on its own (it would rename him).
 */
import { transliterationVariants } from '../ops/transliterate';

export interface RedactionRule {
  /** What the rule protects, for reports: never the protected value itself. */
  label: string;
  pattern: RegExp;
  replacement: string;
  /** Longer literal first: a full name or whole value is replaced before its parts. */
  weight: number;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `s` (trimmed by the caller) as a literal pattern in which any run of whitespace matches any other. */
const flexSpaces = (s: string): string => escape(s).replace(/\s+/g, '\\s+');
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

/** Between the words of a name: spaces, hyphens, dashes. */
const SEP = '[\\s\\-‐–]+';
/** A capital initial with its dot (V.), as written between or before the words of a name. */
const INITIAL = '\\p{Lu}\\.';
// Stryker disable next-line Regex: one separator or a run of them split alike (the empty parts a single one leaves are filtered out)
const splitName = (n: string): string[] => n.split(/[\s\-‐–'’.]+/u).filter((p) => [...p].length >= 2 && /\p{L}/u.test(p));
const FINAL_VOWEL = /[aeiouyаеёиоуыэюяіїєАЕЁИОУЫЭЮЯІЇЄ]+$/u;

/** A name word as a pattern that also takes its inflected endings: 5+ letters drop a final vowel and allow up to three more letters (Коваленко/Коваленка, Олена/Олени, Salikov/Salikova/Salikov's). */
function inflectable(word: string): string {
  if ([...word].length < 5) return escape(word);
  return `${escape(word.replace(FINAL_VOWEL, ''))}\\p{L}{0,3}`;
}

/** Case-sensitive on the first letter (upper case), any case after it, with inflections (KOVALENKO, Kovalenko’s; not "kovalenko"). */
function capitalised(word: string): string {
  const long = [...word].length >= 5;
  const [head, ...rest] = [...(long ? word.replace(FINAL_VOWEL, '') : word)];
  const anyCase = (c: string) =>
    c.toLocaleLowerCase() !== c.toLocaleUpperCase() ? `[${c.toLocaleLowerCase()}${c.toLocaleUpperCase()}]` : escape(c);
  return `${escape(head.toLocaleUpperCase())}${rest.map(anyCase).join('')}${long ? '\\p{L}{0,3}' : ''}`;
}

export class Redactor {
  private rules: RedactionRule[] = [];

  get size(): number {
    return this.rules.length;
  }

  labels(): string[] {
    return [...new Set(this.rules.map((r) => r.label))];
  }

  addSensitive(label: string, value: string | null | undefined): void {
    if (!value || !value.trim()) return;
    const pieces = new Set<string>([value.trim()]);
    // Stryker disable next-line Regex: one separator or a run of them split alike (the empty fragments are under four characters)
    for (const f of value.split(/[,;\n\r]+/)) if (f.trim().length >= 4) pieces.add(f.trim());
    for (const p of pieces) {
      this.push({
        label,
        pattern: new RegExp(`${B}${flexSpaces(p)}${E}`, 'giu'),
        replacement: '[withheld]',
        weight: p.length,
      });
    }
  }

  /**
   * `visibleTokens`: lower-cased name parts of people who keep their names. Every name is expanded with
   * its transliterations (Коваленко ↔ Kovalenko) before patterns are made, so an alias given in one
   * script covers the other.
   */
  addName(label: string, names: string[], pseudonym: string, visibleTokens: Set<string>): void {
    const all = new Set<string>();
    for (const n of names) {
      if (!n || n.trim().length < 3) continue;
      all.add(n.trim());
      for (const v of transliterationVariants(n)) all.add(v);
    }
    for (const n of all) {
      const words = splitName(n);
      // The whole name, case-insensitive, each word allowing its inflections (Олени Коваленко, Salikova),
      // with any initials written between its words (Ivan V. Petrov): left alone, the parts would go one by
      // one and the initial stay behind between two codes.
      this.push({
        label,
        pattern: new RegExp(`${B}${words.map(inflectable).join(`(?:${SEP}${INITIAL})*${SEP}`)}${E}`, 'giu'),
        replacement: pseudonym,
        weight: n.length + 1000,
      });
      // Stryker disable next-line ConditionalExpression: a one-word name's part rule would be a narrower copy of its whole-name rule
      if (words.length < 2) continue;
      // The surname after initials that stand for the name's other parts (I. Petrov, I. V. Petrov, И. Петров):
      // the initial is the first letter of one of them, so it identifies as much as the name it shortens.
      const firstLetters = [...new Set(words.slice(0, -1).map((w) => escape([...w][0])))].join('|');
      this.push({
        label,
        pattern: new RegExp(`${B}(?:(?:${firstLetters})\\.\\s*)(?:${INITIAL}\\s*)*${inflectable(words.at(-1)!)}${E}`, 'giu'),
        replacement: pseudonym,
        weight: n.length + 500,
      });
      for (const p of words) {
        // A part alone is a name only where it is written as one: capitalised. "Roman", "Lis", "Mark" as
        // ordinary words stay; a part shared with someone who stays visible is never used on its own.
        if ([...p].length < 3 || visibleTokens.has(p.toLocaleLowerCase())) continue;
        this.push({
          label,
          pattern: new RegExp(`${B}${capitalised(p)}${E}`, 'gu'),
          replacement: pseudonym,
          weight: p.length,
        });
      }
    }
  }

  private push(rule: RedactionRule): void {
    this.rules.push(rule);
    // Longest patterns first, so a full name is replaced before its parts.
    this.rules.sort((a, b) => b.weight - a.weight);
  }

  apply(s: string): string;
  apply(s: string | null): string | null;
  apply(s: string | null): string | null {
    if (s === null || this.rules.length === 0) return s;
    let out = s;
    for (const r of this.rules) out = out.replace(r.pattern, r.replacement);
    // "Olena P-4821" → "P-4821 P-4821" → one pseudonym: two parts of one name are one person.
    return out.replace(/\b([PW]-\d{4})(?:\s+\1\b)+/g, '$1');
  }

  /** Labels of the rules that still match `s` (empty = clean). */
  leaks(s: string): string[] {
    const hits = new Set<string>();
    for (const r of this.rules) {
      r.pattern.lastIndex = 0;
      if (r.pattern.test(s)) hits.add(r.label);
      r.pattern.lastIndex = 0;
    }
    return [...hits];
  }

  /** Deep-apply to every string in a JSON-like value. */
  deep<T>(v: T): T {
    return mapStrings(v, (s) => this.apply(s));
  }
}

/** `v` with `f` applied to every string in it, at any depth (a JSON-like value: arrays and plain objects). */
export function mapStrings<T>(v: T, f: (s: string) => string): T {
  if (typeof v === 'string') return f(v) as T;
  if (Array.isArray(v)) return v.map((x) => mapStrings(x, f)) as T;
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = mapStrings(x, f);
    return out as T;
  }
  return v;
}

/** Lower-cased name parts, for `addName`'s visibleTokens. */
export function nameTokens(names: (string | null | undefined)[]): Set<string> {
  const out = new Set<string>();
  // Stryker disable next-line Regex: one separator or a run of them split alike (`if (p)` drops the empty parts)
  for (const n of names) if (n) for (const p of n.split(/[\s\-‐–'’.]+/u)) if (p) out.add(p.toLocaleLowerCase());
  return out;
}
