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
import { Id, NStr, Str } from './fields';

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

export const suggestionsContract = {
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
};
