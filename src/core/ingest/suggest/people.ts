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
  /**
   * Introduced by a naming cue ("his name is X", «Казва се X», "X, wie er sich nennt", "X (name changed)", "X, who
   * asked that his surname not be given"): the press shields or introduces the one it tells about this way.
   */
  cued?: boolean;
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

/**
 * A surname's base form in the languages that put a case ending on a foreign surname without a change the other
 * rules read (issue #13): Hungarian "Dorohovról", "Dorohovnak", "Dorohovval"; Finnish "Petrovin", "Petroville";
 * Georgian "სავჩენკომ", "სავჩენკოს"; Turkish "Kuzmin'in". The ending is stripped only where what is left is a
 * Slavic surname's shape (Hungarian and Finnish surnames of their own, "Lampinen", "Szalai", keep theirs); a Georgian
 * name's nominative never ends in -მ or -ს, and a consonant stem takes the nominative -ი (პეტროვს → პეტროვი).
 */
const SLAVIC_STEM = /(?:ov|ev|ёв|jov|yov|in|yn|ko|uk|ak|ij|yj|ii|iy|ski|sky|skij|skiy|vič|vich|vics|ovics|ovits)$/u;
const CASE_SUFFIX: Record<string, RegExp> = {
  hu: /^(.{3,}?)(?:ról|ről|nak|nek|tól|től|hoz|hez|höz|nál|nél|ból|ből|ban|ben|ért|ként|ra|re|ba|be|ot|et|öt|at|on|en|ön|t)$/u,
  // Not a bare -a/-ä: "Petrova" is a nominative; the partitive of a consonant stem is "Petrovia".
  fi: /^(.{3,}?)(?:in|ia|ille|illa|illä|ilta|iltä|issa|issä|ista|istä|iksi|ina|inä|iin|n|lle|lla|llä|lta|ltä|ssa|ssä|sta|stä|ksi|na|nä|on|un)$/u,
};
// Hungarian doubles a consonant before -val/-vel ("Kuzminnal" for Kuzmin + val).
const HU_WITH = /^(.{3,}?)(\p{L})\2(?:al|el)$/u;
const KA_SUFFIX = /^(.{3,}?)(?:ისთვის|სთვის|ისგან|სგან|სთან|ისთან|ით|ად|მა|მ|ის|ს|ზე|ში|თან|დან|მდე)$/u;
const KA_VOWEL = /[აეიოუ]$/u;

export function baseSurname(token: string, language: string): string {
  if (language === 'tr' || language === 'az') {
    const bare = token.replace(/['’]\p{Ll}{1,6}$/u, '');
    if (bare !== token) return bare;
  }
  if (language === 'ka') {
    const m = KA_SUFFIX.exec(token);
    if (!m) return token;
    return KA_VOWEL.test(m[1]) ? m[1] : `${m[1]}ი`;
  }
  if (language === 'hu') {
    const w = HU_WITH.exec(token);
    if (w && SLAVIC_STEM.test(fold(w[1] + w[2]))) return w[1] + w[2];
  }
  const re = CASE_SUFFIX[language];
  const m = re?.exec(token);
  return m && SLAVIC_STEM.test(fold(m[1])) ? m[1] : token;
}

/** The clustering key of a surname as written: its base form's stem. */
function keyOf(ctx: Context, token: string): string {
  return surnameKey(baseSurname(token, ctx.language));
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

const exact = new WeakMap<readonly string[], string[]>();
/** A country's terms uninflected (`rus*` as `rus`): what a listed given name must match to be the country's word. */
function exactTerms(terms: readonly string[]): string[] {
  let out = exact.get(terms);
  if (!out) exact.set(terms, (out = terms.map((x) => x.replace(/\*$/u, ''))));
  return out;
}

/**
 * An institution's word, folded, alone or ending a compound ("Maahanmuuttovirasto", "Bundesamt", "Migrationsverket",
 * "Főigazgatóság", "Başkanlığı"): an agency, ministry, court or office is never a person's name, in the languages
 * that write it as one capitalised word. The short ones count only as whole words.
 */
const INSTITUTION =
  /(?:virasto|ministerio|ministeriö|laitos|keskus|oikeus|poliisi|vartiosto|ministerium|gericht|behorde|behörde|bundesamt|verket|myndighet|myndigheten|domstol|domstolen|hivatal|hivatala|miniszterium|minisztérium|birosag|bíróság|foigazgatosag|főigazgatóság|parvalde|pārvalde|ministrija|departament|departamentas|ministerija|teismas|bakanligi|bakanlığı|baskanligi|başkanlığı|mudurlugu|müdürlüğü|mahkemesi|სამინისტრო|სასამართლო|სამსახური|агенция|агентство|министерство|міністерство|ministarstvo|министарство|kancelarija|канцеларија|komesarijat|комесаријат)$|^(?:amt|sud|суд|съд|tiesa|rada|urząd|urzad|úřad|urad|agentur|agency|agence|agencia|agenzia|verket)$/u;

/** Words that are never names even when capitalised and next to a given name. */
function blocked(ctx: Context, t: Token): boolean {
  // A case ending after an apostrophe ("Kasım'da", "İstanbul'da", "Nurgaliyev'in") is no part of the word it ends.
  const f = fold(t.text.replace(/['’]\p{Ll}+$/u, ''));
  if (NOT_NAMES.has(f)) return true;
  if (INSTITUTION.test(f)) return true;
  // A role word is never part of a name ("Markows Anwalt sagte").
  if (findTerms(f, ROLE_TERMS).some((h) => h.start === 0 && h.end === f.length)) return true;
  // A listed given name is a name, though an inflected form of a country's word starts the same ("Ruslán" and the
  // Spanish "rus*" of ruso, rusa); the word itself ("German", "Român") stays the country's.
  const named = givenName(t.text) !== null;
  if (
    ctx.vocabs.some((v) =>
      Object.values(v.countries).some((terms) =>
        findTerms(f, named ? exactTerms(terms) : terms).some((h) => h.start === 0 && h.end === f.length),
      ),
    )
  )
    return true;
  return ctx.vocabs.some(
    (v) => v.months.some((forms) => forms.map(fold).includes(f)) || v.weekdays.some((forms) => forms.map(fold).includes(f)),
  );
}

/** Full-name candidates: given name + surname (+ surname after a patronymic), or a cue-marked pair. */
interface FullName {
  given: string;
  givenSurface: string;
  surname: Token;
  span: Mention;
  /** A surname after a rank word, without a given name ("Corporal Baranov"). */
  rankOnly?: boolean;
}

function fullNames(ctx: Context, tokens: Token[]): FullName[] {
  const rankTerms = ctx.vocabs.flatMap((v) => [...v.ranks.map((r) => r.term), ...v.callSign]).concat(ROLE_TERMS);
  const out: FullName[] = [];
  const alone = standaloneKeys(ctx, tokens);
  for (const run of runs(ctx.text, tokens)) {
    for (let i = 0; i + 1 < run.length; i++) {
      const first = run[i];
      let last = run[i + 1];
      if (blocked(ctx, first) || blocked(ctx, last)) continue;
      // A Turkish case ending goes on a name's last word: "Kuzmin'in Yekaterinburg'daki annesi" is two words' cases.
      if (/['’]\p{Ll}+$/u.test(first.text)) continue;
      if (PATRONYMIC.test(fold(last.text)) && run[i + 2]) last = run[i + 2];
      const given = givenName(first.text);
      const before = ctx.folded.slice(Math.max(0, first.start - 40), first.start);
      const after = ctx.text.slice(last.end, last.end + 6);
      const cued =
        findTerms(before, rankTerms).some((h) => /^\s+$/u.test(before.slice(h.end))) ||
        /^(?:,\s\d{2}\b|\s\(\d{2}\))/u.test(after) ||
        (!given && run.length === 2 && slavicPair(ctx, first, last));
      // "Dvaadvacetiletý Artur Chabibulin … Chabibulin z jednotky utekl": a pair whose second word recurs alone as a
      // name is a person even when the given name is not listed, unless its first word is an ordinary word.
      const recurs =
        !given &&
        !cued &&
        i + 2 === run.length &&
        alone.has(keyOf(ctx, last.text)) &&
        !commonWord(ctx, first) &&
        !germanNoun(ctx, last) &&
        !fieldWord(ctx, last) &&
        canonicalOutlet(`${first.text} ${last.text}`) === `${first.text} ${last.text}`;
      // "Corporal Baranov deserted … Baranov applied", "Der Obergefreite Baranow": a rank before a surname is his rank, and
      // the surname alone names him.
      if (
        !given &&
        i + 2 === run.length &&
        fieldWord(ctx, first) &&
        !givenName(last.text) &&
        !germanNoun(ctx, last) &&
        !fieldWord(ctx, last) &&
        (alone.has(keyOf(ctx, last.text)) || SLAVIC_SURNAME.test(fold(last.text)))
      ) {
        out.push({ given: '', givenSurface: '', surname: last, span: { start: last.start, end: last.end }, rankOnly: true });
        i = run.indexOf(last);
        continue;
      }
      if (!given && !(cued && run.length === 2) && !recurs) continue;
      if (givenName(last.text) && !given) continue;
      out.push({ given: given ?? first.text, givenSurface: first.text, surname: last, span: { start: first.start, end: last.end } });
      i = run.indexOf(last);
    }
  }
  return out;
}

// The shape of a Russian, Ukrainian or Belarusian surname in any script the press writes it in (Chalilov, Tarasovs,
// Savchenko, Ковальчук, Zujewa): with a capitalised first word that is no ordinary word, a pair so ending is a person
// whose given name the list lacks ("Mannen, Artur Chalilov, har…").
const SLAVIC_SURNAME =
  /(?:[^aeiouy](?:ov|ev|ow|ew|jov|yov|jow)(?:a|as|s|u|ym|em|ą|ou|ová|ova|ova)?|enko|chuk|czuk|tšuk|ščuk|(?:sk|ck|tsk)(?:iy|ij|yi|y|i|ii)|ov[aá]|ev[aá]|ович|евич|(?:ов|ев|ёв|єв)(?:а|у|ым|ой)?|енко|чук|ськ(?:ий|а)|ск(?:ий|ая|ого))$/u;

function slavicPair(ctx: Context, first: Token, last: Token): boolean {
  // Polish "-ów" is a genitive plural ("do Spraw Cudzoziemców"); the Polish spelling of a Russian surname is "-ow".
  if (!SLAVIC_SURNAME.test(fold(last.text)) || last.text.length < 5 || /ów$/u.test(last.text)) return false;
  return !commonWord(ctx, first) && !blocked(ctx, first) && !fieldWord(ctx, first) && !germanNoun(ctx, first);
}

/** Surname keys of capitalised words that stand alone (no capitalised neighbour) at least once, mid-sentence or not. */
function standaloneKeys(ctx: Context, tokens: Token[]): Set<string> {
  const keys = new Set<string>();
  for (const run of runs(ctx.text, tokens)) if (run.length === 1 && !blocked(ctx, run[0])) keys.add(keyOf(ctx, run[0].text));
  return keys;
}

// German capitalises nouns ("Putins Truppen … Truppen"): its noun endings are no surname's.
const GERMAN_NOUN = /(?:en|ung|heit|keit|schaft|tion|ität|ei|nis|tum|chen|lein|ismus)$/u;

// German determiners and possessives in lower case: a capitalised word right after one is a noun ("die Schwester",
// "zur Schwester", "seine Schwester"), not a surname.
const GERMAN_DETERMINER =
  /(?<![\p{L}])(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|zur|zum|vom|beim|im|am|ins|kein\p{L}*|sein\p{L}*|ihr\p{L}*|mein\p{L}*|unser\p{L}*|dein\p{L}*|euer|eure\p{L}*)[ \u00a0]+$/iu;

/**
 * In German, a capitalised word with a noun ending is a noun, not a surname; so is one the text writes right after a
 * lower-case determiner ("Seine Schwester … Die Schwester weint … zur Schwester").
 */
function germanNoun(ctx: Context, t: Token): boolean {
  if (ctx.language !== 'de') return false;
  if (GERMAN_NOUN.test(fold(t.text))) return true;
  const word = t.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const m of ctx.text.matchAll(new RegExp(`(?<![\\p{L}\\p{M}])${word}(?![\\p{L}\\p{M}])`, 'gu')))
    if (GERMAN_DETERMINER.test(ctx.text.slice(Math.max(0, m.index - 12), m.index))) return true;
  return false;
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

// Languages whose given names take case endings (Игоря, Pawła, Pavelo): elsewhere "Marc" beside "Marco" is a spelling.
const DECLINING = new Set(['ru', 'uk', 'be', 'pl', 'cs', 'sk', 'sr', 'hr', 'bs', 'sl', 'lt', 'lv', 'fi', 'ka']);

/** A full name whose given name is written in an inflected form of the listed one (Игоря for Игорь, Pawła for Paweł). */
function oblique(ctx: Context, name: string): boolean {
  if (!DECLINING.has(ctx.language)) return false;
  const first = name.split(/[ \u00a0]/u)[0];
  const listed = givenName(first);
  return listed !== null && fold(listed) !== fold(first) && fold(first).startsWith(fold(listed).slice(0, 3));
}

/** Role words as listed, without a wildcard: a role word written so is in its base form (nominative). */
const ROLE_BASE = new Set(ROLE_TERMS.map((t) => fold(t.replace(/\*$/u, ''))));

/**
 * The role word before an oblique given name governs it ("Жена Игоря Валентиновича", "matka Pawła": his wife, his
 * mother) only when the role word is in its base form and nobody's: a role word in a case form agrees with the name
 * in apposition ("по словам адвоката Дмитрия Лаптева", the lawyer Dmitry Laptev), and one after a possessive is the
 * named person's own ("его адвокат Валерия Сосса", his lawyer Valeria Sossa).
 */
function governs(ctx: Context, h: { start: number; end: number }): boolean {
  if (!ROLE_BASE.has(ctx.folded.slice(h.start, h.end))) return false;
  return !POSSESSIVE_BEFORE.test(ctx.text.slice(Math.max(0, h.start - 12), h.start));
}

/**
 * A lawyer's title before the name, as written ("Me Claire Bessonneau", "mec. Agnieszka Wróbel", "Av. Mehmet Ali"):
 * the title is the role, and such a person is a source in the story.
 */
export const LAWYER_TITLE = /^(?:Me|Mᵉ|Maître|mec\.|mecenas|Av\.|Adv\.|адв\.)$/u;
const TITLE_BEFORE = /(?:^|[\s(])(Me|Mᵉ|Maître|mec\.|mecenas|Av\.|Adv\.|адв\.)[ \u00a0]+$/u;

/** A role word that is a rank in the article's own language is the rank (Spanish "era mayor de la aviación": a major). */
const rankTermsOf = new WeakMap<object, string[]>();
function rankNotRole(ctx: Context, h: { start: number; end: number }): boolean {
  let terms = rankTermsOf.get(ctx.primary.ranks);
  if (!terms) rankTermsOf.set(ctx.primary.ranks, (terms = ctx.primary.ranks.map((r) => r.term)));
  const word = ctx.folded.slice(h.start, h.end);
  return findTerms(word, terms).some((x) => x.start === 0 && x.end === word.length);
}

/** The role word next to the first full mention (before it, or in an apposition after it). */
function roleOf(ctx: Context, p: { full: Mention[] }): string | null {
  for (const m of p.full) {
    const from = Math.max(0, m.start - 60);
    const title = TITLE_BEFORE.exec(ctx.text.slice(Math.max(0, m.start - 12), m.start));
    if (title) return title[1];
    const before = findTerms(ctx.folded, ROLE_TERMS, from, m.start).filter(
      (h) => /^[\s\p{L}'’-]*,?\s*$/u.test(ctx.text.slice(h.end, m.start)) && !rankNotRole(ctx, h),
    );
    // "A lawyer for Koretsky, Claire Vasseur", "Адвокат Дмитрия Кравцова Ольга Мельник", "l'avvocato di Sokolov,
    // Marco Bianchi": the name right after the role is the client when a linking word or another name follows.
    // "Жена Игоря Валентиновича", "matka Pawła Orłowa": a given name in an oblique case after the role word is governed
    // by it (his wife, his mother), so the role is someone else's.
    if (
      before.length &&
      !isClient(ctx, before[before.length - 1].end, m) &&
      !(oblique(ctx, ctx.text.slice(m.start, m.end)) && governs(ctx, before[before.length - 1]))
    ) {
      const h = before[before.length - 1];
      return ctx.text.slice(h.start, h.end);
    }
    const tail = ctx.text.slice(m.end, m.end + 3);
    if (/^,\s/.test(tail)) {
      // "Kolesnikov, questo ha detto il suo avvocato Stefan Huber": a role word right before another name is that
      // person's, and one after a possessive ("his lawyer") is someone else's.
      const after = findTerms(ctx.folded, ROLE_TERMS, m.end, Math.min(ctx.text.length, m.end + 40)).filter(
        (h) =>
          !rankNotRole(ctx, h) &&
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
  /** Named by a cue that introduces or withholds a name ("his name is", "wie er sich nennt", "(name changed)"). */
  cued?: boolean;
}

export function findPeople(ctx: Context): Person[] {
  const tokens = capitalisedTokens(ctx.text);
  const clusters = new Map<string, Cluster>();
  const found = fullNames(ctx, tokens);
  for (const f of found) {
    if (f.rankOnly) continue;
    const key = keyOf(ctx, f.surname.text);
    const c: Cluster = clusters.get(key) ?? { given: [], givenSurfaces: [], surnames: [], full: [], mentions: [] };
    c.given.push(f.given);
    c.givenSurfaces.push(f.givenSurface);
    c.surnames.push(baseSurname(f.surname.text, ctx.language));
    c.full.push(f.span);
    c.mentions.push(f.span);
    clusters.set(key, c);
  }
  for (const f of found) {
    const key = keyOf(ctx, f.surname.text);
    if (!f.rankOnly || clusters.has(key)) continue;
    const base = baseSurname(f.surname.text, ctx.language);
    clusters.set(key, { given: [base], givenSurfaces: [base], surnames: [], full: [f.span], mentions: [f.span], givenOnly: true });
  }
  // Surname-only mentions ("Salikov said", "сказал Ершов"), outside the full mentions already counted.
  for (const t of tokens) {
    // A genitive -s without apostrophe ("Markows Anwalt", "Vasiljevs advocaat") is the same surname.
    const c = clusters.get(keyOf(ctx, t.text)) ?? (/s$/u.test(t.text) ? clusters.get(surnameKey(t.text.slice(0, -1))) : undefined);
    if (!c || c.mentions.some((m) => t.start >= m.start && t.start < m.end)) continue;
    c.mentions.push({ start: t.start, end: t.end });
    c.surnames.push(baseSurname(t.text, ctx.language));
  }
  initialNames(ctx, tokens, clusters);
  cuedNames(ctx, tokens, clusters);
  initialsCued(ctx, clusters);
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
      ...(c.cued ? { cued: true } : {}),
    };
    person.role = roleOf(ctx, person);
    people.push(person);
  }
  markClients(ctx, people);
  return people.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

const LAWYER =
  /lawyer|attorney|anwalt|anwält|адвокат|защитни|avocat|avvocat|abogad|advoca|adwokat|pełnomocni|advokát|advokat|advogad|asianajaj|jurist|ügyvéd|avukat|ადვოკატ/u;

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

// "Jewgeni L.", "Олег Д.", "Maksim K.": a given name and the initial of a surname the press keeps back.
const INITIAL = /(?<![\p{L}\p{M}])(\p{Lu}[\p{Ll}\p{M}]+)[ \u00a0](\p{Lu})\.(?![\p{L}])/gu;

const inside = (clusters: Map<string, Cluster>, at: number) =>
  [...clusters.values()].some((c) => c.mentions.some((m) => at >= m.start && at < m.end));

/** People named by a listed given name and an initial; lone mentions of that given name are theirs too. */
function initialNames(ctx: Context, tokens: Token[], clusters: Map<string, Cluster>): void {
  const made: { given: string; c: Cluster }[] = [];
  for (const m of ctx.text.matchAll(INITIAL)) {
    const given = givenName(m[1]);
    if (!given || inside(clusters, m.index) || blocked(ctx, { text: m[1], start: m.index, end: m.index + m[1].length })) continue;
    const key = `initial:${fold(given)} ${fold(m[2])}`;
    const c: Cluster = clusters.get(key) ?? { given: [], givenSurfaces: [], surnames: [], full: [], mentions: [] };
    const span = { start: m.index, end: m.index + m[0].length };
    c.given.push(given);
    c.givenSurfaces.push(m[1]);
    c.surnames.push(`${m[2]}.`);
    c.full.push(span);
    c.mentions.push(span);
    if (!clusters.has(key)) made.push({ given, c });
    clusters.set(key, c);
  }
  for (const { given, c } of made)
    for (const t of tokens) if (givenName(t.text) === given && !inside(clusters, t.start)) c.mentions.push({ start: t.start, end: t.end });
}

/**
 * Naming cues, folded (terms of ./terms.ts): before the name ("his name is", «зовут», «казва се», "se zove", "chama-se",
 * "heter", "nimeltään", "vārdā", "nevű", "namens", "s'appelle", "se llama", "si chiama", "nazywa się", "jmenuje se",
 * "se numește", "heet", "vardu"), and after it ("wie er sich nennt", "as he calls himself", "(name changed)", «имя
 * изменено», "który prosi, by nie podawać jego nazwiska", "adlı", "ჰქვია").
 */
const CUE_BEFORE = [
  'his name is',
  'he is called',
  'named',
  'calls himself',
  'asked to be called',
  'wants to be called',
  'introduced himself as',
  'его зовут',
  'зовут',
  'по имени',
  'представился',
  'называет себя',
  'просит называть его',
  'попросил называть его',
  'його звати',
  'звати',
  "на ім'я",
  'представився',
  'називає себе',
  'просить називати його',
  'попросив називати його',
  'казва се',
  'се казва',
  'на име',
  'представи се като',
  'zove se',
  'se zove',
  'po imenu',
  'imenom',
  'predstavio se kao',
  'зове се',
  'се зове',
  'по имену',
  'именом',
  'er heißt',
  'heißt er',
  'namens',
  'nennt sich',
  'nennen wir ihn',
  'stellt sich als',
  "il s'appelle",
  "s'appelle",
  'se fait appeler',
  'prénommé',
  'appelons-le',
  'se llama',
  'llamado',
  'de nombre',
  'se hace llamar',
  'pide que lo llamen',
  'si chiama',
  'di nome',
  'si fa chiamare',
  'chiamiamolo',
  'nazywa się',
  'o imieniu',
  'przedstawia się jako',
  'nazwijmy go',
  'prosi, by nazywać go',
  'jmenuje se',
  'se jmenuje',
  'jménem',
  'říká si',
  'představil se jako',
  'se numește',
  'pe nume',
  'își spune',
  'care se prezintă drept',
  'heet',
  'genaamd',
  'noemt zich',
  'noemen we hem',
  'vardu',
  'vadinasi',
  'prisistato',
  'chama-se',
  'se chama',
  'de nome',
  'chamado',
  'pediu para ser chamado',
  'heter',
  'kallar sig',
  'vill kallas',
  'nimeltään',
  'hänen nimensä on',
  'kutsuu itseään',
  'vārdā',
  'viņu sauc',
  'sauc par',
  'sevi dēvē par',
  'nevű',
  'a neve',
  'nevezi magát',
  'nevezzük',
  'adıyla',
  'ismiyle',
  'სახელად',
  // What he asks to be called, or was called in his unit ("call me Zujew", «меня звали Лесник»): the name the article
  // knows him by.
  'call me',
  'they called me',
  'everyone called me',
  'зовите меня',
  'называйте меня',
  'меня звали',
  'меня называли',
  'звали меня',
  'називайте мене',
  'мене звали',
  'мене називали',
  'mówcie mi',
  'mów mi',
  'nazywajcie mnie',
  'nazywali mnie',
  'wołali na mnie',
  'mówili na mnie',
  'říkejte mi',
  'říkali mi',
  'mi říkali',
  'mi říkají',
  'říkají mi',
  'mnie nazywali',
  'na mnie wołali',
  'nennt mich',
  'nennen sie mich',
  'nannten mich',
  'nannte man mich',
  'appelez-moi',
  "on m'appelait",
  "m'appelaient",
  'llámame',
  'llámenme',
  'me llamaban',
  'chiamatemi',
  'chiamami',
  'mi chiamavano',
  'chamem-me',
  'me chamem',
  'me chamavam',
  'noem me',
  'noem mij',
  'noemden me',
  'noemden mij',
  'kalla mig',
  'kallade mig',
  'kutsukaa minua',
  'minua kutsuttiin',
  'sauciet mani',
  'mani sauca',
  'vadinkite mane',
  'mane vadino',
  'hívjatok',
  'hívjanak',
  'szólítsanak',
  'spuneți-mi',
  'mi se spunea',
  'zovite me',
  'zvali su me',
  'зовите ме',
  'звали су ме',
  'наричайте ме',
  'викайте ми',
  'наричаха ме',
  'викаха ми',
  // The name the article gives him, or the one he gave ("let's call him Bair", "who gave his name only as Bair").
  'gave his name as',
  'gave his name only as',
  'gave only his first name,',
  'identified only as',
  "let's call him",
  'we will call him',
  'we are calling him',
  'назовём его',
  'назовем его',
  'будем называть его',
  'назвемо його',
  'називатимемо його',
  'wir nennen ihn',
  'nous l’appellerons',
  "nous l'appellerons",
  'lo llamaremos',
  'llamémosle',
  'lo chiameremo',
  'vamos chamá-lo de',
  'we noemen hem',
  'vi kallar honom',
  'říkejme mu',
  'budeme mu říkat',
  'będziemy go nazywać',
  'да го наречем',
  'ще го наричаме',
  'nazovimo ga',
  'zvaćemo ga',
  'назовимо га',
  'hívjuk',
  'kutsumme häntä',
  'sauksim viņu',
  'vadinkime jį',
  'să-i spunem',
];
const CUE_AFTER = [
  'as he calls himself',
  'as he asked to be called',
  'not his real name',
  'name changed',
  'whose name has been changed',
  'who asked not to be named',
  'who asked that his surname',
  'who did not want his surname',
  'who asked to be identified',
  'как он себя называет',
  'имя изменено',
  'фамилию он просил не',
  'попросил не называть',
  'як він себе називає',
  "ім'я змінено",
  'прізвище він просив не',
  'попросив не називати',
  'както се представя',
  'името е променено',
  'kako sebe naziva',
  'ime je promenjeno',
  'ime je promijenjeno',
  'ime promenjeno',
  'wie er sich nennt',
  'wie er genannt werden will',
  'name geändert',
  'dessen nachname',
  'der seinen nachnamen',
  'comme il se fait appeler',
  'nom modifié',
  'prénom modifié',
  "qui a requis l'anonymat",
  'como se hace llamar',
  'nombre cambiado',
  'nombre ficticio',
  'que pide no dar su apellido',
  'come si fa chiamare',
  'nome cambiato',
  'nome di fantasia',
  'che chiede di non',
  'jak sam siebie nazywa',
  'imię zmienione',
  'który prosi, by nie podawać',
  'który prosi o niepodawanie',
  'nazwisko do wiadomości redakcji',
  'jak si říká',
  'jméno změněno',
  'který nechce zveřejnit',
  'cum își spune',
  'nume schimbat',
  'care a cerut să nu',
  'zoals hij zich noemt',
  'naam gewijzigd',
  'die niet met zijn achternaam',
  'kaip jis save vadina',
  'vardas pakeistas',
  'como se chama a si mesmo',
  'nome alterado',
  'nome fictício',
  'que pediu para não',
  'som han kallar sig',
  'namnet ändrat',
  'som inte vill ha sitt efternamn',
  'kuten hän itseään kutsuu',
  'nimi muutettu',
  'kā viņš sevi sauc',
  'vārds mainīts',
  'ahogy magát nevezi',
  'a név megváltoztatva',
  'neve megváltoztatva',
  'adlı',
  'isimli',
  'ismi değiştirildi',
  'olarak tanıtan',
  'ჰქვია',
  'სახელი შეცვლილია',
];
const NAME_AFTER_CUE = /^[\s:,–—-]*(\p{Lu}[\p{Ll}\p{M}]+(?:[ \u00a0](?:\p{Lu}[\p{Ll}\p{M}]+|\p{Lu}\.))?)/u;
const NAME_BEFORE_CUE = /(\p{Lu}[\p{Ll}\p{M}]+(?:[ \u00a0](?:\p{Lu}[\p{Ll}\p{M}]+|\p{Lu}\.))?)[\s,(–—-]*$/u;

/**
 * The word for a surname, folded, in the vocabularies' languages: "known by his surname, Baranov", "lo chiamano per
 * cognome: Sadykov", "met zijn achternaam, Baranov", «по фамилии Петров».
 */
const SURNAME = [
  'surname',
  'last name',
  'family name',
  'nachname*',
  'familienname*',
  'фамили*',
  'прізвищ*',
  'nom de famille',
  'patronyme',
  'apellido',
  'cognome',
  'nazwisk*',
  'příjmení*',
  'nume de familie',
  'numele de familie',
  'achternaam',
  'familienaam',
  'pavard*',
  'sobrenome',
  'efternamn*',
  'sukunim*',
  'uzvārd*',
  'vezetékne*',
  'soyad*',
  'prezim*',
  'презим*',
  'preziva se',
  'se preziva',
  'презива се',
  'се презива',
  'გვარ*',
  // The word for a first name introduces a person named by it alone the same way ("le prénom sous lequel il accepte
  // d'apparaître : Kirill", "Vorname: Maxim").
  'first name',
  'given name',
  'prénom',
  'vorname*',
  'nombre de pila',
  'nome di battesimo',
  'primeiro nome',
  'křestní jméno',
  'voornaam',
  'förnamn*',
  'etunim*',
  'keresztnev*',
  'keresztnév*',
  'utónev*',
  'utónév*',
  'prenume*',
];

/**
 * The surname a surname word introduces: the first capitalised word after it in its sentence, within 60 characters,
 * right after a colon, comma or dash ("per cognome, come si faceva nell'esercito: Sadykov") or right after the word
 * («по фамилии Петров»).
 */
function surnameAfter(ctx: Context, at: number): [string, number] | null {
  const s = ctx.sentences.find((x) => x.start <= at && at < x.end);
  const rest = ctx.text.slice(at, Math.min(at + 60, s?.end ?? at));
  const m = /^(?:[^\p{Lu}]*?[:,–—-][\s\u00a0]*|[\s\u00a0]+)(\p{Lu}[\p{Ll}\p{M}]+)(?![\p{L}\p{M}]|[ \u00a0]\p{Lu})/u.exec(rest);
  return m ? [m[1], at + m[0].length - m[1].length] : null;
}

/** People named right after or before a naming cue, listed given name or not; every later mention of the name counts. */
function cuedNames(ctx: Context, tokens: Token[], clusters: Map<string, Cluster>): void {
  const cues = [
    ...findTerms(ctx.folded, CUE_BEFORE).map((h) => ({ h, after: true, surname: false })),
    ...findTerms(ctx.folded, CUE_AFTER).map((h) => ({ h, after: false, surname: false })),
    ...findTerms(ctx.folded, SURNAME).map((h) => ({ h, after: true, surname: true })),
  ];
  for (const { h, after, surname } of cues) {
    let name: string | undefined;
    let start = 0;
    if (surname) {
      const m = surnameAfter(ctx, h.end);
      if (m) [name, start] = m;
    } else if (after) {
      const m = NAME_AFTER_CUE.exec(ctx.text.slice(h.end, h.end + 60));
      if (m) [name, start] = [m[1], h.end + m[0].length - m[1].length];
    } else {
      const lead = ctx.text.slice(Math.max(0, h.start - 60), h.start);
      const m = NAME_BEFORE_CUE.exec(lead);
      if (m) [name, start] = [m[1], h.start - lead.length + m.index];
    }
    if (!name) continue;
    const at = start;
    // Already a person: mark it. A name after a quote's close or a verb of saying is still the one named here.
    const known = [...clusters.values()].find((c) => c.mentions.some((m) => at < m.end && m.start < at + name!.length));
    if (known) {
      known.cued = true;
      continue;
    }
    const words = name.split(/[ \u00a0]/u);
    const firstTok = { text: words[0], start: at, end: at + words[0].length };
    if (blocked(ctx, firstTok) || commonWordOnly(ctx, words[0])) continue;
    const second = words[1];
    const span = { start: at, end: at + name.length };
    const given = givenName(words[0]) ?? words[0];
    if (second && !second.endsWith('.') && !blocked(ctx, { text: second, start: 0, end: 0 })) {
      const key = keyOf(ctx, second);
      const c: Cluster = clusters.get(key) ?? { given: [], givenSurfaces: [], surnames: [], full: [], mentions: [] };
      c.given.push(given);
      c.givenSurfaces.push(words[0]);
      c.surnames.push(baseSurname(second, ctx.language));
      c.full.push(span);
      c.mentions.push(span);
      c.cued = true;
      for (const t of tokens)
        if (keyOf(ctx, t.text) === key && !c.mentions.some((m) => t.start >= m.start && t.start < m.end)) {
          c.mentions.push({ start: t.start, end: t.end });
          c.surnames.push(baseSurname(t.text, ctx.language));
        }
      clusters.set(key, c);
      continue;
    }
    // A single name (or a name and an initial): every mention of that name is his.
    const key = `cued:${fold(name)}`;
    if (clusters.has(key)) continue;
    const c: Cluster = {
      given: [given],
      givenSurfaces: [words[0]],
      surnames: second ? [second] : [],
      full: [span],
      mentions: [span],
      givenOnly: !second,
      cued: true,
    };
    const stem = keyOf(ctx, words[0]);
    for (const t of tokens)
      if (t.start !== at && keyOf(ctx, t.text) === stem && !inside(clusters, t.start)) {
        c.mentions.push({ start: t.start, end: t.end });
        // "Назовём его Баиром. Баир сбежал…": an unlisted name after a cue may stand in a case form; the shortest form
        // the text writes is its nominative.
        if (!second && givenName(words[0]) === null && t.text.length < c.given[0].length && fold(t.text).startsWith(stem.slice(0, 3)))
          c.given = [t.text];
      }
    clusters.set(key, c);
  }
}

/**
 * The word for initials, folded: "che chiede di essere indicato solo con le iniziali A.M.", "known only by his initials,
 * D.K.", «по инициалам А. С.». The press names the one it shields this way.
 */
const INITIALS_WORD = [
  'initials',
  'initialen',
  'initiales',
  'iniziali',
  'iniciales',
  'iniciais',
  'inicjał*',
  'iniciál*',
  'inițial*',
  'iniţial*',
  'initialer*',
  'nimikirjaim*',
  'iniciāļ*',
  'inicialai*',
  'инициал*',
  'ініціал*',
  'kezdőbetű*',
  'monogram*',
  'baş harf*',
  'ilk harf*',
  'inicijal*',
  'иницијал*',
  'ინიციალ*',
];
const INITIALS = /^[^.!?]{0,30}?(?<![\p{L}\p{M}])(\p{Lu}\.[ \u00a0]?\p{Lu}\.(?:[ \u00a0]?\p{Lu}\.)?)/u;

/** A person named by initials an initials word introduces; every later mention of the same initials is his. */
function initialsCued(ctx: Context, clusters: Map<string, Cluster>): void {
  for (const h of findTerms(ctx.folded, INITIALS_WORD)) {
    const m = INITIALS.exec(ctx.text.slice(h.end, h.end + 50));
    if (!m) continue;
    const name = m[1];
    const key = `initials:${fold(name)}`;
    if (clusters.has(key)) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{M}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'gu');
    const mentions = [...ctx.text.matchAll(re)].map((x) => ({ start: x.index, end: x.index + x[0].length }));
    clusters.set(key, { given: [name], givenSurfaces: [name], surnames: [], full: [mentions[0]], mentions, givenOnly: true, cued: true });
  }
}

/** A word the text also writes in lower case, or a stopword: "Tak", "Wtedy" after a cue are not names. */
function commonWordOnly(ctx: Context, word: string): boolean {
  return commonWord(ctx, { text: word, start: 0, end: 0 });
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
