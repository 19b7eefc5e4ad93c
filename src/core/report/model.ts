/**
 * The evidence-summary model: everything the PDF shows, already filtered and redacted for one profile.
 * The renderer only lays this out; it never reads the case. So "what is in the file" = "what is in the
 * model" + the originals listed in `sources` with `embedded: true`, and both are checked for leaks.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { ASYLUM_GROUNDS, type AsylumGroundCode, CONFIDENCE_NOTE } from '../../shared/asylum-grounds';
import { ASYLUM_STAGES } from '../../shared/domain';
import type { CustodyEntry } from '../../shared/contract/custody';
import { CasefileError } from '../../shared/errors';
import { canonicalJson } from '../custody/canonical';
import { custodyHead, listCustody } from '../custody/log';
import type { CaseContext } from '../context';
import { getProfile } from '../ops/profile';
import type { ExportProfileDef, ProfileField } from './profiles';
import { existingPseudonyms, ensurePseudonyms } from './pseudonyms';
import {
  type AllegationRow,
  readAllegations,
  readAsylum,
  readAsylumGrounds,
  readEvents,
  readEvidence,
  readPeople,
  readSourceBytes,
  readSources,
  readStatements,
  readPersonKinds,
  selfIncriminatingSuggestions,
  sourcesWithSelfIncriminatingSuggestion,
  statementEvidence,
} from './queries';
import { Redactor, nameTokens } from './redact';
import { WithheldPassages } from './withheld';
import { protectedName, skeleton, survivingSpellings, type ProtectedName } from './name-check';
import { categoryLabel, categoryRank, defaultProvisions, shortTitle } from './taxonomy';
import { corroborate } from '../ops/corroboration';
import { listSources } from '../ops/sources';
import { importOrigins } from '../custody/import-origins';
import { describeSource, plausiblePublisher, sourceReliability, type SourceDescription } from './source-annex';
import { attributeClaim, type Claim, type KnownSpeaker } from './claimants';
import type { ExportExcluded } from '../../shared/contract/report';
import { elementAnalysis, type ElementAnalysisOut } from './element-analysis';
import { allegationElements } from '../ops/elements';
import { getAllegation } from '../ops/allegations';

export interface FuzzyDateOut {
  text: string | null;
  value: string | null;
  end: string | null;
  precision: string;
}

export interface ProvisionOut {
  code: string;
  title: string | null;
}

export interface EvidenceOut {
  excerpt: string;
  /** The excerpt was changed (a name replaced, a detail withheld): not verbatim. */
  redacted: boolean;
  sourceRef: string;
  basis: string | null;
  grade: string | null;
}

/** An allegation as the summary presents it: the stored fields (queries.ts) plus its ref, grade and evidence. */
export interface AllegationOut extends Pick<
  AllegationRow,
  'id' | 'category' | 'description' | 'place' | 'perpetrators' | 'units' | 'victims' | 'victimStatus' | 'status' | 'basis'
> {
  ref: string;
  provisions: ProvisionOut[];
  date: FuzzyDateOut;
  selfIncriminating: boolean;
  grade: string | null;
  /** From core/ops/corroboration: independent origins, with the reason sources were merged. */
  corroboration: { sources: number; independent: number; firstHand: number; explanation: string };
  evidence: EvidenceOut[];
  notes: string | null;
  /** Who makes the claim and on what basis (report/claimants.ts): the defector's own account or a party's. */
  claim: Claim;
  /** Elements, evidence per element, gaps and modes of liability, when the profile asks for it. */
  analysis: ElementAnalysisOut | null;
}

export interface CategoryOut {
  category: string;
  label: string;
  provisions: ProvisionOut[];
  allegations: AllegationOut[];
}

export interface EventOut {
  ref: string;
  id: string;
  title: string;
  description: string | null;
  date: FuzzyDateOut;
  place: string | null;
  allegationRef: string | null;
  sourceRefs: string[];
}

export interface StatementOut {
  ref: string;
  id: string;
  speaker: string;
  text: string;
  /** The statement's text was changed (a name replaced, a detail withheld): not verbatim. */
  redacted: boolean;
  translation: string | null;
  translationKind: string | null;
  /** Who translated it (redacted like the rest), when recorded. */
  translator: string | null;
  language: string | null;
  basis: string;
  hearsayFrom: string | null;
  statedDate: string | null;
  sourceRef: string | null;
}

export interface AsylumOut {
  id: string;
  country: string;
  countryName: string;
  stage: string;
  /** The stage in words ("Decision: refugee status granted"), never the code. */
  stageLabel: string;
  date: FuzzyDateOut;
  authority: string | null;
  note: string | null;
  sourceRef: string | null;
}

/** A ground of the subject's claim or a risk on return, as the asylum section shows it. */
export interface AsylumGroundOut {
  id: string;
  kind: 'ground' | 'risk';
  code: string;
  /** The Convention ground or form of protection ("Political opinion"), or the kind of risk. */
  heading: string;
  label: string;
  /** The legal basis, each reference followed by what its confidence is when it is not a checked text. */
  basis: string[];
  note: string | null;
  sourceRef: string | null;
}

export interface SourceOut {
  ref: string;
  id: string;
  sha256: string | null;
  size: number;
  mediaType: string;
  encoding: string | null;
  fileName: string;
  title: string | null;
  outlet: string | null;
  language: string | null;
  publishedAt: string | null;
  url: string | null;
  /** How the annex names it (report/source-annex.ts): kind, publisher, heading, language and date in words. */
  kind: SourceDescription['kind'];
  kindBasis: string;
  publisher: string | null;
  heading: string;
  languageName: string | null;
  published: string | null;
  /** The Admiralty reliability letters given on its excerpts in this summary, in words. */
  reliability: string;
  importedAt: string;
  embedded: boolean;
  attachmentName: string | null;
  withheldReason: string | null;
  /** When the original cannot go out whole: the redacted text rendition attached instead. */
  rendition: { attachmentName: string; sha256: string; size: number } | null;
}

/** A custody entry as the appendix shows it: details as (redacted) canonical JSON text. */
export type CustodyOut = Omit<CustodyEntry, 'details' | 'prevHash'> & { details: string };

export interface EvidenceModel {
  caseId: string;
  caseTitle: string;
  exportId: string;
  createdAt: string;
  recipient: string;
  preparedBy: string;
  profile: ExportProfileDef;
  custodyHead: { seq: number; hash: string } | null;
  /** The certificate that signs this export (null in a preview: nothing is signed). */
  signing: { fingerprint: string; algorithm: string } | null;
  subject: {
    displayName: string;
    pseudonymised: boolean;
    fields: { field: ProfileField; label: string; value: string }[];
    withheldFields: string[];
  };
  /** The subject's own asylum steps (never another person's), in procedure order. */
  asylum: AsylumOut[];
  /** The grounds of the claim and the risks on return, when recorded. */
  asylumGrounds: AsylumGroundOut[];
  categories: CategoryOut[];
  timeline: EventOut[];
  testimony: StatementOut[];
  sources: SourceOut[];
  custody: CustodyOut[];
  excluded: ExportExcluded;
}

/** Original bytes to embed, keyed by source ref (kept outside the model: the model is what is shown). */
export type Attachments = Map<
  string,
  { name: string; bytes: Buffer; mediaType: string; description: string; relationship: 'Source' | 'Supplement' }
>;

export const FIELD_LABELS: Record<ProfileField, string> = {
  fullName: 'Name',
  aliases: 'Aliases, call signs',
  rank: 'Rank',
  unit: 'Unit',
  service: 'Service',
  birthDate: 'Born',
  age: 'Age',
  origin: 'Origin',
  routeOut: 'Route out',
  currentLocation: 'Current location',
  contacts: 'Contacts',
  family: 'Family',
  notes: 'Notes',
};

// Loaded with require, as in ingest/suggest/countries.ts: the built service worker keeps node_modules
// external, and an ESM import of JSON there would need an import attribute.
const EN_COUNTRIES = (
  createRequire(import.meta.url)('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> }
).countries;
const countryName = (code: string): string => {
  const n = EN_COUNTRIES[code];
  return (Array.isArray(n) ? n[0] : n) ?? code;
};

const ASYLUM_STAGE_LABELS: Record<string, string> = {
  intends: 'Intends to apply for asylum',
  applied: 'Application made',
  registered: 'Application registered',
  interview: 'Interview',
  'decision-refugee-status': 'Decision: refugee status granted',
  'decision-subsidiary-protection': 'Decision: subsidiary protection granted',
  'decision-humanitarian': 'Decision: humanitarian / national protection granted',
  'decision-rejected': 'Decision: application rejected',
  appeal: 'Appeal lodged',
  final: 'Final decision',
  'dublin-transfer': 'Dublin transfer to another state',
  withdrawn: 'Application withdrawn',
  none: 'No asylum application',
};

const PERPETRATOR_ROLE = /perpetrat|suspect|command|accused/i;
const SUBJECT_ROLE = /^subject$/i;
/** Not a person at all: recorded among the people before people had a kind. */
const NOT_A_PERSON_ROLE =
  /organi[sz]ation|^unit$|military unit|brigade|regiment|battalion|ministry|agency|country|state|government|company|institution/i;
/** Acting for the subject (counsel, representative): the asylum authority must know who they are. */
const COUNSEL_ROLE = /lawyer|counsel|attorney|advocate|solicitor|representative/i;

function fuzzy(text: string | null, value: string | null, end: string | null, precision: string): FuzzyDateOut {
  return { text, value, end, precision };
}

function grade(rel: string | null, cred: string | null): string | null {
  if (!rel && !cred) return null;
  return `${rel ?? '–'}${cred ?? '–'}`;
}

function safeFileName(s: string): string {
  const cleaned = s
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\\/:*?"<>|\x00-\x1f]+/g, '_')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned.slice(-80) || 'original';
}

export interface BuildOptions {
  recipient: string;
  preparedBy: string;
  exportId: string;
  createdAt: string;
  /** Assign missing pseudonyms (writes to the case). Preview passes false and shows placeholders. */
  assignPseudonyms: boolean;
  signing?: { fingerprint: string; algorithm: string } | null;
}

export function buildModel(
  ctx: CaseContext,
  def: ExportProfileDef,
  opts: BuildOptions,
): { model: EvidenceModel; attachments: Attachments } {
  const db = ctx.db;
  const meta = ctx.store.meta();
  const profile = getProfile(ctx);
  const people = readPeople(db);
  const sensitiveList = new Set(profile.sensitive);

  // ---- who is pseudonymised
  const isSubjectRow = (p: { name: string; role: string | null }) =>
    (p.role !== null && SUBJECT_ROLE.test(p.role)) ||
    (profile.fullName !== null && p.name.trim().toLowerCase() === profile.fullName.trim().toLowerCase());
  // Only people the profile protects: never an organisation, unit or country recorded among the people,
  // never someone marked in the case as a public figure (people.publicFigure: the mark, not the name,
  // decides; unmarked people are protected); the subject's own counsel only when the subject is hidden too.
  const kinds = readPersonKinds(db);
  const pseudonymisedPeople = people.filter((p) => {
    if (def.pseudonymise === 'none') return false;
    if ((kinds.get(p.id) ?? 'person') !== 'person' || (p.role && NOT_A_PERSON_ROLE.test(p.role))) return false;
    if (isSubjectRow(p)) return def.pseudonymise === 'all';
    if (p.publicFigure) return false;
    if (p.role && COUNSEL_ROLE.test(p.role)) return def.pseudonymise === 'all';
    if (def.pseudonymise === 'witnesses') return !(p.role && PERPETRATOR_ROLE.test(p.role));
    return true;
  });
  const subjectPseudonymised = def.pseudonymise === 'all';
  const pseudo = opts.assignPseudonyms
    ? ensurePseudonyms(
        ctx,
        pseudonymisedPeople.filter((p) => !isSubjectRow(p)).map((p) => p.id),
        subjectPseudonymised,
      )
    : existingPseudonyms(ctx);
  const subjectCode = pseudo.subject ?? 'W-????';
  const codeFor = (id: string) => pseudo.people.get(id) ?? 'P-????';

  // ---- the redactor: every withheld value and every pseudonymised name
  const redactor = new Redactor();
  const withheldFields: string[] = [];
  const shownFields = new Set<ProfileField>(def.profileFields);
  for (const field of [
    'currentLocation',
    'contacts',
    'family',
    'notes',
    'fullName',
    'rank',
    'unit',
    'service',
    'origin',
    'routeOut',
    'birthDate',
  ] as const) {
    const isSensitive = sensitiveList.has(field);
    const allowed = def.sensitiveFields.includes(field);
    if (isSensitive && !allowed) {
      if (field !== 'fullName' || !subjectPseudonymised) redactor.addSensitive(`profile.${field}`, profile[field]);
      if (shownFields.has(field) || profile[field]) withheldFields.push(field);
    }
  }
  const visibleNames = [
    ...(subjectPseudonymised ? [] : [profile.fullName, ...profile.aliases.map((a) => a.name)]),
    ...people.filter((p) => !pseudonymisedPeople.includes(p)).flatMap((p) => [p.name, ...p.aliases]),
  ];
  const visibleTokens = nameTokens(visibleNames);
  const visibleSkeletons = new Set([...visibleTokens].map(skeleton));
  const protectedNames: ProtectedName[] = [];
  if (subjectPseudonymised) {
    const subjectNames = [
      profile.fullName ?? '',
      ...profile.aliases.map((a) => a.name),
      ...people.filter(isSubjectRow).flatMap((p) => [p.name, ...p.aliases]),
    ];
    redactor.addName('subject', subjectNames, subjectCode, visibleTokens);
    protectedNames.push(protectedName(subjectCode, subjectNames, visibleSkeletons));
  }
  for (const p of pseudonymisedPeople) {
    if (isSubjectRow(p)) continue;
    redactor.addName(`person:${p.id}`, [p.name, ...p.aliases], codeFor(p.id), visibleTokens);
    protectedNames.push(protectedName(codeFor(p.id), [p.name, ...p.aliases], visibleSkeletons));
  }
  const R = <T>(v: T): T => redactor.deep(v);

  // ---- subject profile as this recipient may see it
  const fields: EvidenceModel['subject']['fields'] = [];
  for (const field of def.profileFields) {
    if (sensitiveList.has(field) && !def.sensitiveFields.includes(field)) continue;
    if (subjectPseudonymised && (field === 'fullName' || field === 'aliases' || field === 'birthDate')) continue;
    const raw = profile[field as keyof typeof profile];
    let value: string | null = null;
    if (field === 'aliases') value = profile.aliases.length ? profile.aliases.map((a) => `${a.name} (${a.kind})`).join('; ') : null;
    else if (raw !== null && raw !== undefined && raw !== '') value = String(raw);
    if (value) fields.push({ field, label: FIELD_LABELS[field], value: R(value) });
  }

  // ---- sources: refs first (everything points at them)
  const sources = readSources(db);
  const refOf = new Map<string, string>();
  sources.forEach((s, i) => refOf.set(s.id, `S${i + 1}`));
  const sref = (id: string | null) => (id ? (refOf.get(id) ?? null) : null);

  // ---- allegations
  const allAllegations = readAllegations(db);
  const excludedAllegation = (a: AllegationRow) =>
    (a.selfIncriminating && !def.includeSelfIncriminating) || (a.status === 'retracted' && !def.includeRetracted);
  const kept = allAllegations.filter((a) => !excludedAllegation(a)).sort((x, y) => categoryRank(x.category) - categoryRank(y.category));
  const excludedIds = new Set(allAllegations.filter(excludedAllegation).map((a) => a.id));
  const evidence = readEvidence(db);
  const evByAllegation = new Map<string, typeof evidence>();
  const taintedSources = new Set<string>();
  if (!def.includeSelfIncriminating) {
    // The importer may have flagged a self-incriminating passage that nobody has decided on yet (or that
    // was rejected as an allegation): the original still carries it, so it cannot go out whole either.
    for (const id of sourcesWithSelfIncriminatingSuggestion(db)) taintedSources.add(id);
  }
  // Every passage a left-out allegation rests on (and every passage the importer flagged as
  // self-incriminating, decided or not) is withheld from the WHOLE export, wherever its words recur.
  const withheld = new WithheldPassages();
  for (const a of allAllegations.filter(excludedAllegation)) withheld.add({ label: `allegation ${a.id}`, text: a.description });
  for (const e of evidence) {
    if (!excludedIds.has(e.allegationId)) continue;
    for (const text of [e.excerpt, e.spanText])
      if (text) withheld.add({ label: `allegation ${e.allegationId}`, text, sourceId: e.sourceId, start: e.spanStart, end: e.spanEnd });
  }
  if (!def.includeSelfIncriminating) {
    for (const r of selfIncriminatingSuggestions(db)) {
      const p = JSON.parse(r.payloadJson) as { text?: string; start?: number; end?: number };
      if (p.text) withheld.add({ label: `suggestion ${r.id}`, text: p.text, sourceId: r.sourceId, start: p.start, end: p.end });
    }
  }
  const carriesWithheld = (text: string | null | undefined, sourceId?: string | null, start?: number | null, end?: number | null) =>
    withheld.found(text).length > 0 || withheld.overlapsSpan(sourceId, start, end);

  const excludedStatementIds = new Set<string>();
  for (const e of evidence) {
    if (excludedIds.has(e.allegationId)) {
      // An original that carries a passage this recipient must not get cannot go out whole.
      taintedSources.add(e.sourceId);
      continue;
    }
    // Another allegation's excerpt from the same passage would print it all the same.
    if (carriesWithheld(e.excerpt ?? e.spanText, e.sourceId, e.spanStart, e.spanEnd)) continue;
    const list = evByAllegation.get(e.allegationId) ?? [];
    list.push(e);
    evByAllegation.set(e.allegationId, list);
  }
  const stmtLinks = statementEvidence(db);
  for (const l of stmtLinks) if (excludedIds.has(l.allegationId)) excludedStatementIds.add(l.statementId);

  // ---- who makes each claim: linked or overlapping statements, attributions, the subject, the outlet
  const statementRows = readStatements(db);
  const kindOf = (id: string | null) => (id ? (kinds.get(id) ?? 'person') : 'person');
  const isSubjectName = (n: string | null) =>
    n !== null &&
    [profile.fullName, ...profile.aliases.map((a) => a.name)].some((x) => x && x.trim().toLowerCase() === n.trim().toLowerCase());
  const speaksAsSubject = (st: (typeof statementRows)[number]) => {
    const p = st.speakerId ? people.find((x) => x.id === st.speakerId) : undefined;
    return p ? isSubjectRow(p) : isSubjectName(st.speakerName);
  };
  const speakerOf = (st: (typeof statementRows)[number]): KnownSpeaker | null => {
    const p = st.speakerId ? people.find((x) => x.id === st.speakerId) : undefined;
    if (speaksAsSubject(st)) return null;
    if (p) return { name: p.name, aliases: p.aliases, kind: kindOf(p.id), role: p.role };
    return st.speakerName ? { name: st.speakerName, aliases: [], kind: 'person', role: null } : null;
  };
  const knownSpeakers: KnownSpeaker[] = people
    .filter((p) => !isSubjectRow(p))
    .map((p) => ({ name: p.name, aliases: p.aliases, kind: kindOf(p.id), role: p.role }));
  const subjectNames = [
    ...new Set(
      [profile.fullName ?? '', ...profile.aliases.map((a) => a.name), ...people.filter(isSubjectRow).map((p) => p.name)]
        .flatMap((n) => [n, ...n.split(/\s+/).filter((t) => t.length > 3 && /^\p{Lu}/u.test(t))])
        .filter((n) => n.trim().length > 2),
    ),
  ];
  const publisherOf = new Map(sources.map((s) => [s.id, plausiblePublisher(s.outlet ?? s.claimedOutlet)]));
  const claimOf = (a: AllegationRow, ev: typeof evidence): Claim => {
    const linked = new Set(stmtLinks.filter((l) => l.allegationId === a.id).map((l) => l.statementId));
    const overlapping = statementRows.filter(
      (st) =>
        linked.has(st.id) ||
        ev.some(
          (e) =>
            st.sourceId === e.sourceId &&
            st.spanStart !== null &&
            st.spanEnd !== null &&
            e.spanStart !== null &&
            e.spanEnd !== null &&
            st.spanStart < e.spanEnd &&
            e.spanStart < st.spanEnd,
        ),
    );
    const speakers = overlapping.map(speakerOf).filter((x): x is KnownSpeaker => x !== null);
    const c = attributeClaim({
      excerpts: ev.map((e) => e.excerpt ?? e.spanText ?? ''),
      description: a.description,
      basis: a.basis ?? ev[0]?.basis ?? null,
      speakers,
      subjectSpeaks: overlapping.some(speaksAsSubject),
      people: knownSpeakers,
      subjectNames,
      subjectDisplay: subjectPseudonymised ? subjectCode : (profile.fullName ?? 'the subject'),
      outlet: ev[0] ? (publisherOf.get(ev[0].sourceId) ?? null) : null,
      sourceRef: ev[0] ? sref(ev[0].sourceId) : null,
    });
    return { ...c, by: R(c.by), summary: R(c.summary) };
  };

  const refOfAllegation = new Map<string, string>();
  const byCategory = new Map<string, AllegationOut[]>();
  kept.forEach((a, i) => {
    const ref = `A${i + 1}`;
    refOfAllegation.set(a.id, ref);
    const ev = evByAllegation.get(a.id) ?? [];
    const provisions = (a.provisions.length ? a.provisions : defaultProvisions(a.category)).map((code) => ({
      code,
      title: shortTitle(code),
    }));
    const out: AllegationOut = {
      ref,
      id: a.id,
      category: a.category,
      provisions,
      description: R(a.description),
      place: R(a.place),
      date: R(fuzzy(a.dateText, a.dateValue, a.dateEnd, a.datePrecision)),
      perpetrators: R(a.perpetrators),
      units: R(a.units),
      victims: R(a.victims),
      victimStatus: a.victimStatus,
      status: a.status,
      basis: a.basis,
      selfIncriminating: a.selfIncriminating,
      grade: grade(a.reliability, a.credibility),
      corroboration: (() => {
        const c = corroborate(
          ctx,
          a.id,
          ev.map((e) => ({ sourceId: e.sourceId, originKey: e.originKey })),
        );
        return {
          sources: c.sources,
          independent: c.independent,
          firstHand: ev.filter((e) => e.basis === 'first-hand').length,
          explanation: R(c.explanation),
        };
      })(),
      evidence: ev
        .map((e) => {
          const verbatim = e.excerpt ?? e.spanText ?? '';
          const excerpt = R(verbatim);
          return {
            excerpt,
            redacted: excerpt !== verbatim,
            sourceRef: sref(e.sourceId) ?? '?',
            basis: e.basis,
            grade: grade(e.reliability, e.credibility),
          };
        })
        .filter((e) => e.excerpt.trim().length > 0),
      notes: def.includeNotes ? R(a.notes) : null,
      claim: claimOf(a, ev),
      analysis: null,
    };
    const list = byCategory.get(a.category) ?? [];
    list.push(out);
    byCategory.set(a.category, list);
  });
  const categories: CategoryOut[] = [...byCategory.entries()]
    .sort((x, y) => categoryRank(x[0]) - categoryRank(y[0]))
    .map(([category, allegations]) => ({
      category,
      label: categoryLabel(category),
      provisions: [...new Set(allegations.flatMap((a) => a.provisions.map((p) => p.code)))].map((code) => ({
        code,
        title: shortTitle(code),
      })),
      allegations,
    }));

  // ---- timeline
  const events = readEvents(db);
  const keptEvents = events.filter((e) => !(e.allegationId && excludedIds.has(e.allegationId)));
  const timeline: EventOut[] = keptEvents.map((e, i) => ({
    ref: `E${i + 1}`,
    id: e.id,
    title: R(e.title),
    description: R(e.description),
    date: R(fuzzy(e.dateText, e.dateValue, e.dateEnd, e.datePrecision)),
    place: R(e.place),
    allegationRef: e.allegationId ? (refOfAllegation.get(e.allegationId) ?? null) : null,
    sourceRefs: e.sourceIds.map((s) => sref(s) ?? '?'),
  }));

  // ---- testimony
  const personById = new Map(people.map((p) => [p.id, p]));
  for (const s of readStatements(db)) if (carriesWithheld(s.text) || carriesWithheld(s.translation)) excludedStatementIds.add(s.id); // a quote of the same words
  const statements = readStatements(db).filter((s) => !excludedStatementIds.has(s.id));
  const testimony: StatementOut[] = statements.map((s, i) => {
    const person = s.speakerId ? personById.get(s.speakerId) : undefined;
    let speaker = person?.name ?? s.speakerName ?? 'unattributed';
    if (person && pseudonymisedPeople.includes(person)) speaker = isSubjectRow(person) ? subjectCode : codeFor(person.id);
    return {
      ref: `T${i + 1}`,
      id: s.id,
      speaker: R(speaker),
      text: R(s.text),
      redacted: R(s.text) !== s.text,
      translation: R(s.translation),
      translationKind: s.translationKind,
      translator: R(s.translator),
      language: s.language,
      basis: s.basis,
      hearsayFrom: R(s.hearsayFrom),
      statedDate: s.statedDate,
      sourceRef: sref(s.sourceId),
    };
  });

  // ---- element analysis (after the testimony: elements cite statements by their T-number)
  if (def.elementAnalysis) {
    const shownEvidence = new Map(
      [...evByAllegation.values()]
        .flat()
        .map((e) => [
          e.id,
          `${sref(e.sourceId) ?? '?'}${e.reliability || e.credibility ? ` · ${grade(e.reliability, e.credibility)}` : ''}`,
        ]),
    );
    const statementRef = new Map(testimony.map((t) => [t.id, t.ref]));
    for (const c of categories)
      for (const a of c.allegations) {
        const shown = (evByAllegation.get(a.id) ?? []).map((e) => shownEvidence.get(e.id) as string);
        a.analysis = R(
          elementAnalysis(allegationElements(ctx, a.id), a.provisions, shown, getAllegation(ctx, a.id).liability, {
            evidence: (id) => shownEvidence.get(id) ?? null,
            statement: (id) => statementRef.get(id) ?? null,
          }),
        );
      }
  }

  // ---- asylum
  // Procedure order (an undated step sits where the procedure puts it), dates within a stage.
  const stageRank = (st: string) => {
    const i = (ASYLUM_STAGES as readonly string[]).indexOf(st);
    return i < 0 ? ASYLUM_STAGES.length : i;
  };
  // Only the subject's own steps: a step recorded as another person's (a relative's application) is theirs.
  const subjectRowIds = new Set(people.filter(isSubjectRow).map((p) => p.id));
  const asylum: AsylumOut[] = def.sections.includes('asylum')
    ? readAsylum(db)
        .filter((s) => s.personId === null || subjectRowIds.has(s.personId))
        .sort((x, y) => stageRank(x.stage) - stageRank(y.stage) || (x.dateValue ?? '9999').localeCompare(y.dateValue ?? '9999'))
        .map((s) => ({
          id: s.id,
          country: s.country,
          countryName: countryName(s.country),
          stage: s.stage,
          stageLabel: ASYLUM_STAGE_LABELS[s.stage] ?? s.stage.replace(/-/g, ' '),
          date: fuzzy(null, s.dateValue, null, s.datePrecision),
          authority: R(s.authority),
          note: R(s.note),
          sourceRef: sref(s.sourceId),
        }))
    : [];
  const asylumGrounds: AsylumGroundOut[] = def.sections.includes('asylum')
    ? readAsylumGrounds(db)
        .filter((g) => g.code in ASYLUM_GROUNDS)
        // Grounds before risks, each in entry order.
        .sort((x, y) => (x.kind === y.kind ? 0 : x.kind === 'ground' ? -1 : 1))
        .map((g) => {
          const d = ASYLUM_GROUNDS[g.code as AsylumGroundCode];
          return {
            id: g.id,
            kind: g.kind,
            code: g.code,
            heading: d.heading,
            label: d.label,
            basis: d.basis.map((b) => `${b.text}${CONFIDENCE_NOTE[b.confidence]}`),
            note: R(g.note),
            sourceRef: sref(g.sourceId),
          };
        })
    : [];

  // ---- source annex and attachments
  const attachments: Attachments = new Map();
  const renditionTexts = new Map<string, string>();
  const usedNames = new Set<string>();
  const urls = new Map(listSources(ctx).map((s) => [s.id, s.url]));
  const origins = importOrigins(db);
  const shownEvidence = [...evByAllegation.entries()].filter(([id]) => refOfAllegation.has(id)).flatMap(([, list]) => list);
  const sourceOut: SourceOut[] = sources.map((s) => {
    const ref = refOf.get(s.id) as string;
    const described = describeSource({
      fileName: s.fileName,
      mediaType: s.mediaType,
      format: s.format,
      origin: origins.get(s.id) ?? null,
      title: s.title,
      outlet: s.outlet ?? s.claimedOutlet,
      publishedDate: s.publishedDate ?? s.claimedPublishedAt,
      publishedPrecision: s.publishedDate ? s.publishedPrecision : null,
      language: s.language,
    });
    let withheldReason: string | null = null;
    if (!def.embedOriginals) withheldReason = 'Originals are not released under this profile.';
    else if (taintedSources.has(s.id) || carriesWithheld(s.cleanText)) withheldReason = 'Contains a passage left out under this profile.';
    let bytes: Buffer | null = null;
    if (!withheldReason) {
      bytes = readSourceBytes(db, s.id);
      const probe = `${bytes.toString('utf8')}\n${bytes.toString('latin1')}\n${s.cleanText ?? ''}\n${s.fileName}`;
      if (redactor.leaks(probe).length > 0) {
        withheldReason =
          'Contains withheld information (a protected name or a sensitive detail); it cannot be redacted and stay an original.';
        bytes = null;
      }
    }
    let attachmentName: string | null = null;
    if (bytes) {
      let name = `${ref}-${safeFileName(s.fileName)}`;
      for (let k = 2; usedNames.has(name); k++) name = `${ref}-${k}-${safeFileName(s.fileName)}`;
      usedNames.add(name);
      attachmentName = name;
      attachments.set(ref, {
        name,
        bytes,
        mediaType: s.mediaType,
        description: `Original of source ${ref}, SHA-256 ${s.sha256}`,
        relationship: 'Source',
      });
    }
    const hideHash = withheldReason !== null && !def.listWithheldHashes;
    // An original withheld for what it carries still reaches the recipient as a redacted text rendition,
    // labelled as such, with the original's SHA-256 so the recipient can ask the sender for it.
    let rendition: SourceOut['rendition'] = null;
    if (!bytes && def.embedOriginals && !hideHash) {
      const body = withheld.scrub(R(s.cleanText ?? readSourceBytes(db, s.id).toString('utf8')));
      const text = [
        `REDACTED TEXT RENDITION of source ${ref} (Casefile export ${opts.exportId}). This is NOT the original.`,
        `Original: SHA-256 ${s.sha256}, ${s.size} bytes, ${s.mediaType}. Ask the sender for it by this hash.`,
        'Names of persons this recipient may not see are replaced by pseudonyms; withheld passages and details are removed.',
        '',
        body,
        '',
      ].join('\n');
      const renditionBytes = Buffer.from(text, 'utf8');
      const name = `${ref}-redacted-rendition.txt`;
      attachments.set(`${ref}:rendition`, {
        name,
        bytes: renditionBytes,
        mediaType: 'text/plain',
        description: `Redacted text rendition of source ${ref} (not the original; original SHA-256 ${s.sha256})`,
        relationship: 'Supplement',
      });
      rendition = { attachmentName: name, sha256: createHash('sha256').update(renditionBytes).digest('hex'), size: renditionBytes.length };
      renditionTexts.set(ref, text);
    }
    return {
      ref,
      id: s.id,
      sha256: hideHash ? null : s.sha256,
      size: s.size,
      mediaType: s.mediaType,
      encoding: s.encoding,
      fileName: R(s.fileName),
      title: R(s.title),
      outlet: R(s.outlet ?? s.claimedOutlet),
      language: s.language,
      publishedAt: s.publishedDate ?? s.claimedPublishedAt,
      url: hideHash ? null : R(urls.get(s.id) ?? s.claimedUrl),
      kind: described.kind,
      kindBasis: described.kindBasis,
      publisher: R(described.publisher),
      heading: R(described.heading),
      languageName: described.languageName,
      published: described.published,
      reliability: sourceReliability(s.reliability, shownEvidence.filter((e) => e.sourceId === s.id).length),
      importedAt: s.importedAt,
      embedded: bytes !== null,
      attachmentName,
      withheldReason,
      rendition,
    };
  });

  // ---- custody appendix (details redacted: file names and titles can carry names)
  const custody: CustodyOut[] = def.sections.includes('custody')
    ? listCustody(db).map((c) => ({
        seq: c.seq,
        at: c.at,
        action: c.action,
        entity: c.entity,
        entityId: c.entityId,
        details: R(canonicalJson(c.details)),
        hash: c.hash,
      }))
    : [];

  const built: EvidenceModel = {
    caseId: meta.caseId,
    caseTitle: R(meta.title),
    exportId: opts.exportId,
    createdAt: opts.createdAt,
    recipient: opts.recipient,
    preparedBy: opts.preparedBy,
    profile: def,
    custodyHead: custodyHead(db),
    signing: opts.signing ?? null,
    subject: {
      displayName: subjectPseudonymised ? subjectCode : R(profile.fullName ?? 'the subject'),
      pseudonymised: subjectPseudonymised,
      fields,
      withheldFields,
    },
    asylum,
    asylumGrounds,
    categories,
    timeline: def.sections.includes('timeline') ? timeline : [],
    testimony: def.sections.includes('testimony') ? testimony : [],
    sources: sourceOut,
    custody,
    excluded: {
      selfIncriminatingAllegations: allAllegations.filter((a) => a.selfIncriminating && !def.includeSelfIncriminating).length,
      retractedAllegations: allAllegations.filter((a) => a.status === 'retracted' && !def.includeRetracted).length,
      statements: excludedStatementIds.size,
      events: events.length - keptEvents.length,
      originalsWithheld: sourceOut.filter((s) => !s.embedded).length,
      pseudonymisedPeople: pseudonymisedPeople.length + (subjectPseudonymised ? 1 : 0),
      sensitiveFieldsWithheld: withheldFields,
    },
  };

  // What is left of a withheld passage in free text (a description, an event note, a custody detail)
  // goes sentence by sentence.
  const model = withheld.deep(built);

  // Fail closed: if anything protected survived (a bug, or a value the recipient typed in), refuse.
  const passageLeaks = withheld.found(JSON.stringify(model));
  if (passageLeaks.length > 0) {
    throw new CasefileError(
      'INTERNAL',
      `Export stopped: a withheld passage (${passageLeaks.join(', ')}) would have been included. Nothing was written.`,
    );
  }
  // A spelling of a protected person the Redactor did not know would make the pseudonym reversible.
  const spellings = (text: string) => survivingSpellings(text, protectedNames).map((x) => x.pseudonym);
  const survivors = locate(model, spellings);
  for (const [ref, text] of renditionTexts) {
    const found = [...new Set(spellings(text))];
    if (found.length) survivors.push({ where: `the redacted rendition of source ${ref}`, found });
    const rest = [...redactor.leaks(text), ...withheld.found(text)];
    if (rest.length)
      throw new CasefileError(
        'INTERNAL',
        `Export stopped: the rendition of ${ref} still carries withheld content (${rest.join(', ')}). Nothing was written.`,
      );
  }
  if (survivors.length > 0) {
    const [first] = survivors;
    throw new CasefileError(
      'INVALID_INPUT',
      `Export refused: ${first.where} still contains a spelling of the name of ${first.found.join(', ')} that is not among that person's known names${
        survivors.length > 1 ? ` (and ${survivors.length - 1} more passage(s))` : ''
      }. Add the spelling as an alias of the person, then export again. Nothing was written.`,
      { passages: survivors.map((x) => x.where) },
    );
  }
  const leaks = redactor.leaks(JSON.stringify(model));
  if (leaks.length > 0) {
    throw new CasefileError(
      'INTERNAL',
      `Export stopped: withheld content (${leaks.join(', ')}) would have been included. Nothing was written.`,
    );
  }
  return { model, attachments };
}

/** Where in the model a finding sits, named as the recipient's copy names it (A3, T7, S2, custody #12…). */
function locate(model: EvidenceModel, find: (text: string) => string[]): { where: string; found: string[] }[] {
  const out: { where: string; found: string[] }[] = [];
  const check = (where: string, v: unknown) => {
    const found = [...new Set(find(JSON.stringify(v)))];
    if (found.length) out.push({ where, found });
  };
  check('the case title', model.caseTitle);
  check('the subject profile', model.subject);
  for (const a of model.asylum) check(`asylum step ${a.stage} (${a.country})`, a);
  for (const g of model.asylumGrounds) check(`asylum ${g.kind} ${g.code}`, g);
  for (const c of model.categories) for (const a of c.allegations) check(`allegation ${a.ref}`, a);
  for (const e of model.timeline) check(`event ${e.ref}`, e);
  for (const t of model.testimony) check(`statement ${t.ref}`, t);
  for (const s of model.sources) check(`source ${s.ref}`, s);
  for (const c of model.custody) check(`custody entry #${c.seq}`, c);
  return out;
}
