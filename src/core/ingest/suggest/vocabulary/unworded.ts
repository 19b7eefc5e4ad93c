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
      'nobody came out',
      'no one came out',
      'never arrived',
      'never made it to',
      'no longer alive',
      'were not alive',
      'never came back',
    ],
  },
  ru: {
    shocks: ['током', 'ток', 'электрошок*', 'электрическ*', 'провода', 'проводами', 'проводов', 'тапик*'],
    mining: ['заминирова*', 'минировал*', 'минирован*', 'ставили мины', 'поставили мины'],
    outcome: ['никто не вышел', 'так и не доехали', 'так и не дошли', 'не были живы', 'уже не были живы', 'больше никто не видел'],
  },
  uk: {
    shocks: ['струмом', 'струм', 'електрошок*', 'електричн*', 'дроти', 'дротами', 'проводи', 'проводами', 'тапік*'],
    mining: ['замінува*', 'мінува*', 'мінувал*', 'ставили міни', 'поставили міни'],
    outcome: ['ніхто не вийшов', 'так і не доїхали', 'так і не дійшли', 'вже не були живі', 'більше ніхто не бачив'],
  },
  de: {
    shocks: ['strom', 'stromstö*', 'stromschl*', 'elektroschock*', 'elektrisch*', 'drähte', 'drähten', 'kabel'],
    mining: ['vermint*', 'verminten', 'minen gelegt', 'legten minen', 'minen verlegt'],
    outcome: ['niemand kam heraus', 'kam niemand heraus', 'kamen nie an', 'kamen nie dort an', 'nicht mehr am leben'],
  },
  fr: {
    shocks: ['électrocut*', 'électricité', 'électrique*', 'électrochoc*', 'électrodes', 'courant', 'décharges', 'fils électriques'],
    mining: ['miné*', 'minions', 'posé des mines', 'posions des mines'],
    outcome: [
      "personne n'est sorti",
      "personne n'est ressorti",
      'ne sont jamais arrivés',
      "n'étaient plus vivants",
      "n'étaient plus en vie",
    ],
  },
  pl: {
    shocks: ['prąd', 'prądem', 'prądu', 'elektrowstrząs*', 'elektryczn*', 'przewody', 'przewodami', 'kable', 'kablami'],
    mining: ['zaminowa*', 'minowal*', 'minowaliśmy', 'podkładaliśmy miny', 'założyliśmy miny'],
    outcome: ['nikt nie wyszedł', 'nigdy nie dotarli', 'już nie żyli', 'nie dojechali'],
  },
  cs: {
    shocks: ['proud', 'proudem', 'proudu', 'elektrick*', 'elektrošok*', 'dráty', 'drátky', 'kabely'],
    mining: ['zaminova*', 'minoval*', 'kladli jsme miny', 'položili miny'],
    outcome: ['nikdo nevyšel', 'nikdy nedorazili', 'už nebyli naživu', 'už nežili'],
  },
  it: {
    shocks: ['scosse', 'scossa', 'elettric*', 'elettroshock', 'corrente', 'elettrodi', 'fili elettrici', 'cavi'],
    mining: ['minato', 'minate', 'minavamo', 'minare', 'posato mine'],
    outcome: ['nessuno è uscito', 'nessuno uscì', 'non arrivarono mai', 'non sono mai arrivati', 'non erano più vivi'],
  },
  es: {
    shocks: ['descargas', 'eléctric*', 'electrocut*', 'corriente', 'electrodos', 'cables'],
    mining: ['minado', 'minadas', 'minábamos', 'minar', 'colocamos minas'],
    outcome: ['nadie salió', 'nunca llegaron', 'ya no estaban vivos', 'no llegaron nunca'],
  },
  nl: {
    shocks: ['stroom', 'stroomstot*', 'elektrische', 'elektroshock*', 'schokken', 'draden', 'kabels'],
    mining: ['vermijnd', 'mijnen gelegd', 'legden mijnen'],
    outcome: ['niemand kwam naar buiten', 'niemand kwam eruit', 'kwamen nooit aan', 'leefden niet meer'],
  },
  lt: {
    shocks: ['srovė', 'srovę', 'elektr*', 'laidai', 'laidus', 'laidais'],
    mining: ['užminav*', 'minavome', 'minavo', 'dėjome minas'],
    outcome: ['niekas neišėjo', 'taip ir nepasiekė', 'nebebuvo gyvi', 'jau nebuvo gyvi'],
  },
  ro: {
    shocks: ['curent', 'curentul', 'șocuri', 'electric*', 'electroșoc*', 'electrozi', 'fire electrice', 'cabluri'],
    mining: ['minat*', 'minam', 'am pus mine', 'puneam mine'],
    outcome: ['nu a mai ieșit nimeni', 'n-a mai ieșit nimeni', 'n-au mai ajuns', 'nu mai erau în viață', 'nu mai erau vii'],
  },
};

const NONE: Unworded = { shocks: [], mining: [], outcome: [] };

/** The lists of a language (empty for a language without an entry). */
export function unworded(lang: string): Unworded {
  return UNWORDED[lang] ?? NONE;
}
