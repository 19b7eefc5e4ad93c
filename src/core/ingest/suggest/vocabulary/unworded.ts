/**
 * Crimes told without crime words, per language (issue #13, session 10), beside the meaning lists of ./meanings:
 * - `shocks`: electric current, shocks and wires put on a body ("current into the ears", «цепляли провода», "pouštěli
 *   proud"). Torture when told of an interrogation or a detainee, in the sentence or the one before it: "the
 *   current front line" or "power cables" alone are no crime.
 * Terms use the syntax of ../terms.ts and are matched on folded text. A language without an entry has none.
 */
export interface Unworded {
  shocks: string[];
}

export const UNWORDED: Record<string, Unworded> = {
  en: {
    shocks: ['electric*', 'electrocut*', 'electroshock*', 'shocks', 'wires', 'current through', 'current into', 'current to', 'taser*'],
  },
  ru: {
    shocks: ['током', 'ток', 'электрошок*', 'электрическ*', 'провода', 'проводами', 'проводов', 'тапик*'],
  },
  uk: {
    shocks: ['струмом', 'струм', 'електрошок*', 'електричн*', 'дроти', 'дротами', 'проводи', 'проводами', 'тапік*'],
  },
  de: {
    shocks: ['strom', 'stromstö*', 'stromschl*', 'elektroschock*', 'elektrisch*', 'drähte', 'drähten', 'kabel'],
  },
  fr: {
    shocks: ['électrocut*', 'électricité', 'électrique*', 'électrochoc*', 'électrodes', 'courant', 'décharges', 'fils électriques'],
  },
  pl: {
    shocks: ['prąd', 'prądem', 'prądu', 'elektrowstrząs*', 'elektryczn*', 'przewody', 'przewodami', 'kable', 'kablami'],
  },
  cs: {
    shocks: ['proud', 'proudem', 'proudu', 'elektrick*', 'elektrošok*', 'dráty', 'drátky', 'kabely'],
  },
  it: {
    shocks: ['scosse', 'scossa', 'elettric*', 'elettroshock', 'corrente', 'elettrodi', 'fili elettrici', 'cavi'],
  },
  es: {
    shocks: ['descargas', 'eléctric*', 'electrocut*', 'corriente', 'electrodos', 'cables'],
  },
  nl: {
    shocks: ['stroom', 'stroomstot*', 'elektrische', 'elektroshock*', 'schokken', 'draden', 'kabels'],
  },
  lt: {
    shocks: ['srovė', 'srovę', 'elektr*', 'laidai', 'laidus', 'laidais'],
  },
  ro: {
    shocks: ['curent', 'curentul', 'șocuri', 'electric*', 'electroșoc*', 'electrozi', 'fire electrice', 'cabluri'],
  },
};

const NONE: Unworded = { shocks: [] };

/** The lists of a language (empty for a language without an entry). */
export function unworded(lang: string): Unworded {
  return UNWORDED[lang] ?? NONE;
}
