/** Suggestions: what the importer read in a source, pending until an investigator accepts or rejects it. */
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
import { op } from './define';
import { PersonKind } from './people';
import { Empty, Id, NStr, Str } from './fields';

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
  /** For person suggestions: person or organisation/unit, as the importer's reading suggests (null for other kinds). */
  personKind: PersonKind.nullable(),
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
      /** With `asPerson`: record the subject as a person (default) or an organisation/unit. */
      personKind: PersonKind,
      /** Replace the profile's full name (the old one becomes an alias). */
      replaceName: z.boolean(),
    })
    .partial()
    .strict(),
  person: z
    .object({
      name: Str(300),
      role: NStr(300),
      /** Person or organisation/unit; default: the suggestion's `personKind` (the importer's guess). */
      kind: PersonKind,
      personId: Id,
    })
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

/** The same person, subject, outlet or date found in several places: reviewed once, with all its spans. */
export const SuggestionGroup = z.object({
  /** e.g. "person:vladimir putin", "date:2022-06:month", "id:sug_…" (kinds about one passage never group). */
  key: z.string(),
  kind: SuggestionKind,
  /** One line saying what the group proposes (shared/suggestion-label.ts). */
  label: z.string(),
  status: z.enum([...SUGGESTION_STATUSES, 'mixed']),
  sourceIds: z.array(z.string()),
  suggestions: z.array(Suggestion).min(1),
});
export type SuggestionGroup = z.infer<typeof SuggestionGroup>;

const Counts = z.record(z.string(), z.number().int());
/** What a bulk accept would do, found by running it in a transaction that is rolled back. */
export const AcceptPreview = z.object({
  kind: SuggestionKind,
  total: z.number().int(),
  accepted: z.number().int(),
  /** Records it would create / change, by kind of record ("person": 3, "event source": 2). */
  created: Counts,
  changed: Counts,
  items: z.array(
    z.object({
      id: z.string(),
      sourceId: z.string(),
      sourceTitle: z.string().nullable(),
      label: z.string(),
      entity: z.string().nullable(),
      created: Counts,
      changed: Counts,
      /** Why this one would not be accepted as read (it stays pending). */
      error: z.string().nullable(),
    }),
  ),
});
export type AcceptPreview = z.infer<typeof AcceptPreview>;

export const Decision = z.object({ decision: z.enum(['accept', 'reject']), suggestions: z.array(Suggestion) });
export type Decision = z.infer<typeof Decision>;

/** Which suggestions a list shows: by default the pending ones, of every source and kind. */
export const SuggestionFilter = z
  .object({
    sourceId: Id.optional(),
    kind: SuggestionKind.optional(),
    status: z.enum([...SUGGESTION_STATUSES, 'all']).default('pending'),
  })
  .default({ status: 'pending' });

export const suggestionsContract = {
  listSuggestions: op({
    summary: 'Suggestions from imported sources (default: pending), optionally of one source or kind.',
    input: SuggestionFilter,
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
  listSuggestionGroups: op({
    summary: 'Suggestions grouped so the same person, subject, outlet or date found in several places is reviewed once.',
    input: SuggestionFilter,
    output: z.array(SuggestionGroup),
  }),
  acceptSuggestionGroup: op({
    summary: 'Accept a group as one decision: the first with the edit, the others attach to what it created.',
    input: z.object({ ids: z.array(Id).min(1).max(1000), edit: z.record(z.string(), z.unknown()).optional() }),
    output: z.object({ accepted: z.array(AcceptResult) }),
  }),
  rejectSuggestionGroup: op({
    summary: 'Reject a group as one decision.',
    input: z.object({ ids: z.array(Id).min(1).max(1000), reason: Str(2000).optional() }),
    output: z.array(Suggestion),
  }),
  lastDecision: op({
    summary: 'The last accept or reject (of one suggestion, a group or a bulk accept): what undo would reverse.',
    input: Empty,
    output: Decision.nullable(),
  }),
  undoDecision: op({
    summary: 'Undo the last decision: what it created is removed, what it changed restored, the suggestions pending again.',
    input: z.object({ id: Id.optional() }).default({}),
    output: Decision,
  }),
  previewAcceptAll: op({
    summary:
      'What accepting every pending suggestion of a kind would create and change, and what it could not accept (nothing is written).',
    input: z.object({ kind: SuggestionKind, sourceId: Id.optional() }),
    output: AcceptPreview,
  }),
};
