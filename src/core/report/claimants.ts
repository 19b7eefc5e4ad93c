/**
 * Who makes a claim, and on what basis. An allegation the defector makes from what he saw or did is not
 * the same kind of evidence as a ministry's statement about the other side of the war: the first is a
 * first-hand account, the second is hearsay from an official source that is a party to the conflict. The
 * summary says which it is for every allegation, from what the case records:
 *
 * 1. a statement linked to the allegation's evidence, or recorded on the same span of the same source:
 *    its speaker;
 * 2. else an attribution in the excerpt ("According to X,", "X said", "X released a video accusing…"),
 *    matched against the people and organisations in the case (and the subject's names);
 * 3. else the subject, when the excerpt names him and the basis is first-hand; else the outlet that
 *    reports it.
 *
 * The party a claimant belongs to (Russia / Ukraine) and the party the claim is about are read from the
 * names; a state body or official of one party accusing the other is marked as such. The party accused is
 * read from what the claimant says (their statement, or the sentence that attributes the claim to them),
 * never from anywhere in the excerpt: "Kyiv has said it will investigate abuse by its armed forces.
 * Ukraine has also accused Russia…" is Kyiv speaking of its own forces, not accusing Russia. A party
 * speaking of its own side (a pledge to investigate, a denial) is marked as that.
 */

export type ClaimantRole = 'subject' | 'state body' | 'official' | 'person' | 'outlet' | 'unknown';
export type Party = 'Russia' | 'Ukraine';

export interface Claim {
  /** Who makes the claim, as the summary may name them (already redacted by the caller where needed). */
  by: string;
  role: ClaimantRole;
  /** The party to the conflict the claimant belongs to, when the name tells. */
  party: Party | null;
  /** The other party, when the claim accuses it. */
  about: Party | null;
  /** A state body or official of one party accusing the other. */
  partyClaim: boolean;
  /** A state body or official of one party speaking of its own side's forces (a pledge to investigate, a denial). */
  ownSide: boolean;
  /** The claim in one line: who, what kind of source, on what basis. */
  summary: string;
}

export interface KnownSpeaker {
  name: string;
  aliases: string[];
  kind: string;
  role: string | null;
}

export interface ClaimInput {
  excerpts: string[];
  description: string;
  /** The allegation's (or its evidence's) basis: first-hand, participant, reported, unclear. */
  basis: string | null;
  /** Speakers of statements linked to or overlapping the evidence. */
  speakers: KnownSpeaker[];
  /** One of those statements is the subject's own. */
  subjectSpeaks: boolean;
  people: KnownSpeaker[];
  subjectNames: string[];
  /** How the subject is shown in this summary (his name or pseudonym). */
  subjectDisplay: string;
  /** The publisher of the (first) source, for "reported by". */
  outlet: string | null;
  sourceRef: string | null;
}

const PARTY_WORDS: Record<Party, RegExp> = {
  Russia:
    /(?<![\p{L}])(russia\p{L}*|russian\p{L}*|kremlin|moscow|росси\p{L}*|российск\p{L}*|кремл\p{L}*|москв\p{L}*|russland|russisch\p{L}*|rusia|ruși\p{L}*|rus|ruși|rușii|rusă|ruse|rusesc\p{L}*|росія\p{L}*|російськ\p{L}*)(?![\p{L}])/iu,
  Ukraine: /(?<![\p{L}])(ukrain\p{L}*|kyiv|kiev|україн\p{L}*|украин\p{L}*|киев\p{L}*|київ\p{L}*|ucrain\p{L}*)(?![\p{L}])/iu,
};
const STATE_WORDS =
  /(?<![\p{L}])(ministry|ministerium|minister\p{L}*|министерств\p{L}*|міністерств\p{L}*|committee|комитет\p{L}*|government|regierung|guvern\p{L}*|правительств\p{L}*|kremlin|кремл\p{L}*|army|armed forces|armee|армия|армі\p{L}*|prosecutor|прокуратур\p{L}*|general staff|генштаб\p{L}*|fsb|фсб|sbu|сбу|gru|гру|moscow|kyiv|kiev|москва|киев|київ|office of the president)(?![\p{L}])/iu;
const OFFICIAL_ROLE = /official|spokes|minister|president|head of|director|commander|prosecutor|ambassador|un\b|united nations/i;
/** Verbs of saying, claiming, accusing, reporting (en, de, ro, ru, uk). */
const ATTRIBUTION =
  /(said|says|say|stated|states|claim\p{L}*|accus\p{L}*|alleg\p{L}*|told|released|reported|announced|denied|insist\p{L}*|sagte|erklärte|behauptet\p{L}*|a declarat|a spus|susține|заяв\p{L}*|сообщ\p{L}*|сказал\p{L}*|обвин\p{L}*|повідом\p{L}*|сказав\p{L}*)/iu;

/**
 * The speaker's own side named as the one that acted: "abuse by its armed forces", "со стороны своих
 * военных", "durch ihre eigenen Truppen". Only "by …": "our soldiers were executed" names the victims,
 * and a claim about who harmed them still accuses the other side.
 */
const OWN_SIDE =
  /(?<![\p{L}])((by|within|among)\s+(its|their|our)\s+(own\s+)?(armed\s+forces|forces|troops|soldiers|servicemen|army|military|units?|personnel)|со\s+стороны\s+(своих|наших)|своими\s+(военн|войск|солдат|силам)\p{L}*|з\s+боку\s+(своїх|наших)|своїми\s+(військов|солдат|силам)\p{L}*|durch\s+(seine|ihre|unsere)\s+(eigenen\s+)?(streitkräfte|truppen|soldaten)|de\s+către\s+(propriile|forțele\s+sale|trupele\s+sale))(?![\p{L}])/iu;

/**
 * What the claimant says: a linked statement (the speaker's) is the whole excerpt; otherwise the sentence
 * of `text` that attributes the claim to them, found at `at`.
 */
function claimScope(text: string, at: number): string {
  if (at < 0 || at >= text.length) return text;
  const before = text.slice(0, at);
  const start = Math.max(
    0,
    ...['. ', '! ', '? ', '\n'].map((d) => {
      const i = before.lastIndexOf(d);
      return i < 0 ? 0 : i + d.length;
    }),
  );
  const end = /[.!?](?=[”"»]?(\s|$))/u.exec(text.slice(at));
  return text.slice(start, end ? at + end.index + 1 : text.length);
}

function partyOf(name: string): Party | null {
  const ru = PARTY_WORDS.Russia.test(name);
  const ua = PARTY_WORDS.Ukraine.test(name);
  return ru === ua ? null : ru ? 'Russia' : 'Ukraine';
}

function classify(sp: { name: string; kind: string; role: string | null }): ClaimantRole {
  if (STATE_WORDS.test(sp.name)) return 'state body';
  if (sp.kind !== 'person') return partyOf(sp.name) ? 'state body' : 'outlet';
  if (sp.role && OFFICIAL_ROLE.test(sp.role)) return 'official';
  return 'person';
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where in `text` a name is said to say something: "According to NAME," or "NAME … said" close by. */
function attributedAt(text: string, name: string): number {
  const n = escape(name.trim());
  if (n.length < 2) return -1;
  const m =
    new RegExp(`(?:according to|per|laut|potrivit|по словам|за словами)\\s+(?:the\\s+)?${n}`, 'iu').exec(text) ??
    new RegExp(`${n}(?:’s|'s)?[^.;:“”"«»]{0,80}?(?<![\\p{L}])${ATTRIBUTION.source}`, 'iu').exec(text);
  return m ? m.index : -1;
}

/** An attribution to someone the case does not list: "The Kremlin released…", "However, Kyiv has said…". */
function unlistedClaimant(text: string): { name: string; at: number } | null {
  const m =
    /(?:according to|per)\s+((?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+(?:of\s+|the\s+)?\p{Lu}[\p{L}’'.-]*){0,5})/u.exec(text) ??
    /(?:^|[.;]\s+|,\s+|However,\s+)((?:The\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+(?:of\s+|the\s+)?\p{Lu}[\p{L}’'.-]*){0,5})\s+(?:has\s+|have\s+|had\s+|previously\s+|later\s+|also\s+){0,2}(said|says|stated|claimed|accused|released|announced|reported|denied)\b/u.exec(
      text,
    );
  const name = m?.[1]?.trim();
  if (!m || !name || /^(He|She|They|It|We|I|This|That|Reports?|Sources?)$/i.test(name)) return null;
  return { name, at: m.index + m[0].indexOf(name) };
}

function basisWords(basis: string | null): string {
  switch (basis) {
    case 'participant':
      return 'participant: describes what he took part in';
    case 'first-hand':
      return 'first-hand: says he saw or heard it himself';
    case 'reported':
    case 'hearsay':
      return 'hearsay: reported, not witnessed by the speaker';
    case 'document':
      return 'documentary';
    default:
      return 'basis unclear';
  }
}

export function attributeClaim(c: ClaimInput): Claim {
  const text = [...c.excerpts, c.description].join(' \n ');
  let by: string | null = null;
  let role: ClaimantRole = 'unknown';
  let party: Party | null = null;
  // What the claimant says (see claimScope): by default the excerpts, else the description.
  const excerptText = c.excerpts.join(' \n ') || c.description;
  let scope = excerptText;

  const named = c.people
    .map((p) => ({ p, at: Math.min(...[p.name, ...p.aliases].map((n) => attributedAt(text, n)).map((i) => (i < 0 ? Infinity : i))) }))
    .filter((x) => x.at !== Infinity)
    .sort((a, b) => a.at - b.at)[0];
  const speaker = c.speakers[0] ?? named?.p;
  const subjectAt = Math.min(...c.subjectNames.map((n) => attributedAt(text, n)).map((i) => (i < 0 ? Infinity : i)));
  const subjectNamed = c.subjectNames.some((n) => n.length > 2 && new RegExp(`(?<![\\p{L}])${escape(n)}(?![\\p{L}])`, 'iu').test(text));
  const firstHand = c.basis === 'first-hand' || c.basis === 'participant';

  if (c.subjectSpeaks) {
    by = c.subjectDisplay;
    role = 'subject';
  } else if (speaker && !(subjectAt !== Infinity && !c.speakers.length)) {
    by = speaker.name;
    role = classify(speaker);
    party = partyOf(speaker.name);
    if (!c.speakers.length && named) scope = claimScope(text, named.at);
  } else if (subjectAt !== Infinity || (subjectNamed && firstHand)) {
    by = c.subjectDisplay;
    role = 'subject';
  } else {
    const other = unlistedClaimant(text);
    if (other) {
      by = other.name;
      role = classify({ name: other.name, kind: 'organisation', role: null });
      if (role === 'outlet') role = 'unknown';
      party = partyOf(other.name);
      scope = claimScope(text, other.at);
    } else if (!firstHand && c.outlet) {
      by = c.outlet;
      role = 'outlet';
    }
  }

  // What the claim accuses: the other party, when what the claimant says names it; a party speaking of
  // its own forces accuses no one.
  const official = role === 'state body' || role === 'official';
  const ownSide = official && party !== null && OWN_SIDE.test(scope);
  let about: Party | null = null;
  if (party && !ownSide) {
    const other: Party = party === 'Russia' ? 'Ukraine' : 'Russia';
    if (PARTY_WORDS[other].test(scope)) about = other;
  }
  const partyClaim = official && party !== null && about !== null;

  const cite = c.sourceRef ? ` (${c.sourceRef})` : '';
  let summary: string;
  if (role === 'subject') summary = `${by}, the subject of this case — ${basisWords(c.basis)}${cite}`;
  else if (partyClaim)
    summary = `${by} — ${role === 'state body' ? 'a state body' : 'an official'} of ${party}, a party to the conflict, accusing ${about}; hearsay from an official source, not an eyewitness account${cite}`;
  else if (ownSide)
    summary = `${by} — ${role === 'state body' ? 'a state body' : 'an official'} of ${party}, a party to the conflict, speaking of its own side, not accusing the other; hearsay from an official source${cite}`;
  else if (role === 'state body' || role === 'official')
    summary = `${by} — ${role === 'state body' ? 'a state body or official institution' : 'an official'}${party ? ` of ${party}` : ''}; hearsay from an official source${cite}`;
  else if (role === 'person') summary = `${by} — ${basisWords(c.basis)}${cite}`;
  else if (role === 'outlet') summary = `reported by ${by}; no one in the source is named as the source of the claim${cite}`;
  else if (by) summary = `${by} — ${basisWords(c.basis)}${cite}`;
  else summary = `not attributed in the source — ${basisWords(c.basis)}${cite}`;
  return { by: by ?? 'not attributed', role, party, about, partyClaim, ownSide, summary };
}
