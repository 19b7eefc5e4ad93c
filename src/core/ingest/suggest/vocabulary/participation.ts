/**
 * How each language says that his own unit did it, where the `we` list of the vocabularies does not reach
 * (issue #13, self-incrimination in the first person plural and passive):
 * - `byUs`: "we" as the agent after the act, in a passive ("were shot by us", «были расстреляны нами», "przez
 *   nas", "par nous"). A unit phrase of `we` after the act ("fueron rematados por nuestro grupo", «расстрелял
 *   наш взвод», "zastřelila naše četa") is found through `we` itself; a bare pronoun after the act is not
 *   ("in front of us", «у нас на глазах»), hence this separate list of agent forms.
 * - `them` and `custody`: his unit taking, guarding or moving the people just spoken of ("we took them there",
 *   «наш взвод их отвёл», "notre section les y a conduits", „mūsų būrys juos lydėjo“): an object pronoun and a
 *   verb of custody in a short sentence after the act make it his unit's part in it. The verb matters: "we
 *   buried them", "we were afraid of them" are no part in the act.
 * Terms use the syntax of ../terms.ts and are matched on folded text.
 */
export interface Participation {
  byUs: string[];
  them: string[];
  custody: string[];
}

export const PARTICIPATION: Record<string, Participation> = {
  en: {
    byUs: ['by us'],
    them: ['them'],
    custody: [
      'took',
      'led',
      'brought',
      'walked',
      'drove',
      'driven',
      'escorted',
      'guarded',
      'held',
      'kept',
      'loaded',
      'marched',
      'handed over',
      'put',
    ],
  },
  ru: {
    byUs: ['нами'],
    them: ['их', 'им', 'ими', 'них'],
    custody: [
      'отвел*',
      'отвёл*',
      'отводил*',
      'вели',
      'вёл',
      'водили',
      'привел*',
      'привёл*',
      'приводил*',
      'везли',
      'возили',
      'отвез*',
      'отвёз*',
      'увез*',
      'увёз*',
      'охранял*',
      'сторожил*',
      'держал*',
      'конвоир*',
      'сопровожда*',
      'грузил*',
      'посадил*',
      'сажал*',
    ],
  },
  uk: {
    byUs: ['нами'],
    them: ['їх', 'їм', 'ними', 'них'],
    custody: [
      'відвел*',
      'відвів',
      'відводил*',
      'вели',
      'водили',
      'привел*',
      'привів',
      'везли',
      'возили',
      'відвез*',
      'відвіз',
      'охороня*',
      'стерегл*',
      'тримал*',
      'конвою*',
      'супроводжува*',
      'вантажил*',
      'садил*',
      'посадил*',
    ],
  },
  de: {
    byUs: ['von uns', 'durch uns'],
    them: ['sie', 'ihnen'],
    custody: [
      'gebracht',
      'brachten',
      'geführt',
      'führten',
      'gefahren',
      'fuhren',
      'bewacht*',
      'eskortiert*',
      'begleitet*',
      'festgehalten',
      'hielten',
      'verladen',
      'gesetzt',
      'setzten',
    ],
  },
  fr: {
    byUs: ['par nous'],
    them: ['les', 'leur'],
    custody: [
      'conduit*',
      'emmené*',
      'amené*',
      'escorté*',
      'escortions',
      'gardé*',
      'gardions',
      'surveill*',
      'transporté*',
      'fait monter',
      'mené*',
    ],
  },
  pl: {
    byUs: ['przez nas'],
    them: ['ich', 'im', 'je', 'nimi', 'nich'],
    custody: [
      'zaprowadzi*',
      'prowadzi*',
      'odprowadzi*',
      'zawieźli*',
      'wieźli*',
      'wozili*',
      'pilnowa*',
      'eskortowa*',
      'konwojowa*',
      'trzymali*',
      'załadowa*',
    ],
  },
  cs: {
    byUs: ['námi'],
    them: ['je', 'jim', 'nimi', 'ně', 'nich'],
    custody: [
      'odvedl*',
      'odváděl*',
      'vedl*',
      'odvezl*',
      'vozil*',
      'hlídal*',
      'střežil*',
      'drželi',
      'eskortoval*',
      'doprovázel*',
      'naložil*',
    ],
  },
  it: {
    byUs: ['da noi'],
    them: ['li', 'le', 'gli'],
    custody: [
      'portat*',
      'portammo',
      'portavamo',
      'condott*',
      'scortat*',
      'scortavamo',
      'sorvegliat*',
      'sorvegliavamo',
      'custodit*',
      'caricat*',
      'fatti salire',
      'accompagnat*',
    ],
  },
  es: {
    byUs: ['por nosotros'],
    them: ['los', 'las', 'les'],
    custody: [
      'llevamos',
      'llevábamos',
      'llevado*',
      'condujimos',
      'escolt*',
      'custodi*',
      'vigilamos',
      'vigilábamos',
      'trasladamos',
      'subimos',
      'cargamos',
    ],
  },
  nl: {
    byUs: ['door ons'],
    them: ['ze', 'hen', 'hun'],
    custody: [
      'gebracht',
      'brachten',
      'weggebracht',
      'geleid',
      'leidden',
      'gereden',
      'reden',
      'bewaakt*',
      'bewaakten',
      'begeleid*',
      'vastgehouden',
      'hielden',
      'gezet',
      'zetten',
    ],
  },
  lt: {
    byUs: [],
    them: ['juos', 'jas', 'jiems', 'joms'],
    custody: ['nuvedė*', 'vedė*', 'nuvežė*', 'vežė*', 'saugojo*', 'saugojome', 'lydėjo*', 'lydėjome', 'laikė*', 'sodino*'],
  },
  ro: {
    byUs: ['de noi', 'de către noi'],
    them: ['i-am', 'le-am', 'îi', 'i-au'],
    custody: ['dus', 'duceam', 'condus', 'escortat', 'păzit', 'păzeam', 'ținut', 'țineam', 'urcat', 'transportat'],
  },
};

const NONE: Participation = { byUs: [], them: [], custody: [] };

/** The participation lists of a vocabulary's language. */
export function participation(lang: string): Participation {
  return PARTICIPATION[lang] ?? NONE;
}
