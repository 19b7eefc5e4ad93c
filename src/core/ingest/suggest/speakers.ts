/**
 * Who said each quote. Attribution is read from the words around the marks, as a reader does:
 *   after:  "…", said Marija Zakharova / "…," Ammosov said / „…”, a spus el / «…», — рассказал Ершов / raconte-t-il
 *   before: Ammosov said: "…" / Putin told his allies in a meeting: “…” / Weiter erklärte er: "…"
 * A pronoun or a description ("the 60-year-old", "the pilot", "żołnierz") is resolved to the subject when
 * it fits him, else to the last person named before the quote. An unattributed quote that opens a
 * paragraph continues the previous paragraph's speaker; one that follows "X told Reuters …." is X's.
 */
import type { Context } from './context';
import { hits } from './context';
import { mentionsIn, type Person } from './people';
import { isStatement, rawQuotes, type RawQuote } from './quotes';
import { isLeader, type Subject } from './subject';
import { findTerms } from './terms';

export interface Quote {
  text: string;
  speaker: string | null;
  start: number;
  end: number;
  /** The person the speaker resolved to, when one did. */
  person: Person | null;
}

const MAX_TAIL = 90;

/** The last person named in [from, to). */
function lastPerson(people: Person[], from: number, to: number, quoted: RawQuote[] = []): Person | null {
  // "…the system created by Putin…" inside a quote is not who "he" refers to afterwards.
  const inside = mentionsIn(people, from, to).filter((m) => !quoted.some((q) => q.start <= m.mention.start && m.mention.start < q.end));
  return inside.length ? inside[inside.length - 1].person : null;
}

/** Whether a phrase describes the subject: his age ("the 60-year-old"), a rank or soldier word. */
function describesSubject(ctx: Context, subject: Subject | null, from: number, to: number): boolean {
  if (!subject) return false;
  const phrase = ctx.text.slice(from, to);
  if (subject.age !== null && phrase.includes(String(subject.age))) return true;
  return hits(ctx, (v) => [...v.ranks.map((r) => r.term), ...v.defection], from, to).length > 0 && !/\p{Lu}\p{Ll}+\s\p{Lu}/u.test(phrase);
}

/** A speaker phrase that is not a person: "the Russian Defense Ministry", "Legiunea" (kept as written, trimmed). */
function phraseSpeaker(ctx: Context, from: number, to: number): string | null {
  const phrase = ctx.text
    .slice(from, to)
    .split(/[,;(]/u)
    .find((part) => /\p{Lu}/u.test(part))
    ?.replace(/^(?:\s*\p{Ll}[\p{Ll}\p{M}]*)+\s+(?=\p{Lu})/u, '')
    .replace(/^[\s,.:;–—-]+|[\s,.:;–—-]+$/gu, '')
    .replace(/^(?:the|der|die|das|le|la|les|el|il|de|het)\s+/iu, '');
  if (!phrase) return null;
  const words = phrase.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 7 || !/\p{Lu}/u.test(phrase)) return null;
  return phrase;
}

/** Resolve the speaker in [from, to) around a verb of saying. */
function speakerIn(
  ctx: Context,
  people: Person[],
  subject: Subject | null,
  from: number,
  to: number,
  quoteStart: number,
): { name: string | null; person: Person | null } {
  const named = mentionsIn(people, from, to);
  if (named.length) {
    const p = named[named.length - 1].person;
    return { name: p.name, person: p };
  }
  if (describesSubject(ctx, subject, from, to)) return { name: subject!.name, person: subject!.person };
  if (hits(ctx, (v) => v.pronouns, from, to).length) return pronounSpeaker(ctx, people, subject, quoteStart);
  const phrase = phraseSpeaker(ctx, from, to);
  return { name: phrase, person: null };
}

/** "He" (said or, in languages that drop it, meant by the verb's ending): the subject when near, else the last named. */
function pronounSpeaker(
  ctx: Context,
  people: Person[],
  subject: Subject | null,
  quoteStart: number,
): { name: string | null; person: Person | null } {
  const para = ctx.paragraphs.findIndex((p) => p.start <= quoteStart && quoteStart < p.end);
  const back = ctx.paragraphs[Math.max(0, para - 1)]?.start ?? 0;
  // Defector stories mostly quote the defector: "he" is him when he was named in this or the previous paragraph.
  const subjectNear = subject && subject.person.mentions.some((m) => m.start >= back && m.start < quoteStart);
  const last = lastPerson(people, back, quoteStart, rawQuotes(ctx));
  const p = subjectNear || (subject && (!last || isLeader(last))) ? subject!.person : last;
  return { name: p?.name ?? null, person: p };
}

/** Attribution after the closing mark: up to the end of the sentence, if a verb of saying is there. */
function after(
  ctx: Context,
  people: Person[],
  subject: Subject | null,
  q: RawQuote,
): { name: string | null; person: Person | null } | null {
  const para = ctx.paragraphs[q.paragraph];
  const rest = ctx.text.slice(q.close, Math.min(para.end, q.close + MAX_TAIL));
  if (!/^\s*[,.:;!?…]?\s*[–—-]?\s*\p{L}/u.test(rest) && !/^[,]/.test(rest)) return null;
  const stop = rest.search(/[.!?;„«“"](?=\s|$)|[„«“]/u);
  const end = q.close + (stop >= 0 ? stop : rest.length);
  const verbs = findTerms(
    ctx.folded,
    ctx.vocabs.flatMap((v) => v.speech),
    q.close,
    end,
  ).filter((h) => h.start - q.close < 40);
  if (!verbs.length) return null;
  const verb = verbs[0];
  // "said Marija Zakharova, spokesperson…" / "Ammosov said" / "a spus el": look on both sides of the verb.
  const afterVerb = speakerIn(ctx, people, subject, verb.start, Math.min(end, verb.end + 60), q.start);
  const beforeVerb = speakerIn(ctx, people, subject, q.close, verb.start, q.start);
  if (beforeVerb.person) return beforeVerb;
  if (afterVerb.person || afterVerb.name) return afterVerb;
  if (beforeVerb.name) return beforeVerb;
  // „…” – mondta. / „…“, řekl. : the verb alone ends the sentence, its subject dropped: "he", as for a pronoun.
  if (/^[\s,.:;!?…–—-]*$/u.test(ctx.text.slice(q.close, verb.start)) && /^[\s\p{Ll}\p{M}]*$/u.test(ctx.text.slice(verb.end, end)))
    return pronounSpeaker(ctx, people, subject, q.start);
  return null;
}

/** Attribution before the opening mark: "X said:" / "…, as quoted by Newsweek:" with a verb of saying. */
function before(
  ctx: Context,
  people: Person[],
  subject: Subject | null,
  q: RawQuote,
): { name: string | null; person: Person | null } | null {
  const para = ctx.paragraphs[q.paragraph];
  const sentence = ctx.sentences.find((s) => s.start <= q.open && q.open < s.end);
  const from = Math.max(para.start, sentence?.start ?? para.start);
  const lead = ctx.text.slice(from, q.open);
  const verbs = findTerms(
    ctx.folded,
    ctx.vocabs.flatMap((v) => v.speech),
    from,
    q.open,
  );
  if (!verbs.length) return null;
  // "X said:" introduces the quote; "X said the video showed “…”" embeds it: the speaker stands before the verb.
  if (/[:,]\s*$/u.test(lead) || /\s[–—-]\s*$/u.test(lead)) return speakerIn(ctx, people, subject, from, q.open, q.start);
  return speakerIn(ctx, people, subject, from, verbs[0].start, q.start);
}

export function attributeQuotes(ctx: Context, raw: RawQuote[], people: Person[], subject: Subject | null): Quote[] {
  const out: Quote[] = [];
  let previous: Quote | null = null;
  for (const q of raw) {
    if (!isStatement(ctx, q)) continue;
    let who = after(ctx, people, subject, q) ?? before(ctx, people, subject, q);
    if (!who && previous) {
      const prevPara = ctx.paragraphs.findIndex((p) => p.start <= previous!.start && previous!.start < p.end);
      const opensParagraph = ctx.paragraphs[q.paragraph].start === q.open;
      if (opensParagraph && (prevPara === q.paragraph - 1 || prevPara === q.paragraph))
        who = { name: previous.speaker, person: previous.person };
    }
    if (!who) {
      // "Marta Hurtado … told Reuters they were reviewing the videos. “Allegations …”": the previous sentence's speaker.
      const idx = ctx.sentences.findIndex((s) => s.start <= q.open && q.open < s.end);
      const prev = idx > 0 ? ctx.sentences[idx - 1] : undefined;
      if (
        prev &&
        prev.paragraph === ctx.sentences[idx].paragraph &&
        findTerms(
          ctx.folded,
          ctx.vocabs.flatMap((v) => v.speech),
          prev.start,
          prev.end,
        ).length
      ) {
        const p = mentionsIn(people, prev.start, prev.end)[0]?.person ?? null;
        if (p) who = { name: p.name, person: p };
      }
    }
    const quote: Quote = {
      text: ctx.text.slice(q.start, q.end),
      speaker: who?.name ?? null,
      start: q.start,
      end: q.end,
      person: who?.person ?? null,
    };
    out.push(quote);
    previous = quote;
  }
  return out;
}
