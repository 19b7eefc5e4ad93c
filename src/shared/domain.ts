/**
 * Domain vocabulary shared by every layer: the enumerations the case file stores and the contract
 * validates. Keep these in step with the CHECK constraints in core/store/migrations.
 */
import { z } from 'zod';

export const DATE_PRECISIONS = ['day', 'month', 'season', 'year', 'decade', 'range', 'unknown'] as const;
export const DatePrecision = z.enum(DATE_PRECISIONS);
export type DatePrecision = z.infer<typeof DatePrecision>;

/** A date as honest as its source: `value` is ISO (YYYY, YYYY-MM or YYYY-MM-DD), `text` what was written. */
export const FuzzyDate = z.object({
  text: z.string().max(200).nullable().default(null),
  value: z.string().max(40).nullable().default(null),
  end: z.string().max(40).nullable().default(null),
  precision: DatePrecision.default('unknown'),
});
export type FuzzyDate = z.infer<typeof FuzzyDate>;

export const KNOWLEDGE_BASES = ['first-hand', 'participant', 'hearsay', 'document'] as const;
export const KnowledgeBasis = z.enum(KNOWLEDGE_BASES);
export type KnowledgeBasis = z.infer<typeof KnowledgeBasis>;

export const VICTIM_STATUSES = ['civilian', 'prisoner-of-war', 'hors-de-combat', 'own-troops', 'unknown'] as const;
export const VictimStatus = z.enum(VICTIM_STATUSES);

/** Modes of liability (Rome Statute Art. 25(3)(a)–(f), Art. 28(a)–(b); legal.md §1.5). */
export const LIABILITY_MODES = ['25(3)(a)', '25(3)(b)', '25(3)(c)', '25(3)(d)', '25(3)(e)', '25(3)(f)', '28(a)', '28(b)'] as const;
export const LiabilityMode = z.enum(LIABILITY_MODES);
export type LiabilityMode = z.infer<typeof LiabilityMode>;
export const LIABILITY_LABELS: Record<LiabilityMode, string> = {
  '25(3)(a)': 'commits (alone, jointly or through another)',
  '25(3)(b)': 'orders, solicits or induces',
  '25(3)(c)': 'aids, abets or otherwise assists',
  '25(3)(d)': 'contributes to a group acting with a common purpose',
  '25(3)(e)': 'directly and publicly incites genocide',
  '25(3)(f)': 'attempts',
  '28(a)': 'military commander (command responsibility)',
  '28(b)': 'civilian superior (superior responsibility)',
};

export const ALLEGATION_STATUSES = ['alleged', 'corroborated', 'disputed', 'retracted'] as const;
export const AllegationStatus = z.enum(ALLEGATION_STATUSES);
export type AllegationStatus = z.infer<typeof AllegationStatus>;

export const CRIME_CATEGORIES = [
  'wilful-killing',
  'killing-hors-de-combat',
  'denial-of-quarter',
  'execution-without-trial',
  'torture',
  'outrages-on-dignity',
  'deportation-transfer',
  'unlawful-confinement',
  'attacks-on-civilians',
  'pillage',
  'sexual-violence',
  'perfidy-misuse-of-uniform',
  'forced-service',
  'child-soldiers',
  'genocide',
  'persecution',
  'aggression',
  'other',
] as const;
export const CrimeCategory = z.enum(CRIME_CATEGORIES);
export type CrimeCategory = z.infer<typeof CrimeCategory>;

/** Admiralty / NATO grading: source reliability A–F, information credibility 1–6 (legal.md §4.1). */
export const Reliability = z.enum(['A', 'B', 'C', 'D', 'E', 'F']);
export const Credibility = z.enum(['1', '2', '3', '4', '5', '6']);

export const ASYLUM_STAGES = [
  'intends',
  'applied',
  'registered',
  'interview',
  'decision-refugee-status',
  'decision-subsidiary-protection',
  'decision-humanitarian',
  'decision-rejected',
  'appeal',
  'final',
  'dublin-transfer',
  'withdrawn',
  'none',
] as const;
export const AsylumStage = z.enum(ASYLUM_STAGES);

export const SUGGESTION_KINDS = ['subject', 'person', 'quote', 'date', 'asylum', 'allegation', 'place', 'outlet'] as const;
export const SuggestionKind = z.enum(SUGGESTION_KINDS);
export const SUGGESTION_STATUSES = ['pending', 'accepted', 'rejected'] as const;

/** ISO 3166-1 alpha-2. */
export const CountryCode = z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as NL');

/** Profile fields that are sensitive by default: masked in the UI, excluded from exports unless a profile includes them. */
export const SENSITIVE_PROFILE_FIELDS = ['currentLocation', 'contacts', 'family'] as const;

/** Raw bytes across the contract (structured-clone friendly). */
export const Bytes = z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'expected bytes (Uint8Array)');
