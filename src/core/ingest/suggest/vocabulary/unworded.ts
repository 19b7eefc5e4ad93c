/**
 * Crimes told without crime words, per language (issue #13, session 10), beside the meaning lists of ./meanings:
 * - `shocks`: electric current, shocks and wires put on a body ("current into the ears", «цепляли провода», "pouštěli
 *   proud"). Torture when told of an interrogation or a detainee, in the sentence or the one before it: "the
 *   current front line" or "power cables" alone are no crime.
 * - `mining`: mining roads, fields or houses ("Minowaliśmy te drogi", «заминировали дороги»): an attack on civilians when
 *   people or civilian objects are named in the sentence or the next one ("Rano jechały nimi rodziny").
 * Terms use the syntax of ../terms.ts and are matched on folded text. A language without an entry has none.
 */
export interface Unworded {
  shocks: string[];
  mining: string[];
}

export const UNWORDED: Record<string, Unworded> = {
  en: {
    shocks: ['electric*', 'electrocut*', 'electroshock*', 'shocks', 'wires', 'current through', 'current into', 'current to', 'taser*'],
    mining: ['mined', 'mining', 'laid mines', 'planted mines', 'booby-trapped'],
  },
  ru: {
    shocks: ['током', 'ток', 'электрошок*', 'электрическ*', 'провода', 'проводами', 'проводов', 'тапик*'],
    mining: ['заминирова*', 'минировал*', 'минирован*', 'ставили мины', 'поставили мины'],
  },
  uk: {
    shocks: ['струмом', 'струм', 'електрошок*', 'електричн*', 'дроти', 'дротами', 'проводи', 'проводами', 'тапік*'],
    mining: ['замінува*', 'мінува*', 'мінувал*', 'ставили міни', 'поставили міни'],
  },
  de: {
    shocks: ['strom', 'stromstö*', 'stromschl*', 'elektroschock*', 'elektrisch*', 'drähte', 'drähten', 'kabel'],
    mining: ['vermint*', 'verminten', 'minen gelegt', 'legten minen', 'minen verlegt'],
  },
  fr: {
    shocks: ['électrocut*', 'électricité', 'électrique*', 'électrochoc*', 'électrodes', 'courant', 'décharges', 'fils électriques'],
    mining: ['miné*', 'minions', 'posé des mines', 'posions des mines'],
  },
  pl: {
    shocks: ['prąd', 'prądem', 'prądu', 'elektrowstrząs*', 'elektryczn*', 'przewody', 'przewodami', 'kable', 'kablami'],
    mining: ['zaminowa*', 'minowal*', 'minowaliśmy', 'podkładaliśmy miny', 'założyliśmy miny'],
  },
  cs: {
    shocks: ['proud', 'proudem', 'proudu', 'elektrick*', 'elektrošok*', 'dráty', 'drátky', 'kabely'],
    mining: ['zaminova*', 'minoval*', 'kladli jsme miny', 'položili miny'],
  },
  it: {
    shocks: ['scosse', 'scossa', 'elettric*', 'elettroshock', 'corrente', 'elettrodi', 'fili elettrici', 'cavi'],
    mining: ['minato', 'minate', 'minavamo', 'minare', 'posato mine'],
  },
  es: {
    shocks: ['descargas', 'eléctric*', 'electrocut*', 'corriente', 'electrodos', 'cables'],
    mining: ['minado', 'minadas', 'minábamos', 'minar', 'colocamos minas'],
  },
  nl: {
    shocks: ['stroom', 'stroomstot*', 'elektrische', 'elektroshock*', 'schokken', 'draden', 'kabels'],
    mining: ['vermijnd', 'mijnen gelegd', 'legden mijnen'],
  },
  lt: {
    shocks: ['srovė', 'srovę', 'elektr*', 'laidai', 'laidus', 'laidais'],
    mining: ['užminav*', 'minavome', 'minavo', 'dėjome minas'],
  },
  ro: {
    shocks: ['curent', 'curentul', 'șocuri', 'electric*', 'electroșoc*', 'electrozi', 'fire electrice', 'cabluri'],
    mining: ['minat*', 'minam', 'am pus mine', 'puneam mine'],
  },
};

const NONE: Unworded = { shocks: [], mining: [] };

/** The lists of a language (empty for a language without an entry). */
export function unworded(lang: string): Unworded {
  return UNWORDED[lang] ?? NONE;
}
