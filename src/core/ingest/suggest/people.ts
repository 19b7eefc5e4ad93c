/**
 * People named in the text. A person is a run of capitalised words that starts with a known given name
 * (any script, any case form), or a capitalised pair right after a rank/role word or right before an age.
 * Mentions are clustered by surname stem so that inflected forms (Ершов, Ершова, Ершову; Volkovas, Volkovo)
 * are one person, and the cluster's name is its nominative full form.
 */
import type { Context } from './context';
import { fold } from './fold';
import { givenName } from './names';
import { canonicalOutlet } from './outlets';
import { ROLE_TERMS } from './roles';
import { findTerms } from './terms';

export interface Mention {
  start: number;
  end: number;
}

export interface Person {
  /** Surname stem shared by every mention. */
  key: string;
  name: string;
  role: string | null;
  mentions: Mention[];
  /** The full-name mentions (given name + surname). */
  full: Mention[];
  /** True when the person is only known by a call sign (the subject of seed-like stories). */
  callSign: boolean;
  /** Named as a lawyer's client ("a lawyer for X", "Адвокат X-а"): in a defector story, the defector. */
  client?: boolean;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

// Georgian has no capitals: each of its words is a candidate, and only a known given name starts a person.
const CAP = /(?<![\p{L}\p{M}\p{N}])(?:\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)?|[\u10d0-\u10fa]{3,})(?![\p{L}\p{M}])/gu;
const PATRONYMIC = /(?:ovich|evich|ovych|ovna|evna|ivna|ович|евич|овна|евна|ійович|івна|ович)$/u;

/** Strip one case ending so inflected surnames share a key (Ершова → ершов, Volkovas → volkov). */
export function surnameKey(token: string): string {
  const f = fold(token).replace(/['’]s$/u, '');
  const m = /^(.{4,}?)(?:ому|ого|ым|ом|ой|ою|ою|ем|ів|ові|ым|owi|ovi|em|ie|ui|as|is|us|ys|ą|ę|[aeiouyаяеоуыиіюу]|ის|მა|ით|ად|ს|ი)$/u.exec(
    f,
  );
  return m ? m[1] : f;
}

function capitalisedTokens(text: string): Token[] {
  return [...text.matchAll(CAP)].map((m) => ({
    text: m[0].replace(/['’]s$/u, ''),
    start: m.index,
    end: m.index + m[0].replace(/['’]s$/u, '').length,
  }));
}

/** Runs of capitalised tokens separated by a single space (a name never spans punctuation). */
function runs(text: string, tokens: Token[]): Token[][] {
  const out: Token[][] = [];
  let cur: Token[] = [];
  for (const t of tokens) {
    const prev = cur[cur.length - 1];
    if (prev && /^[ \u00a0]$/.test(text.slice(prev.end, t.start))) cur.push(t);
    else {
      if (cur.length) out.push(cur);
      cur = [t];
    }
  }
  if (cur.length) out.push(cur);
  return out;
}

// Capitalised words of organisations and titles: "Wagner Group", "Siberian Battalion", "Radio Liberty".
const NOT_NAMES = new Set(
  (
    'group gruppe grupul gruppo grupo groep legion legiunea legion legione legión battalion bataillon batalion brigade regiment division army armee ' +
    'corps forces force guard ministry ministerium office court committee council service services agency union news radio times post press ' +
    'university institute centre center foundation fund party church republic federation oblast region state house street square bridge ' +
    'minister president general colonel captain lieutenant sergeant commander spokesperson affairs defence defense hauptstadt capital'
  ).split(' '),
);

/** Words that are never names even when capitalised and next to a given name. */
function blocked(ctx: Context, t: Token): boolean {
  const f = fold(t.text);
  if (NOT_NAMES.has(f)) return true;
  // A role word is never part of a name ("Markows Anwalt sagte").
  if (findTerms(f, ROLE_TERMS).some((h) => h.start === 0 && h.end === f.length)) return true;
  if (
    ctx.vocabs.some((v) => Object.values(v.countries).some((terms) => findTerms(f, terms).some((h) => h.start === 0 && h.end === f.length)))
  )
    return true;
  return ctx.vocabs.some(
    (v) => v.months.some((forms) => forms.map(fold).includes(f)) || v.weekdays.some((forms) => forms.map(fold).includes(f)),
  );
}

/** Full-name candidates: given name + surname (+ surname after a patronymic), or a cue-marked pair. */
function fullNames(ctx: Context, tokens: Token[]): { given: string; givenSurface: string; surname: Token; span: Mention }[] {
  const rankTerms = ctx.vocabs.flatMap((v) => [...v.ranks.map((r) => r.term), ...v.callSign]).concat(ROLE_TERMS);
  const out: { given: string; givenSurface: string; surname: Token; span: Mention }[] = [];
  const alone = standaloneKeys(ctx, tokens);
  for (const run of runs(ctx.text, tokens)) {
    for (let i = 0; i + 1 < run.length; i++) {
      const first = run[i];
      let last = run[i + 1];
      if (blocked(ctx, first) || blocked(ctx, last)) continue;
      if (PATRONYMIC.test(fold(last.text)) && run[i + 2]) last = run[i + 2];
      const given = givenName(first.text);
      const before = ctx.folded.slice(Math.max(0, first.start - 40), first.start);
      const after = ctx.text.slice(last.end, last.end + 6);
      const cued =
        findTerms(before, rankTerms).some((h) => /^\s+$/u.test(before.slice(h.end))) || /^(?:,\s\d{2}\b|\s\(\d{2}\))/u.test(after);
      // "Dvaadvacetiletý Artur Chabibulin … Chabibulin z jednotky utekl": a pair whose second word recurs alone as a
      // name is a person even when the given name is not listed, unless its first word is an ordinary word.
      const recurs =
        !given &&
        !cued &&
        i + 2 === run.length &&
        alone.has(surnameKey(last.text)) &&
        !commonWord(ctx, first) &&
        !germanNoun(ctx, last) &&
        !fieldWord(ctx, last) &&
        canonicalOutlet(`${first.text} ${last.text}`) === `${first.text} ${last.text}`;
      if (!given && !(cued && run.length === 2) && !recurs) continue;
      if (givenName(last.text) && !given) continue;
      out.push({ given: given ?? first.text, givenSurface: first.text, surname: last, span: { start: first.start, end: last.end } });
      i = run.indexOf(last);
    }
  }
  return out;
}

/** Surname keys of capitalised words that stand alone (no capitalised neighbour) at least once, mid-sentence or not. */
function standaloneKeys(ctx: Context, tokens: Token[]): Set<string> {
  const keys = new Set<string>();
  for (const run of runs(ctx.text, tokens)) if (run.length === 1 && !blocked(ctx, run[0])) keys.add(surnameKey(run[0].text));
  return keys;
}

// German capitalises nouns ("Putins Truppen … Truppen"): its noun endings are no surname's.
const GERMAN_NOUN = /(?:en|ung|heit|keit|schaft|tion|ität|ei|nis|tum|chen|lein|ismus)$/u;

/** In German, a capitalised word with a noun ending is a noun, not a surname. */
function germanNoun(ctx: Context, t: Token): boolean {
  return ctx.language === 'de' && GERMAN_NOUN.test(fold(t.text));
}

/** A rank, soldier or asylum word ("Putins Scharfschütze", "Mehr Asylanträge"): the field's own nouns are no surname. */
function fieldWord(ctx: Context, t: Token): boolean {
  const f = fold(t.text);
  const terms = ctx.vocabs.flatMap((v) => [...v.ranks.map((r) => r.term), ...v.asylum.noun, ...v.defection]);
  return findTerms(f, terms).some((h) => h.start === 0 && h.end === f.length);
}

/** A word the text also writes in lower case ("Wczoraj", "Teď"), or a stopword: not a given name. */
function commonWord(ctx: Context, t: Token): boolean {
  const lower = t.text.toLowerCase();
  if (ctx.vocabs.some((v) => v.stopwords.includes(lower))) return true;
  return new RegExp(`(?<![\\p{L}\\p{M}])${lower.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{M}])`, 'u').test(ctx.text);
}

/**
 * The given name to show: as written when it is the listed (nominative) spelling or, in Lithuanian, has a
 * nominative ending (Ivanas, not the Russian Ivan); otherwise the listed spelling of the inflected form
 * (Дмитрия → Дмитрий).
 */
function canonicalGiven(listed: string[], surfaces: string[], language: string): string {
  const asWritten = surfaces.find((s, i) => s === listed[i]);
  if (asWritten) return asWritten;
  if (language === 'lt') {
    const nominative = surfaces.find((s) => /(?:as|is|us|ys|ė|a)$/u.test(s));
    if (nominative) return nominative;
  }
  return listed[0];
}

/** The nominative among the surname forms seen: Lithuanian prefers -as/-is/-us/-ys/-ė, others the shortest. */
function nominative(forms: string[], language: string): string {
  const uniq = [...new Set(forms)];
  const lt = language === 'lt' ? uniq.filter((f) => /(?:as|is|us|ys|ė|a)$/u.test(f)) : [];
  const pool = lt.length ? lt : uniq;
  return pool.reduce((a, b) => (b.length < a.length ? b : a));
}

const LINK = /(?:^|\s)(?:for|of|to|von|für|des|du|de|di|del|della|van|lui|для|від|dla|pro|prie|pentru|od)\s/iu;

/**
 * In "role [link] X, Y", X is the role holder's client, not the role holder, and Y holds the role ("A lawyer for the
 * deserter Kirill Nosov, Sarah Whitcombe"). A name after a comma is in apposition to the role, and a capitalised word
 * after the link that is no soldier word belongs to the title ("El presidente del Gobierno, Pedro Sánchez", "La
 * presidente del Consiglio Giorgia Meloni"; not "Der Anwalt des Deserteurs Kirill Nossow").
 */
function isClient(ctx: Context, roleEnd: number, m: Mention): boolean {
  const between = ctx.text.slice(roleEnd, m.start);
  if (/,\s*$/u.test(between)) return false;
  const link = LINK.exec(between + ' ');
  if (link) {
    const title = [...between.slice(link.index + link[0].length).matchAll(CAP)].some(
      (w) => !fieldWord(ctx, { text: w[0], start: 0, end: 0 }),
    );
    return !title;
  }
  return /^,?[ \u00a0]\p{Lu}[\p{Ll}\p{M}]+[ \u00a0]\p{Lu}[\p{Ll}\p{M}]+/u.test(ctx.text.slice(m.end, m.end + 50));
}

/** A Russian/Ukrainian masculine surname without its case ending: Титова → Титов, Зуєву → Зуєв, Orłowa → Orłow. */
function uninflected(surname: string): string {
  return surname.replace(/(ов|ев|ёв|єв|ин|ын|ow|ew|ov|ev|in)(?:а|у|ым|ом|е|ими|a|u|em|ym|ie)$/u, '$1');
}

const POSSESSIVE_BEFORE =
  /(?:^|\s)(?:his|her|their|sein\p{L}*|ihr\p{L}*|его|её|их|його|її|son|sa|leur|suo|sua|il suo|la sua|su|sus|zijn|haar|jego|jej|jeho|její|său|sa|lui|jo|jos)\s+$/iu;

/** The role word next to the first full mention (before it, or in an apposition after it). */
function roleOf(ctx: Context, p: { full: Mention[] }): string | null {
  for (const m of p.full) {
    const from = Math.max(0, m.start - 60);
    const before = findTerms(ctx.folded, ROLE_TERMS, from, m.start).filter((h) =>
      /^[\s\p{L}'’-]*,?\s*$/u.test(ctx.text.slice(h.end, m.start)),
    );
    // "A lawyer for Koretsky, Claire Vasseur", "Адвокат Дмитрия Кравцова Ольга Мельник", "l'avvocato di Sokolov,
    // Marco Bianchi": the name right after the role is the client when a linking word or another name follows.
    if (before.length && !isClient(ctx, before[before.length - 1].end, m)) {
      const h = before[before.length - 1];
      return ctx.text.slice(h.start, h.end);
    }
    const tail = ctx.text.slice(m.end, m.end + 3);
    if (/^,\s/.test(tail)) {
      // "Kolesnikov, questo ha detto il suo avvocato Stefan Huber": a role word right before another name is that
      // person's, and one after a possessive ("his lawyer") is someone else's.
      const after = findTerms(ctx.folded, ROLE_TERMS, m.end, Math.min(ctx.text.length, m.end + 40)).filter(
        (h) =>
          !/^\s+\p{Lu}[\p{Ll}\p{M}]+\s+\p{Lu}/u.test(ctx.text.slice(h.end, h.end + 40)) &&
          !POSSESSIVE_BEFORE.test(ctx.text.slice(Math.max(m.end, h.start - 12), h.start)),
      );
      if (after.length) return ctx.text.slice(after[0].start, after[0].end);
    }
  }
  return null;
}

interface Cluster {
  given: string[];
  givenSurfaces: string[];
  surnames: string[];
  full: Mention[];
  mentions: Mention[];
  givenOnly?: boolean;
}

export function findPeople(ctx: Context): Person[] {
  const tokens = capitalisedTokens(ctx.text);
  const clusters = new Map<string, Cluster>();
  for (const f of fullNames(ctx, tokens)) {
    const key = surnameKey(f.surname.text);
    const c: Cluster = clusters.get(key) ?? { given: [], givenSurfaces: [], surnames: [], full: [], mentions: [] };
    c.given.push(f.given);
    c.givenSurfaces.push(f.givenSurface);
    c.surnames.push(f.surname.text);
    c.full.push(f.span);
    c.mentions.push(f.span);
    clusters.set(key, c);
  }
  // Surname-only mentions ("Salikov said", "сказал Ершов"), outside the full mentions already counted.
  for (const t of tokens) {
    // A genitive -s without apostrophe ("Markows Anwalt", "Vasiljevs advocaat") is the same surname.
    const c = clusters.get(surnameKey(t.text)) ?? (/s$/u.test(t.text) ? clusters.get(surnameKey(t.text.slice(0, -1))) : undefined);
    if (!c || c.mentions.some((m) => t.start >= m.start && t.start < m.end)) continue;
    c.mentions.push({ start: t.start, end: t.end });
    c.surnames.push(t.text);
  }
  givenOnly(ctx, tokens, clusters);
  const people: Person[] = [];
  for (const [key, c] of clusters) {
    c.mentions.sort((a, b) => a.start - b.start);
    const given = canonicalGiven(c.given, c.givenSurfaces, ctx.language);
    // Seen only in an oblique case ("Адвокат Сергея Титова"): the given name was inflected, so is the surname.
    const oblique = !c.givenOnly && !c.givenSurfaces.some((g, i) => g === c.given[i]);
    const surname = c.givenOnly ? '' : nominative(c.surnames, ctx.language);
    const person = {
      key,
      name: c.givenOnly ? given : `${given} ${oblique ? uninflected(surname) : surname}`,
      role: null as string | null,
      mentions: c.mentions,
      full: c.full,
      callSign: false,
    };
    person.role = roleOf(ctx, person);
    people.push(person);
  }
  markClients(ctx, people);
  return people.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

const LAWYER = /lawyer|attorney|anwalt|anwält|адвокат|защитни|avocat|avvocat|abogad|advoca|adwokat|pełnomocni|advokát|advokat/u;

/** People named right after a lawyer word as the lawyer's client ("A lawyer for Koretsky, …", "Адвокат Дмитрия Кравцова …"). */
function markClients(ctx: Context, people: Person[]): void {
  const lawyers = findTerms(ctx.folded, ROLE_TERMS).filter((h) => LAWYER.test(ctx.folded.slice(h.start, h.end)));
  for (const p of people)
    p.client = p.mentions.some((m) =>
      lawyers.some(
        (h) =>
          h.end <= m.start && m.start - h.end <= 25 && /^[\s\p{L}'’-]*$/u.test(ctx.text.slice(h.end, m.start)) && isClient(ctx, h.end, m),
      ),
    );
}

/**
 * People named by a given name only ("Kirill, 27, a former paratrooper…", "Андрей рассказал…"), as defector
 * stories often do to protect them: a listed given name used at least twice outside any full name, and not
 * the given name of someone already named in full.
 */
function givenOnly(ctx: Context, tokens: Token[], clusters: Map<string, Cluster>): void {
  const taken = new Set([...clusters.values()].flatMap((c) => c.given));
  const byName = new Map<string, Token[]>();
  for (const t of tokens) {
    const g = givenName(t.text);
    if (!g || taken.has(g) || blocked(ctx, t)) continue;
    if ([...clusters.values()].some((c) => c.mentions.some((m) => t.start >= m.start && t.start < m.end))) continue;
    byName.set(g, [...(byName.get(g) ?? []), t]);
  }
  for (const [g, list] of byName) {
    if (list.length < 2) continue;
    clusters.set(`given:${fold(g)}`, {
      given: [g],
      givenSurfaces: [list[0].text],
      surnames: [],
      full: [{ start: list[0].start, end: list[0].end }],
      mentions: list.map((t) => ({ start: t.start, end: t.end })),
      givenOnly: true,
    });
  }
}

/** The person a mention at [start, end) belongs to, if any. */
export function personAt(people: readonly Person[], start: number, end: number): Person | undefined {
  return people.find((p) => p.mentions.some((m) => m.start < end && start < m.end));
}

/** Person mentions inside [from, to), in text order. */
export function mentionsIn(people: readonly Person[], from: number, to: number): { person: Person; mention: Mention }[] {
  const out: { person: Person; mention: Mention }[] = [];
  for (const person of people)
    for (const mention of person.mentions) if (mention.start >= from && mention.end <= to) out.push({ person, mention });
  return out.sort((a, b) => a.mention.start - b.mention.start);
}
