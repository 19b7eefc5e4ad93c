/**
 * What the suggestion stage needs to know about one language. Terms use the syntax of `../terms.ts`
 * (`*` = inflected ending, `..` = a few words in between) and are matched case- and diacritic-insensitively.
 * Each list is small and general (verbs of saying, rank words, crime vocabulary from legal.md §6), never
 * phrases lifted from one article.
 */

/** Crime vocabulary split into acts and victims so categories come from combinations (kill + POW). */
export interface CrimeTerms {
  /** Killing words that are criminal by themselves: murder, execution, shot without trial. */
  murder: string[];
  /** Killing words that need a protected victim nearby to mean a crime: killed, shot. */
  kill: string[];
  /** Torture and cruel treatment; stands alone. */
  torture: string[];
  /** Beating and abuse; a crime when a victim (detainee, civilian, POW) is named. */
  beat: string[];
  pillage: string[];
  sexual: string[];
  deportation: string[];
  /** Taking people across a border / away (a deportation when children or civilians are the object). */
  transport: string[];
  confinement: string[];
  /** Attacks and bombardment; a crime against civilians or civilian objects. */
  attack: string[];
  /** Phrases that are attacks on civilians by themselves ("atrocities against civilians"). */
  attackCivilians: string[];
  perfidy: string[];
  noQuarter: string[];
  forcedService: string[];
  childSoldiers: string[];
  genocide: string[];
  persecution: string[];
  aggression: string[];
  dignity: string[];
  trialless: string[];
  /** Violence that matters when aimed at one's own side: wounding, blowing up. */
  harm: string[];
  /** Carrying things off ("emptied", "ausräumten", "portavano via"): pillage when `property` is named too. */
  takeAway: string[];
  /** Household goods and dwellings whose removal is pillage: flats, televisions, washing machines, jewellery. */
  property: string[];
  /** Ukraine's forces as the doer: a claim about the enemy (usually a ministry's), not a defector's allegation. */
  enemyForces: string[];
  victims: {
    civilian: string[];
    pow: string[];
    horsDeCombat: string[];
    ownTroops: string[];
    /** Commanders and officers: victims only of `harm` (a subordinate wounding his commander). */
    commanders: string[];
    children: string[];
  };
}

export interface AsylumTerms {
  /** The asylum / protection nouns and verbs themselves. */
  noun: string[];
  intends: string[];
  applied: string[];
  granted: string[];
  refused: string[];
  pending: string[];
  /** Explicit negation: "does not plan to seek asylum". */
  none: string[];
}

/**
 * Relative dates, resolved from the article's date; every list is optional (a vocabulary without one reads none of
 * that kind). `previous` and `current` may stand before or after a unit, a month or a season ("last week", "la
 * semaine dernière", "vara trecută", "this spring"); a count goes with `ago` before or after it ("two days ago",
 * "vor zwei Tagen", "il y a deux jours").
 */
export interface RelativeTerms {
  /** "the day before yesterday", "позавчера", "vorgestern". */
  dayBeforeYesterday?: string[];
  /** "tomorrow", "завтра", "demain": the day after the article's (left out where the word is also "morning"). */
  tomorrow?: string[];
  /** "last", "прошл*", "vergangen*", "dernier": the one before the article's. */
  previous?: string[];
  /** "this", "этой", "dieses", "cette": the article's own. */
  current?: string[];
  /** Forms of the units (any case and number). */
  day?: string[];
  week?: string[];
  month?: string[];
  year?: string[];
  /** "ago", "назад", "vor", "il y a", "hace". */
  ago?: string[];
  /** Number words for a count, numbers[0] = one ("a", "einer", "une"). Digits are always read. */
  numbers?: string[][];
  /** One word for last year / this year ("торік", "loni", "pernai"; "letos", "šiemet"). */
  lastYear?: string[];
  thisYear?: string[];
  /**
   * Words that put what a sentence tells after the article ("planned for", "will", "очіку*", "gepland"): a date
   * without a year in such a sentence is the next such date (within half a year), not the last one.
   */
  future?: string[];
  /**
   * Words after a count and a unit that tell it from the date before it in the story ("three weeks later", "dos días
   * después", "två månader senare"): that date plus the count.
   */
  later?: string[];
  /**
   * "next" told from the article's date and never from the story's ("ensi", "prochain", "przyszł*", "příští"): the
   * coming week, month, year or named month. Words that also mean "the following" (next, наступн*, следващ*) are left out.
   */
  next?: string[];
  /** "that year", "the same year", "același an", "desse ano": the year the story last named. */
  sameYear?: string[];
}

export interface RankTerm {
  term: string;
  /** English gloss, so "Leutnant" and "lieutenant" compare. */
  gloss: string;
  /** Specificity: 3 = a real rank (colonel), 2 = a role (drone operator, commander), 1 = generic (officer), 0 = soldier. */
  level: number;
}

export interface Vocabulary {
  lang: string;
  /** Frequent function words, used only to guess the language when the describe stage could not. */
  stopwords: string[];
  /** months[0] = January: every form (inflected, abbreviated). */
  months: string[][];
  seasons: { spring: string[]; summer: string[]; autumn: string[]; winter: string[] };
  /** weekdays[0] = Sunday. */
  weekdays: string[][];
  /** Words that may follow a year and belong to the date ("года", "roku", "m."). */
  yearWords: string[];
  /** "mid-", "early", "late" before a decade or month. */
  decadeWords: string[];
  yesterday: string[];
  /** Month forms that are a date by themselves, without a preposition (Lithuanian accusative "gruodį"); [0] = January. */
  monthAdverbs?: string[][];
  /**
   * Languages that write the year before the month ("2024 szeptemberében", "2025. november 12.", "2024 წლის
   * ზაფხულში"): the words that may stand between the two (none in Hungarian). Absent where the year comes after.
   */
  yearBeforeMonth?: string[];
  /** Prepositions after which a bare month name is a date ("in March", "a dicembre"). */
  monthPrepositions: string[];
  /** Words after a month form that make it a date ("rugpjūčio pabaigoje": at the end of August). */
  monthPostpositions?: string[];
  /** Words that join two dates into a span, beside the built-in ones ("to", "bis", "по", "iki"). */
  spanWords?: string[];
  /** Dates told relative to the article's own date ("last week", "two days ago", "this spring"). */
  relative?: RelativeTerms;
  /** Verbs of saying (attribution of quotes). */
  speech: string[];
  /** Others allege: "according to", "accused", "reported". */
  report: string[];
  /** The subject as the source: "according to him", "по его словам", "nach eigenen Angaben". */
  ownAccount: string[];
  /** He saw / witnessed / was ordered / took part. */
  perception: string[];
  /** He admits doing it: "admitted", "took part in", "I myself". */
  admission: string[];
  /** First-person singular pronouns (I, я, ich): an agent marker inside the subject's own quote. */
  firstPerson: string[];
  /**
   * First person plural as the doer or the one given the order: "we", "us" ("they told us to"), "our unit",
   * Polish "-liśmy", Spanish "-ábamos". In the defector's own words, his unit's act is his own part in it.
   */
  we: string[];
  /** Third-person masculine/feminine subject pronouns (he, er, он): may refer to the subject. */
  pronouns: string[];
  negation: string[];
  /** Defected, deserted, fled, switched sides, surrendered. */
  defection: string[];
  /** Joining Ukraine's side (not an asylum claim, but where he is). */
  joinedUkraine: string[];
  ranks: RankTerm[];
  /** Call sign / nom de guerre cues. */
  callSign: string[];
  /** Age patterns as regex sources over the ORIGINAL text with one capture group for the number. */
  age: string[];
  asylum: AsylumTerms;
  crimes: CrimeTerms;
  /** Words before an outlet name: "told", "according to", "reported by". */
  outletCues: string[];
  /** Country → names, demonyms and adjectives in this language. */
  countries: Record<string, string[]>;
}
