/**
 * The subject: the defector the article is about. Candidates are the people found, plus anyone known only
 * by a call sign. A candidate needs military context of his own (a rank or unit word in apposition, or a
 * defection verb in a sentence naming him); among those the most-mentioned wins. Articles about a video,
 * a statistic or a politician have no such person and get no subject.
 */
import type { Context } from './context';
import { hits } from './context';
import { affiliationsIn } from './affiliations';
import { authorityClaim, GENERIC } from './asylum';
import { fold } from './fold';
import { LAWYER_TITLE, mentionsIn, type Mention, type Person } from './people';
import { rawQuotes, type RawQuote } from './quotes';
import { ROLE_TERMS } from './roles';
import type { Sentence } from './spans';
import { findTerms } from './terms';
import { VOCABULARIES, type RankTerm } from './vocabulary';

export interface Subject {
  person: Person;
  name: string;
  aliases: string[];
  rank: string | null;
  rankGloss: string | null;
  affiliation: string[];
  age: number | null;
  start: number;
  end: number;
  /** Sentences about him: naming him, or describing "the former officer" without naming anyone else. */
  sentences: Sentence[];
}

interface CallSign {
  name: string;
  extra: string | null;
  start: number;
  end: number;
}

const QUOTED = /^[\s:,–—-]*(?:(?:the|of|is|de|под|с|з|di|el|la|le|van|het|known as)\s+)?[„«“"‘']([^„«“”»"’']{1,30})[”»“"’']/iu;
const PLAIN = /^[\s:,–—-]*(\p{Lu}[\p{L}-]{1,25})/u;
const PAREN = /^\s*\(([^()]{1,30})\)/u;

/** Call signs: the quoted or capitalised word after "call sign", «позывной», „indicativul”…, plus a parenthetical gloss. */
function callSigns(ctx: Context): CallSign[] {
  const out: CallSign[] = [];
  for (const h of hits(ctx, (v) => v.callSign)) {
    const rest = ctx.text.slice(h.end, h.end + 60);
    const m = QUOTED.exec(rest) ?? PLAIN.exec(rest);
    if (m) {
      const start = h.end + m.index + m[0].indexOf(m[1]);
      const after = PAREN.exec(ctx.text.slice(h.end + m[0].length, h.end + m[0].length + 40));
      out.push({ name: m[1].trim(), extra: after ? after[1].trim() : null, start, end: start + m[1].length });
      continue;
    }
    // "Андрей (имя изменено)", "Dmitry (name changed)": the name stands before the cue.
    const lead = ctx.text.slice(Math.max(0, h.start - 40), h.start);
    const b = /(\p{Lu}[\p{Ll}\p{M}-]+)\s*[(,–—-]\s*$/u.exec(lead);
    if (b) {
      const start = h.start - lead.length + b.index;
      out.push({ name: b[1], extra: null, start, end: start + b[1].length });
    }
  }
  return out;
}

function sentenceOf(ctx: Context, at: number): Sentence | undefined {
  return ctx.sentences.find((s) => s.start <= at && at < s.end);
}

/** Attach call signs to the person named in the same sentence, or make a call-sign-only person. */
function withCallSigns(ctx: Context, people: Person[]): { people: Person[]; aliases: Map<Person, string[]> } {
  const aliases = new Map<Person, string[]>();
  const all = [...people];
  for (const cs of callSigns(ctx)) {
    const s = sentenceOf(ctx, cs.start);
    const near = s ? mentionsIn(all, s.start, s.end).filter((m) => !m.person.callSign) : [];
    if (near.length) {
      const owner = near.reduce((a, b) => (Math.abs(b.mention.start - cs.start) < Math.abs(a.mention.start - cs.start) ? b : a)).person;
      aliases.set(owner, [...(aliases.get(owner) ?? []), cs.name, ...(cs.extra ? [cs.extra] : [])]);
      continue;
    }
    const re = new RegExp(`(?<![\\p{L}\\p{M}])${cs.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{M}])`, 'gu');
    const mentions: Mention[] = [...ctx.text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    if (mentions.length < 2 || all.some((p) => p.callSign && p.name === cs.name)) continue;
    const person: Person = { key: fold(cs.name), name: cs.name, role: null, mentions, full: [mentions[0]], callSign: true };
    all.push(person);
    aliases.set(person, cs.extra ? [cs.extra] : []);
  }
  return { people: all, aliases };
}

// Figures these articles mention constantly and who are never the defector.
const LEADERS =
  /^(?:putin|путин|путін|zelensky\p{L}*|zelenskyy|selenskyj|zełenski|зеленск\p{L}*|зеленськ\p{L}*|shoigu|шойгу|gerasimov|герасимов|prigozhin|пригожин|lukashenk\p{L}*|лукашенк\p{L}*|peskov|песков|lavrov|лавров|medvedev|медведев|zakharova|захаров\p{L}*|biden|trump|scholz|macron|kadyrov|кадыров)$/u;

/** A head of state or minister the article mentions in passing: never the defector, never "someone else" in his sentences. */
export function isLeader(p: Person): boolean {
  return LEADERS.test(fold(p.name.split(' ').pop() ?? ''));
}

const POLITICAL = ROLE_TERMS.filter((t) => !/^(?:commander|командир\*|colonel|general|генерал\*|полковник\*)$/.test(t));

/** Rank hits in [from, to) with their vocabulary entry. */
type RankHit = { rank: RankTerm; start: number; end: number };

/**
 * Every rank term's hits in the whole text, by position, longest first at a position: found once per article.
 * rankHits is asked about each sentence and its head, over a hundred terms each time; asking findTerms anew for each
 * was a fifth of the suggestion stage's time.
 */
const allRankHits = new WeakMap<Context, RankHit[]>();

function rankHits(ctx: Context, from: number, to: number): RankHit[] {
  let all = allRankHits.get(ctx);
  if (!all) {
    all = [];
    for (const v of ctx.vocabs) for (const rank of v.ranks) for (const h of findTerms(ctx.folded, [rank.term])) all.push({ rank, ...h });
    // Longest first at a position ("senior lieutenant" over "lieutenant"); the sort is stable, so ties keep vocabulary order.
    all.sort((a, b) => a.start - b.start || b.end - a.end);
    allRankHits.set(ctx, all);
  }
  // findTerms' hits in a range are the whole text's inside it, so filtering the sorted list gives what asking it did.
  const out = all.filter((h) => h.start >= from && h.end <= to);
  return out.filter((h, i) => !out.slice(0, i).some((o) => h.start < o.end && o.start < h.end));
}

/** Sentences that mention the person, and sentences that name nobody but describe a soldier ("The former officer…"). */
function aboutSentences(ctx: Context, person: Person, people: Person[]): Sentence[] {
  const firstMention = person.mentions[0].start;
  return ctx.sentences.filter((s) => {
    const inside = mentionsIn(people, s.start, s.end).filter((m) => m.person === person || !isLeader(m.person));
    if (inside.some((m) => m.person === person)) return true;
    if (inside.length) return false;
    const head = s.start + Math.min(60, s.end - s.start);
    const describes =
      rankHits(ctx, s.start, head).length > 0 || hits(ctx, (v) => v.pronouns, s.start, Math.min(s.end, s.start + 12)).length > 0;
    const lede = s.end <= firstMention && s.paragraph <= 2;
    return describes || (lede && rankHits(ctx, s.start, s.end).length > 0);
  });
}

/** Sentences that name nobody but refer by pronoun to `person`, the last one named in the four sentences before. */
function pronounSentences(ctx: Context, people: Person[], person: Person): Sentence[] {
  const out: Sentence[] = [];
  ctx.sentences.forEach((s, i) => {
    const pronoun = hits(ctx, (v) => v.pronouns, s.start, s.end)[0];
    if (mentionsIn(people, s.start, s.end).length || !pronoun) return;
    // "A former soldier who fled his unit…": a soldier word before the pronoun brings in someone new.
    if (rankHits(ctx, s.start, pronoun.start).length) return;
    for (const prev of ctx.sentences.slice(Math.max(0, i - 4), i).reverse()) {
      const named = mentionsIn(people, prev.start, prev.end).filter((m) => !isLeader(m.person));
      if (!named.length) continue;
      if (named[named.length - 1].person === person) out.push(s);
      return;
    }
  });
  return out;
}

/**
 * A desertion told of one person: not deserters as a group ("Britain would shelter Russian deserters", "España
 * protegerá a los desertores"), which is what a head of state or minister quoted in the lede speaks of.
 */
function ownDefection(ctx: Context, s: Sentence): boolean {
  const text = ctx.text.slice(s.start, s.end);
  // A noun right before a name is his ("des Deserteurs Pawel Orlow"), whatever language's plural it looks like.
  const groups = [...text.matchAll(new RegExp(GENERIC.source, 'giu'))]
    .filter((m) => !/^[ \u00a0]+\p{Lu}/u.test(text.slice(m.index + m[0].length)))
    .map((m) => ({ start: s.start + m.index, end: s.start + m.index + m[0].length }));
  return hits(ctx, (v) => v.defection, s.start, s.end).some((d) => !groups.some((g) => g.start < d.end && d.start < g.end));
}

/**
 * An asylum or protection claim told of one person ("hat in Österreich Asyl beantragt", «признало его беженцем»),
 * not a statement about many ("3,000 Russians applied"): his standing as a defector, as a desertion is.
 */
function ownAsylum(ctx: Context, s: Sentence): boolean {
  if (!hits(ctx, (v) => v.asylum.noun, s.start, s.end).length) return false;
  // A year is no count of people ("vroeg in 2024 asiel aan").
  return !GENERIC.test(ctx.text.slice(s.start, s.end).replace(/(?<!\d)(?:19|20)\d\d(?!\d)/gu, 'year'));
}

/**
 * The headline and lede before the first person named, when that is `person` (bylines and heads of state do not
 * count as named): sentences naming nobody, in the first three paragraphs or the paragraph that names him ("Rusijos
 * kariuomenės dezertyras paprašė prieglobsčio. Buvęs desantininkas Romanas Jegorovas…" in a live blog's entry).
 */
function ledeSentences(ctx: Context, person: Person, people: Person[]): Sentence[] {
  // A lawyer or spokesperson named with his role before him ("Det säger advokaten Lina Bergkvist … hennes klient, en
  // 28-årig rysk soldat") is a source quoted on him, not the one the lede describes.
  const named = people.filter((p) => !isLeader(p) && !authorOnly(ctx, p) && !sourceRole(p));
  const firstNamed = named.sort((a, b) => a.mentions[0].start - b.mentions[0].start)[0];
  if (firstNamed !== person) return [];
  const first = person.mentions[0].start;
  const own = sentenceOf(ctx, first)?.paragraph ?? 0;
  return ctx.sentences.filter(
    (s) =>
      s.end <= first &&
      (s.paragraph <= Math.min(Math.max(2, own), 4) || s.paragraph === own) &&
      !mentionsIn(people, s.start, s.end).some((m) => !authorOnly(ctx, m.person)),
  );
}

/** Named with a lawyer's, spokesperson's or minister's role or title: a source in the story. */
function sourceRole(person: Person): boolean {
  return person.role !== null && (findTerms(fold(person.role), POLITICAL).length > 0 || LAWYER_TITLE.test(person.role));
}

/** Military context of one person: rank/unit words right next to a mention, defection verbs in his sentences. */
function score(ctx: Context, person: Person, people: Person[]): { military: boolean; defection: boolean; score: number } {
  // A lawyer's client in an article about a defector is the defector; so is the one the article names with a naming
  // cue ("his name is", "wie er sich nennt", "(name changed)", "who asked that his surname not be given").
  let military = person.callSign || person.client === true || person.cued === true;
  let defection = false;
  for (const m of person.mentions) {
    const s = sentenceOf(ctx, m.start);
    if (!s) continue;
    const others = mentionsIn(people, s.start, s.end).filter((o) => o.person !== person);
    const lo = Math.max(s.start, m.start - 45);
    const hi = Math.min(s.end, m.end + 60);
    const near = [...rankHits(ctx, lo, hi), ...affiliationsIn(ctx, lo, hi)].filter(
      (h) => !others.some((o) => o.mention.start > Math.min(h.start, m.start) && o.mention.start < Math.max(h.start, m.start)),
    );
    if (near.length) military = true;
    if (!others.length && (ownDefection(ctx, s) || ownAsylum(ctx, s))) defection = true;
  }
  if (isLeader(person)) return { military: false, defection: false, score: 0 };
  // "Оттуда, говорит он, он и сбежал": a sentence naming nobody, with a pronoun, is about the person named last.
  for (const s of pronounSentences(ctx, people, person)) {
    if (ownDefection(ctx, s) || ownAsylum(ctx, s)) defection = true;
    if (rankHits(ctx, s.start, s.end).length) military = true;
  }
  // "A Russian pilot who defected … Anton Belyaev, 28, flew…", "Ein Marineinfanterist hat Asyl beantragt … Nikita
  // Lawrow sagte": the headline and lede describe the first person named.
  for (const s of ledeSentences(ctx, person, people)) {
    if (rankHits(ctx, s.start, s.end).length) military = true;
    if (ownDefection(ctx, s) || ownAsylum(ctx, s)) defection = true;
  }
  // A lawyer, spokesperson or minister named with his role is a source in the story, not its subject.
  const political = sourceRole(person);
  const value = political ? 0 : person.mentions.length + (military ? 4 : 0) + (defection ? 3 : 0);
  return { military, defection, score: value };
}

// "his commander", "unser Kommandeur", «наш командир»: a rank word after a possessive is someone else's.
const POSSESSIVE =
  /(?:^|[^\p{L}])(?:his|her|their|our|my|sein\p{L}*|ihr\p{L}*|unser\p{L}*|mein\p{L}*|его|их|наш\p{L}*|мо[йяею]\p{L}*|сво\p{L}*|його|їх|мій|моя|son|sa|ses|leur|notre|mon|ma|jego|ich|nasz\p{L}*|mój|moj\p{L}*|swo\p{L}*|jeho|jejich|náš|naš\p{L}*|můj|svého|suo|sua|loro|nostr\p{L}*|mio|mia|su|sus|nuestr\p{L}*|mi|zijn|haar|hun|ons|onze|mijn|jo|jų|mūsų|mano|savo|său|sale|lor|nostru|meu|propri\p{L}*)\s+(?:\p{L}+\s+)?$/iu;

// Sentencing and the defendant, in the vocabularies' languages (folded): "sentenced", "Angeklagte", «подсудимый».
const TRIAL =
  /(?<![\p{L}])(?:sentenc\p{L}*|convict\p{L}*|defendant|the accused|on trial|stood trial|verurteil\p{L}*|angeklagt\p{L}*|приговор\p{L}*|осужд\p{L}*|осудил\p{L}*|подсудим\p{L}*|обвиняем\p{L}*|вирок\p{L}*|засуд\p{L}*|підсудн\p{L}*|обвинувачен\p{L}*|condamn\p{L}*|prevenu|accuse|condannat\p{L}*|imputat\p{L}*|condena\p{L}*|condeno|acusado|skaza\p{L}*|oskarzon\p{L}*|odsoud\p{L}*|odsouzen\p{L}*|obzalovan\p{L}*|inculpat\p{L}*|veroordeel\p{L}*|veroordeeld|verdachte|nuteis\p{L}*|kaltinam\p{L}*)(?![\p{L}])/u;

/**
 * A Russian soldier tried for war crimes (in Ukraine, usually as a prisoner) is the defendant, not a defector:
 * the trial is told in his sentences or the lede, and nothing of his own is a desertion, a switch of sides or an
 * asylum claim. Surrender does not count: the victims "had surrendered", and a captured soldier surrendered too.
 * A deserter sentenced in absentia still has his desertion in his sentences.
 */
function defendantOnly(ctx: Context, person: Person, people: Person[]): boolean {
  const own = ctx.sentences.filter(
    (s) =>
      person.mentions.some((m) => m.start >= s.start && m.end <= s.end) ||
      (s.end <= person.mentions[0].start && s.paragraph <= 1 && !mentionsIn(people, s.start, s.end).length),
  );
  if (!own.some((s) => TRIAL.test(ctx.folded.slice(s.start, s.end)))) return false;
  return !own.some((s) => {
    if (hits(ctx, (v) => [...v.asylum.noun, ...v.joinedUkraine], s.start, s.end).length) return true;
    const surrender = hits(ctx, (v) => v.crimes.victims.horsDeCombat, s.start, s.end);
    return hits(ctx, (v) => v.defection, s.start, s.end).some((d) => !surrender.some((h) => h.start < d.end && d.start < h.end));
  });
}

// A byline or a photo credit: "By Hannah Liddell", "Par Claire Fontaine", "Text: Jana Horáková", «Автор: Олена Ткаченко»,
// "Írta: Szalai Dóra", "Teksti: Anni Heikkilä", "Yazan: Ayşe Kaya", "Foto: …", "Photo: …" (saved pages keep them).
const BYLINE =
  /^\s*(?:by|von|par|por|di|door|de|av|af|autor(?:ka|ius|ė|s)?|author|text|texte|tekst|teksti|testo|texto|írta|yazan|muhabir|piše|пише|написао|napisał\p{L}*|автор|авторка|текст|ავტორი|fot\.?|foto|photo|фото|kuva|bild|fotó|fotoğraf|reporter|reportér)\s*:?\s+\p{Lu}/iu;

/** Every mention of him is in a short byline paragraph: he wrote the article, it is not about him. */
function authorOnly(ctx: Context, person: Person): boolean {
  return person.mentions.every((m) => {
    const para = ctx.paragraphs.find((p) => p.start <= m.start && m.end <= p.end);
    return para !== undefined && para.end - para.start <= 80 && BYLINE.test(ctx.text.slice(para.start, para.end));
  });
}

/** The most specific rank near the subject: in apposition first, then in his sentences, then in the lede. */
function rankOf(ctx: Context, person: Person, sentences: Sentence[], quotes: RawQuote[]): { rank: string; gloss: string } | null {
  const candidates: (RankHit & { tier: number })[] = [];
  for (const s of sentences) {
    const mentions = person.mentions.filter((m) => m.start >= s.start && m.end <= s.end);
    for (const h of rankHits(ctx, s.start, s.end)) {
      if (POSSESSIVE.test(ctx.text.slice(Math.max(s.start, h.start - 25), h.start))) continue;
      if (quotes.some((q) => q.start <= h.start && h.start < q.end)) continue;
      const close = mentions.some((m) => (h.end <= m.start && m.start - h.end <= 45) || (h.start >= m.end && h.start - m.end <= 60));
      candidates.push({ ...h, tier: close ? 0 : mentions.length ? 1 : 2 });
    }
  }
  if (!candidates.length) return null;
  candidates.sort((a, b) => b.rank.level - a.rank.level || a.tier - b.tier || a.start - b.start);
  const best = candidates[0];
  return { rank: ctx.text.slice(best.start, best.end), gloss: best.rank.gloss };
}

/** Age next to a mention ("Igor Salikov, 60", "29-летний Ершов") or in a sentence about him ("the 60-year-old"). */
function ageOf(ctx: Context, person: Person, sentences: Sentence[], people: Person[], retry = true): number | null {
  const patterns = ctx.vocabs.flatMap((v) => v.age);
  let best: { age: number; distance: number } | null = null;
  for (const s of sentences) {
    const slice = ctx.text.slice(s.start, s.end);
    for (const p of patterns) {
      for (const m of slice.matchAll(new RegExp(p, 'giu'))) {
        const age = Number(m[1]);
        if (age < 16 || age > 80) continue;
        const at = s.start + m.index;
        const mentions = person.mentions.filter((x) => x.start >= s.start && x.end <= s.end);
        const distance = mentions.length ? Math.min(...mentions.map((x) => Math.abs(x.start - at))) : 1000;
        if (!best || distance < best.distance) best = { age, distance };
      }
    }
  }
  if (best || !retry) return best?.age ?? null;
  // "the 60-year-old said:", "Der 34-Jährige war …": a sentence naming nobody, where the age stands for him.
  const unnamed = ctx.sentences.filter((s) => !mentionsIn(people, s.start, s.end).length && !sentences.includes(s));
  return unnamed.length ? ageOf(ctx, person, unnamed, people, false) : null;
}

/** Affiliations in the sentences about him, deduplicated, known organisations first. */
function affiliationOf(ctx: Context, sentences: Sentence[]): string[] {
  const names: string[] = [];
  for (const s of sentences)
    for (const a of affiliationsIn(ctx, s.start, s.end)) if (!names.some((n) => fold(n) === fold(a.name))) names.push(a.name);
  return names;
}

export function findSubject(ctx: Context, found: Person[]): { subject: Subject | null; people: Person[] } {
  const { people, aliases } = withCallSigns(ctx, found);
  // A claim to an asylum authority ("The Home Office turned down his claim") is an asylum story though no asylum word is.
  const aboutDefector =
    hits(ctx, (v) => [...v.defection, ...v.asylum.noun, ...v.joinedUkraine]).length > 0 ||
    ctx.sentences.some((s) => authorityClaim(ctx.text.slice(s.start, s.end)));
  if (!aboutDefector) return { subject: null, people };
  const ranked = people
    .map((p) => ({ p, ...score(ctx, p, people) }))
    .filter((c) => (c.military || c.defection) && c.score > 0 && !defendantOnly(ctx, c.p, people) && !authorOnly(ctx, c.p))
    .sort((a, b) => b.score - a.score || a.p.mentions[0].start - b.p.mentions[0].start);
  if (!ranked.length) return { subject: null, people };
  const person = ranked[0].p;
  const lede = ledeSentences(ctx, person, people);
  const sentences = [...new Set([...aboutSentences(ctx, person, people), ...lede])].sort((a, b) => a.start - b.start);
  const rank = rankOf(ctx, person, sentences, rawQuotes(ctx));
  const first = person.full[0] ?? person.mentions[0];
  return {
    people,
    subject: {
      person,
      name: person.name,
      aliases: [...new Set(aliases.get(person) ?? [])].filter((a) => a !== person.name),
      rank: rank?.rank ?? null,
      rankGloss: rank?.gloss ?? null,
      affiliation: affiliationOf(ctx, sentences),
      age: ageOf(ctx, person, sentences, people),
      start: first.start,
      end: first.end,
      sentences,
    },
  };
}

/** The English gloss of a rank as written in any vocabulary ("Leutnant" → lieutenant), or null. */
export function glossRank(rank: string): string | null {
  const f = fold(rank);
  for (const v of Object.values(VOCABULARIES)) {
    const hit = [...v.ranks]
      .sort((a, b) => b.term.length - a.term.length)
      .find((r) => findTerms(f, [r.term]).some((h) => h.start === 0 && h.end === f.length));
    if (hit) return hit.gloss;
  }
  return null;
}
