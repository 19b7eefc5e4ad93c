/**
 * Units and services a defector belonged to. Known organisations are matched in any language and reported
 * under one English name (so "Legiunea Libertate pentru Rusia" and «Свобода России» are both the Freedom of
 * Russia Legion); numbered formations ("155-й отдельной бригаде", "64e gemotoriseerde brigade", "6. Armii")
 * and units named in quotes after a unit word ("unitatea „Storm”") are reported as written.
 */
import type { Context } from './context';
import { fold } from './fold';
import { findTerms } from './terms';

export interface Affiliation {
  name: string;
  start: number;
  end: number;
}

const KNOWN: { name: string; terms: string[] }[] = [
  { name: 'GRU', terms: ['gru', 'гру', 'главн* разведывательн* управлени*', 'головн* управлінн* розвідки'] },
  { name: 'FSB', terms: ['fsb', 'фсб', 'федеральн* служб* безопасности', 'service fédéral de sécurité', 'inlandsgeheimdienst*'] },
  { name: 'SVR', terms: ['svr', 'свр'] },
  { name: 'FSO', terms: ['fso', 'фсо'] },
  {
    name: 'Wagner Group',
    terms: [
      'wagner group',
      'wagner',
      'wagnera',
      'wagnerovc*',
      'wagnerowc*',
      'вагнер*',
      'чвк «вагнер»',
      'grupul wagner',
      'grupului wagner',
      'gruppo wagner',
      'grupo wagner',
      'groupe wagner',
      'wagner-gruppe',
      'wagnergroep',
    ],
  },
  { name: 'Redut', terms: ['redut', 'редут'] },
  { name: 'Storm-Z', terms: ['storm-z', 'шторм-z', 'шторм z', 'storm z'] },
  { name: 'Akhmat', terms: ['akhmat', 'achmat', 'ахмат'] },
  {
    name: 'Rosgvardia',
    terms: [
      'rosgvardia',
      'rosgvardiya',
      'rosgwardija',
      'rosgwardia',
      'росгвард*',
      'росгвардия',
      'нацгвард*',
      'national guard of russia',
      'russian national guard',
      'nationalgarde',
      'garde nationale russe',
      'guardia nacional rusa',
    ],
  },
  {
    name: 'Freedom of Russia Legion',
    terms: [
      'freedom of russia legion',
      'legion freedom of russia',
      'легион* «свобода россии»',
      'легион* свобода россии',
      'легіон* «свобода росії»',
      'легіон* свобода росії',
      'legiun* libertate* pentru rusia',
      'legion freiheit russlands',
      'légion liberté de la russie',
      'legion* wolność rosji',
      'legi* svoboda ruska',
      'legione libertà della russia',
      'legión libertad de rusia',
      'legioen vrijheid van rusland',
      'legion* laisvė rusijai',
    ],
  },
  {
    name: 'Russian Volunteer Corps',
    terms: ['russian volunteer corps', 'русск* добровольческ* корпус*', 'російськ* добровольч* корпус*', 'rdk', 'рдк'],
  },
  {
    name: 'Siberian Battalion',
    terms: ['siberian battalion', 'сибирск* батальон*', 'сибірськ* батальйон*', 'batalion* syberyjsk*', 'sibirisch* bataillon'],
  },
  {
    name: 'Airborne Forces (VDV)',
    terms: ['vdv', 'вдв', 'airborne forces', 'воздушно-десантн*', 'повітряно-десантн*', 'luftlandetruppen'],
  },
  {
    name: 'Russian Aerospace Forces',
    terms: [
      'aerospace forces',
      'вкс',
      'воздушно-космическ*',
      'повітряно-космічн*',
      'fuerzas aeroespaciales',
      'forces aérospatiales',
      'luft- und weltraumkräfte',
      'forze aerospaziali',
      'siły powietrzno-kosmiczne',
      'vzdušně kosmick*',
      'lucht- en ruimtemacht',
    ],
  },
  {
    name: 'Black Sea Fleet',
    terms: ['black sea fleet', 'черноморск* флот*', 'чорноморськ* флот*', 'schwarzmeerflotte', 'flota mării negre'],
  },
  { name: 'Russian Navy', terms: ['russian navy', 'вмф', 'военно-морск* флот*'] },
  {
    name: 'Russian army',
    terms: [
      'russian army',
      'russian armed forces',
      'armed forces of russia',
      'russische* armee',
      'russischen streitkräfte',
      'armata rusă',
      'armatei ruse',
      'armata rusa',
      'российск* арми*',
      'русск* арми*',
      'вооруженн* сил* рф',
      'вооружённ* сил* рф',
      'вс рф',
      'армі* рф',
      'збройн* сил* рф',
      'зс рф',
      'російськ* арм*',
      'armée russe',
      'rosyjsk* armi*',
      'ruské armád*',
      'ruská armáda',
      'esercito russo',
      'ejército ruso',
      'russische leger',
      'rusijos kariuomen*',
    ],
  },
];

const UNIT_NOUNS = fold(
  '(?:brigad|brigát|brygad|бригад|regiment|regimient|reggiment|pułk|pluk|полк|polk|pulk|division|divizi|divisi|dywizj|дивизи|дивізі|batallion|battalion|bataillon|батальон|батальйон|batalion|prapor|army|armee|armii|armia|armád|армі|арми|armat|esercit|ejércit|leger|armij|corps|korpus|корпус|detachment|отряд|загон)',
);

/** Known organisations anywhere in [from, to). */
function known(ctx: Context, from: number, to: number): Affiliation[] {
  const out: Affiliation[] = [];
  for (const k of KNOWN) {
    for (const h of findTerms(ctx.folded, k.terms, from, to)) {
      // Short acronyms only in capitals: "gru" inside a word is excluded by boundaries, "Gru" as a name is not GRU.
      const surface = ctx.text.slice(h.start, h.end);
      if (surface.length <= 4 && surface !== surface.toUpperCase()) continue;
      out.push({ name: k.name, start: h.start, end: h.end });
    }
  }
  return out;
}

/** Numbered formations, reported as written: "155th Marine Brigade", "155-й отдельной бригаде морской пехоты". */
function numbered(ctx: Context, from: number, to: number): Affiliation[] {
  const slice = ctx.folded.slice(from, to);
  const re = new RegExp(
    `(?<![\\p{L}\\d])\\d{1,3}(?:st|nd|rd|th|e|-?\\p{L}{1,3}|\\.)?(?:[\\s\\u00a0]+[\\p{L}-]+){0,3}?[\\s\\u00a0]+\\p{L}*?${UNIT_NOUNS}\\p{L}*(?:[\\s\\u00a0]+[\\p{L}-]+){0,2}`,
    'gu',
  );
  const out: Affiliation[] = [];
  for (const m of slice.matchAll(re)) {
    let text = ctx.text.slice(from + m.index, from + m.index + m[0].length);
    // Keep the formation's own words: stop before a comma-free trailing verb or conjunction.
    text = text.replace(/[\s\u00a0]+(?:a|and|und|и|і|та|et|e|y|en|ir|i|și|şi|a|z|w|v|de|in|to|з|в|у)(?:[\s\u00a0].*)?$/u, '');
    out.push({ name: text, start: from + m.index, end: from + m.index + text.length });
  }
  return out;
}

/** A unit named in quotes after a unit word: unitatea „Storm”, подразделение «Шторм», the “Storm” unit. */
function quotedUnits(ctx: Context, from: number, to: number): Affiliation[] {
  const re =
    /(?:unit|unitate\p{L}*|unité|unità|unidad|eenheid|einheit|jednostk\p{L}*|jednotk\p{L}*|daliny\p{L}*|подразделени\p{L}*|підрозділ\p{L}*|отряд\p{L}*|батальон\p{L}*|батальйон\p{L}*|штурмов\p{L}* отряд\p{L}*)\s+[„«“"]([\p{Lu}][^„«“”»"]{1,30})[”»“"]/gu;
  const out: Affiliation[] = [];
  for (const m of ctx.text.slice(from, to).matchAll(re)) {
    const start = from + m.index + m[0].indexOf(m[1]);
    out.push({ name: m[1], start, end: start + m[1].length });
  }
  return out;
}

/** All affiliations found in [from, to), deduplicated by name. */
export function affiliationsIn(ctx: Context, from: number, to: number): Affiliation[] {
  return [...known(ctx, from, to), ...quotedUnits(ctx, from, to), ...numbered(ctx, from, to)];
}
