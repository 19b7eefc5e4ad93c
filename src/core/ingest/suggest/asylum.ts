/**
 * Asylum statements: a sentence with an asylum word ("asylum", "Asyl", "azil", «убежище», "притулок",
 * "prieglobstis") about the subject, with its stage read from the verbs (refused > granted > pending >
 * applied > intends; an explicit negation means none) and its country from the sentence, else from the
 * destination named nearby ("…then on to the Netherlands. He now intends to seek political asylum.").
 * A defector who joined Ukraine's side and says nothing of asylum gets status none, country UA.
 */
import type { Context } from './context';
import { hits } from './context';
import type { CountryMention } from './countries';
import { describedAtStart } from './allegations';
import { mentionsIn, type Person } from './people';
import type { Sentence } from './spans';
import { isLeader, type Subject } from './subject';
import { findTerms } from './terms';
import type { Vocabulary } from './vocabulary';

export interface AsylumItem {
  status: 'intends' | 'applied' | 'granted' | 'refused' | 'pending' | 'none' | 'unclear';
  country: string | null;
  text: string;
  start: number;
  end: number;
}

const ORDER = ['none', 'refused', 'granted', 'pending', 'applied', 'intends'] as const;
/** The stages in the order a claim goes through them: a later one for the same country supersedes an earlier one. */
const LATEST: readonly AsylumItem['status'][] = ['intends', 'applied', 'pending', 'refused', 'granted'];
const DESTINATION =
  /(?:^|[\s(])(?:to|into|in|for|nach|in|în|spre|в|во|у|до|do|w|we|v|ve|na|a|in|en|naar|į|à|au|aux|en|hasta|até|till|uz|verso|fino in)\s+(?:the\s+|der\s+|die\s+|dem\s+|la\s+|le\s+|l'|republi\p{L}*\s+)?$/iu;
// Never the destination: the country he flees, and the country the war is in (unless asylum is sought there).
const HOME = new Set(['RU']);
const WAR = 'UA';

/**
 * The stage a sentence states, from the most decisive verb it contains; but a plan, hope or deadline that governs
 * the verb ("plans to apply", "hofft auf Asyl", "are termen să depună cererea") is an intention, not an application.
 */
/**
 * The stage a sentence states, and whether it tells of a refusal overturned with nothing granted: "the court annulled
 * the refusal and sent the case back" (отменил отказа … върнал преписката) reopens the application, a later state
 * than the refusal, not a grant. A grant word the refusal governs ("the refusal to grant protection", «отказа … да
 * предостави закрила», "odmowa przyznania") is what was refused, not a decision of its own.
 */
function stageOf(ctx: Context, s: Sentence): { status: AsylumItem['status']; reopened: boolean } {
  const refusals = hits(ctx, (v: Vocabulary) => v.asylum.refused, s.start, s.end);
  const undone = (h: { start: number; end: number }) =>
    OVERTURNED.test(ctx.folded.slice(Math.max(s.start, h.start - 25), h.start)) ||
    OVERTURNED_AFTER.test(ctx.folded.slice(h.end, Math.min(s.end, h.end + 45)));
  const overturned = refusals.some(undone);
  const plan = hits(ctx, (v: Vocabulary) => v.asylum.intends, s.start, s.end);
  const noun = hits(ctx, (v: Vocabulary) => v.asylum.noun, s.start, s.end)[0];
  // "plans to apply for asylum", "hopes for asylum": the plan stands right before the asylum word.
  const planned = noun !== undefined && plan.some((p) => p.end <= noun.start && noun.start - p.end <= 30);
  for (const status of ORDER) {
    // "he has not filed anything": a negated stage is not that stage.
    const found = hits(ctx, (v: Vocabulary) => v.asylum[status], s.start, s.end).filter(
      (h) =>
        (status === 'none' || !hits(ctx, (v) => v.negation, Math.max(s.start, h.start - 12), h.start).length) &&
        !(status === 'refused' && undone(h)) &&
        !(status === 'granted' && requested(ctx, s, h)) &&
        !(
          status === 'granted' &&
          refusals.some((r) => r.end <= h.start && h.start - r.end <= 60 && refusalGoverns(ctx.folded.slice(r.end, h.start)))
        ),
    );
    if (!found.length) continue;
    // "Asyl beantragen will er": a plan right after the verb governs it too (verb-second word order).
    const governed = plan.some(
      (p) =>
        (p.end <= found[0].start && found[0].start - p.end <= 25) ||
        (p.start >= found[0].end && /^[\s\u00a0]+$/u.test(ctx.text.slice(found[0].end, p.start))) ||
        (p.start < found[0].end && found[0].start < p.end),
    );
    if ((status === 'applied' || status === 'pending') && (governed || planned)) return { status: 'intends', reopened: false };
    if (overturned && status !== 'granted' && status !== 'refused') return { status: 'applied', reopened: true };
    return { status, reopened: false };
  }
  return overturned ? { status: 'applied', reopened: true } : { status: 'unclear', reopened: false };
}

// "infirmant un refus de l'Ofpra", "overturning a refusal", «отменив отказ»: a refusal a court overturned is not the stage.
const OVERTURNED =
  /(?:overturn|quash|revers|set aside|infirm|annul|aufgeh|aufheb|hob|отмен|скасув|uchyl|zruš|zrus|annulla|anula|revoca|vernietig|panaikin|anulând|anuland|anulat|upphav|upphäv|megsemmisit|kumo|atcel|ponist|поништ|iptal)\p{L}*(?:\s+\p{L}+){0,2}\s*$/u;

// A clause break between a refusal and a grant word ("the refusal was overturned and he was granted asylum"): the grant
// is a decision of its own, not what was refused.
const CLAUSE_BREAK =
  /[,;:]|(?<![\p{L}])(?:and|und|et|e|y|i|и|і|ir|un|ja|es|ve|och|en|si|та|და|but|mais|aber|но|ale|ma|pero|maar|men|mutta|de|ancak|ama)(?![\p{L}])/u;
const refusalGoverns = (between: string) => !CLAUSE_BREAK.test(between);

// The annulment after the refusal, where the verb comes last ("hat die Ablehnung im Juni aufgehoben", "heeft de
// afwijzing vernietigd", "ret kararını iptal etti"), folded.
const OVERTURNED_AFTER =
  /^[^.!?;]{0,40}?(?<![\p{L}])(?:aufgehoben|aufhob|vernietigd\p{L}*|vernietigt|iptal et\p{L}*|bozdu|bozulmas\p{L}*|kumottiin|kumosi|annulled|quashed|overturned|set aside)(?![\p{L}])/u;

// "prašymą suteikti jam pabėgėlio statusą", "an application to be recognised as a refugee", "domanda per essere
// riconosciuto": a grant word right after the application word is what was asked for, not a decision.
const REQUESTED =
  /(?<![\p{L}])(?:application|request|claim|antrag|demande|wniosek|wniosku|žádost\p{L}*|cerere\p{L}*|заявлени\p{L}*|прошени\p{L}*|ходатайств\p{L}*|заяв\p{L}*|клопотанн\p{L}*|domanda|richiesta|solicitud|aanvraag|verzoek|prašym\p{L}*)(\s+(?:to|for|auf|de|d'|o|po|про|о|об|di|per|om|tot|pour|para|pentru)(?:\s+(?:be|être|essere|ser|a fi))?)?\s+$/iu;
const INFINITIVE = /(?:ti|ть|ти|ć|t)$/u;

/** The grant word at `h` is what an application asks for: "a request to grant", or an infinitive right after it. */
function requested(ctx: Context, s: Sentence, h: { start: number; end: number }): boolean {
  const m = REQUESTED.exec(ctx.text.slice(Math.max(s.start, h.start - 30), h.start));
  return m !== null && (m[1] !== undefined || INFINITIVE.test(ctx.folded.slice(h.start, h.end)));
}

/** A country that can be the destination here: not Russia, and Ukraine only when asylum is sought in Ukraine itself. */
// A country he passed through ("via Kazakhstan", «через Казахстан», "през Казахстан", "Grúzián keresztül",
// "Gürcistan üzerinden") is no destination.
const TRANSIT_BEFORE =
  /(?:^|[\s(])(?:via|through|über|durch|через|през|preko|преко|přes|przez|prin|tramite|attraverso|passando per|a través d(?:e|el)|através d[aeo]s?|genom|caur)\s+(?:the\s+|la\s+|le\s+|l'|les\s+|a\s+|o\s+)?$/iu;
const TRANSIT_AFTER = /^\S*\s+(?:keresztül|át|üzerinden|yoluyla|გავლით|kautta)(?![\p{L}])/iu;
// "par la Lettonie et l'Allemagne", "Caur Armēniju un Turciju", "через Казахстан и Турцию": a country joined by "and"
// to a transit country is passed through too.
const AND_BEFORE =
  /^[\s,]*(?:and|und|et|y|e|i|и|і|ir|un|ja|és|ve|და|och|en|și|a)\s+(?:the\s+|la\s+|le\s+|l'|a\s+|o\s+|do\s+|da\s+|del\s+|de\s+la\s+|der\s+|dem\s+|den\s+)?$/iu;

/**
 * A country he passed through: after a transit word, before a transit postposition, or joined by "and" to one. `wide`
 * also reads "par", "por", "per", "door", which in a sentence on the decision are its agent ("reconnu par la France").
 */
function transit(ctx: Context, c: CountryMention, countries: CountryMention[], from = 0, wide = false, depth = 0): boolean {
  const before = ctx.text.slice(Math.max(from, c.start - 16), c.start);
  if (TRANSIT_BEFORE.test(before) || (wide && TRANSIT.test(before))) return true;
  if (TRANSIT_AFTER.test(ctx.text.slice(c.start, Math.min(ctx.text.length, c.end + 20)))) return true;
  if (depth > 3) return false;
  const prev = countries.filter((p) => p.end <= c.start && c.start - p.end <= 12).pop();
  if (!prev || !AND_BEFORE.test(ctx.text.slice(prev.end, c.start))) return false;
  // The first of the pair says it ("через Казахстан и Турцию"), or, for a postposition, the last does
  // ("Kazahsztánon és Törökországon át").
  return transit(ctx, prev, countries, from, wide, depth + 1);
}

function destinationCandidate(ctx: Context, s: Sentence, c: CountryMention, countries: CountryMention[] = []): boolean {
  if (HOME.has(c.code)) return false;
  if (transit(ctx, c, countries, s.start)) return false;
  if (c.code !== WAR) return true;
  const noun = hits(ctx, (v) => v.asylum.noun, s.start, s.end).find((n) => n.end <= c.start && c.start - n.end <= 12);
  return noun !== undefined && DESTINATION.test(ctx.text.slice(Math.max(s.start, c.start - 20), c.start));
}

/** Asylum authorities name the country without naming it ("the IND rejected", "BAMF", "OFPRA"). */
const AUTHORITIES: [RegExp, string][] = [
  [/\b(?:bamf|bundesamt(?:s)? für migration)/iu, 'DE'],
  [/\b(?:bfa|bundesamt(?:s)? für fremdenwesen)/iu, 'AT'],
  [/\b(?:ofpra|cnda|cour nationale du droit d'asile)/iu, 'FR'],
  [/(?:secrétariat d'état aux migrations|staatssekretariat für migration)/iu, 'CH'],
  [/\bIND\b|immigratie- en naturalisatiedienst/u, 'NL'],
  [/\b(?:cgrs|cgvs|cgra|fedasil)\b|office des étrangers|commissariat général aux réfugiés/iu, 'BE'],
  [/\bPMLP\b|pilsonības un migrācijas lietu pārvald/iu, 'LV'],
  [/menekültügyi hatóság|idegenrendészeti főigazgatóság|\bOIF\b/iu, 'HU'],
  [/göç idaresi/iu, 'TR'],
  [/държавната агенция за бежанците|\bДАБ\b/u, 'BG'],
  [/kancelarij\p{L}* za azil|канцеларија за азил/iu, 'RS'],
  [/\bmigrationsverket\b/iu, 'SE'],
  [/\bUDI\b|utlendingsdirektoratet/u, 'NO'],
  [/\bmigri\b/iu, 'FI'],
  [/urz[ąaęe]d\p{L}* do spraw cudzoziemc/iu, 'PL'],
  [/migracijos departament/iu, 'LT'],
  [/inspectoratul general pentru imigr/iu, 'RO'],
  [/\b(?:comar|comisión mexicana de ayuda a refugiados)/iu, 'MX'],
  [/immigration and refugee board|\bIRB\b/u, 'CA'],
  [/\bhome office\b/iu, 'GB'],
  [/international protection office/iu, 'IE'],
  [/commissione territoriale/iu, 'IT'],
  [/oficina de asilo y refugio/iu, 'ES'],
  [/serviço de estrangeiros|servicio de extranjeros y fronteras/iu, 'PT'],
];

function authorityCountry(text: string): string | null {
  for (const [re, code] of AUTHORITIES) if (re.test(text)) return code;
  return null;
}

/** A sentence telling of an application (or its decision) before an asylum authority, with or without the asylum word. */
export function authorityClaim(sentence: string): boolean {
  return APPLICATION.test(sentence) && authorityCountry(sentence) !== null;
}

/**
 * Statements about many people, in an article with no subject: "3,000 applications", "each application",
 * "plusieurs recours de Russes", «от граждан России», "only a few people were granted". They describe a policy,
 * not a defector's claim. Letter lookarounds, not \b, which does not see Cyrillic or accented letters.
 */
export const GENERIC = new RegExp(
  String.raw`\d[\d.,\s]{2,}\d|(?<![\p{L}])(?:` +
    [
      'each|every|many|several|hundreds|thousands|applicants|men|russians|deserters|citizens|nationals|people|persons|families|one family',
      'jede[rsn]?|viele|russen|männer|deserteure|bürger\\p{L}*|menschen|personen|antragsteller\\p{L}*|familien',
      'chaque|plusieurs|russes|hommes|déserteurs|citoyens|ressortissants|personnes|demandeurs|familles',
      'cada|varios|rusos|ciudadanos|desertores|personas|solicitantes|familias',
      'ogni|molti|russi|disertori|cittadini|persone|richiedenti|famiglie',
      'elke|veel|mannen|deserteurs|burgers|mensen|aanvragers|gezinnen|asielzoekers',
      // Desertion as a phenomenon, in the plural ("Desertions rise", "Désertions en hausse", "Dezercje w armii"): many men.
      'desertions|désertions|deserciones|diserzioni|desertionen|dezercje|dezercji|dezertări|dezertările|deserções|deserties|deserteringar|dezertálások|firarlar',
      // Asylum seekers as a group ("die Grenze bleibt für Asylsuchende geschlossen"): a policy, not one man's claim.
      'asylum seekers|asylsuchende\\p{L}*|asylbewerber\\p{L}*|asylsökande|turvapaikanhakij\\p{L}*|menedékkérő\\p{L}*|sığınmacı\\p{L}*',
      'każd\\p{L}*|wielu|dezerter(?:zy|ów|om|ami)|rosjan\\p{L}*|obywatel\\p{L}*|osób|ludzi|wnioskodawc\\p{L}*|rodzin\\p{L}*',
      'každ\\p{L}*|mnoho|rusů|dezertéři|dezertérů|občan\\p{L}*|lidí|osob|žadatel\\p{L}*|rodin\\p{L}*',
      'fiecare|mulți|ruși|dezertori|dezertorii|cetățeni\\p{L}*|persoane|solicitanți|familii',
      'kiekvien\\p{L}*|rusų|dezertyrai|dezertyrų|pilieči\\p{L}*|žmonių|asmenų|prašytoj\\p{L}*|šeim\\p{L}*',
      'кажд\\p{L}*|многи\\p{L}*|россиян\\p{L}*|мужчин|дезертир(?:ов|ы|ам)|граждан\\p{L}*|человек|людей|заявител\\p{L}*|семь(?:и|ям|ей)',
      'кожн\\p{L}*|багато|росіян\\p{L}*|чоловік\\p{L}*|громадян\\p{L}*|людей|осіб|заявник\\p{L}*|сім(?:ей|ям)',
      'vários|várias|muitos|russos|cidadãos|desertores|pessoas|requerentes|famílias',
      'varje|många|flera|ryssar|medborgare|desertörer|personer|människor|sökande|familjer',
      'jokainen|monet|useat|venäläiset|venäläisiä|kansalai\\p{L}*|karkurit|karkureita|ihmiset|ihmisiä|henkilö\\p{L}*|hakij\\p{L}*|perhe\\p{L}*',
      'katr\\p{L}*|daudzi|vairāki|krievi|pilsoņ\\p{L}*|dezertier\\p{L}*|cilvēk\\p{L}*|personas|ģimen\\p{L}*|no viņiem',
      'људи|ljudi|osoba|особа|građan\\p{L}*|грађан\\p{L}*|хора|души|граждани|ember\\p{L}*|személy\\p{L}*|kişi|insan\\p{L}*|ადამიან\\p{L}*|მოქალაქ\\p{L}*',
    ].join('|') +
    ')(?![\\p{L}])',
  'iu',
);

/** A country for the statement: in the sentence, else a destination in the paragraph, else the last named. */
function countryFor(ctx: Context, s: Sentence, countries: CountryMention[]): { code: string | null; strong: boolean } {
  const inSentence = countries.filter((c) => c.start >= s.start && c.end <= s.end && destinationCandidate(ctx, s, c, countries));
  const noun = hits(ctx, (v) => v.asylum.noun, s.start, s.end)[0];
  // The destination-marked country nearest the asylum word ("fled Ukraine … has applied for asylum in Austria").
  const marked = inSentence.filter((c) => DESTINATION.test(ctx.text.slice(Math.max(s.start, c.start - 20), c.start)));
  const distance = (c: CountryMention) => (noun ? Math.abs(c.start - noun.start) : c.start - s.start);
  const dest = marked.sort((a, b) => distance(a) - distance(b))[0];
  if (dest) return { code: dest.code, strong: true };
  // Languages that say "in Lithuania" with a case ending (Lietuvoje, в Литве): the country right after the asylum word.
  const afterNoun = noun ? inSentence.filter((c) => c.start >= noun.end && c.start - noun.end <= 30) : [];
  if (afterNoun.length) return { code: afterNoun[0].code, strong: true };
  if (inSentence.length) return { code: inSentence[0].code, strong: false };
  const para = ctx.paragraphs[s.paragraph];
  const authority = authorityCountry(ctx.text.slice(s.start, s.end));
  if (authority) return { code: authority, strong: true };
  const near = countries.filter(
    (c) =>
      c.start >= para.start && c.end <= para.end && !HOME.has(c.code) && c.code !== WAR && !transit(ctx, c, countries, para.start, true),
  );
  const destinations = near.filter((c) => DESTINATION.test(ctx.text.slice(Math.max(para.start, c.start - 20), c.start)));
  const beforeIt = destinations.filter((c) => c.start < s.start);
  if (beforeIt.length) return { code: beforeIt[beforeIt.length - 1].code, strong: false };
  if (destinations.length) return { code: destinations[destinations.length - 1].code, strong: false };
  return { code: near.length ? near[near.length - 1].code : null, strong: false };
}

// "über Serbien nach Wien", "через Грузию", "par la Turquie": a country he went through is not where he stays.
const TRANSIT =
  /(?:^|[\s(])(?:via|through|across|über|durch|через|по|przez|přes|par|por|attraverso|per|prin|door|per|pro|per)\s+(?:the\s+|la\s+|le\s+|l')?$/iu;

/**
 * The article's destination when no statement names one ("claimed asylum the moment he landed" after "fled to
 * Britain"): the country the text marks as a destination ("to Britain", "in Italia"), else the one it names most,
 * never Russia, Ukraine or a country he only passed through.
 */
function destinationOf(ctx: Context, countries: CountryMention[]): string | null {
  const candidates = countries.filter((c) => !HOME.has(c.code) && c.code !== WAR && !transit(ctx, c, countries, 0, true));
  const marked = candidates.filter((c) => DESTINATION.test(ctx.text.slice(Math.max(0, c.start - 20), c.start)));
  const pool = marked.length ? marked : candidates;
  if (!pool.length) return null;
  const count = (code: string) => pool.filter((c) => c.code === code).length;
  return pool.reduce((a, b) => (count(b.code) > count(a.code) ? b : a)).code;
}

/** Whether the sentence is about the subject (names him, his alias, a pronoun, or nobody else). */
function aboutSubject(ctx: Context, s: Sentence, subject: Subject | null, people: Person[]): boolean {
  if (!subject) return true;
  if (subject.sentences.some((x) => x.start === s.start)) return true;
  const named = mentionsIn(people, s.start, s.end);
  if (named.some((m) => m.person === subject.person)) return true;
  if (s.paragraph === 0) return true;
  if (named.length) return false;
  // "He now intends…", "The deserter has applied…": nobody else named, and a pronoun or a soldier word.
  if (hits(ctx, (v) => v.pronouns, s.start, s.end).length > 0 || describedAtStart(ctx, s)) return true;
  // "Kłimow uciekł w maju. Dziś mieszka w Niemczech i złożył tam wniosek": languages that drop the pronoun. A sentence
  // naming nobody continues the paragraph's last named person, when that is him.
  const i = ctx.sentences.indexOf(s);
  for (const prev of ctx.sentences.slice(0, i).reverse()) {
    if (prev.paragraph !== s.paragraph) break;
    const before = mentionsIn(people, prev.start, prev.end).filter((m) => !isLeader(m.person));
    if (before.length) return before[before.length - 1].person === subject.person;
  }
  // "Teď sedí v Brně a žádá o azyl v Česku. Dvaadvacetiletý Artur Chabibulin vypráví…": a lede that names him only
  // after it speaks of him; the first person the paragraph names later is him.
  for (const next of ctx.sentences.slice(i + 1)) {
    if (next.paragraph !== s.paragraph) return false;
    const after = mentionsIn(people, next.start, next.end).filter((m) => !isLeader(m.person));
    if (after.length) return after[0].person === subject.person;
  }
  return false;
}

/** He joined Ukraine's side: an explicit phrase, or a defection verb followed closely by Ukraine. */
function joinedUkraine(ctx: Context, countries: CountryMention[]): Sentence | null {
  for (const s of ctx.sentences) {
    if (hits(ctx, (v) => v.joinedUkraine, s.start, s.end).length) return s;
    for (const d of hits(ctx, (v) => v.defection, s.start, s.end)) {
      if (countries.some((c) => c.code === 'UA' && c.start >= d.end && c.start - d.end <= 25)) return s;
    }
  }
  return null;
}

// The application itself, in the languages of the vocabularies: a later sentence about it continues the asylum story.
const APPLICATION =
  /(?<![\p{L}])(?:application|request|claim|appeal|antrag|asylantrag|bescheid|demande|recours|wniosek|wniosku|odwołani\p{L}*|žádost\p{L}*|odvolání|cerere\p{L}*|contestați\p{L}*|заявлени\p{L}*|прошени\p{L}*|ходатайств\p{L}*|жалоб\p{L}*|заяв\p{L}*|клопотанн\p{L}*|domanda|richiesta|ricorso|solicitud|recurso|aanvraag|verzoek|beroep|prašym\p{L}*|skund\p{L}*|ansökan|överklagande\p{L}*|hakemu\p{L}*|valitu\p{L}*|iesniegum\p{L}*|pieteikum\p{L}*|kérelm\p{L}*|kérelem|fellebbez\p{L}*|başvuru\p{L}*|itiraz\p{L}*|молба\p{L}*|искане\p{L}*|жалба\p{L}*|zahtev\p{L}*|zahtjev\p{L}*|захтев\p{L}*|žalb\p{L}*|pedido|recurso|განცხადებ\p{L}*|საჩივარ\p{L}*)(?![\p{L}])/iu;

/** "Ministerstvo vnitra jeho žádost zamítlo": a decision on the application, in the next sentences, without the asylum word. */
function followUps(ctx: Context, out: AsylumItem[], strong: Map<AsylumItem, boolean>, reopened: Set<AsylumItem>): void {
  const added: AsylumItem[] = [];
  for (const item of out) {
    const i = ctx.sentences.findIndex((s) => s.start === item.start);
    for (const s of ctx.sentences.slice(i + 1, i + 3)) {
      if (out.some((o) => o.start === s.start) || added.some((o) => o.start === s.start)) continue;
      // "Urząd do Spraw Cudzoziemców odmówił mu jej": the asylum authority's decision, the application named by a pronoun;
      // "the High Court quashed the refusal and sent the case back": a court's decision on the refusal.
      const sentence = ctx.text.slice(s.start, s.end);
      const again = stageOf(ctx, s).reopened;
      if (!again && !APPLICATION.test(sentence) && authorityCountry(sentence) === null) continue;
      const status = again
        ? 'applied'
        : (['refused', 'granted', 'pending'] as const).find((st) => hits(ctx, (v: Vocabulary) => v.asylum[st], s.start, s.end).length);
      if (!status) continue;
      const next: AsylumItem = { status, country: item.country, text: ctx.text.slice(s.start, s.end), start: s.start, end: s.end };
      strong.set(next, false);
      if (again) reopened.add(next);
      added.push(next);
    }
  }
  out.push(...added);
  out.sort((a, b) => a.start - b.start);
}

export function findAsylum(ctx: Context, subject: Subject | null, people: Person[], countries: CountryMention[]): AsylumItem[] {
  const out: AsylumItem[] = [];
  const strong = new Map<AsylumItem, boolean>();
  const reopened = new Set<AsylumItem>();
  const joined = subject ? joinedUkraine(ctx, countries) : null;
  for (const s of ctx.sentences) {
    // "hat beim Bundesamt für Migration und Flüchtlinge seinen Antrag gestellt": an application to an asylum authority.
    const sentence = ctx.text.slice(s.start, s.end);
    const toAuthority = () => authorityClaim(sentence);
    if (!hits(ctx, (v) => v.asylum.noun, s.start, s.end).length && !toAuthority()) continue;
    if (!aboutSubject(ctx, s, subject, people)) continue;
    if (!subject && GENERIC.test(ctx.text.slice(s.start, s.end))) continue;
    const { status, reopened: again } = stageOf(ctx, s);
    // With no defector named, a statement of no stage ("the border stays closed to asylum seekers") is policy.
    if (!subject && status === 'unclear') continue;
    const found = countryFor(ctx, s, countries);
    let country = found.code;
    if (status === 'none' && joined) country = 'UA';
    if (status === 'unclear' && !findTerms(ctx.folded, ['asylum seeker*'], s.start, s.end).length && country === null) continue;
    const item: AsylumItem = { status, country, text: ctx.text.slice(s.start, s.end), start: s.start, end: s.end };
    strong.set(item, found.strong || (status === 'none' && joined !== null));
    if (again) reopened.add(item);
    out.push(item);
  }
  followUps(ctx, out, strong, reopened);
  // "The application was rejected" names no country, and "crossed from Belarus and asked for protection" names the
  // wrong one: both take the country the other statements name as the destination.
  const named = out
    .filter((x) => strong.get(x))
    .map((x) => x.country)
    .filter((c): c is string => c !== null);
  const usual = named.sort((x, y) => named.filter((c) => c === y).length - named.filter((c) => c === x).length)[0];
  if (usual) for (const item of out) if (!strong.get(item)) item.country = usual;
  const anyNamed = out.map((x) => x.country).find((c) => c !== null) ?? destinationOf(ctx, countries);
  if (anyNamed) for (const item of out) item.country ??= anyNamed;
  // A statement of intent (or an unclear one) is superseded by a later stage for the same country: the headline's
  // "arrives to seek asylum" and the body's "filed an application" are one claim, now applied.
  const stage = (x: AsylumItem) => ['intends', 'unclear'].indexOf(x.status) < 0;
  const advanced = new Set(out.filter(stage).map((x) => x.country));
  for (let i = out.length - 1; i >= 0; i--)
    if (!stage(out[i]) && out[i].status !== 'none' && advanced.has(out[i].country)) out.splice(i, 1);
  // A statement whose stage is unclear ("the International Protection Office informed him") adds nothing beside one
  // whose stage is known, whatever country it guessed.
  const known = out.some((x) => x.status !== 'unclear' && x.status !== 'none');
  for (let i = out.length - 1; i >= 0; i--) if (known && out[i].status === 'unclear') out.splice(i, 1);
  // An application "still pending" is the application's own stage, not a step after it: beside "applied" for the
  // same country it adds nothing (and accepting a pending suggestion stores the stage as applied anyway).
  const appliedIn = new Set(out.filter((x) => x.status === 'applied').map((x) => x.country));
  for (let i = out.length - 1; i >= 0; i--) if (out[i].status === 'pending' && appliedIn.has(out[i].country)) out.splice(i, 1);
  // One destination, one state: the latest the article tells. A decision supersedes the application it decides
  // ("applied in 2024 … the IND rejected his application in January"), and a grant beside a refusal for the same
  // country is that refusal overturned, on appeal or decided again ("Ofpra had rejected … the CNDA granted").
  // A refusal overturned and sent back reopens the application: later than the refusal, earlier than a grant.
  const rank = (x: AsylumItem) => (reopened.has(x) ? LATEST.indexOf('refused') + 0.5 : LATEST.indexOf(x.status));
  const decided = new Map<string | null, number>();
  for (const x of out) decided.set(x.country, Math.max(decided.get(x.country) ?? -1, rank(x)));
  for (let i = out.length - 1; i >= 0; i--) {
    const at = rank(out[i]);
    if (at >= 0 && at < (decided.get(out[i].country) ?? -1) && (decided.get(out[i].country) ?? -1) >= LATEST.indexOf('refused'))
      out.splice(i, 1);
  }
  // One article states one stage once: the lede's "has applied for asylum in Lithuania" and his own "…in Lithuania,
  // where I asked for political asylum" are one step, suggested at its first statement.
  for (let i = out.length - 1; i >= 0; i--)
    if (out.slice(0, i).some((x) => x.status === out[i].status && x.country === out[i].country)) out.splice(i, 1);
  if (!out.length && joined)
    out.push({ status: 'none', country: 'UA', text: ctx.text.slice(joined.start, joined.end), start: joined.start, end: joined.end });
  return out;
}
