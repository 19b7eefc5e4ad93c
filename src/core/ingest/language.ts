/**
 * Language identification without models or network: function words (the most frequent words of each
 * language, which any running text is full of) plus letters particular to one language. Robust on a
 * paragraph or more; returns null rather than a guess when the evidence is thin.
 *
 * Scripts decide first (Cyrillic, Greek, Arabic, Hebrew, CJK …); within Latin and Cyrillic the
 * function-word and letter evidence decides.
 */

const STOPWORDS: Record<string, string> = {
  en: 'the of and to in a is that for it was on with he as at by this had not are but from or have an they which you were her she there been his we their has would will said who its also than after into about over told could more when said',
  de: 'der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an er hat aus bei wird sie nach sind noch wie einem über einen so zum war haben nur oder aber vor zur bis mehr durch man sein wurde sei habe am ich wir',
  fr: 'le la les de des et à en un une du que qui est pour dans il au pas sur par ne se ce plus avec son sont elle a été aux ont mais ou ses cette être nous lui leur selon comme tout après avait fait',
  es: 'el la de que y a en los del las un por con no una su para es al lo como más o pero sus le ha me si sin sobre este ya entre cuando todo esta ser son dos también fue había muy hasta desde nos durante según',
  it: 'il di che e a la per un in del non è una da sono le al della con si gli dei lo ha più nel alla anche come ma ed i questo sua suo essere ci dal delle stato degli già hanno secondo dopo era tra',
  pt: 'de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao ele das tem à seu sua ou ser quando muito há nos já está eu também só pelo pela até isso ela entre era depois sem mesmo aos ter seus quem nas',
  nl: 'de het een en van in is dat op te zijn met die voor niet aan er om ook als maar bij nog dan of door over naar uit wordt heeft hij ze zij was werd wel tot al kan worden deze hun',
  ro: 'și şi în de la a să cu că pe din care nu o un se au fost pentru mai este sunt ca ce el ei lui prin sau după dar iar fi această acest spus a declarat fiind despre unei unui către între',
  pl: 'i w na z się że do nie to jest o jak a po od za co przez już tak ale czy jego był było są tym oraz dla przy jej może być który która które tylko także też jako go mu ich został została',
  cs: 'a v se na je že s z do to o jako by pro ale jsou byl jeho který která které po už jak také podle jen před při mezi když tak bylo není či což být jsem jsme řekl uvedl této tento',
  sk: 'a v sa na je že s z do to o ako by pre ale sú bol jeho ktorý ktorá ktoré po už aj tak podľa len pred pri medzi keď bolo nie či byť som sme povedal tejto tento',
  lt: 'ir į kad su iš yra o bet ne jo buvo tai per kaip nuo jis ar apie jie dar už taip pat kuris kuri po tik jau savo prie bus būti mes jų šiuo metu kai nes',
  lv: 'un ir ar par no uz kas ka bet lai vai arī tas viņš bija to pēc kā jau tikai kad savu mēs būt',
  hu: 'a az és hogy nem is egy meg ez de van volt még már csak ki mint el azt be vagy fel után pedig szerint között',
  sv: 'och i att det som en på är av för med till den har de inte om ett han var men från vid så kan hade efter',
  da: 'og i at det en den til er som på de med han af for ikke der var et har men fra efter kan også',
  fi: 'ja on ei että se oli hän mutta kun myös ovat tai joka kuin mukaan jo sen nyt olivat hänen jotka eikä sitä siitä tämä tämän ole ollut vielä jälkeen aikana kanssa mitä koska vain niin sekä jos heidän he ne siellä yhä kaikki vuonna vuoden',
  hr: 'i je u na da se za su od s ne a iz to kao koji koja što bio bila prema nakon još ali',
  tr: 've bir bu da de için ile olarak çok daha ama gibi olan sonra kadar',
  ru: 'и в не на что с по он как это к из у за от о а его то же но все так бы было для был она уже который ее их только при мы они были если до также чтобы после сказал может более когда или этого при этом',
  uk: 'і й в у на що з не до як це за від по о а його та але він вже який яка які також для було був вона були щоб після може коли або ще ми вони їх при цього сказав',
  be: 'і ў на што з не да як гэта за ад па а яго але ён ужо які якая таксама для было быў яна былі каб пасля можа калі або яшчэ мы яны іх пры',
  bg: 'и в на да се за от с не че е по са като това той това които която който но към си те бе са още след при също ще беше',
  sr: 'и у на да се за од с не је су као то који која што био била према након још али',
};

/** Letters that point to one language within its script; weight is per occurrence per word. */
const LETTERS: Record<string, { chars: string; weight: number }> = {
  uk: { chars: 'іїєґ', weight: 1.2 },
  ru: { chars: 'ыэъё', weight: 0.8 },
  be: { chars: 'ў', weight: 2 },
  bg: { chars: 'ъ', weight: 0.3 },
  sr: { chars: 'ђјљњћџ', weight: 2 },
  de: { chars: 'ßäöü', weight: 0.5 },
  fr: { chars: 'çèêàœëîûù', weight: 0.5 },
  es: { chars: 'ñ¿¡', weight: 1 },
  // (accents shared by several languages are handled by the alphabet check below)
  pt: { chars: 'ãõ', weight: 1 },
  it: { chars: 'ìò', weight: 0.3 },
  ro: { chars: 'ăâîșțşţ', weight: 1 },
  pl: { chars: 'łąęśźżń', weight: 1 },
  cs: { chars: 'řěů', weight: 1.2 },
  sk: { chars: 'ľĺŕô', weight: 1.2 },
  lt: { chars: 'ėįųū', weight: 1.2 },
  lv: { chars: 'āēīūģķļņ', weight: 1.2 },
  hu: { chars: 'őű', weight: 1.2 },
  sv: { chars: 'å', weight: 0.4 },
  // ä and ö are Finnish as much as German: without them here a Finnish text full of ä was read as German.
  fi: { chars: 'äö', weight: 0.5 },
  da: { chars: 'æø', weight: 1 },
  tr: { chars: 'ğış', weight: 1 },
  hr: { chars: 'đ', weight: 1.5 },
};

import { ALPHABETS } from './encoding';

/** Letters beyond ASCII that each language writes; a letter outside them counts against it. */
const ALPHABET_OF = Object.fromEntries(Object.entries(ALPHABETS).map(([l, a]) => [l, new Set(a)]));

const CYRILLIC_LANGS = new Set(['ru', 'uk', 'be', 'bg', 'sr']);

const SETS = Object.fromEntries(Object.entries(STOPWORDS).map(([l, s]) => [l, new Set(s.split(/\s+/))]));

export interface LanguageGuess {
  language: string | null;
  /** 0..1: share of the evidence that went to the winner, relative to the runner-up. */
  confidence: number;
  why: string;
}

function scriptOf(cp: number): string | null {
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) ? 'latin' : null;
  if (cp < 0x250 || (cp >= 0x1e00 && cp < 0x1f00)) return cp >= 0xc0 && cp !== 0xd7 && cp !== 0xf7 ? 'latin' : null;
  if (cp >= 0x400 && cp < 0x530) return 'cyrillic';
  if (cp >= 0x370 && cp < 0x400) return 'greek';
  if (cp >= 0x590 && cp < 0x600) return 'hebrew';
  if ((cp >= 0x600 && cp < 0x700) || (cp >= 0x750 && cp < 0x780)) return 'arabic';
  if (cp >= 0x900 && cp < 0x980) return 'devanagari';
  if (cp >= 0xe00 && cp < 0xe80) return 'thai';
  if (cp >= 0x10a0 && cp < 0x1100) return 'georgian';
  if (cp >= 0x530 && cp < 0x590) return 'armenian';
  if (cp >= 0x3040 && cp < 0x3100) return 'kana';
  if ((cp >= 0x4e00 && cp < 0xa000) || (cp >= 0x3400 && cp < 0x4dc0)) return 'han';
  if (cp >= 0xac00 && cp < 0xd7b0) return 'hangul';
  return null;
}

function scriptCounts(text: string): Record<string, number> {
  const counts: Record<string, number> = {
    latin: 0,
    cyrillic: 0,
    greek: 0,
    arabic: 0,
    hebrew: 0,
    han: 0,
    kana: 0,
    hangul: 0,
    georgian: 0,
    armenian: 0,
    devanagari: 0,
    thai: 0,
  };
  const n = Math.min(text.length, 20000);
  for (let i = 0; i < n; i++) {
    const s = scriptOf(text.charCodeAt(i));
    if (s) counts[s]++;
  }
  return counts;
}

/** Only letters of the text's main script count as evidence for or against an alphabet. */
function scriptOk(c: string, script: string): boolean {
  const cp = c.codePointAt(0)!;
  return script === 'cyrillic' ? cp >= 0x400 && cp < 0x530 : cp < 0x250 || (cp >= 0x1e00 && cp < 0x1f00);
}

export function detectLanguage(text: string, declared?: string | null): LanguageGuess {
  const counts = scriptCounts(text);
  const letters = Object.values(counts).reduce((a, b) => a + b, 0);
  if (letters < 10) return { language: null, confidence: 0, why: 'too little text to tell the language' };
  const top = Object.entries(counts).sort((a, b) => b[1] - a[1])[0];
  const simple: Record<string, string> = {
    greek: 'el',
    arabic: 'ar',
    hebrew: 'he',
    hangul: 'ko',
    georgian: 'ka',
    armenian: 'hy',
    devanagari: 'hi',
    thai: 'th',
  };
  if (top[0] in simple && top[1] / letters > 0.5) return { language: simple[top[0]], confidence: 0.9, why: `${top[0]} script` };
  if ((top[0] === 'han' || top[0] === 'kana') && (counts.han + counts.kana) / letters > 0.5) {
    return counts.kana > counts.han * 0.1
      ? { language: 'ja', confidence: 0.9, why: 'kana' }
      : { language: 'zh', confidence: 0.8, why: 'Han characters without kana' };
  }
  const script = counts.cyrillic > counts.latin ? 'cyrillic' : 'latin';
  const sample = text.length > 60000 ? text.slice(0, 60000) : text;
  const words =
    sample
      .toLowerCase()
      .normalize('NFC')
      .match(/[\p{L}’']+/gu) ?? [];
  if (words.length < 3) return { language: null, confidence: 0, why: 'too few words to tell the language' };
  const lowerSample = sample.toLowerCase();
  const charCounts = new Map<string, number>();
  for (const c of lowerSample) if (c.charCodeAt(0) >= 0x80) charCounts.set(c, (charCounts.get(c) ?? 0) + 1);
  const wordCounts = new Map<string, number>();
  for (const w of words) wordCounts.set(w, (wordCounts.get(w) ?? 0) + 1);
  const scores: Record<string, number> = {};
  for (const lang of Object.keys(SETS)) {
    if (CYRILLIC_LANGS.has(lang) !== (script === 'cyrillic')) continue;
    let hits = 0;
    for (const w of SETS[lang]) hits += wordCounts.get(w) ?? 0;
    let letterScore = 0;
    const l = LETTERS[lang];
    if (l) {
      let n = 0;
      for (const c of l.chars) n += charCounts.get(c) ?? 0;
      letterScore = Math.min(0.5, (n / words.length) * l.weight);
    }
    // Letters this language does not write at all (an "ř" rules out Polish, an "ł" Czech).
    let foreign = 0;
    const alphabet = ALPHABET_OF[lang];
    if (alphabet) for (const [c, n] of charCounts) if (/\p{L}/u.test(c) && scriptOk(c, script) && !alphabet.has(c)) foreign += n;
    scores[lang] = hits / words.length + letterScore - Math.min(0.5, (foreign / words.length) * 0.6);
  }
  // Romanian written with cedillas (ş ţ) or commas (ș ț) alike; Czech/Slovak share most function words,
  // so their letters carry the decision; nothing else to adjust.
  const ranked = Object.entries(scores).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < 0.08) {
    // Declared language (HTML lang, front matter) as a last resort, recorded as such.
    const d = declared?.toLowerCase().slice(0, 2);
    if (d && /^[a-z]{2}$/.test(d))
      return { language: d, confidence: 0.3, why: `declared by the document (${declared}); too few function words to confirm` };
    return { language: null, confidence: 0, why: 'no language recognised with confidence' };
  }
  const confidence = second ? Math.min(1, (best[1] - second[1]) / best[1]) : 1;
  return {
    language: best[0],
    confidence,
    why: `function words and letters (${best[0]} ${best[1].toFixed(2)}${second ? `, next ${second[0]} ${second[1].toFixed(2)}` : ''})`,
  };
}
