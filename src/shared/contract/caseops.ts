/**
 * Case operations: from the importer's suggestions to a documented case (issue 4). Suggestions, people,
 * testimony, allegations with evidence and corroboration, the timeline, asylum, search, and the case as
 * versioned JSON. Every operation that changes the case writes a custody entry in the same transaction.
 */
import { z } from 'zod';
import {
  AllegationStatus,
  AsylumStage,
  CountryCode,
  CrimeCategory,
  Credibility,
  DatePrecision,
  FuzzyDate,
  KnowledgeBasis,
  Reliability,
  SUGGESTION_STATUSES,
  SuggestionKind,
  VictimStatus,
} from '../domain';
import { ReportedBasis } from '../reading';
import { Alias, CaseInfo, Profile } from './case';
import { op } from './define';

const Id = z.string().min(1).max(100);
const Str = (max = 2000) => z.string().max(max);
const NStr = (max = 2000) => z.string().max(max).nullable();
const Empty = z.object({}).default({});

// ───────────────────────────── Suggestions ─────────────────────────────

export const Suggestion = z.object({
  id: z.string(),
  sourceId: z.string(),
  sourceTextId: z.string().nullable(),
  sourceTitle: z.string().nullable(),
  kind: SuggestionKind,
  /** Exactly the item of the importer's Reading (shared/reading.ts); for 'outlet' `{name}`. */
  payload: z.record(z.string(), z.unknown()),
  spanStart: z.number().int().nullable(),
  spanEnd: z.number().int().nullable(),
  /** The clean text under the span (what the investigator checks before accepting). */
  excerpt: z.string().nullable(),
  status: z.enum(SUGGESTION_STATUSES),
  decidedAt: z.string().nullable(),
  resultEntity: z.string().nullable(),
  resultId: z.string().nullable(),
  createdAt: z.string(),
});
export type Suggestion = z.infer<typeof Suggestion>;

/**
 * What an investigator may change when accepting, per kind (`acceptSuggestion({id, edit})`). Unknown keys
 * are refused. Omitted keys take the importer's value.
 */
export const SuggestionEdits = {
  subject: z
    .object({
      name: Str(300),
      aliases: z.array(Str(300)),
      rank: NStr(200),
      affiliation: z.array(Str(300)),
      age: z.number().int().min(0).max(130).nullable(),
      /** Record this subject as another person (the profile already names someone else). */
      asPerson: z.boolean(),
      /** Replace the profile's full name (the old one becomes an alias). */
      replaceName: z.boolean(),
    })
    .partial()
    .strict(),
  person: z
    .object({ name: Str(300), role: NStr(300), personId: Id })
    .partial()
    .strict(),
  quote: z
    .object({
      text: Str(20000),
      speaker: NStr(300),
      speakerId: Id.nullable(),
      basis: KnowledgeBasis,
      hearsayFrom: NStr(300),
      language: NStr(20),
      translation: NStr(20000),
      translationKind: z.enum(['human', 'machine']).nullable(),
    })
    .partial()
    .strict(),
  date: z
    .object({
      title: Str(300),
      text: NStr(200),
      date: NStr(40),
      end: NStr(40),
      precision: DatePrecision,
      place: NStr(500),
      /** Attach this dated mention to an existing event instead of creating one (conflicts are flagged). */
      eventId: Id,
    })
    .partial()
    .strict(),
  asylum: z
    .object({ country: CountryCode, stage: AsylumStage, date: NStr(40), precision: DatePrecision, authority: NStr(500), note: NStr(4000) })
    .partial()
    .strict(),
  allegation: z
    .object({
      category: CrimeCategory,
      provisions: z.array(Str(40)),
      description: Str(20000),
      place: NStr(500),
      date: FuzzyDate,
      perpetrators: z.array(Str(300)),
      units: z.array(Str(300)),
      victims: NStr(2000),
      victimStatus: VictimStatus,
      status: AllegationStatus,
      basis: ReportedBasis,
      selfIncriminating: z.boolean(),
      reliability: Reliability.nullable(),
      credibility: Credibility.nullable(),
      /** Add this span as evidence to an existing allegation instead of creating a new one. */
      allegationId: Id,
    })
    .partial()
    .strict(),
  place: z
    .object({ name: Str(500), target: z.enum(['allegation', 'event', 'profile-origin']), targetId: Id })
    .partial()
    .strict(),
  outlet: z
    .object({ name: Str(300) })
    .partial()
    .strict(),
};

export const AcceptResult = z.object({
  suggestion: Suggestion,
  /** What the accept created or changed: profile, person, statement, event, asylum-step, allegation, evidence, origin. */
  entity: z.string(),
  entityId: z.string(),
});

export const SourceText = z.object({
  id: z.string(),
  sourceId: z.string(),
  language: z.string().nullable(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  publishedText: z.string().nullable(),
  publishedDate: z.string().nullable(),
  publishedPrecision: z.string().nullable(),
  format: z.string().nullable(),
  text: z.string(),
});
export type SourceText = z.infer<typeof SourceText>;

// ───────────────────────────── People & testimony ─────────────────────────────

export const Person = z.object({
  id: z.string(),
  name: z.string(),
  role: z.string().nullable(),
  aliases: z.array(Alias),
  affiliation: z.string().nullable(),
  notes: z.string().nullable(),
  /** Protective pseudonym (e.g. "P-0012") used in exports instead of the name when a profile asks for it. */
  pseudonym: z.string().nullable(),
  statementCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Person = z.infer<typeof Person>;

export const Statement = z.object({
  id: z.string(),
  text: z.string(),
  speakerId: z.string().nullable(),
  speakerName: z.string().nullable(),
  /** True when the speaker is the case subject (the profile), not a row in people. */
  speakerIsSubject: z.boolean(),
  sourceId: z.string().nullable(),
  sourceTitle: z.string().nullable(),
  sourceTextId: z.string().nullable(),
  spanStart: z.number().int().nullable(),
  spanEnd: z.number().int().nullable(),
  language: z.string().nullable(),
  translation: z.string().nullable(),
  translationKind: z.enum(['human', 'machine']).nullable(),
  basis: KnowledgeBasis,
  hearsayFrom: z.string().nullable(),
  statedDate: z.string().nullable(),
  notes: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Statement = z.infer<typeof Statement>;

const StatementFields = z.object({
  text: Str(20000).min(1),
  speakerId: Id.nullable(),
  speakerName: NStr(300),
  sourceId: Id.nullable(),
  sourceTextId: Id.nullable(),
  spanStart: z.number().int().min(0).nullable(),
  spanEnd: z.number().int().min(0).nullable(),
  language: NStr(20),
  translation: NStr(20000),
  translationKind: z.enum(['human', 'machine']).nullable(),
  basis: KnowledgeBasis,
  hearsayFrom: NStr(300),
  statedDate: NStr(40),
  notes: NStr(20000),
});

// ───────────────────────────── Allegations ─────────────────────────────

export const Provision = z.object({ code: z.string(), title: z.string() });

export const TaxonomyCategory = z.object({
  id: CrimeCategory,
  label: z.string(),
  description: z.string(),
  provisions: z.array(Provision),
  note: z.string().nullable(),
});
export const Taxonomy = z.object({
  version: z.number().int(),
  source: z.string(),
  categories: z.array(TaxonomyCategory),
  provisions: z.array(Provision),
});
export type Taxonomy = z.infer<typeof Taxonomy>;

export const EvidenceLink = z.object({
  id: z.string(),
  allegationId: z.string(),
  sourceId: z.string(),
  sourceTitle: z.string().nullable(),
  sourceFileName: z.string(),
  sourceSha256: z.string(),
  outlet: z.string().nullable(),
  sourceTextId: z.string().nullable(),
  statementId: z.string().nullable(),
  spanStart: z.number().int().nullable(),
  spanEnd: z.number().int().nullable(),
  excerpt: z.string().nullable(),
  basis: ReportedBasis.nullable(),
  reliability: Reliability.nullable(),
  credibility: Credibility.nullable(),
  /** Admiralty code such as "B2", or null until graded. */
  grade: z.string().nullable(),
  /** Investigator's override of the origin (links with the same key count as one source); null = derived. */
  originKey: z.string().nullable(),
  createdAt: z.string(),
});
export type EvidenceLink = z.infer<typeof EvidenceLink>;

export const OriginGroup = z.object({
  /** e.g. "outlet:npo1", "quote:…", "key:interview-2023", "source:src_…". */
  key: z.string(),
  sourceIds: z.array(z.string()),
  /** Why these sources are one origin, in words ("both cite NPO1"). */
  reason: z.string(),
});
export const Corroboration = z.object({
  allegationId: z.string(),
  sources: z.number().int(),
  independent: z.number().int(),
  groups: z.array(OriginGroup),
  /** One line for a screen or the PDF: "2 sources, 1 independent: both cite NPO1". */
  explanation: z.string(),
});
export type Corroboration = z.infer<typeof Corroboration>;

export const Allegation = z.object({
  id: z.string(),
  category: CrimeCategory,
  categoryLabel: z.string(),
  provisions: z.array(Provision),
  description: z.string(),
  place: z.string().nullable(),
  date: FuzzyDate,
  perpetrators: z.array(z.string()),
  units: z.array(z.string()),
  victims: z.string().nullable(),
  victimStatus: VictimStatus,
  status: AllegationStatus,
  basis: ReportedBasis.nullable(),
  selfIncriminating: z.boolean(),
  reliability: Reliability.nullable(),
  credibility: Credibility.nullable(),
  grade: z.string().nullable(),
  notes: z.string().nullable(),
  evidence: z.array(EvidenceLink),
  corroboration: Corroboration,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Allegation = z.infer<typeof Allegation>;

const AllegationFields = z.object({
  category: CrimeCategory,
  /** Provision codes such as "8(2)(a)(i)"; default: the category's provisions from the taxonomy. */
  provisions: z.array(Str(40)).max(40),
  description: Str(20000).min(1),
  place: NStr(500),
  date: FuzzyDate,
  perpetrators: z.array(Str(300)).max(100),
  units: z.array(Str(300)).max(100),
  victims: NStr(2000),
  victimStatus: VictimStatus,
  status: AllegationStatus,
  basis: ReportedBasis.nullable(),
  selfIncriminating: z.boolean(),
  reliability: Reliability.nullable(),
  credibility: Credibility.nullable(),
  notes: NStr(20000),
});

export const EvidenceInput = z.object({
  sourceId: Id,
  sourceTextId: Id.nullable().optional(),
  statementId: Id.nullable().optional(),
  start: z.number().int().min(0).nullable().optional(),
  end: z.number().int().min(0).nullable().optional(),
  /** Default: the clean text under [start, end). */
  excerpt: NStr(20000).optional(),
  basis: ReportedBasis.nullable().optional(),
  reliability: Reliability.nullable().optional(),
  credibility: Credibility.nullable().optional(),
  originKey: NStr(200).optional(),
});

// ───────────────────────────── Timeline ─────────────────────────────

export const EventSource = z.object({
  sourceId: z.string(),
  sourceTitle: z.string().nullable(),
  sourceTextId: z.string().nullable(),
  spanStart: z.number().int().nullable(),
  spanEnd: z.number().int().nullable(),
  excerpt: z.string().nullable(),
  dateText: z.string().nullable(),
  dateValue: z.string().nullable(),
  datePrecision: DatePrecision.nullable(),
});
export const TimelineEvent = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  date: FuzzyDate,
  place: z.string().nullable(),
  allegationId: z.string().nullable(),
  sources: z.array(EventSource),
  /** Set when the sources date this event differently. */
  conflict: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

const EventSourceInput = z.object({
  sourceId: Id,
  sourceTextId: Id.nullable().optional(),
  start: z.number().int().min(0).nullable().optional(),
  end: z.number().int().min(0).nullable().optional(),
  date: FuzzyDate.optional(),
});

// ───────────────────────────── Asylum ─────────────────────────────

export const Disclosure = z.object({
  id: z.string(),
  asylumStepId: z.string().nullable(),
  country: z.string().nullable(),
  authority: z.string(),
  disclosedAt: z.string(),
  what: z.string(),
  items: z.array(z.string()),
  createdAt: z.string(),
});
export const AsylumStep = z.object({
  id: z.string(),
  country: z.string(),
  stage: AsylumStage,
  date: z.object({ value: z.string().nullable(), precision: DatePrecision }),
  authority: z.string().nullable(),
  note: z.string().nullable(),
  sourceId: z.string().nullable(),
  spanStart: z.number().int().nullable(),
  spanEnd: z.number().int().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AsylumStep = z.infer<typeof AsylumStep>;
export const AsylumOverview = z.object({
  countries: z.array(
    z.object({
      country: z.string(),
      /** The stage of the latest step (by date, then entry order). */
      currentStage: AsylumStage,
      steps: z.array(AsylumStep),
      disclosures: z.array(Disclosure),
    }),
  ),
  /** Disclosures not tied to a country. */
  otherDisclosures: z.array(Disclosure),
});
export type AsylumOverview = z.infer<typeof AsylumOverview>;

const AsylumStepFields = z.object({
  country: CountryCode,
  stage: AsylumStage,
  date: NStr(40),
  precision: DatePrecision,
  authority: NStr(500),
  note: NStr(4000),
  sourceId: Id.nullable(),
  spanStart: z.number().int().min(0).nullable(),
  spanEnd: z.number().int().min(0).nullable(),
});

// ───────────────────────────── Search ─────────────────────────────

export const SEARCH_KINDS = ['source', 'statement', 'allegation'] as const;
export const SearchHit = z.object({
  kind: z.enum(SEARCH_KINDS),
  refId: z.string(),
  sourceId: z.string().nullable(),
  title: z.string(),
  /** Plain text around the match; `highlights` are [start, end) ranges into it. */
  snippet: z.string(),
  highlights: z.array(z.tuple([z.number().int(), z.number().int()])),
  /** bm25 score: lower is better. */
  rank: z.number(),
});
export const SearchResult = z.object({ query: z.string(), ftsQuery: z.string(), hits: z.array(SearchHit) });

// ───────────────────────────── Case as JSON ─────────────────────────────

export const CASE_JSON_VERSION = 1;
const Row = z.record(z.string(), z.unknown());
/** The documented, versioned JSON form of a case (docs/case-json.md). Records keep their ids. */
export const CaseJson = z.object({
  format: z.literal('casefile-case-json'),
  version: z.literal(CASE_JSON_VERSION),
  exportedAt: z.string(),
  case: z.object({
    caseId: z.string(),
    title: z.string(),
    createdAt: z.string(),
    custodyHead: z.object({ seq: z.number().int(), hash: z.string() }).nullable(),
  }),
  /** Whether `sources[].bytesBase64` is present; importJson needs it. */
  includesOriginals: z.boolean(),
  /** Sensitive profile fields left out (their names are listed). */
  omittedSensitive: z.array(z.string()),
  profile: Profile,
  sources: z.array(Row),
  sourceTexts: z.array(Row),
  people: z.array(Row),
  statements: z.array(Row),
  allegations: z.array(Row),
  evidence: z.array(Row),
  events: z.array(Row),
  eventSources: z.array(Row),
  asylum: z.array(Row),
  disclosures: z.array(Row),
  suggestions: z.array(Row),
});
export type CaseJson = z.infer<typeof CaseJson>;

// ───────────────────────────── The contract ─────────────────────────────

export const caseOpsContract = {
  listSuggestions: op({
    summary: 'Suggestions from imported sources (default: pending), optionally of one source or kind.',
    input: z
      .object({
        sourceId: Id.optional(),
        kind: SuggestionKind.optional(),
        status: z.enum([...SUGGESTION_STATUSES, 'all']).default('pending'),
      })
      .default({ status: 'pending' }),
    output: z.array(Suggestion),
  }),
  acceptSuggestion: op({
    summary: 'Accept a suggestion (optionally edited): creates the real record linked to its source span.',
    input: z.object({ id: Id, edit: z.record(z.string(), z.unknown()).optional() }),
    output: AcceptResult,
  }),
  rejectSuggestion: op({
    summary: 'Reject a suggestion: nothing is recorded as fact.',
    input: z.object({ id: Id, reason: Str(2000).optional() }),
    output: Suggestion,
  }),
  acceptAllSuggestions: op({
    summary: 'Accept every pending suggestion of a kind (optionally of one source); failures are reported, not fatal.',
    input: z.object({ kind: SuggestionKind, sourceId: Id.optional() }),
    output: z.object({
      accepted: z.array(z.object({ id: z.string(), entity: z.string(), entityId: z.string() })),
      failed: z.array(z.object({ id: z.string(), message: z.string() })),
    }),
    long: true,
  }),

  getSourceText: op({
    summary: 'The clean text of a source (what spans point into), with its title, outlet and date.',
    input: z.object({ sourceId: Id }),
    output: SourceText,
  }),

  transliterate: op({
    summary: 'Spelling variants of a name across Cyrillic and Latin (Саликов ↔ Salikov).',
    input: z.object({ text: Str(300).min(1) }),
    output: z.object({ variants: z.array(z.string()) }),
  }),
  addProfileAliases: op({
    summary: 'Add aliases to the profile (with their transliteration variants unless told not to).',
    input: z.object({ aliases: z.array(Alias).min(1).max(50), withTransliterations: z.boolean().default(true) }),
    output: Profile,
  }),

  listPeople: op({ summary: 'People named in the case (other than the subject).', input: Empty, output: z.array(Person) }),
  upsertPerson: op({
    summary: 'Create a person, or update one when `id` is given.',
    input: z.object({
      id: Id.optional(),
      name: Str(300).min(1).optional(),
      role: NStr(300).optional(),
      aliases: z.array(Alias).max(100).optional(),
      affiliation: NStr(500).optional(),
      notes: NStr(20000).optional(),
      pseudonym: NStr(100).optional(),
    }),
    output: Person,
  }),

  listStatements: op({
    summary: 'Statements (testimony), optionally of one source or speaker.',
    input: z.object({ sourceId: Id.optional(), speakerId: Id.optional() }).default({}),
    output: z.array(Statement),
  }),
  addStatement: op({
    summary: 'Record a statement with its speaker, source span, language, translation and knowledge basis.',
    input: StatementFields.partial().required({ text: true }),
    output: Statement,
  }),
  updateStatement: op({
    summary: 'Change a statement (only the fields given).',
    input: StatementFields.partial().extend({ id: Id }),
    output: Statement,
  }),

  taxonomy: op({
    summary: 'Crime categories with their Rome Statute provisions and official short titles.',
    input: Empty,
    output: Taxonomy,
  }),
  listAllegations: op({
    summary: 'Allegations with evidence, grades and corroboration, optionally of one category or status.',
    input: z.object({ category: CrimeCategory.optional(), status: AllegationStatus.optional() }).default({}),
    output: z.array(Allegation),
  }),
  getAllegation: op({ summary: 'One allegation with its evidence and corroboration.', input: z.object({ id: Id }), output: Allegation }),
  addAllegation: op({
    summary: 'Record an allegation (optionally with evidence links).',
    input: AllegationFields.partial()
      .required({ category: true, description: true })
      .extend({ evidence: z.array(EvidenceInput).max(100).optional() }),
    output: Allegation,
  }),
  updateAllegation: op({
    summary: 'Change an allegation (only the fields given).',
    input: AllegationFields.partial().extend({ id: Id }),
    output: Allegation,
  }),
  linkEvidence: op({
    summary: 'Link an allegation to a source span, with its own grade.',
    input: EvidenceInput.extend({ allegationId: Id }),
    output: Allegation,
  }),
  updateEvidence: op({
    summary: 'Grade an evidence link or set its origin (links with the same origin count once).',
    input: z.object({
      id: Id,
      basis: ReportedBasis.nullable().optional(),
      reliability: Reliability.nullable().optional(),
      credibility: Credibility.nullable().optional(),
      originKey: NStr(200).optional(),
    }),
    output: Allegation,
  }),
  unlinkEvidence: op({ summary: 'Remove an evidence link.', input: z.object({ id: Id }), output: Allegation }),
  corroboration: op({
    summary: 'How many independent sources support an allegation, and why.',
    input: z.object({ allegationId: Id }),
    output: Corroboration,
  }),

  timeline: op({
    summary: 'Events sorted by date (mixed precision, unknown last), with their sources and conflicts.',
    input: Empty,
    output: z.object({ events: z.array(TimelineEvent), conflicts: z.number().int() }),
  }),
  addEvent: op({
    summary: 'Add a dated event, optionally with the sources that date it.',
    input: z.object({
      title: Str(300).min(1),
      description: NStr(20000).optional(),
      date: FuzzyDate.optional(),
      place: NStr(500).optional(),
      allegationId: Id.nullable().optional(),
      sources: z.array(EventSourceInput).max(100).optional(),
    }),
    output: TimelineEvent,
  }),
  updateEvent: op({
    summary: 'Change an event (only the fields given); `addSources` dates it from more sources.',
    input: z.object({
      id: Id,
      title: Str(300).min(1).optional(),
      description: NStr(20000).optional(),
      date: FuzzyDate.optional(),
      place: NStr(500).optional(),
      allegationId: Id.nullable().optional(),
      addSources: z.array(EventSourceInput).max(100).optional(),
    }),
    output: TimelineEvent,
  }),

  asylumOverview: op({ summary: 'Asylum steps per country with the current stage and disclosures.', input: Empty, output: AsylumOverview }),
  addAsylumStep: op({
    summary: 'Record an asylum step (intends → applied → … → final; Dublin transfer).',
    input: AsylumStepFields.partial().required({ country: true, stage: true }),
    output: AsylumStep,
  }),
  updateAsylumStep: op({ summary: 'Change an asylum step.', input: AsylumStepFields.partial().extend({ id: Id }), output: AsylumStep }),
  recordDisclosure: op({
    summary: 'Record what was disclosed to an authority, and when.',
    input: z.object({
      asylumStepId: Id.nullable().optional(),
      country: CountryCode.nullable().optional(),
      authority: Str(500).min(1),
      disclosedAt: Str(40).min(4),
      what: Str(20000).min(1),
      items: z.array(Str(300)).max(200).default([]),
    }),
    output: Disclosure,
  }),

  search: op({
    summary: 'Full-text search over source texts, statements and allegations (diacritics- and case-insensitive).',
    input: z.object({
      query: Str(500),
      kinds: z.array(z.enum(SEARCH_KINDS)).optional(),
      limit: z.number().int().min(1).max(500).default(50),
    }),
    output: SearchResult,
  }),

  exportJson: op({
    summary: 'The whole case as versioned JSON (original bytes only when asked).',
    input: z
      .object({ includeOriginals: z.boolean().default(false), omitSensitive: z.boolean().default(false) })
      .default({ includeOriginals: false, omitSensitive: false }),
    output: CaseJson,
    long: true,
  }),
  importJson: op({
    summary: 'Restore case JSON (with originals) into a NEW case file and open it.',
    input: z.object({ path: Str(4096).min(1), passphrase: Str(1024).min(1), title: Str(300).optional(), data: z.unknown() }),
    output: CaseInfo,
    long: true,
  }),
};
