/**
 * Allegations: per sentence, crime acts and their victims are matched separately and combined, because the
 * category depends on both — an execution of prisoners is killing hors de combat, of civilians wilful
 * killing, of one's own deserters not a war crime as such ('other', own troops). Each allegation carries
 * candidate Rome Statute provisions (DESIGN §4, legal.md §1.7), how the article knows (first-hand when the
 * subject saw, was ordered or did it; reported when others say so) and whether it incriminates him.
 */
import type { CrimeCategory } from '../../../shared/domain';
import type { Context } from './context';
import { hits } from './context';
import { mentionsIn, surnameKey, type Person } from './people';
import type { Sentence } from './spans';
import type { Quote } from './speakers';
import type { Subject } from './subject';
import type { TermHit } from './terms';
import { MEANINGS, type CrimeTerms, type Meanings, type Vocabulary } from './vocabulary';
import { meObject, participation } from './vocabulary/participation';
import { plain } from './vocabulary/plain';
import { unworded } from './vocabulary/unworded';

export type Basis = 'first-hand' | 'reported' | 'unclear';
export type VictimStatus = 'civilian' | 'prisoner-of-war' | 'hors-de-combat' | 'own-troops' | 'unknown';

export interface Allegation {
  category: CrimeCategory;
  provisions: string[];
  text: string;
  start: number;
  end: number;
  basis: Basis;
  selfIncriminating: boolean;
  victimStatus?: VictimStatus;
}

export const PROVISIONS: Record<CrimeCategory, string[]> = {
  'wilful-killing': ['8(2)(a)(i)', '8(2)(c)(i)', '7(1)(a)'],
  'killing-hors-de-combat': ['8(2)(b)(vi)', '8(2)(a)(i)', '8(2)(c)(i)'],
  'denial-of-quarter': ['8(2)(b)(xii)', '8(2)(e)(x)'],
  'execution-without-trial': ['8(2)(c)(iv)', '8(2)(a)(vi)'],
  torture: ['8(2)(a)(ii)', '8(2)(c)(i)', '7(1)(f)'],
  'outrages-on-dignity': ['8(2)(b)(xxi)', '8(2)(c)(ii)'],
  'deportation-transfer': ['8(2)(a)(vii)', '8(2)(b)(viii)', '7(1)(d)'],
  'unlawful-confinement': ['8(2)(a)(vii)', '8(2)(a)(viii)', '7(1)(e)', '7(1)(i)'],
  'attacks-on-civilians': ['8(2)(b)(i)', '8(2)(b)(ii)', '8(2)(b)(iv)', '8(2)(b)(v)', '8(2)(b)(ix)'],
  pillage: ['8(2)(b)(xvi)', '8(2)(e)(v)'],
  'sexual-violence': ['8(2)(b)(xxii)', '8(2)(e)(vi)', '7(1)(g)'],
  'perfidy-misuse-of-uniform': ['8(2)(b)(vii)', '8(2)(b)(xi)'],
  'forced-service': ['8(2)(a)(v)', '8(2)(b)(xv)'],
  'child-soldiers': ['8(2)(b)(xxvi)', '8(2)(e)(vii)'],
  genocide: ['6(a)', '6(b)', '6(c)', '6(d)', '6(e)'],
  persecution: ['7(1)(h)'],
  aggression: ['8 bis'],
  other: [],
};

type Crimes = (v: Vocabulary) => CrimeTerms;
const C: Crimes = (v) => v.crimes;
const NO_MEANINGS = Object.fromEntries(Object.keys(MEANINGS.en).map((k) => [k, []])) as unknown as Meanings;
/** The plain-word meaning lists of a vocabulary's language (./vocabulary/meanings). */
const M = (v: Vocabulary): Meanings => MEANINGS[v.lang] ?? NO_MEANINGS;
/** The plain-act lists of a vocabulary's language (./vocabulary/plain). */
const P = (v: Vocabulary) => plain(v.lang);

type Pick = (v: Vocabulary) => string[];
// The lists of the plain-act rules, as picks made once, so their hits over the whole text are found once per text
// and each sentence only filters them (asking every sentence anew cost about a millisecond an article).
const WORK: Pick = (v) => P(v).militaryWork;
const HUMILIATION: Pick = (v) => P(v).humiliation;
const TORMENTS: Pick = (v) => [...P(v).torments, ...P(v).injuries];
const HELD: Pick = (v) => [
  ...M(v).interrogation,
  ...M(v).detainees,
  ...M(v).holding,
  ...P(v).places,
  ...C(v).victims.pow,
  ...C(v).confinement,
];
const PLACES: Pick = (v) => P(v).places;
const BROUGHT: Pick = (v) => [...P(v).brought, ...participation(v.lang).custody];
const HOLDING: Pick = (v) => M(v).holding;
const DETAINEES: Pick = (v) => M(v).detainees;
const SCREENING: Pick = (v) => P(v).screening;
const SCREENED_THERE: Pick = (v) => [...M(v).people, ...C(v).victims.civilian, ...M(v).detainees, ...M(v).holding, ...P(v).places];
const NOT_NEEDED: Pick = (v) => P(v).notNeeded;
const SHOT_AT: Pick = (v) => P(v).shotAt;
const ATTACK: Pick = (v) => [...C(v).attack, ...P(v).targeting];
const OBJECTS: Pick = (v) => [...M(v).civilianObjects, ...P(v).places];
const MINORS: Pick = (v) => P(v).minors;

const textHits = new WeakMap<Context, Map<Pick, TermHit[]>>();

/** Hits of a list made once (above) inside [from, to): the whole text is scanned once per list and text. */
function within(ctx: Context, pick: Pick, from: number, to: number): TermHit[] {
  let byPick = textHits.get(ctx);
  if (!byPick) textHits.set(ctx, (byPick = new Map()));
  let all = byPick.get(pick);
  if (!all) byPick.set(pick, (all = hits(ctx, pick)));
  return all.length ? all.filter((h) => h.start >= from && h.end <= to) : all;
}

interface Found {
  category: CrimeCategory;
  at: number;
  victim?: VictimStatus;
  extra?: string[];
  /** An attack found only by its aim at civilians as persons (no civilian object): a shot that may be a killing told again. */
  atPersons?: boolean;
  /** Its target named only in a sentence before ("…, there are people. We fired there"): the sentence names no victim of its own. */
  borrowed?: boolean;
}

/** Which victims the sentence names. */
function victimsIn(ctx: Context, s: Sentence) {
  const v = (pick: (t: CrimeTerms['victims']) => string[]) => hits(ctx, (x) => pick(C(x).victims), s.start, s.end);
  const m = (pick: (t: Meanings) => string[]) => hits(ctx, (x) => pick(M(x)), s.start, s.end);
  return {
    civilian: v((t) => t.civilian),
    // "sentenced a Russian prisoner of war for the murder of a resident": the prisoner on trial is the doer, not the victim.
    // "prisoner swap talks", "обмен пленными": prisoners to be exchanged are no victims of the sentence's act.
    pow: v((t) => t.pow).filter(
      (h) =>
        !TRIED.test(ctx.folded.slice(Math.max(s.start, h.start - 40), h.start)) &&
        !EXCHANGE.test(ctx.folded.slice(Math.max(s.start, h.start - 25), Math.min(s.end, h.end + 25))),
    ),
    /** People as a group (moved, not killed), civilian objects (aimed at), detainees and interrogations (ill-treated). */
    people: m((t) => t.people),
    civilianObjects: m((t) => t.civilianObjects),
    detainees: m((t) => [...t.detainees, ...t.interrogation]),
    // "killed or wounded about 1,100 troops", "wounded 500": a count after it makes it the verb of a battle report.
    horsDeCombat: v((t) => t.horsDeCombat).filter((h) => !COUNTED.test(ctx.folded.slice(h.end, Math.min(s.end, h.end + 16)))),
    own: v((t) => t.ownTroops),
    commanders: v((t) => t.commanders),
    children: v((t) => t.children),
  };
}

// Prisoner exchanges and swaps, in the vocabularies' languages (folded).
const EXCHANGE =
  /swap|exchang|обмен|обмін|размян|austausch|ausgetausch|echange|scambi|intercambi|canje|wymian|wymien|vymen|vymĕn|ruil|uitwissel|mainai|mainu|schimb|troca|trocad|utbyt|vaihd|vaihto|apmain|csere|kicserel|takas|razmen|размен|გაცვლ/u;

// An age under fifteen in digits, as an age ("14-year-old", "14-летний", "14 anni", "(13)" not: brackets carry adults'
// ages too); "12 years in the army" is a length of time. Folded text.
const MINOR_AGE =
  /(?<![\d.,])1[0-4](?:-year-old|[\s-]*(?:летн|річн|годишн|jahrig|letn|lety|leti|metis|metu|vuotia|gadig|eves|yasinda|godisnj|godišnj|წლის)|\s+(?:anni|anos|años|ans|ani|ar|år|jaar|лет|років|години|godina))/u;

/** Someone under fifteen named in [from, to): an age in digits, or in words (./vocabulary/plain `minors`). */
function minorsIn(ctx: Context, from: number, to: number): boolean {
  return MINOR_AGE.test(ctx.folded.slice(from, to)) || within(ctx, MINORS, from, to).length > 0;
}

// Death words, in the vocabularies' languages (folded): someone died, not someone killed him.
const DIED = /^(?:died|dies|zgin|погиб|загин|zuvo|muri|gestorben|starb|omgekomen|overleden|zemrel|zahynul|decedat)/u;

const COUNTED = /^\s+(?:about\s+|some\s+|more than\s+|over\s+|около\s+|понад\s+|rund\s+|etwa\s+|environ\s+|circa\s+|unos\s+|ponad\s+)?\d/u;

// Trial words right before a prisoner make him the defendant: "приговорил российского военнопленного", "convicted a captured".
const TRIED =
  /(?:sentenc|convict|tried|charged|приговор|осуди|осужд|обвиня|засуд|вирок|обвинува|verurteil|angeklagt|condamn|inculp|condann|imputat|conden|acusa|skaza|oskarż|oskarz|odsoud|obžal|obzal|veroordeel|nuteis|kaltin)[\p{L}]*(?:\s+[\p{L}-]+){0,2}\s*$/u;

// The "unarmed" family of hors-de-combat words, in the vocabularies' languages (folded).
const UNARMED = /unarm|unbewaff|wehrlos|ozbroj|desarm|sans arme|disarm|ginkluot|ongewap|bezbron|uzbroj|inarma|безоруж|беззброй/u;

// A man, woman or person (not a soldier), in the vocabularies' languages (folded).
const PERSON =
  /(?<![\p{L}])(?:m[ae]n|wom[ae]n|person|people|mann|männer|frau|frauen|homme|hommes|femme|femmes|uomo|uomini|donna|donne|hombre|hombres|mujer|mujeres|mezczyzn\p{L}*|kobiet\p{L}*|muz\p{L}*|zen\p{L}*|vrouw\p{L}*|barbat\p{L}*|femei\p{L}*|vyr\p{L}*|moter\p{L}*|мужчин\p{L}*|женщин\p{L}*|чоловік\p{L}*|жінк\p{L}*)(?![\p{L}])/u;

/** Only "unarmed" marks the victim, and the victim is a man or woman, not someone who surrendered or a prisoner. */
function unarmedPerson(ctx: Context, s: Sentence, victims: ReturnType<typeof victimsIn>): boolean {
  if (victims.pow.length || !victims.horsDeCombat.length) return false;
  if (!victims.horsDeCombat.every((h) => UNARMED.test(ctx.folded.slice(h.start, h.end)))) return false;
  return victims.horsDeCombat.some((h) => PERSON.test(ctx.folded.slice(Math.max(s.start, h.start - 25), Math.min(s.end, h.end + 25))));
}

/**
 * "Two Ukrainians came out with their hands up. We shot them by the fence": a short sentence whose act falls on
 * "them" takes its victims from the sentence before in the paragraph, when that one names victims and no act.
 */
function victimsBefore(ctx: Context, s: Sentence, victims: ReturnType<typeof victimsIn>, acts: TermHit[]): ReturnType<typeof victimsIn> {
  if (victims.pow.length || victims.horsDeCombat.length || victims.civilian.length) return victims;
  const words = ctx.text
    .slice(s.start, s.end)
    .split(/\s+/u)
    .filter((w) => /\p{L}/u.test(w)).length;
  if (words > 12) return victims;
  const them = hits(ctx, (v) => participation(v.lang).them, s.start, s.end);
  // The object pronoun near the act, or written onto it ("rematarlos", "ucciderli"); a killing told by its outcome
  // ("After the grenade nobody came out") speaks of those just named without a pronoun.
  const outcome = hits(ctx, (v) => unworded(v.lang).outcome, s.start, s.end);
  // Hungarian, Finnish, Turkish and Georgian leave the object to the verb ("Az őrmester kétszer belelőtt"): in a
  // sentence of a few words, the act falls on those just spoken of.
  // "Am tras. Toți am tras", "We fired.": a bare act of a few words, with no object at all, falls on them too.
  const onThem =
    acts.length > 0 &&
    ((DROPS_OBJECT.has(ctx.language) && words <= 6) ||
      words <= BARE_WORDS ||
      acts.some(
        (a) =>
          them.some((t) => Math.abs(t.start - a.start) <= 25) ||
          /(?:los|las|les|li|le|gli|ich|je)$/u.test(ctx.folded.slice(a.start, a.end)) ||
          outcome.some((o) => o.start === a.start),
      ));
  if (!onThem) return victims;
  // The victims named in the nearest of the three sentences before it in the paragraph, when no act comes between
  // ("…threw down his rifle and came out with his hands up. «He stopped. He knelt. The sergeant shot him twice»").
  const i = ctx.sentences.indexOf(s);
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const prev = ctx.sentences[k];
    if (prev.paragraph !== s.paragraph) return victims;
    if (hits(ctx, (v) => [...C(v).kill, ...C(v).murder, ...C(v).attack, ...C(v).beat], prev.start, prev.end).length) return victims;
    const before = victimsIn(ctx, prev);
    if (before.pow.length || before.horsDeCombat.length || before.civilian.length)
      return { ...victims, pow: before.pow, horsDeCombat: before.horsDeCombat, civilian: before.civilian };
  }
  return victims;
}

const DROPS_OBJECT = new Set(['hu', 'fi', 'tr', 'ka']);
/** A sentence of this many words or fewer that tells an act names nothing but the act ("We fired.", "Toți am tras"). */
const BARE_WORDS = 4;
const VERB_FINAL = new Set(['tr', 'ka']);

/** Killing: the victim decides between hors de combat, wilful killing and violence against own troops. */
function killings(ctx: Context, s: Sentence, named: ReturnType<typeof victimsIn>, out: Found[]): void {
  // A bare firing ("Am tras.", "We fired.") after those who surrendered were named fires at them.
  const bareFiring = wordCount(ctx, s) <= BARE_WORDS ? hits(ctx, (v) => C(v).attack, s.start, s.end) : [];
  const victims = victimsBefore(ctx, s, named, [
    ...hits(ctx, (v) => [...C(v).kill, ...C(v).murder, ...unworded(v.lang).outcome], s.start, s.end),
    ...within(ctx, SHOT_AT, s.start, s.end),
    ...bareFiring,
  ]);
  const murder = hits(ctx, (v) => C(v).murder, s.start, s.end);
  // Shooting at people who surrendered or were captured is killing them hors de combat ("стреляли по пленным").
  // The prisoners must be the object, after the verb: "a tank commander captured in April opened fire on a man" is not.
  const captives = [...victims.pow, ...victims.horsDeCombat];
  // «По тем, кто выходил с поднятыми руками, мы открывали огонь»: those shown hors de combat (not "captured", which
  // can be the shooter's own story) may also come first, as the fronted object.
  const fromBefore = victims !== named && (victims.pow.length > 0 || victims.horsDeCombat.length > 0);
  const shotAtPrisoners = hits(ctx, (v) => C(v).attack, s.start, s.end).filter(
    (a) =>
      captives.some((c) => c.start >= a.end && c.start - a.end <= 60) ||
      victims.horsDeCombat.some((c) => c.end <= a.start && a.start - c.end <= 60) ||
      (fromBefore && bareFiring.some((b) => b.start === a.start)),
  );
  // "leave no one alive … not even those who raised their hands": leaving nobody alive kills those hors de combat.
  const outcome = hits(ctx, (v) => unworded(v.lang).outcome, s.start, s.end);
  // "shot him in the back", «выстрелил ему в спину»: a shot at a body is a killing word like any other.
  const shotAt = within(ctx, SHOT_AT, s.start, s.end);
  const kill = [...hits(ctx, (v) => C(v).kill, s.start, s.end), ...outcome, ...shotAt, ...shotAtPrisoners, ...noSurvivors(ctx, s)].sort(
    (a, b) => a.start - b.start,
  );
  const acts = [...murder, ...kill];
  if (!acts.length) return;
  // "Nine people died and more than forty were wounded": deaths and wounded counted in a battle or strike report are
  // casualties, not the wounded killed. Only a death word (no one made to die) and the wounded as the only victims.
  const actWords = [...murder, ...hits(ctx, (v) => C(v).kill, s.start, s.end)];
  const deathsOnly = actWords.length > 0 && actWords.every((a) => DIED.test(ctx.folded.slice(a.start, a.end)));
  if (deathsOnly && !victims.pow.length && !victims.civilian.length) return;
  const at = acts[0].start;
  const extrajudicial = /extrajudic|extrajudiciar|summary|внесудеб|позасудов|sommari|sumari|standrecht/u.test(
    ctx.folded.slice(s.start, s.end),
  );
  const extra = extrajudicial ? ['8(2)(c)(iv)'] : undefined;
  if (victims.own.length && !victims.pow.length && !victims.horsDeCombat.length && !victims.civilian.length)
    out.push({ category: 'other', at, victim: 'own-troops' });
  // "A ballistic missile struck a residential building, killing five people": civilians killed by a munition are the
  // outcome of an attack on civilians, not a wilful killing (session 14).
  else if (
    victims.civilian.length &&
    !victims.pow.length &&
    !victims.horsDeCombat.length &&
    !murder.length &&
    MUNITION.test(ctx.folded.slice(s.start, s.end))
  )
    out.push({ category: 'attacks-on-civilians', at, victim: 'civilian' });
  // "an unarmed civilian": unarmed alone does not make a soldier hors de combat when the victim is a civilian; nor
  // does it make "an unarmed man" one ("a ucis un bărbat neînarmat"), unless he had surrendered or was a soldier.
  else if (
    (victims.civilian.length || unarmedPerson(ctx, s, victims)) &&
    !victims.pow.length &&
    victims.horsDeCombat.every((h) => UNARMED.test(ctx.folded.slice(h.start, h.end)))
  )
    out.push({ category: 'wilful-killing', at, victim: 'civilian', extra });
  else if (victims.pow.length || victims.horsDeCombat.length)
    out.push({ category: 'killing-hors-de-combat', at, victim: victims.pow.length ? 'prisoner-of-war' : 'hors-de-combat', extra });
  else if (victims.civilian.length) out.push({ category: 'wilful-killing', at, victim: 'civilian', extra });
  else if (murder.length) out.push({ category: 'wilful-killing', at: murder[0].start, victim: 'unknown', extra });
}

// A white cloth, flag, sheet or shirt, in the vocabularies' languages (folded): a sign of surrender.
const WHITE_SIGN =
  /(?<![\p{L}])(?:white (?:flag|cloth|sheet|rag|shirt|vest|undershirt|t-shirt|towel)|wei(?:ß|ss)\p{L}* (?:tuch|fahne|flagge|laken|hemd|unterhemd|lappen|shirt)|бел\p{L}* (?:флаг|тряпк|простын|майк|футболк|полотенц|ткан)|біл\p{L}* (?:прапор|ганчірк|простирадл|майк|футболк|рушник)|bial\p{L}* (?:flag|szmat|przescierad|koszul|podkoszul|recznik)|(?:drapeau|chiffon|drap|tissu|maillot|tee-shirt|t-shirt|linge) blanc|(?:bandera|trapo|sabana|camiseta|tela|pano) blanc|(?:bandiera|straccio|lenzuolo|maglietta|canottiera|panno) bianc|(?:bandeira|pano|lencol|camisola|camiseta) branc|bil\p{L}* (?:vlajk|hadr|prostěradl|prosteradl|tričk|trick)|witte (?:vlag|doek|laken|hemd)|vit\p{L}* (?:flagga|duk|lakan|tröja|troja|skjorta)|valkoi\p{L}* (?:lippu|liina|lakana|paita)|balt\p{L}* (?:veliav|skudur|paklod|marskinel)|balt\p{L}* (?:karog|lupat|palag|kreklu)|alb\p{L}* (?:steag|carp|cearsaf|tricou)|feher (?:zaszlo|rongy|lepedo|ing|polo)|beyaz (?:bayrak|bez|carsaf|tisort|atlet)|бял\p{L}* (?:знаме|парцал|чаршаф|потник|фланел)|bel\p{L}* (?:zastav|krp|carsav|majic|potkosulj))/u;

// The enemy taken in: they thought we were surrendering (folded).
const THOUGHT_SURRENDER =
  /(?:thought we were (?:surrendering|giving up)|dachten,? (?:dass )?wir (?:geben auf|ergeben uns|wurden uns ergeben|aufgeben)|думали,? что мы (?:сдаемся|сдаёмся|сдадимся)|думали,? що ми (?:здаємося|здамося)|mysleli,? ze sie poddajemy|croyaient que nous (?:nous )?rend|creyeron que nos rend|pensavano che ci arrendessimo|pensaram que nos rend|mysleli si,? ze se vzdavame|dachten dat we ons overgaven|trodde att vi gav upp|luulivat,? etta antaudumme|manė,? kad pasiduodame|domaja,? ka mes padodamies|credeau ca ne predam|azt hittek,? hogy megadjuk magunkat|teslim oldugumuzu sand|мислеха,? че се предаваме|mislili su da se predajemo)/u;

/**
 * A surrender feigned to draw the enemy out: his side ("we", "I") shows a white cloth in the sentence, or the sentence
 * says the enemy thought they were surrendering. Where it starts, or null. Those who surrender for real show it too
 * ("Two Ukrainians came out with a white flag and we took them prisoner"): only "we" before the sign counts.
 */
function feignedSurrender(ctx: Context, s: Sentence): number | null {
  const f = ctx.folded.slice(s.start, s.end);
  const thought = THOUGHT_SURRENDER.exec(f);
  if (thought) return s.start + thought.index;
  const white = WHITE_SIGN.exec(f);
  if (!white || negated(ctx, s.start, s.end)) return null;
  // "We tied a white sheet to a rifle", "Atamos una camiseta blanca": "we" before the sign, in its clause, shows it.
  const at = s.start + white.index;
  const [from] = clauseAt(ctx, s, at);
  const we = [...hits(ctx, (v) => v.we, from, at), ...firstPluralVerbs(ctx, from, at)];
  return we.length ? at : null;
}

// Munitions and strikes from afar, in the vocabularies' languages (folded): a missile, a shell, a bomb, a drone.
const MUNITION =
  /(?<![\p{L}])(?:missile|rocket|shell(?:s|ing|ed)?|bomb|airstrike|air strike|drone|ракет|снаряд|бомб|дрон|беспилотн|безпілотн|авиаудар|авіаудар|обстрел|обстріл|rakete|raket|drohne|granatwerfer|fliegerbombe|luftangriff|roquette|obus|frappe aerienne|misil|cohete|obus|dron|razzo|bombardament|rakiet|pocisk|bomby|dron|ostrzal|nalot|missil|foguete|bombardeament|ostrel|raketa|racheta|obuz|drona|rakett|ohjus|droon|fuze|roket|ракета|дрона|ракет|რაკეტ|დრონ|mortar|миномет|міномет|minomet|mozdzierz|morser|mortier|mortero|mortaio)/u;

/** Torture and beatings: torture words stand alone, beatings need a victim; of own troops they are 'other'. */
function illTreatment(ctx: Context, s: Sentence, named: ReturnType<typeof victimsIn>, out: Found[], listed: boolean): void {
  const torture = hits(ctx, (v) => C(v).torture, s.start, s.end);
  // «били по трубам», «Туда и били», «били по позиціях»: the Slavic verb of beating aimed at a place is firing; a
  // munition that "frappe" or "trifft" strikes (session 14).
  const struck = MUNITION.test(ctx.folded.slice(s.start, s.end)) && !named.pow.length && !named.detainees.length;
  const beat = hits(ctx, (v) => C(v).beat, s.start, s.end).filter(
    (h) =>
      !struck &&
      !/^\s+по(?![\p{L}])/u.test(ctx.folded.slice(h.end, h.end + 4)) &&
      !/(?:(?:туда|туди|сюда|сюди|там|натам)\s+(?:и\s+|і\s+|й\s+)?|(?<![\p{L}])по\s+\p{L}+\s+)$/u.test(
        ctx.folded.slice(Math.max(s.start, h.start - 24), h.start),
      ),
  );
  // "Three civilians were brought to the school. We beat them": the beaten named in the sentence before.
  const victims = victimsBefore(ctx, s, named, beat);
  // Beaten during interrogation, or beaten detainees: ill-treatment of someone held ("при допросах били", "mlátili při výsleších").
  const protectedVictim = victims.civilian.length || victims.pow.length || victims.horsDeCombat.length || victims.detainees.length;
  const shock = shocks(ctx, s) ?? torments(ctx, s);
  // Beatings count when someone is named as beaten, or when listed among other crimes ("executions, beatings and looting").
  if (!torture.length && !shock && !(beat.length && (protectedVictim || victims.own.length || listed))) return;
  const at = (torture[0] ?? shock ?? beat[0]).start;
  if (victims.own.length && !protectedVictim) out.push({ category: 'other', at, victim: 'own-troops' });
  else
    out.push({
      category: 'torture',
      at,
      victim: victims.pow.length ? 'prisoner-of-war' : victims.civilian.length ? 'civilian' : undefined,
    });
}

/**
 * "Při výsleších jim pouštěli proud do uší", «К пальцам цепляли провода»: current, shocks or wires at an
 * interrogation or on a detainee (in the sentence or the one before it in the paragraph) are torture.
 */
function shocks(ctx: Context, s: Sentence): TermHit | null {
  const shock = hits(ctx, (v) => unworded(v.lang).shocks, s.start, s.end);
  if (!shock.length) return null;
  const i = ctx.sentences.indexOf(s);
  const prev = ctx.sentences[i - 1];
  const from = prev && prev.paragraph === s.paragraph ? prev.start : s.start;
  return hits(ctx, (v) => [...M(v).interrogation, ...M(v).detainees], from, s.end).length ? shock[0] : null;
}

/**
 * "We put bags over their heads and poured water on them", «обратно приводили с разбитыми лицами»: torments and
 * injuries (./vocabulary/plain) of someone held are torture. Held: detainees, an interrogation, a place people are
 * kept or a verb of keeping, prisoners, in the sentence or the two before it in the paragraph.
 */
function torments(ctx: Context, s: Sentence): TermHit | null {
  const t = within(ctx, TORMENTS, s.start, s.end);
  if (!t.length) return null;
  const i = ctx.sentences.indexOf(s);
  let from = s.start;
  for (let k = i - 1; k >= Math.max(0, i - 2) && ctx.sentences[k].paragraph === s.paragraph; k--) from = ctx.sentences[k].start;
  const held = within(ctx, HELD, from, s.end);
  return held.length ? t[0] : null;
}

/**
 * Prisoners of war, detainees or civilians made to dig trenches, carry ammunition or walk ahead across a minefield
 * (./vocabulary/plain `militaryWork`) are compelled to serve; children so used are used in hostilities. The victims
 * may be named in the sentence before, in the paragraph ("Two boys of fourteen were with the company. We sent them
 * with the cartridges to the trenches"). His own men at the same work are no victims.
 */
function compelled(ctx: Context, s: Sentence, named: ReturnType<typeof victimsIn>, out: Found[]): void {
  const work = within(ctx, WORK, s.start, s.end);
  if (!work.length) return;
  const objects = within(ctx, OBJECTS, s.start, s.end);
  const persons = (x: ReturnType<typeof victimsIn>, from: number, to: number) => ({
    children: x.children.length > 0 || minorsIn(ctx, from, to),
    protected:
      x.pow.length > 0 ||
      x.detainees.length > 0 ||
      x.people.length > 0 ||
      x.civilian.some((h) => !objects.some((o) => o.start <= h.start && h.end <= o.end)),
  });
  let who = persons(named, s.start, s.end);
  const prev = ctx.sentences[ctx.sentences.indexOf(s) - 1];
  if (!who.children && !who.protected && prev && prev.paragraph === s.paragraph) who = persons(victimsIn(ctx, prev), prev.start, prev.end);
  if (who.children) out.push({ category: 'child-soldiers', at: work[0].start, victim: 'civilian' });
  else if (who.protected && !(named.own.length && !named.pow.length))
    out.push({ category: 'forced-service', at: work[0].start, victim: named.pow.length ? 'prisoner-of-war' : 'civilian' });
}

/**
 * Prisoners, detainees or civilians made to kneel, to sing the anthem, to crawl (./vocabulary/plain `humiliation`):
 * an outrage on their dignity. The victims may be named in the two sentences before it in the paragraph.
 */
function humiliated(ctx: Context, s: Sentence, named: ReturnType<typeof victimsIn>, out: Found[]): void {
  const h = within(ctx, HUMILIATION, s.start, s.end);
  if (!h.length) return;
  const held = (x: ReturnType<typeof victimsIn>) => x.pow.length > 0 || x.detainees.length > 0 || x.civilian.length > 0;
  let ok = held(named);
  const i = ctx.sentences.indexOf(s);
  for (let k = i - 1; !ok && k >= Math.max(0, i - 2) && ctx.sentences[k].paragraph === s.paragraph; k--)
    ok = held(victimsIn(ctx, ctx.sentences[k]));
  if (ok) out.push({ category: 'outrages-on-dignity', at: h[0].start });
}

/**
 * Detainees brought or kept in a gym, a school, a pit, a tent (./vocabulary/plain `places`), civilians kept there,
 * or people screened there (their phones gone through, tattoos looked for): unlawful confinement without the word.
 */
function heldSomewhere(ctx: Context, s: Sentence, victims: ReturnType<typeof victimsIn>): TermHit | null {
  const screen = within(ctx, SCREENING, s.start, s.end);
  if (screen.length) {
    const prev = ctx.sentences[ctx.sentences.indexOf(s) - 1];
    const from = prev && prev.paragraph === s.paragraph ? prev.start : s.start;
    const there = within(ctx, SCREENED_THERE, from, s.end);
    if (there.length) return screen[0];
  }
  const place = within(ctx, PLACES, s.start, s.end);
  if (!place.length) return null;
  const brought = within(ctx, BROUGHT, s.start, s.end);
  const kept = within(ctx, HOLDING, s.start, s.end);
  const detainees = within(ctx, DETAINEES, s.start, s.end);
  if (detainees.length && (brought.length || kept.length)) return (brought[0] ?? kept[0])!;
  const civilians = victims.civilian.filter((h) => !place.some((p) => p.start <= h.start && h.end <= p.end));
  if ((civilians.length || victims.people.length) && kept.length) return kept[0];
  return null;
}

/** Deportation: explicit words, or people (children, civilians) taken across a border. */
function deportation(ctx: Context, s: Sentence, victims: ReturnType<typeof victimsIn>, out: Found[], compelledHere: boolean): boolean {
  const explicit = hits(ctx, (v) => C(v).deportation, s.start, s.end);
  // "took the local men out to the front line to dig trenches": people taken to forced work are not deported by it.
  if (compelledHere && !explicit.length) return false;
  // People put on buses or driven to Russia or Crimea ("in Busse gesetzt, Richtung Krim") are moved, whatever the verb.
  const transport = [...hits(ctx, (v) => C(v).transport, s.start, s.end), ...hits(ctx, (v) => M(v).moving, s.start, s.end)].sort(
    (a, b) => a.start - b.start,
  );
  const people = victims.children.length || victims.civilian.length || victims.people.length;
  // "Met onze vrachtwagens werden de kinderen … naar het station gebracht. Vandaar ging de trein naar Rusland": people
  // taken somewhere, and on to Russia or Crimea in the next short sentence of the paragraph.
  if (!transport.length && people) {
    const next = ctx.sentences.find((n) => n.start >= s.end && n.paragraph === s.paragraph);
    const taken = hits(ctx, (v) => participation(v.lang).custody, s.start, s.end);
    if (taken.length && next && next.end - next.start < 120 && hits(ctx, (v) => M(v).moving, next.start, next.end).length)
      transport.push(taken[0]);
  }
  const moved = transport.length && people;
  if (!explicit.length && !moved) return false;
  out.push({ category: 'deportation-transfer', at: (explicit[0] ?? transport[0]).start, victim: 'civilian' });
  return Boolean(moved && victims.children.length);
}

/** Attacks: bombardment of civilians or civilian objects, or a phrase that says so outright. */
function attacks(ctx: Context, s: Sentence, victims: ReturnType<typeof victimsIn>, out: Found[]): void {
  const phrase = hits(ctx, (v) => C(v).attackCivilians, s.start, s.end);
  // "I entered the coordinates. The building was a children's hospital": passing on a target is the attack.
  const attack = within(ctx, ATTACK, s.start, s.end);
  // "We dropped bombs where we were shown. Nobody asked whether people live there": the target said in the next sentence.
  const next = ctx.sentences.find((n) => n.start >= s.end && n.paragraph === s.paragraph);
  const nextShort = next && next.end - next.start < 120 ? next : undefined;
  if (attack.length && nextShort && !victims.civilianObjects.length)
    victims = { ...victims, civilianObjects: hits(ctx, (v) => M(v).civilianObjects, nextShort.start, nextShort.end) };
  // «…tik gyvenamieji namai ir mokykla. „Mes šaudėme tris dienas."»: a short sentence of firing that names no target
  // fires at what the sentence before it in the paragraph named, when that one tells no act of its own.
  let borrowed = false;
  // Session 14: the nearest of the three sentences before it that names a target, when no act comes between; people
  // living there or fetching water ("Ljudi su dolazili sa kantama … On je pucao", «там люди. Туда и били») are a
  // target as much as their houses.
  // A bare act in a clause of its own counts too: «On je pucao», ispričao je … (the attribution makes the sentence long).
  // "Мы стреляли в воздух": a shot into the air is aimed at nobody.
  if (
    attack.length &&
    !victims.civilianObjects.length &&
    !victims.civilian.length &&
    (wordCount(ctx, s) <= 8 || clauseWords(ctx, s, attack[0].start) <= BARE_WORDS) &&
    !hits(ctx, (v) => M(v).intoTheAir, s.start, s.end).length
  ) {
    const i = ctx.sentences.indexOf(s);
    for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
      const prev = ctx.sentences[k];
      if (
        prev.paragraph !== s.paragraph ||
        hits(ctx, (v) => [...C(v).attack, ...C(v).attackCivilians, ...C(v).kill, ...C(v).murder], prev.start, prev.end).length
      )
        break;
      const named = [
        ...hits(ctx, (v) => M(v).civilianObjects, prev.start, prev.end),
        ...hits(ctx, (v) => [...M(v).people, ...C(v).victims.civilian, ...C(v).victims.children], prev.start, prev.end),
      ];
      if (named.length) {
        victims = { ...victims, civilianObjects: named };
        borrowed = true;
        break;
      }
    }
  }
  // "Minowaliśmy te drogi w nocy. Rano jechały nimi rodziny": mining where people go or live.
  const mining = hits(ctx, (v) => unworded(v.lang).mining, s.start, s.end);
  const where = (from: number, to: number) =>
    hits(ctx, (v) => [...M(v).people, ...M(v).civilianObjects, ...C(v).victims.civilian, ...C(v).victims.children], from, to).length > 0;
  const mined = mining.length > 0 && (where(s.start, s.end) || (nextShort !== undefined && where(nextShort.start, nextShort.end)));
  if (phrase.length) out.push({ category: 'attacks-on-civilians', at: phrase[0].start, victim: 'civilian' });
  else if (mined && !out.some((f) => f.victim === 'civilian'))
    out.push({ category: 'attacks-on-civilians', at: mining[0].start, victim: 'civilian' });
  else if (
    attack.length &&
    (victims.civilian.length || victims.children.length || victims.civilianObjects.length) &&
    !out.some((f) => f.victim === 'civilian')
  )
    out.push({
      category: 'attacks-on-civilians',
      at: attack[0].start,
      victim: 'civilian',
      atPersons: !victims.civilianObjects.length && !victims.children.length,
      borrowed,
    });
}

const CLAUSE_MARKS = [',', ';', ':', ' – ', ' — '];

/** The clause of sentence s that holds `at` (between commas, semicolons, colons or dashes), as [from, to). */
function clauseAt(ctx: Context, s: Sentence, at: number): [number, number] {
  const text = ctx.text.slice(s.start, s.end);
  const i = at - s.start;
  const from = Math.max(...CLAUSE_MARKS.map((c) => text.lastIndexOf(c, i)), -1) + 1;
  const stops = CLAUSE_MARKS.map((c) => text.indexOf(c, i)).filter((x) => x >= 0);
  return [s.start + from, s.start + (stops.length ? Math.min(...stops) : text.length)];
}

/** The words of the clause that holds `at`. */
function clauseWords(ctx: Context, s: Sentence, at: number): number {
  const [from, to] = clauseAt(ctx, s, at);
  return ctx.text
    .slice(from, to)
    .split(/\s+/u)
    .filter((w) => /\p{L}/u.test(w)).length;
}

/** A negation in the clause that holds `at`. */
function clauseNegated(ctx: Context, s: Sentence, at: number): boolean {
  const [from, to] = clauseAt(ctx, s, at);
  return negated(ctx, from, to);
}

/** The words of a sentence (tokens with a letter). */
function wordCount(ctx: Context, s: Sentence): number {
  return ctx.text
    .slice(s.start, s.end)
    .split(/\s+/u)
    .filter((w) => /\p{L}/u.test(w)).length;
}

/** Violence against one's own side (a subordinate wounding his commander): not a war crime as such. */
function ownSide(ctx: Context, s: Sentence, victims: ReturnType<typeof victimsIn>, out: Found[]): void {
  const harm = hits(ctx, (v) => C(v).harm, s.start, s.end);
  // "los heridos … fueron rematados por nuestro grupo, por orden del comandante": the wounded finished off are the
  // enemy's, not a commander harmed by his men.
  const killedHorsDeCombat = out.some((f) => f.category === 'killing-hors-de-combat');
  if (
    harm.length &&
    !killedHorsDeCombat &&
    (victims.commanders.length || victims.own.length) &&
    !victims.civilian.length &&
    !victims.pow.length
  ) {
    out.push({ category: 'other', at: harm[0].start, victim: 'own-troops' });
  }
}

/** Categories that need no victim analysis: one vocabulary list each. */
const SIMPLE: [CrimeCategory, (t: CrimeTerms) => string[]][] = [
  ['pillage', (t) => t.pillage],
  ['sexual-violence', (t) => t.sexual],
  ['perfidy-misuse-of-uniform', (t) => t.perfidy],
  ['denial-of-quarter', (t) => t.noQuarter],
  ['forced-service', (t) => t.forcedService],
  ['child-soldiers', (t) => t.childSoldiers],
  ['genocide', (t) => t.genocide],
  ['persecution', (t) => t.persecution],
  ['aggression', (t) => t.aggression],
  ['outrages-on-dignity', (t) => t.dignity],
  ['execution-without-trial', (t) => t.trialless],
];

/**
 * The act is denied in its own clause: "non ha mai sparato sui civili", "never shot at civilians", «не стрелял по
 * мирным», "nigdy nie strzelał": a negation within three words before the act word, no clause break between.
 */
function deniedAct(ctx: Context, s: Sentence, at: number): boolean {
  const from = Math.max(s.start, at - 40);
  const lead = ctx.text.slice(from, at);
  const clause = from + Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.lastIndexOf(':'), -1) + 1;
  const neg = [...hits(ctx, (v) => v.negation, clause, at), ...prefixNegations(ctx, clause, at)].sort((a, b) => a.start - b.start);
  if (!neg.length) return false;
  const between = ctx.text.slice(neg[neg.length - 1].end, at).trim();
  return between.split(/\s+/u).filter(Boolean).length <= 3;
}

// A risk, threat or fear of persecution ("rischio di persecuzione", «грозит преследование», "faces persecution")
// is the ground of an asylum claim, not an allegation that someone persecuted someone.
const RISK =
  /(?:risk|threat|danger|fear|face[sd]?|facing|gefahr|droh|bedroh|risqu|menac|craint|rischi|minacc|riesgo|amenaz|temor|risico|dreig|vrees|ryzyk|zagroż|grozi|obaw|riziko|hrozb|hroz|ohrož|pericol|amenin|risc|pavoj|grės|гроз|угроз|риск|опасн|загроз|ризик|небезпек|veszely|vaara|draud|tehlike|ემუქრ|საფრთხ)/u;

function categoriesIn(ctx: Context, s: Sentence): Found[] {
  // "take no prisoners", «не брать пленных», "leave no one alive": the denial of quarter is itself said with a negation.
  const plain = noSurvivors(ctx, s).map((h) => h.start);
  return actsIn(ctx, s).filter(
    (f) => (f.category === 'denial-of-quarter' || plain.includes(f.at) || !deniedAct(ctx, s, f.at)) && !atRisk(ctx, s, f.at),
  );
}

/**
 * "risquait des traitements inhumains en cas de retour", "riscă tortura", «ему грозят пытки», "faces torture": what he
 * risks if sent back is the ground of his claim, not an act anyone is said to have done. A risk word among the three
 * words right before the act word, in its clause.
 */
function atRisk(ctx: Context, s: Sentence, at: number): boolean {
  const from = Math.max(s.start, at - 40);
  const lead = ctx.folded.slice(from, at);
  const clause = lead.slice(Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.lastIndexOf(':'), -1) + 1);
  const words = clause.split(/[^\p{L}\p{M}'’]+/u).filter(Boolean);
  return RISK.test(words.slice(-3).join(' '));
}

/** "Leave no one alive", «пленные не нужны»: denial of quarter in plain words (./vocabulary/meanings). */
function noSurvivors(ctx: Context, s: Sentence): TermHit[] {
  return hits(ctx, (v) => M(v).noSurvivors, s.start, s.end);
}

/**
 * "We emptied the homes on that street", «Из квартир вынесли всё», "Abbiamo svuotato le case": emptying homes is
 * pillage without a crime word. Not when people are what is carried out of them ("carried the wounded out of the houses").
 */
function emptiedHomes(ctx: Context, s: Sentence, victims: ReturnType<typeof victimsIn>): TermHit | null {
  const emptied = hits(ctx, (v) => M(v).emptying, s.start, s.end);
  const homes = hits(ctx, (v) => M(v).homes, s.start, s.end);
  if (!emptied.length || !homes.length) return null;
  const isHome = (h: TermHit) => homes.some((x) => x.start <= h.start && h.end <= x.end);
  const people = [...victims.people, ...victims.civilian, ...victims.pow, ...victims.horsDeCombat, ...victims.children].filter(
    (h) => !isHome(h),
  );
  return people.length ? null : emptied[0];
}

// A relative pronoun right after a word for people makes them the doers of what follows (folded, the vocabularies' languages).
const WHO =
  /^\s*(?:\p{L}+\s+)?(?:que|who|that|qui|che|care|die|der|welche|ktorzy|ktore|kteri|ktere|которые|который|которых|котрі|який|які|kurie|som|joka|jotka|kuri|akik|ki)(?![\p{L}])/u;

// Cellars and basements (folded): where people are kept, or only where something happened ("Ze deden het in een
// kelder", "leave nobody in the basements", a grenade into each cellar).
const CELLAR = /^(?:basement|cellar|подвал|підвал|piwnic|sklep|keller|cave|cantin|sotan|subsol|kelder|rusy)/u;

/** Someone is kept there: a verb of keeping, or people, civilians, detainees, children or prisoners named. */
function heldThere(ctx: Context, s: Sentence, victims: ReturnType<typeof victimsIn>): boolean {
  if (hits(ctx, (v) => M(v).holding, s.start, s.end).length) return true;
  // Not those who surrendered: "came out of the cellar unarmed" were in it, not kept there.
  const named = [victims.civilian, victims.people, victims.detainees, victims.children, victims.pow];
  return named.some((h) => h.length > 0) || PERSON.test(ctx.folded.slice(s.start, s.end));
}

const CIVILIANS = /civil|zivil|cywil|burger|гражданск|мирн|цивіл|цивил/u;

/**
 * "Men from the village were kept in the grain store for weeks", «в гараже держали местных мужчин … по три недели»:
 * civilians or detainees kept somewhere for days or weeks is confinement without the word. The length may be told in
 * the next sentence of the paragraph. Prisoners of war alone are held lawfully (checked by the caller).
 */
function keptForLong(ctx: Context, s: Sentence, victims: ReturnType<typeof victimsIn>): TermHit | null {
  const kept = hits(ctx, (v) => M(v).holding, s.start, s.end);
  if (!kept.length) return null;
  // People, not places: "kept in hospital" names a civilian object, not who was kept.
  const civilians = victims.civilian.filter((h) => CIVILIANS.test(ctx.folded.slice(h.start, h.end)));
  const held = civilians.length || victims.people.length || victims.detainees.length || PERSON.test(ctx.folded.slice(s.start, s.end));
  if (!held) return null;
  const next = ctx.sentences.find((n) => n.start >= s.end && n.paragraph === s.paragraph);
  const to = next && next.end - next.start < 160 ? next.end : s.end;
  return hits(ctx, (v) => M(v).duration, s.start, to).length ? kept[0] : null;
}

function actsIn(ctx: Context, s: Sentence): Found[] {
  const victims = victimsIn(ctx, s);
  const out: Found[] = [];
  killings(ctx, s, victims, out);
  const pillage = hits(ctx, (v) => C(v).pillage, s.start, s.end).length > 0;
  illTreatment(ctx, s, victims, out, out.length > 0 || pillage);
  const before = out.length;
  compelled(ctx, s, victims, out);
  const childrenMoved = deportation(ctx, s, victims, out, out.length > before);
  attacks(ctx, s, victims, out);
  humiliated(ctx, s, victims, out);
  ownSide(ctx, s, victims, out);
  // "kidnapping of children … across the border" is the deportation itself, not a separate detention; holding
  // prisoners of war is lawful (what is done to them there is the crime).
  // A filtration camp is never the lawful holding of prisoners of war: it screens civilians.
  const filtration = /filtra|фильтрац|фільтрац|filtrac|filtrat/u.test(ctx.folded.slice(s.start, s.end));
  // «задержанных … держали в яме», "detainees were kept": those detained are not prisoners of war held lawfully.
  const detainee = (h: TermHit) => victims.detainees.some((d) => d.start <= h.start && h.end <= d.end);
  const prisonersOnly = victims.pow.some((h) => !detainee(h)) && !victims.civilian.length && !filtration;
  const confinement = hits(ctx, (v) => C(v).confinement, s.start, s.end).filter(
    (h) => !CELLAR.test(ctx.folded.slice(h.start, h.end)) || heldThere(ctx, s, victims),
  );
  const kept = confinement.length ? null : (keptForLong(ctx, s, victims) ?? heldSomewhere(ctx, s, victims));
  if ((confinement.length || kept) && !childrenMoved && !prisonersOnly)
    out.push({ category: 'unlawful-confinement', at: (confinement[0] ?? kept)!.start });
  // Pillage described without the word: carrying off household goods ("emptied the flats", "portavano via tutto"),
  // the goods often listed in the next sentence ("We took whatever we liked. Laptops, rings, a child's bike").
  // "pessoas civis que andavam de bicicleta, carregavam água": people who carried something are the ones carrying.
  const carriers = [...victims.people, ...victims.civilian];
  const takeAway = hits(ctx, (v) => C(v).takeAway, s.start, s.end).filter(
    (t) => !carriers.some((c) => c.end <= t.start && t.start - c.end <= 60 && WHO.test(ctx.folded.slice(c.end, t.start))),
  );
  const next = ctx.sentences.find((n) => n.start >= s.end && n.paragraph === s.paragraph);
  const goodsEnd = next && next.end - next.start < 120 ? next.end : s.end;
  if (!pillage && takeAway.length && hits(ctx, (v) => C(v).property, s.start, goodsEnd).length)
    out.push({ category: 'pillage', at: takeAway[0].start });
  else if (!pillage && !out.some((f) => f.category === 'pillage')) {
    const emptied = emptiedHomes(ctx, s, victims);
    if (emptied) out.push({ category: 'pillage', at: emptied.start });
  }
  // "Prisoners? We don't need them", «пленные нам не нужны»: prisoners not needed is quarter denied.
  const notNeeded = within(ctx, NOT_NEEDED, s.start, s.end);
  if (notNeeded.length && victims.pow.length && !out.some((f) => f.category === 'denial-of-quarter'))
    out.push({ category: 'denial-of-quarter', at: Math.min(notNeeded[0].start, victims.pow[0].start) });
  const asylumTalk = hits(ctx, (v) => v.asylum.noun, s.start, s.end).length > 0;
  // "Wir banden ein weißes Unterhemd an einen Stock", "Sie dachten, wir geben auf": his side showing a sign of
  // surrender, or the enemy taken in by it, is a surrender feigned to draw them out (session 14).
  const feigned = feignedSurrender(ctx, s);
  if (feigned !== null && !out.some((f) => f.category === 'perfidy-misuse-of-uniform'))
    out.push({ category: 'perfidy-misuse-of-uniform', at: feigned });
  for (const [category, pick] of SIMPLE) {
    const h = hits(ctx, (v) => pick(C(v)), s.start, s.end);
    if (!h.length) continue;
    // "desertion from a war of aggression is grounds for asylum", "he faces no persecution": the legal ground of a
    // claim, or a negated risk, is not an allegation.
    if (
      (category === 'aggression' || category === 'persecution') &&
      (asylumTalk ||
        // "Ten years for desertion: this is persecution", says his lawyer: his own prosecution at home is the ground
        // of his claim (session 14).
        (category === 'persecution' && hits(ctx, (v) => v.defection, s.start, s.end).length > 0) ||
        negated(ctx, Math.max(s.start, h[0].start - 20), h[0].start) ||
        RISK.test(ctx.folded.slice(Math.max(s.start, h[0].start - 40), h[0].start)) ||
        // "persekiojimo pavojus", "преследования опасность": the risk word can follow the noun.
        RISK.test(ctx.folded.slice(h[0].end, Math.min(s.end, h[0].end + 20))))
    )
      continue;
    out.push({ category, at: h[0].start });
  }
  // "Ukrainian forces shelled a hospital", said a ministry: a claim about the enemy, not an allegation against Russian forces.
  // "captured Ukrainian soldiers were tortured": a victim word right before them makes them the victims.
  const victimWords = [...victims.pow, ...victims.horsDeCombat];
  // "i due soldati ucraini feriti catturati": a victim word right after them does too.
  const enemy = hits(ctx, (v) => C(v).enemyForces, s.start, s.end).filter(
    (e) => !victimWords.some((w) => (w.end <= e.start && e.start - w.end <= 3) || (w.start >= e.end && w.start - e.end <= 3)),
  );
  // "Міноборони РФ заявило про «страту полонених»", "Russia's defence ministry says … shelled a bus station": what
  // Russia's officials claim is a claim about the enemy, whoever the sentence names as the doer.
  // When they name the doer after the act ("killed by … Ukrainian soldiers"), the seeds' reading keeps it as reported.
  const doerNamed = hits(ctx, (v) => C(v).enemyForces, s.start, s.end).length > 0;
  const claimants = hits(ctx, (v) => (doerNamed ? [] : M(v).russianClaimants), s.start, s.end).filter(
    (c) => hits(ctx, (v) => [...v.speech, ...v.report], s.start, s.end).length > 0 || c.start - s.start < 40,
  );
  // «Представитель министерства назвал произошедшее "ударом по гражданским"»: once Russia's officials have claimed
  // in the article, "the ministry" later is the same claimant.
  const ministry = MINISTRY.exec(ctx.folded.slice(s.start, s.end));
  if (!doerNamed && !claimants.length && ministry && hits(ctx, (v) => M(v).russianClaimants, 0, s.start).length)
    claimants.push({ start: s.start + ministry.index, end: s.start + ministry.index + ministry[0].length });
  const fromEnemy = [...enemy, ...claimants];
  return fromEnemy.length ? out.filter((f) => !fromEnemy.some((e) => e.start < f.at)) : out;
}

// "The ministry", "the agency" (folded), in the vocabularies' languages.
const MINISTRY =
  /(?<![\p{L}])(?:министерств|ведомств|міністерств|відомств|ministry|ministerium|ministere|ministerstw|ministerstv|ministero|ministerio|ministerie|ministerul|ministerij)\p{L}*/u;

interface BasisContext {
  subject: Subject | null;
  people: Person[];
  quotes: Quote[];
}

/** Mentions the subject by name or alias, refers to him by pronoun, or cites him ("according to him"). */
function involvesSubject(ctx: Context, s: Sentence, b: BasisContext): boolean {
  if (!b.subject) return false;
  const named = mentionsIn(b.people, s.start, s.end);
  if (named.some((m) => m.person === b.subject!.person)) return true;
  if (hits(ctx, (v) => v.ownAccount, s.start, s.end).length) return true;
  if (named.length) return false;
  if (hits(ctx, (v) => v.pronouns, s.start, s.end).length) return true;
  return describedAtStart(ctx, s);
}

/**
 * A soldier word stands for him: it opens the sentence ("Росгвардеец, бежавший в Армению, рассказал…",
 * "The deserter has applied…"), before any verb of saying: so he is its grammatical subject, not the object of
 * someone else's claim ("Ukrainian intelligence says the officer…"); or it stands right before his verb of saying
 * ("…, l'officier affirme avoir assisté…").
 */
export function describedAtStart(ctx: Context, s: Sentence): boolean {
  const soldier = hits(ctx, (v) => [...v.defection, ...v.ranks.map((r) => r.term)], s.start, s.end);
  const head = Math.min(s.end, s.start + 40);
  const word = soldier.find((w) => w.start < head);
  if (word && !hits(ctx, (v) => [...v.speech, ...v.report], s.start, word.start).length) return true;
  // "…, l'officier affirme avoir assisté…", "…, the soldier said": the soldier word right before his verb of saying.
  const verbs = hits(ctx, (v) => [...v.speech, ...v.perception], s.start, s.end);
  return soldier.some((w) => verbs.some((v) => v.start >= w.end && v.start - w.end <= 3));
}

function negated(ctx: Context, from: number, to: number): boolean {
  return hits(ctx, (v) => v.negation, from, to).length > 0 || prefixNegations(ctx, from, to).length > 0;
}

// Czech and Lithuanian write the negation into the verb ("nestříleli", "nešaudė", "nekiltų"): a verb-like word
// that starts with ne-. The endings keep out negated nouns and adjectives (nemocnice, neginkluotas, nezákonný).
const NE_VERB: Record<string, RegExp> = {
  cs: /^ne(?!j)\p{L}{2,}(?:l|la|li|lo|ly|t|ti|jí|í|ám|áme|eme|íme|ou|ete|íte)$/u,
  lt: /^ne\p{L}{2,}(?:tų|ti|o|ė|ėjo|ęs|usi|davo|ome|ote|a|iu|ame)$/u,
};
const NE_NOT = /^(?:nebo|než|neboť|nejen|nemocn|neděl|nedávno|nebezpe|netoli|neseniai|nei|nes|nelaisv|nepilnamet|nepriklaus|nepřá|nepřít)/u;

/** Negated verbs in [from, to) whose negation is their own prefix (Czech, Lithuanian). */
function prefixNegations(ctx: Context, from: number, to: number): { start: number; end: number }[] {
  const re = NE_VERB[ctx.language];
  if (!re) return [];
  const out: { start: number; end: number }[] = [];
  for (const m of ctx.text.slice(from, to).matchAll(/(?<![\p{L}\p{M}])\p{L}+/gu)) {
    const w = m[0].toLowerCase();
    if (w.startsWith('ne') && re.test(w) && !NE_NOT.test(w)) out.push({ start: from + m.index, end: from + m.index + m[0].length });
  }
  return out;
}

/** First-hand, reported or unclear, for a crime word at `at` in sentence s. */
function basisOf(ctx: Context, s: Sentence, at: number, b: BasisContext, previous: Basis | null): Basis {
  const q = b.quotes.find((x) => x.start <= at && at < x.end);
  if (q?.person && b.subject && q.person === b.subject.person) return 'first-hand';
  if (q && q.speaker) return 'reported';
  const perceives = hits(ctx, (v) => [...v.perception, ...v.ownAccount, ...v.admission], s.start, s.end).length > 0;
  const says = hits(ctx, (v) => v.speech, s.start, s.end).length > 0;
  const involved = involvesSubject(ctx, s, b);
  if (involved && (perceives || says)) return 'first-hand';
  // "По словам Ершова", "according to Salikov", "za słowami Tichonowa": a source cue naming him is his account.
  const cues = hits(ctx, (v) => v.report, s.start, s.end);
  if (b.subject && cues.some((c) => b.subject!.person.mentions.some((m) => m.start >= c.end && m.start - c.end <= 3))) return 'first-hand';
  // "Secondo il militare", "по словам военного", "according to the deserter": the cue names him by a soldier word.
  const soldier = hits(ctx, (v) => [...v.defection, ...v.ranks.map((r) => r.term)], s.start, s.end);
  if (
    b.subject &&
    cues.some((c) => soldier.some((w) => w.start >= c.end && w.start - c.end <= 12 && !/[,.;:]/.test(ctx.text.slice(c.end, w.start))))
  )
    return 'first-hand';
  if (hits(ctx, (v) => v.report, s.start, s.end).length) return 'reported';
  const others = mentionsIn(b.people, s.start, s.end).filter((m) => m.person !== b.subject?.person);
  if (b.subject && perceives && !others.length) return 'first-hand';
  return previous ?? 'unclear';
}

/** He did it himself: admits it, says "I" right before the act, or is named as the doer of the act. */
function selfIncriminating(ctx: Context, s: Sentence, at: number, b: BasisContext, category: CrimeCategory): boolean {
  if (!b.subject) return false;
  // «Нам прямо казали: полонених не брати», "we were told: no prisoners": the order quoted after a colon is the
  // declaration he heard, not his part ("we were ordered to take no prisoners" puts him among those told to do it).
  // «Comandantul a urlat: «Nu luăm prizonieri!»»: the order itself, quoted, is what he heard.
  if (category === 'denial-of-quarter' && /[:«"“„]\s*$/u.test(ctx.text.slice(Math.max(s.start, at - 3), at))) return false;
  if (category === 'denial-of-quarter') {
    const me = hits(ctx, (v) => [...v.firstPerson, ...v.we], Math.max(s.start, at - 40), at);
    if (me.length && /[:«"“„]/u.test(ctx.text.slice(me[me.length - 1].end, at))) return false;
  }
  const q = b.quotes.find((x) => x.start <= at && at < x.end);
  const inOwnQuote = q?.person === b.subject.person;
  const lead = ctx.folded.slice(Math.max(s.start, at - 30), at);
  // The act's own clause: "…, kde nikdo nebyl, a brali…" negates where nobody was, not the taking.
  if (negated(ctx, Math.max(s.start, at - 30, ctx.text.lastIndexOf(',', at - 1)), at)) return false;
  const firstPerson = hits(ctx, (v) => v.firstPerson, Math.max(s.start, at - 30), at);
  const sawIt = (from: number) => hits(ctx, (v) => v.perception, from, at).length > 0;
  // "Our battalion shelled the village. I was in hospital": a plural first person ("our", «наш», also in the list)
  // does not make it his when he says he was not there.
  const plural = (h: TermHit) => hits(ctx, (v) => v.we, h.start, Math.min(s.end, h.end + 30)).some((w) => w.start === h.start);
  const weOnly = firstPerson.every(plural) && away(ctx, s);
  if (inOwnQuote && firstPerson.length && !weOnly && !/[.!?]/.test(lead) && !sawIt(Math.max(s.start, at - 40))) return true;
  // Turkish and Georgian put the verb last and the pronoun before it, after the act's object ("Koordinatları ben
  // girdim"): in his own quote, a first person in the act's clause after the act word.
  if (inOwnQuote && VERB_FINAL.has(ctx.language)) {
    const tail = ctx.text.slice(at, Math.min(s.end, at + 50));
    const stop = tail.search(/[,;:.!?«»"“”„]/u);
    const to = at + (stop < 0 ? tail.length : stop);
    const mine = hits(ctx, (v) => v.firstPerson, at, to).filter((h) => h.start > at);
    if (mine.length && !hits(ctx, (v) => v.perception, at, to).length && !negated(ctx, at, to)) return true;
  }
  if (weTookPart(ctx, s, at, b, inOwnQuote) && !away(ctx, s)) return true;
  const involved = involvesSubject(ctx, s, b);
  const others = mentionsIn(b.people, s.start, s.end).filter((m) => m.person !== b.subject!.person);
  if ((involved || !others.length) && hits(ctx, (v) => v.admission, s.start, s.end).length && !negated(ctx, s.start, s.end)) return true;
  // "Silver „a activat dispozitive explozive”": his name directly before the act, no comma or verb of seeing between.
  const doer = b.subject.person.mentions.find(
    (m) => m.end <= at && at - m.end <= 30 && m.start >= s.start && !/[,;:]/.test(ctx.text.slice(m.end, at)),
  );
  if (doer && !hits(ctx, (v) => [...v.perception, ...v.speech, ...v.report], doer.end, at).length) return true;
  return false;
}

// Being tasked is being ordered: "A nuestro grupo le tocó ir a buscarlos", "it fell to our section", «нашему взводу
// досталось», "A szakaszunkra bízták" (session 14).
// Being ordered, or taking part, is not seeing: "we were ordered to…", "nous avons reçu l'ordre", "nous avons
// participé" put him among those who did it. Tested on the folded text of a perception hit, so written without
// diacritics: "įsakė" folds to "isake", "udział" to "udzial".
const ORDERED =
  /order|ordre|ordon|ordin|ordena|befehl|befohl|bevel|bevol|приказ|наказ|rozkaz|kazal|kazano|narid|isak|liep|told|particip|partecip|deelgenomen|meegedaan|uczestnicz|udzial|ucastn|podilel|dalyvav|участв|участи|участь|luat parte|parancs|utasit|reszt vett|emir|emret|katild|заповед|нареди|наређ|nared|ucestvov|sudjelov|ბრძან|მონაწილ|le toco|les toco|nos toco|fell to|przypadl|biztak|bizta ra|досталось|выпало|випало|zufiel|e toccato|toccato a|nous est revenu|coube/u;

/**
 * He was not there, or somewhere else, next to the act: his unit's act is not his part ("Our battalion shelled the
 * village. I was in hospital then", «Сам он на допросах не присутствовал»). Not being there counts in the act's
 * sentence and the ones either side of it in the paragraph; a place elsewhere only in those either side.
 */
function away(ctx: Context, s: Sentence): boolean {
  const p = (v: Vocabulary) => participation(v.lang);
  if (hits(ctx, (v) => p(v).notThere, s.start, s.end).length) return true;
  const i = ctx.sentences.indexOf(s);
  return [ctx.sentences[i - 1], ctx.sentences[i + 1]].some(
    (n) => n && n.paragraph === s.paragraph && hits(ctx, (v) => [...p(v).notThere, ...p(v).elsewhere], n.start, n.end).length > 0,
  );
}

/**
 * "We" as the doer after the act, in the act's own clause: a unit phrase ("fueron rematados por nuestro grupo",
 * «расстрелял наш взвод», "zastřelila naše četa") or an agent pronoun ("by us", «нами», "przez nas"). A bare
 * "us" after the act is not the doer ("in front of us"), so only these two count.
 */
function weAfterAct(ctx: Context, s: Sentence, at: number): TermHit[] {
  const tail = ctx.text.slice(at, Math.min(s.end, at + 60));
  const stop = tail.search(/[,;:.!?«»"“”„]/u);
  const to = at + (stop < 0 ? tail.length : stop);
  const unit = hits(ctx, (v) => v.we, at, to).filter((h) => h.start > at && ctx.folded.slice(h.start, h.end).includes(' '));
  return [...unit, ...hits(ctx, (v) => participation(v.lang).byUs, at, to)].sort((a, b) => a.start - b.start);
}

/**
 * First person plural ("we were told to fire", "our unit emptied the flats", «нас змушували», "ne-au ordonat să
 * tragem") before the act, in the same clause, in his own words (his quote, or a sentence reporting what he says):
 * he was there, and it incriminates him. Not when he only saw it ("we saw") or it is negated.
 */
function weTookPart(ctx: Context, s: Sentence, at: number, b: BasisContext, inOwnQuote: boolean): boolean {
  if (!b.subject) return false;
  // A quote nobody else is named as saying, in an article about him, is taken as his.
  const quote = b.quotes.find((x) => x.start <= at && at < x.end);
  const othersNamed = mentionsIn(b.people, s.start, s.end).some((m) => m.person !== b.subject!.person);
  if (quote && quote.person && quote.person !== b.subject.person) return false;
  const his = inOwnQuote || (quote !== undefined && !quote.person && !othersNamed) || involvesSubject(ctx, s, b);
  if (!his) return false;
  const clause = Math.max(s.start, at - 70);
  const lead = ctx.text.slice(clause, at);
  const stop = Math.max(lead.lastIndexOf(';'), lead.lastIndexOf('. '), lead.lastIndexOf('?'), lead.lastIndexOf('!'));
  const from = clause + stop + 1;
  // "Am luat tot din case": the first-person verb can be the act itself.
  const before = hits(ctx, (v) => v.we, from, Math.min(s.end, at + 12)).filter((h) => h.start <= at);
  const we = before.length ? before : weAfterAct(ctx, s, at);
  if (!we.length) return false;
  // A negation in a clause of its own ("Vcházeli jsme do bytů, kde nikdo nebyl, a brali…") does not deny the act.
  const first = Math.min(we[0].start, at);
  const lastComma = ctx.text.lastIndexOf(',', at);
  if (negated(ctx, lastComma > first ? lastComma : first, at)) return false;
  const seen = hits(ctx, (v) => v.perception, first, Math.max(at, we[0].end)).filter(
    (h) => !ORDERED.test(ctx.folded.slice(h.start, h.end)),
  );
  return seen.length === 0;
}

/** Whether sentence s is in the subject's own words: his quote, a quote nobody else is named as saying, or about him. */
function inHisWords(ctx: Context, s: Sentence, b: BasisContext): boolean {
  if (!b.subject) return false;
  const quote = b.quotes.find((q) => q.start <= s.start + 2 && s.start < q.end);
  if (quote?.person) return quote.person === b.subject.person;
  const othersNamed = mentionsIn(b.people, s.start, s.end).some((m) => m.person !== b.subject!.person);
  return (quote !== undefined && !othersNamed) || involvesSubject(ctx, s, b);
}

/**
 * "We fired where we were told", «Мы летали туда, куда приказывали»: in his own words, his unit did as it was
 * ordered, or did an act, without a crime word of its own. Next to an allegation of the act he was ordered to do,
 * that makes it his own part in it.
 */
function weDidAsTold(ctx: Context, s: Sentence, b: BasisContext): boolean {
  if (!inHisWords(ctx, s, b)) return false;
  // Pro-drop languages write "we" into the verb ("Los subimos al camión", "Li abbiamo caricati"): a first-person
  // plural verb is his unit's "we" as much as the pronoun.
  const we = [...hits(ctx, (v) => v.we, s.start, s.end), ...firstPluralVerbs(ctx, s.start, s.end)].sort((x, y) => x.start - y.start);
  // "Li lasciammo nel fosso, e non erano più vivi": the negation of an outcome told is no denial.
  const outcome = hits(ctx, (v) => unworded(v.lang).outcome, s.start, s.end);
  const denial = [...hits(ctx, (v) => v.negation, s.start, s.end), ...prefixNegations(ctx, s.start, s.end)].filter(
    (n) => !outcome.some((o) => o.start <= n.start && n.end <= o.end),
  );
  if (!we.length || denial.length) return false;
  // "Eu am tras în aer": a shot into the air is aimed at nobody.
  if (hits(ctx, (v) => M(v).intoTheAir, s.start, s.end).length) return false;
  const seen = hits(ctx, (v) => v.perception, we[0].start, s.end).filter((h) => !ORDERED.test(ctx.folded.slice(h.start, h.end)));
  if (seen.length) return false;
  const body = ctx.folded.slice(we[0].start, s.end);
  // "E lo abbiamo fatto", "Wir haben es getan": a short sentence of his unit doing it, right after the act.
  const words = ctx.text
    .slice(s.start, s.end)
    .split(/\s+/u)
    .filter((w) => /\p{L}/u.test(w)).length;
  const short = words <= 8;
  // "Our platoon took them there", «Наш взвод их туда и отвёл», „Mūsų būrys juos lydėjo“: his unit taking or guarding
  // the people just spoken of (an object pronoun next to its "we", a verb of custody), in a sentence about little else.
  const near = (h: TermHit) => we.some((w) => Math.abs(h.start - w.start) <= 30);
  // The clause that holds his "we" is what must be short: a list of whom they took ("Mēs viņus vedām līdz robežai,
  // vecus cilvēkus, sievietes ar bērniem") makes the sentence long, not the act.
  const onThem =
    (words <= 10 || clauseWords(ctx, s, we[0].start) <= 8) &&
    hits(ctx, (v) => participation(v.lang).them, s.start, s.end).some(near) &&
    hits(ctx, (v) => participation(v.lang).custody, s.start, s.end).some(near);
  return (
    ORDERED.test(body) ||
    hits(ctx, (v) => [...C(v).attack, ...C(v).kill, ...C(v).takeAway, ...unworded(v.lang).mining], we[0].start, s.end).length > 0 ||
    outcome.some((o) => o.start > we[0].start) ||
    (short && hits(ctx, (v) => M(v).doing, s.start, s.end).length > 0) ||
    onThem
  );
}

// Refusing, in the vocabularies' languages (folded): "I refused", «Я отказался», "Odmówiłem", "Ich weigerte mich".
const REFUSED =
  /refus|отказа|отказы|відмов|odmow|odmit|odmít|weiger|rifiut|me negu|me nego|recusei|recuse|atsisak|vagrade|vägrade|kieltaydy|kieltäydy|atteicos|megtagad|reddett|отказах|odbio|odbih|უარი/u;

/** Allegations within two sentences of a "we did as told" sentence, in the same or the next or previous paragraph, become his. */
function ownPartNearby(ctx: Context, out: Allegation[], b: BasisContext): void {
  if (!b.subject || !out.length) return;
  ctx.sentences.forEach((s, i) => {
    if (out.some((a) => a.start === s.start) || !weDidAsTold(ctx, s, b) || away(ctx, s)) return;
    // "We were told to drive them to the border. I refused": told, and in the next sentence he says he did not.
    const next = ctx.sentences[i + 1];
    if (
      next &&
      next.paragraph === s.paragraph &&
      firstPersonIn(ctx, next.start, next.end) &&
      (negated(ctx, next.start, next.end) || REFUSED.test(ctx.folded.slice(next.start, next.end)))
    )
      return;
    // Two sentences either side ("Mēs viņus vedām līdz robežai. … . Tur viņus pārņēma citi un aizveda uz Belgorodu").
    const near = ctx.sentences.slice(Math.max(0, i - 2), i + 3).filter((n) => n !== s && Math.abs(n.paragraph - s.paragraph) <= 1);
    for (const a of out) {
      const n = near.find((x) => x.start === a.start);
      if (!n || a.basis !== 'first-hand' || away(ctx, n)) continue;
      const seen = hits(ctx, (v) => v.perception, n.start, n.end).filter((h) => !ORDERED.test(ctx.folded.slice(h.start, h.end)));
      if (!seen.length) a.selfIncriminating = true;
    }
  });
}

// First person plural verb endings in the pro-drop languages (folded words): Spanish "subimos", "llevábamos",
// Italian "abbiamo", "caricammo", Portuguese "levámos", "carregávamos", Polish "wsadziliśmy", Romanian "am dus" is
// written with its auxiliary in `we`.
const PLURAL_VERB: Record<string, RegExp> = {
  es: /^\p{L}{2,}(?:amos|imos|abamos|iamos)$/u,
  it: /^\p{L}{2,}(?:iamo|avamo|evamo|ivamo|ammo|emmo|immo)$/u,
  pt: /^\p{L}{2,}(?:amos|emos|imos|avamos|iamos)$/u,
  pl: /^\p{L}{2,}(?:lismy|lysmy)$/u,
  lt: /^\p{L}{2,}(?:ome|eme)$/u,
};

/** First person plural verbs of a pro-drop language in [from, to). */
function firstPluralVerbs(ctx: Context, from: number, to: number): TermHit[] {
  const re = PLURAL_VERB[ctx.language];
  if (!re) return [];
  const out: TermHit[] = [];
  for (const m of ctx.folded.slice(from, to).matchAll(/(?<![\p{L}\p{M}])\p{L}+/gu))
    if (re.test(m[0])) out.push({ start: from + m.index, end: from + m.index + m[0].length });
  return out;
}

// Pro-drop first-person verbs, where the pronoun is seldom written: Polish "trzymałem", "strzelaliśmy", Lithuanian
// "laikiau", "saugojome", Spanish "cargábamos", Italian "tenevamo" (folded words).
const FIRST_VERB: Record<string, RegExp> = {
  pl: /^\p{L}{2,}(?:lem|lam|lismy|lysmy|ilem|ylem)$/u,
  lt: /^\p{L}{2,}(?:iau|au|ome|eme)$/u,
  es: /^\p{L}{2,}(?:amos|imos|abamos|iamos)$/u,
  it: /^\p{L}{2,}(?:iamo|avamo|evamo|ivamo|ammo|emmo|immo)$/u,
};

/** A first person in [from, to): a pronoun of the `firstPerson` or `we` lists, or a first-person verb ending. */
function firstPersonIn(ctx: Context, from: number, to: number): boolean {
  if (hits(ctx, (v) => [...v.firstPerson, ...v.we], from, to).length) return true;
  const re = FIRST_VERB[ctx.language];
  if (!re) return false;
  for (const m of ctx.folded.slice(from, to).matchAll(/(?<![\p{L}\p{M}])\p{L}+/gu)) if (re.test(m[0])) return true;
  return false;
}

// Spotting for the shooter: giving or passing him the range, the wind, the coordinates or corrections (folded; in
// the vocabularies' languages, a few words between the verb and what it gives).
const SPOTTING =
  /(?<![\p{L}])(?:(?:gave|give|passed|read|called|sent|fed)(?: \p{L}+){0,3} (?:range|distance|wind|coordinates|numbers|grid|corrections|bearing)|(?:давал|передавал|диктовал|называл|читал)\p{L}*(?: \p{L}+){0,3} (?:дистанци|дальност|ветер|поправк|координат|цифр)|(?:давав|передавав|диктував|називав|читав)\p{L}*(?: \p{L}+){0,3} (?:дистанці|відстан|вітер|поправк|координат|цифр)|(?:davao|davala|davali|javljao|diktirao|citao|давао|јављао|диктирао)(?: \p{L}+){0,3} (?:daljin|distanc|vetar|vjetar|koordinat|brojev|popravk|даљин|дистанц|ветар|координат|бројев|поправк)|(?:podawa|przekazywa|dyktowa|czyta)\p{L}*(?: \p{L}+){0,3} (?:odleglosc|dystans|wiatr|wspolrzedn|poprawk|liczb)|(?:gab|nannte|durchgab|funkte|diktierte|las)(?: \p{L}+){0,3} (?:entfernung|distanz|wind|koordinaten|zahlen|korrektur)|(?:donnais|transmettais|dictais|lisais|donnait|transmettait)(?: \p{L}+){0,3} (?:distance|vent|coordonnees|chiffres|corrections)|(?:daba|pasaba|dictaba|leia)(?: \p{L}+){0,3} (?:distancia|viento|coordenadas|numeros|correcciones)|(?:davo|passavo|dettavo|leggevo)(?: \p{L}+){0,3} (?:distanza|vento|coordinate|numeri|correzioni)|(?:dava|passava|ditava|lia)(?: \p{L}+){0,3} (?:distancia|vento|coordenadas|numeros|correcoes))/u;

const PRO_DROP = new Set(['it', 'es', 'pt', 'pl', 'cs', 'sr', 'ro', 'lt', 'bg', 'uk', 'ru']);

const KILLING = new Set<CrimeCategory>([
  'killing-hors-de-combat',
  'wilful-killing',
  'denial-of-quarter',
  'execution-without-trial',
  'attacks-on-civilians',
]);

/**
 * His own part told in a sentence apart from the act's, in his own words (issue #13, session 8):
 * - he held them at gunpoint ("Trzymałem ich na muszce, kiedy prowadzono ich za stodołę"), or did it too ("Am
 *   făcut-o și eu"): the allegations of the sentences just before, in the paragraph or the one before, are his;
 * - he had the key of the place people were kept ("Ik had de sleutel"): a confinement in that paragraph is his;
 * - his unit escorted or drove ahead of the vehicles ("Wij reden voorop", "encadrés par notre section"): so is a
 *   deportation in the sentences just before (session 10);
 * - "we" or "I" shot or killed "them", a sentence with no victim of its own ("We shot them there, all three"): a
 *   killing he tells first-hand anywhere in the article is his part.
 * Not when he only saw it, says he was not there, or the sentence is negated ("I never touched anyone").
 */
function ownPartApart(ctx: Context, out: Allegation[], b: BasisContext, borrowedAt: Set<number>): void {
  if (!b.subject || !out.length) return;
  const p = (v: Vocabulary) => participation(v.lang);
  ctx.sentences.forEach((s, i) => {
    if (!inHisWords(ctx, s, b) || away(ctx, s)) return;
    // "Eu mesmo lancei, eu não vou mentir": a negation in another clause does not deny a bare act.
    const sentenceNegated = negated(ctx, s.start, s.end);
    // "Guardavo col binocolo e gli davo la distanza": the pro-drop languages write the spotter's "I" into the verb.
    const spotting = SPOTTING.test(ctx.folded.slice(s.start, s.end));
    if (!firstPersonIn(ctx, s.start, s.end) && !(spotting && PRO_DROP.has(ctx.language))) return;
    // A spotter watches as part of the act ("I watched through the binoculars and gave him the range"); told to
    // spot, he may say in the next sentence that he refused.
    const next = ctx.sentences[i + 1];
    const refusedNext =
      next !== undefined &&
      next.paragraph === s.paragraph &&
      firstPersonIn(ctx, next.start, next.end) &&
      (negated(ctx, next.start, next.end) || REFUSED.test(ctx.folded.slice(next.start, next.end)));
    if (spotting && refusedNext) return;
    const seen = hits(ctx, (v) => v.perception, s.start, s.end).filter((h) => !ORDERED.test(ctx.folded.slice(h.start, h.end)));
    if (seen.length && !spotting) return;
    const words = ctx.text
      .slice(s.start, s.end)
      .split(/\s+/u)
      .filter((w) => /\p{L}/u.test(w)).length;
    const them = hits(ctx, (v) => p(v).them, s.start, s.end);
    const near = (h: TermHit) => them.some((t) => Math.abs(t.start - h.start) <= 30);
    const aimed = hits(ctx, (v) => p(v).aimed, s.start, s.end).some(near);
    const meToo = words <= 8 && hits(ctx, (v) => p(v).meToo, s.start, s.end).length > 0;
    const key = words <= 10 && hits(ctx, (v) => p(v).keys, s.start, s.end).length > 0;
    const escort = hits(ctx, (v) => p(v).escort ?? [], s.start, s.end).length > 0;
    // "Davao sam mu daljinu i vetar", "I gave him the range and the wind": he spotted for the shooter (`spotting`).
    // The act on "them", or written onto the verb ("rematarlos"), in a sentence that named no victim of its own.
    // A bare act of a few words ("We fired.", "Eu mesmo lancei") names no victim of its own either.
    const acts = hits(ctx, (v) => [...C(v).kill, ...C(v).attack], s.start, s.end).filter(
      (a) => near(a) || /(?:los|las|li|le)$/u.test(ctx.folded.slice(a.start, a.end)) || clauseWords(ctx, s, a.start) <= BARE_WORDS,
    );
    const bareUndenied = acts.some((a) => clauseWords(ctx, s, a.start) <= BARE_WORDS && !clauseNegated(ctx, s, a.start));
    if (sentenceNegated && !bareUndenied) return;
    const actOnThem =
      acts.length > 0 && !out.some((a) => a.start === s.start && !borrowedAt.has(a.start)) && (!sentenceNegated || bareUndenied);
    if (sentenceNegated && (aimed || meToo || key || escort || spotting) && !actOnThem) return;
    if (!aimed && !meToo && !key && !actOnThem && !escort && !spotting) return;
    const window = ctx.sentences
      .slice(Math.max(0, i - 3), i + 1)
      .filter((n) => n.paragraph === s.paragraph || (n.paragraph === s.paragraph - 1 && i - ctx.sentences.indexOf(n) <= 2));
    // The shot follows the spotting: the two sentences after it in the paragraph count too.
    const after = ctx.sentences.slice(i + 1, i + 3).filter((n) => n.paragraph === s.paragraph);
    for (const a of out) {
      if (a.selfIncriminating) continue;
      const inWindow = window.some((n) => n.start === a.start);
      if (spotting && KILLING.has(a.category) && (inWindow || after.some((n) => n.start === a.start))) {
        a.selfIncriminating = true;
        continue;
      }
      const n = ctx.sentences.find((x) => x.start === a.start);
      if (n && away(ctx, n)) continue;
      if ((aimed || meToo) && inWindow) a.selfIncriminating = true;
      else if (key && inWindow && a.category === 'unlawful-confinement') a.selfIncriminating = true;
      else if (escort && inWindow && a.category === 'deportation-transfer') a.selfIncriminating = true;
      else if (actOnThem && KILLING.has(a.category) && a.basis === 'first-hand') a.selfIncriminating = true;
    }
  });
}

const HELD_OR_BEATEN: Pick = (v) => [...C(v).beat, ...C(v).torture, ...C(v).confinement, ...M(v).holding];
const ME: Pick = (v) => meObject(v.lang);
const BEATEN: Pick = (v) => [...C(v).beat, ...C(v).torture];

/**
 * The act of the sentence falls on the defector himself: "me" next to a beating, a keeping or a torture in his own
 * words («Меня два дня держали в яме», "They beat me"), or his name before such an act and nobody else named as held
 * or beaten there ("Po atsisakymo Sergejų savaitę laikė duobėje ir mušė"). Done to a soldier by
 * his own side, it is no war crime as such ('other', own troops). Where the act starts, or null.
 */
function harmedHim(ctx: Context, s: Sentence, b: BasisContext): number | null {
  if (!b.subject) return null;
  const acts = within(ctx, HELD_OR_BEATEN, s.start, s.end);
  if (!acts.length) return null;
  const others = (x: ReturnType<typeof victimsIn>) =>
    x.pow.length + x.civilian.length + x.detainees.length + x.people.length + x.horsDeCombat.length + x.children.length > 0;
  if (others(victimsIn(ctx, s)) || PERSON.test(ctx.folded.slice(s.start, s.end))) return null;
  const me = within(ctx, ME, s.start, s.end);
  const near = acts.find((a) => me.some((m) => Math.abs(m.start - a.start) <= 25));
  if (near && inHisWords(ctx, s, b)) return near.start;
  // By name: he is neither the one saying "we" or "I" (the pronouns: verb endings of `we` match nouns too) nor doing it
  // to "them".
  // His mentions, and his name in another case form ("Sergejų" for Sergej).
  const key = surnameKey(b.subject.name.split(/\s+/u).pop()!);
  const forms = [...ctx.text.slice(s.start, s.end).matchAll(/\p{Lu}[\p{L}\p{M}]+/gu)]
    .filter((m) => surnameKey(m[0]) === key)
    .map((m) => ({ start: s.start + m.index, end: s.start + m.index + m[0].length }));
  const mentions = [...b.subject.person.mentions.filter((m) => m.start >= s.start && m.end <= s.end), ...forms];
  if (!mentions.length || hits(ctx, (v) => v.firstPerson, s.start, s.end).length) return null;
  if (hits(ctx, (v) => participation(v.lang).them, s.start, s.end).length) return null;
  // "По словам Лапина, в гараже держали…": named as the source, he is not the one held. A keeping needs its length
  // ("savaitę laikė"): "la garde nationale" is no keeping.
  const cues = hits(ctx, (v) => [...v.report, ...v.ownAccount], s.start, s.end);
  const his = mentions.filter((m) => !cues.some((c) => c.end <= m.start && m.start - c.end <= 3));
  const beaten = within(ctx, BEATEN, s.start, s.end);
  const long = hits(ctx, (v) => M(v).duration, s.start, s.end).length > 0;
  const after = acts.find(
    (a) => (long || beaten.some((x) => x.start === a.start)) && his.some((m) => m.end <= a.start && a.start - m.end <= 60),
  );
  return after ? after.start : null;
}

export function findAllegations(ctx: Context, subject: Subject | null, people: Person[], quotes: Quote[]): Allegation[] {
  const b: BasisContext = { subject, people, quotes };
  const out: Allegation[] = [];
  let previous: { paragraph: number; basis: Basis } | null = null;
  // Sentences where civilians were killed: a shot at civilians within the next two is the killing told again
  // ("…abattre des civils qui fuyaient. «Ils tiraient sur tout ce qui roulait»"), not a separate attack.
  const killedCivilians: number[] = [];
  // Sentences whose only allegations took their target from a sentence before: they name no victim of their own.
  const borrowedAt = new Set<number>();
  ctx.sentences.forEach((s, i) => {
    const all = categoriesIn(ctx, s);
    if (all.length && all.every((f) => f.borrowed)) borrowedAt.add(s.start);
    if (all.some((f) => f.category === 'wilful-killing' && f.victim === 'civilian')) killedCivilians.push(i);
    let found = all.filter((f) => !(f.atPersons && killedCivilians.some((k) => k < i && i - k <= 2)));
    // «Меня два дня держали в яме», "Sergejų … laikė duobėje ir mušė": held or beaten himself, by his own side.
    const onHim = harmedHim(ctx, s, b);
    if (onHim !== null) {
      found = found.filter((f) => f.category !== 'torture' && f.category !== 'unlawful-confinement');
      if (!found.some((f) => f.category === 'other')) found.push({ category: 'other', at: onHim, victim: 'own-troops' });
    }
    const inherited: Basis | null = previous && previous.paragraph === s.paragraph ? previous.basis : null;
    let sentenceBasis: Basis | null = null;
    const seen = new Set<string>();
    for (const f of found) {
      if (seen.has(f.category)) continue;
      seen.add(f.category);
      const basis = basisOf(ctx, s, f.at, b, inherited);
      sentenceBasis ??= basis;
      const allegation: Allegation = {
        category: f.category,
        provisions: [...PROVISIONS[f.category], ...(f.extra ?? []).filter((p) => !PROVISIONS[f.category].includes(p))],
        text: ctx.text.slice(s.start, s.end),
        start: s.start,
        end: s.end,
        basis,
        selfIncriminating: onHim !== null && f.at === onHim ? false : selfIncriminating(ctx, s, f.at, b, f.category),
      };
      if (f.victim) allegation.victimStatus = f.victim;
      out.push(allegation);
    }
    const cue = basisOf(ctx, s, s.start, b, null);
    previous = { paragraph: s.paragraph, basis: sentenceBasis ?? (cue === 'unclear' ? (inherited ?? 'unclear') : cue) };
  });
  ownPartNearby(ctx, out, b);
  ownPartApart(ctx, out, b, borrowedAt);
  return out;
}

export type { TermHit };
