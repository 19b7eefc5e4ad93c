/**
 * Crimes told without crime words, per language (issue #13, session 10), beside the meaning lists of ./meanings:
 * - `shocks`: electric current, shocks and wires put on a body ("current into the ears", «цепляли провода», "pouštěli
 *   proud"). Torture when told of an interrogation or a detainee, in the sentence or the one before it: "the
 *   current front line" or "power cables" alone are no crime.
 * - `mining`: mining roads, fields or houses ("Minowaliśmy te drogi", «заминировали дороги»): an attack on civilians when
 *   people or civilian objects are named in the sentence or the next one ("Rano jechały nimi rodziny").
 * - `outcome`: a killing told by its outcome ("after the grenade nobody came out", "non arrivarono mai al comando",
 *   "non erano più vivi"): a kill word, so a crime only with victims hors de combat or civilians, named in the sentence
 *   or, when it names none, in the sentence before it in the paragraph.
 * Terms use the syntax of ../terms.ts and are matched on folded text. A language without an entry has none.
 */
import { toCyrillic } from './sr';

export interface Unworded {
  shocks: string[];
  mining: string[];
  outcome: string[];
}

export const UNWORDED: Record<string, Unworded> = {
  en: {
    shocks: ['electric*', 'electrocut*', 'electroshock*', 'shocks', 'wires', 'current through', 'current into', 'current to', 'taser*'],
    mining: ['mined', 'mining', 'laid mines', 'planted mines', 'booby-trapped'],
    outcome: [
      'heard the shots',
      'heard shots',
      'heard gunfire',
      'heard a burst',
      'nobody came out',
      'no one came out',
      'never arrived',
      'never made it to',
      'no longer alive',
      'were not alive',
      'never came back',
      'shots rang out',
      'then there were shots',
      'then came the shots',
    ],
  },
  ru: {
    shocks: ['током', 'ток', 'электрошок*', 'электрическ*', 'провода', 'проводами', 'проводов', 'тапик*'],
    mining: ['заминирова*', 'минировал*', 'минирован*', 'ставили мины', 'поставили мины'],
    outcome: [
      'услышал выстрелы',
      'слышал выстрелы',
      'слышали выстрелы',
      'услышали выстрелы',
      'никто не вышел',
      'так и не доехали',
      'так и не дошли',
      'не были живы',
      'уже не были живы',
      'больше никто не видел',
      'раздались выстрелы',
      'потом были выстрелы',
      'послышались выстрелы',
    ],
  },
  uk: {
    shocks: ['струмом', 'струм', 'електрошок*', 'електричн*', 'дроти', 'дротами', 'проводи', 'проводами', 'тапік*'],
    mining: ['замінува*', 'мінува*', 'мінувал*', 'ставили міни', 'поставили міни'],
    outcome: [
      'почув постріли',
      'чув постріли',
      'чули постріли',
      'почули постріли',
      'ніхто не вийшов',
      'так і не доїхали',
      'так і не дійшли',
      'вже не були живі',
      'більше ніхто не бачив',
      'пролунали постріли',
      'потім були постріли',
      'почулися постріли',
    ],
  },
  de: {
    shocks: ['strom', 'stromstö*', 'stromschl*', 'elektroschock*', 'elektrisch*', 'drähte', 'drähten', 'kabel'],
    mining: ['vermint*', 'verminten', 'minen gelegt', 'legten minen', 'minen verlegt'],
    outcome: [
      'hörte schüsse',
      'hörte die schüsse',
      'hörten schüsse',
      'hörten die schüsse',
      'niemand kam heraus',
      'kam niemand heraus',
      'kamen nie an',
      'kamen nie dort an',
      'nicht mehr am leben',
      'fielen schüsse',
      'dann schüsse',
      'hörte man schüsse',
    ],
  },
  fr: {
    shocks: ['électrocut*', 'électricité', 'électrique*', 'électrochoc*', 'électrodes', 'courant', 'décharges', 'fils électriques'],
    mining: ['miné*', 'minions', 'posé des mines', 'posions des mines'],
    outcome: [
      'entendu des coups de feu',
      'entendu les coups de feu',
      'entendu les tirs',
      'entendu des tirs',
      "personne n'est sorti",
      "personne n'est ressorti",
      'ne sont jamais arrivés',
      "n'étaient plus vivants",
      "n'étaient plus en vie",
      'des coups de feu ont retenti',
      'puis des coups de feu',
      'on a entendu des coups de feu',
    ],
  },
  pl: {
    shocks: ['prąd', 'prądem', 'prądu', 'elektrowstrząs*', 'elektryczn*', 'przewody', 'przewodami', 'kable', 'kablami'],
    mining: ['zaminowa*', 'minowal*', 'minowaliśmy', 'podkładaliśmy miny', 'założyliśmy miny'],
    outcome: [
      'słyszał strzały',
      'usłyszał strzały',
      'słyszałem strzały',
      'usłyszałem strzały',
      'nikt nie wyszedł',
      'nigdy nie dotarli',
      'już nie żyli',
      'nie dojechali',
      'padły strzały',
      'rozległy się strzały',
      'potem strzały',
    ],
  },
  cs: {
    shocks: ['proud', 'proudem', 'proudu', 'elektrick*', 'elektrošok*', 'dráty', 'drátky', 'kabely'],
    mining: ['zaminova*', 'minoval*', 'kladli jsme miny', 'položili miny'],
    outcome: [
      'slyšel výstřely',
      'slyšeli výstřely',
      'nikdo nevyšel',
      'nikdy nedorazili',
      'už nebyli naživu',
      'už nežili',
      'padly výstřely',
      'ozvaly se výstřely',
      'pak výstřely',
    ],
  },
  it: {
    shocks: ['scosse', 'scossa', 'elettric*', 'elettroshock', 'corrente', 'elettrodi', 'fili elettrici', 'cavi'],
    mining: ['minato', 'minate', 'minavamo', 'minare', 'posato mine'],
    outcome: [
      'sentito degli spari',
      'sentito gli spari',
      'sentì gli spari',
      'sentii gli spari',
      'nessuno è uscito',
      'nessuno uscì',
      'non arrivarono mai',
      'non sono mai arrivati',
      'non erano più vivi',
      'si sentirono degli spari',
      'poi gli spari',
      'partirono dei colpi',
    ],
  },
  es: {
    shocks: ['descargas', 'eléctric*', 'electrocut*', 'corriente', 'electrodos', 'cables'],
    mining: ['minado', 'minadas', 'minábamos', 'minar', 'colocamos minas'],
    outcome: [
      'oyó disparos',
      'oyó los disparos',
      'oí los disparos',
      'escuchó disparos',
      'escuché los disparos',
      'nadie salió',
      'nunca llegaron',
      'ya no estaban vivos',
      'no llegaron nunca',
      'se oyeron disparos',
      'sonaron disparos',
      'luego los disparos',
    ],
  },
  nl: {
    shocks: ['stroom', 'stroomstot*', 'elektrische', 'elektroshock*', 'schokken', 'draden', 'kabels'],
    mining: ['vermijnd', 'mijnen gelegd', 'legden mijnen'],
    outcome: [
      'hoorde schoten',
      'hoorde de schoten',
      'niemand kwam naar buiten',
      'niemand kwam eruit',
      'kwamen nooit aan',
      'leefden niet meer',
      'klonken schoten',
      'toen schoten',
      'hoorden we schoten',
    ],
  },
  lt: {
    shocks: ['srovė', 'srovę', 'elektr*', 'laidai', 'laidus', 'laidais'],
    mining: ['užminav*', 'minavome', 'minavo', 'dėjome minas'],
    outcome: [
      'girdėjo šūvius',
      'išgirdo šūvius',
      'girdėjau šūvius',
      'niekas neišėjo',
      'taip ir nepasiekė',
      'nebebuvo gyvi',
      'jau nebuvo gyvi',
      'pasigirdo šūviai',
      'nuaidėjo šūviai',
      'paskui šūviai',
    ],
  },
  ro: {
    shocks: ['curent', 'curentul', 'șocuri', 'electric*', 'electroșoc*', 'electrozi', 'fire electrice', 'cabluri'],
    mining: ['minat*', 'minam', 'am pus mine', 'puneam mine'],
    outcome: [
      'a auzit împușcături',
      'am auzit împușcături',
      'a auzit focurile',
      'nu a mai ieșit nimeni',
      'n-a mai ieșit nimeni',
      'n-au mai ajuns',
      'nu mai erau în viață',
      'nu mai erau vii',
      's-au auzit împușcături',
      'au răsunat împușcături',
      'apoi împușcături',
    ],
  },
  // Session 12: the vocabularies of session 10 (issue #13).
  pt: {
    shocks: ['choques', 'choque elétrico', 'eléctric*', 'elétric*', 'corrente', 'elétrodos', 'fios', 'cabos'],
    mining: ['minad*', 'minámos', 'minávamos', 'colocámos minas', 'pusemos minas'],
    outcome: [
      'ouviu tiros',
      'ouviu os tiros',
      'ouvi os tiros',
      'ouvimos os tiros',
      'ninguém saiu',
      'nunca chegaram',
      'já não estavam vivos',
      'ouviram-se tiros',
      'depois os tiros',
    ],
  },
  sv: {
    shocks: ['ström', 'strömmen', 'elchock*', 'elektrisk*', 'sladdar', 'kablar'],
    mining: ['minerad*', 'minerade', 'lade ut minor', 'la ut minor'],
    outcome: [
      'hörde skotten',
      'hörde skott',
      'ingen kom ut',
      'kom aldrig fram',
      'levde inte längre',
      'hördes skott',
      'sedan sköts',
      'small det',
    ],
  },
  fi: {
    shocks: ['sähkö*', 'sähköisku*', 'johdot', 'johtoja', 'johdoilla', 'kaapele*'],
    mining: ['miinoit*', 'miinoitimme', 'asensimme miinoja', 'laskimme miinoja'],
    outcome: [
      'kuuli laukaukset',
      'kuuli laukauksia',
      'kuulin laukaukset',
      'kukaan ei tullut ulos',
      'eivät koskaan päässeet',
      'eivät olleet enää elossa',
      'kuului laukauksia',
      'sitten laukauksia',
    ],
  },
  lv: {
    shocks: ['strāv*', 'elektrošok*', 'elektrisk*', 'vadi', 'vadus', 'vadiem', 'kabeļ*'],
    mining: ['mīnēj*', 'mīnēt*', 'izvietojām mīnas', 'likām mīnas'],
    outcome: [
      'dzirdēja šāvienus',
      'dzirdēju šāvienus',
      'neviens neiznāca',
      'tā arī neaizbrauca',
      'vairs nebija dzīvi',
      'atskanēja šāvieni',
      'pēc tam šāvieni',
    ],
  },
  hu: {
    shocks: ['áram*', 'elektrosokk*', 'elektromos*', 'vezeték*', 'kábel*'],
    mining: ['aláaknáz*', 'elaknásít*', 'aknákat telepít*', 'aknákat rak*'],
    outcome: [
      'hallotta a lövéseket',
      'lövéseket hallott',
      'hallottam a lövéseket',
      'senki nem jött ki',
      'soha nem értek oda',
      'már nem éltek',
      'lövések dördültek',
      'lövések hallatszottak',
    ],
  },
  tr: {
    shocks: ['elektrik*', 'elektroşok*', 'kablo*', 'teller', 'telleri'],
    mining: ['mayınla*', 'mayın döşe*', 'mayın yerleştir*'],
    outcome: [
      'silah seslerini duydu',
      'silah sesleri duydu',
      'kimse çıkmadı',
      'hiç varamadılar',
      'artık yaşamıyorlardı',
      'silah sesleri duyuldu',
      'sonra silah sesleri',
    ],
  },
  bg: {
    shocks: ['ток', 'токов*', 'електрошок*', 'електрическ*', 'жици', 'жиците', 'кабели'],
    mining: ['минира*', 'заминира*', 'поставихме мини', 'слагахме мини'],
    outcome: [
      'чу изстрели',
      'чу изстрелите',
      'чух изстрелите',
      'никой не излезе',
      'така и не стигнаха',
      'вече не бяха живи',
      'чуха се изстрели',
      'после изстрели',
      'не се върна',
    ],
  },
  sr: serbianUnworded({
    shocks: ['struj*', 'elektrošok*', 'električn*', 'žice', 'žicama', 'kablov*'],
    mining: ['minira*', 'minirali', 'postavljali smo mine', 'postavili mine'],
    outcome: [
      'čuo pucnje',
      'čuo je pucnje',
      'čuli su pucnje',
      'niko nije izašao',
      'nikada nisu stigli',
      'više nisu bili živi',
      'začuli su se pucnji',
      'onda pucnji',
      'odjeknuli su pucnji',
    ],
  }),
  ka: {
    shocks: ['დენ*', 'ელექტროშოკ*', 'ელექტრო*', 'მავთულ*', 'კაბელ*'],
    mining: ['დანაღმ*', 'ნაღმებს ვაწყობდით', 'ნაღმები დავაწყვეთ'],
    outcome: ['არავინ გამოსულა', 'ვეღარ მივიდნენ', 'ცოცხლები აღარ იყვნენ', 'გასროლები გაისმა', 'მერე გასროლები'],
  },
};

/** Serbian lists written in Latin, matched in both scripts. */
function serbianUnworded(u: Unworded): Unworded {
  return {
    shocks: [...u.shocks, ...u.shocks.map(toCyrillic)],
    mining: [...u.mining, ...u.mining.map(toCyrillic)],
    outcome: [...u.outcome, ...u.outcome.map(toCyrillic)],
  };
}

const NONE: Unworded = { shocks: [], mining: [], outcome: [] };

/** The lists of a language (empty for a language without an entry). */
export function unworded(lang: string): Unworded {
  return UNWORDED[lang] ?? NONE;
}
