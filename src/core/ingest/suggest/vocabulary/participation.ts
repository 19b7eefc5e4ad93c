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
 * - `notThere` and `elsewhere`: he was not there ("I was not there", «меня там не было», "nie było mnie tam") or
 *   somewhere else ("in hospital", «в госпитале»): then his unit's act is not his part, however the unit is named.
 *   A place elsewhere counts only in a sentence next to the act, not in the act's own ("shot the wounded in the
 *   hospital" is where the act happened).
 * - `aimed`, `keys` and `meToo`: his own part told in a sentence apart from the act's (issue #13, session 8): he
 *   held them at gunpoint ("Trzymałem ich na muszce", «держал их на мушке»), he had the key of the place where
 *   people were kept ("Ik had de sleutel"), or he did it too ("Am făcut-o și eu", "I did it too"). Next to an
 *   allegation in his own words, each makes it his part; keys only of a confinement.
 * - `escort` (issue #13, session 10): his unit escorted, flanked or drove ahead of the vehicles that took people
 *   away ("Wij reden voorop", "Les cars étaient encadrés par notre section"): next to a deportation in his own words,
 *   his part in it.
 * Terms use the syntax of ../terms.ts and are matched on folded text.
 */
export interface Participation {
  byUs: string[];
  them: string[];
  custody: string[];
  notThere: string[];
  elsewhere: string[];
  aimed: string[];
  keys: string[];
  meToo: string[];
  /** His unit escorting or driving ahead of the vehicles that moved people: his part in a deportation. */
  escort?: string[];
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
    notThere: ['not there', "wasn't there", 'not present', 'was absent', 'never set foot'],
    elsewhere: ['in hospital', 'in a hospital', 'in a military hospital', 'in the hospital'],
    aimed: ['at gunpoint', 'covered them', 'kept them covered', 'in my sights', 'in our sights'],
    keys: ['the key', 'the keys', 'a key', 'keys'],
    meToo: ['me too', 'i did too', 'so did i', 'i did it too', 'i did as well', 'i did that too'],
    escort: ['escorted', 'escorting', 'drove in front', 'drove ahead', 'rode ahead', 'led the column', 'led the convoy', 'flanked'],
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
      'охраня*',
      'сторожил*',
      'держал*',
      'конвоир*',
      'сопровожда*',
      'грузил*',
      'посадил*',
      'сажал*',
    ],
    notThere: ['меня там не было', 'его там не было', 'не присутствовал*', 'там не был', 'не был там'],
    elsewhere: ['в госпитале', 'в больнице', 'в санчасти'],
    aimed: ['на мушке', 'под прицелом', 'на прицеле'],
    keys: ['ключ', 'ключи', 'ключа', 'ключей'],
    meToo: ['я тоже', 'я также', 'и я тоже'],
    escort: ['сопровожда*', 'конвоир*', 'ехали впереди', 'ехали спереди', 'шли впереди', 'ехали в голове колонны'],
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
    notThere: ['мене там не було', 'його там не було', 'не був присутн*', 'там не був', 'не був там'],
    elsewhere: ['у шпиталі', 'в шпиталі', 'у госпіталі', 'в госпіталі', 'у лікарні', 'в лікарні'],
    aimed: ['на мушці', 'під прицілом', 'на прицілі'],
    keys: ['ключ', 'ключі', 'ключа', 'ключів'],
    meToo: ['я теж', 'я також', 'і я теж'],
    escort: ['супроводжува*', 'супроводил*', 'конвою*', 'їхали попереду', 'їхали спереду', 'йшли попереду'],
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
    notThere: ['nicht dabei', 'nicht dort', 'nicht anwesend'],
    elsewhere: ['im lazarett', 'im krankenhaus', 'im spital'],
    aimed: ['in schach', 'mit der waffe bedroht', 'im visier', 'waffe im anschlag'],
    keys: ['schlüssel'],
    meToo: ['ich auch', 'auch ich'],
    escort: ['eskortiert*', 'begleitet*', 'begleiteten', 'fuhren voraus', 'fuhren vorneweg', 'fuhren vorne', 'fuhren vor'],
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
    notThere: ["n'étais pas là", "n'était pas là", "n'y étais pas", "n'y était pas", 'pas présent'],
    elsewhere: ["à l'hôpital"],
    aimed: ['en joue', 'sous la menace de mon arme', 'sous la menace de nos armes', 'dans ma ligne de mire'],
    keys: ['la clé', 'les clés', 'la clef', 'les clefs'],
    meToo: ['moi aussi', 'moi également', 'moi-même aussi'],
    escort: [
      'escorté*',
      'escortions',
      'encadré*',
      'encadrions',
      'roulions devant',
      'roulait devant',
      'ouvrir la route',
      'ouvrions la route',
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
      'odwieźli*',
      'przewieźli*',
      'wieźli*',
      'wozili*',
      'pilnowa*',
      'eskortowa*',
      'konwojowa*',
      'trzymali*',
      'załadowa*',
    ],
    notThere: ['nie było mnie', 'nie było go', 'nie byłem tam', 'nie był tam', 'nie był obecny'],
    elsewhere: ['w szpitalu'],
    aimed: ['na muszce', 'na celowniku', 'pod lufą', 'pod bronią'],
    keys: ['klucz', 'klucze', 'kluczem', 'klucza'],
    meToo: ['ja też', 'ja także', 'ja również'],
    escort: ['eskortowal*', 'eskortowa*', 'konwojowal*', 'jechaliśmy przodem', 'jechaliśmy z przodu', 'jechaliśmy na czele'],
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
    notThere: ['nebyl jsem tam', 'nebyl tam', 'nebyl u toho', 'nebyl přítomen'],
    elsewhere: ['v nemocnici'],
    aimed: ['na mušce', 'pod zbraní', 'v zaměřovači'],
    keys: ['klíč', 'klíče', 'klíčem'],
    meToo: ['já taky', 'já také', 'já též'],
    escort: ['doprovázel*', 'doprovodil*', 'eskortoval*', 'jeli jsme vpředu', 'jeli jsme napřed', 'jeli jsme v čele'],
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
    notThere: ["non c'ero", "non c'era", 'non ero presente', 'non era presente'],
    elsewhere: ['in ospedale'],
    aimed: ['sotto tiro', 'sotto la minaccia', 'sotto mira', 'nel mirino'],
    keys: ['chiave', 'chiavi'],
    meToo: ["anch'io", 'anche io', 'pure io'],
    escort: ['scortat*', 'scortavamo', 'scortammo', 'andavamo davanti', 'eravamo davanti', 'aprivamo la strada'],
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
    notThere: ['no estaba allí', 'no estaba ahí', 'no estuve', 'no estuvo', 'no estaba presente'],
    elsewhere: ['en el hospital'],
    aimed: ['a punta de pistola', 'a punta de fusil', 'encañon*', 'apuntaba', 'apuntábamos'],
    keys: ['la llave', 'las llaves', 'llave', 'llaves'],
    meToo: ['yo también', 'yo igual'],
    escort: ['escoltad*', 'escoltábamos', 'escoltamos', 'íbamos delante', 'íbamos al frente', 'abríamos el camino'],
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
    notThere: ['was er niet bij', 'was er niet', 'niet aanwezig'],
    elsewhere: ['in het ziekenhuis'],
    aimed: ['onder schot', 'onder vuur gehouden', 'in het vizier'],
    keys: ['sleutel', 'sleutels'],
    meToo: ['ik ook', 'ook ik'],
    escort: ['begeleid*', 'escorteerden', 'geëscorteerd', 'reden voorop', 'reden vooraan', 'reden voor'],
  },
  lt: {
    byUs: [],
    them: ['juos', 'jas', 'jiems', 'joms'],
    custody: ['nuvedė*', 'vedė*', 'nuvežė*', 'vežė*', 'saugojo*', 'saugojome', 'lydėjo*', 'lydėjome', 'laikė*', 'sodino*'],
    notThere: ['manęs ten nebuvo', 'jo ten nebuvo', 'nebuvau ten', 'nebuvo ten', 'ten nebuvau'],
    elsewhere: ['ligoninėje'],
    aimed: ['taikiklyje', 'nusitaik*', 'atkreipę ginklus', 'atkreipęs ginklą'],
    keys: ['raktas', 'raktą', 'raktai', 'raktus'],
    meToo: ['aš irgi', 'aš taip pat', 'ir aš'],
    escort: ['lydėjo*', 'lydėjome', 'eskortavo*', 'važiavome priekyje', 'važiavome pirmi'],
  },
  ro: {
    byUs: ['de noi', 'de către noi'],
    them: ['i-am', 'le-am', 'îi', 'i-au'],
    custody: ['dus', 'duceam', 'condus', 'escortat', 'păzit', 'păzeam', 'ținut', 'țineam', 'urcat', 'transportat'],
    notThere: ['nu eram acolo', 'nu era acolo', 'nu am fost acolo', 'nu a fost acolo', 'nu eram de față'],
    elsewhere: ['la spital', 'în spital'],
    aimed: ['sub amenințarea armei', 'la țintă', 'în cătare', 'cu arma îndreptată'],
    keys: ['cheia', 'cheile', 'cheie'],
    meToo: ['și eu', 'şi eu'],
    escort: ['escortat*', 'escortam', 'însoțeam', 'însoțit*', 'mergeam în față', 'mergeam înainte'],
  },
};

const NONE: Participation = { byUs: [], them: [], custody: [], notThere: [], elsewhere: [], aimed: [], keys: [], meToo: [] };

/** The participation lists of a vocabulary's language. */
export function participation(lang: string): Participation {
  return PARTICIPATION[lang] ?? NONE;
}
