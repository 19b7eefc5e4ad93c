/**
 * Quotations in any of the conventions news uses: “…” ‘…’ "…" (English), „…“ (German, Czech, Lithuanian),
 * „…” (Polish, Romanian), «…» (French, Russian, Ukrainian, Italian, Spanish), '…' (Dutch). Marks are paired
 * with a stack, deciding for the ambiguous ones (“ ” " ' ’) from the characters around them, so mixed
 * pairs (“…" in copy-edited text), nesting („A „B” C”) and apostrophes (Putin’s) work. A quote left open
 * at the end of a paragraph runs to the paragraph's end (the next paragraph then usually reopens it).
 */
import type { Context } from './context';
import { findTerms } from './terms';

export interface RawQuote {
  /** Span of the quoted words, without the marks. */
  start: number;
  end: number;
  /** Position of the opening mark and just after the closing mark (or paragraph end). */
  open: number;
  close: number;
  /** The quote continues from the previous paragraph (it opened without being attributed). */
  paragraph: number;
  closed: boolean;
}

type Role = 'open' | 'close' | 'none';

const SPACE_BEFORE = /[\s([{\-–—/]/u;

/** Decide whether the mark at i opens, closes or is text (an apostrophe, inch mark). */
function roleOf(text: string, i: number, stackDepth: number, topMark: string | undefined): Role {
  const c = text[i];
  const prev = i > 0 ? text[i - 1] : ' ';
  const next = i + 1 < text.length ? text[i + 1] : ' ';
  const spaceBefore = SPACE_BEFORE.test(prev) || i === 0;
  const spaceAfter = /[\s.,;:!?)\]…\-–—]/u.test(next) || i + 1 === text.length;
  switch (c) {
    case '„':
    case '«':
    case '‹':
      return 'open';
    case '»':
    case '›':
      return stackDepth ? 'close' : 'none';
    case '“':
      // German/Czech „…“ close with “; English “…” opens with it.
      if (topMark === '„' || topMark === '‚') return 'close';
      if (spaceBefore) return 'open';
      return stackDepth ? 'close' : 'none';
    case '”':
      if (stackDepth) return 'close';
      return spaceBefore && !spaceAfter ? 'open' : 'none';
    case '"':
      if ((topMark === '"' || topMark === '“') && !(spaceBefore && !spaceAfter)) return 'close';
      if (spaceBefore && !/\s/.test(next)) return 'open';
      return stackDepth ? 'close' : 'none';
    case '‘':
      return spaceBefore ? 'open' : 'none';
    case "'":
      if (spaceBefore && /\p{L}/u.test(next)) return 'open';
      return stackDepth && (topMark === "'" || topMark === '‘') && !/\p{L}/u.test(next) ? 'close' : 'none';
    case '’':
      return stackDepth && (topMark === '‘' || topMark === "'") && !/\p{L}/u.test(next) ? 'close' : 'none';
    default:
      return 'none';
  }
}

/** Top-level quoted spans of every paragraph. */
export function rawQuotes(ctx: Context): RawQuote[] {
  const out: RawQuote[] = [];
  ctx.paragraphs.forEach((p, index) => {
    const stack: { mark: string; at: number }[] = [];
    const dashed = dashQuote(ctx, p);
    if (dashed) push(ctx, out, p.start + dashed.open, p.start + dashed.close, index, true);
    for (let i = dashed ? p.start + dashed.close : p.start; i < p.end; i++) {
      const c = ctx.text[i];
      if (!'„«‹»›“”"‘\'’'.includes(c)) continue;
      const role = roleOf(ctx.text, i, stack.length, stack[stack.length - 1]?.mark);
      if (role === 'open') stack.push({ mark: c, at: i });
      else if (role === 'close') {
        const opener = stack.pop();
        if (opener && stack.length === 0) push(ctx, out, opener.at, i, index, true);
      }
    }
    if (stack.length) push(ctx, out, stack[0].at, p.end, index, false);
  });
  return out;
}

/**
 * A paragraph opened by a dash (Swedish, Finnish, Polish, Russian dialogue: "– Vi sköt dem, säger han.", "– Me
 * ammuimme heidät, Petrov kertoo.", "– Strzelaliśmy – powiedział."): the words after the dash are a quote, up to
 * the attribution at its end (a comma or a dash, then a verb of saying within a few words) or, without one, to the
 * paragraph's end. Offsets relative to the paragraph's start; the close is where the attribution begins.
 */
function dashQuote(ctx: Context, p: { start: number; end: number }): { open: number; close: number } | null {
  const text = ctx.text.slice(p.start, p.end);
  if (!/^[–—][ \u00a0]+\p{L}/u.test(text)) return null;
  const speech = ctx.vocabs.flatMap((v) => v.speech);
  for (const m of [...text.matchAll(/(?:,|[ \u00a0][–—])[ \u00a0]+/gu)].reverse()) {
    const tail = text.slice(m.index);
    if (tail.length > 90 || /[.!?]\s+\p{Lu}/u.test(tail)) break;
    if (findTerms(ctx.folded, speech, p.start + m.index, p.end).some((h) => h.start - (p.start + m.index) < 40))
      return { open: 0, close: m.index };
  }
  return { open: 0, close: text.length };
}

function push(ctx: Context, out: RawQuote[], open: number, closeMark: number, paragraph: number, closed: boolean): void {
  let start = open + 1;
  let end = closeMark;
  while (start < end && /\s/.test(ctx.text[start])) start++;
  while (end > start && /\s/.test(ctx.text[end - 1])) end--;
  if (end <= start) return;
  out.push({ start, end, open, close: closed ? closeMark + 1 : closeMark, paragraph, closed });
}

/** A quote worth suggesting: a statement, not a scare-quoted term or a name ("Storm", «пленных не брать»). */
export function isStatement(ctx: Context, q: RawQuote): boolean {
  const words = ctx.text
    .slice(q.start, q.end)
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
  return words.length >= 4 && /\p{Ll}/u.test(ctx.text.slice(q.start, q.end));
}
