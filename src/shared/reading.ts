/**
 * The importer's reading of one document (DESIGN §4): what `casefile extract FILE --json` prints and what
 * an import stores as suggestions. `start`/`end` are UTF-16 code-unit offsets into `text` (JavaScript
 * string indices), end exclusive. Suggestions are never facts until the investigator accepts them.
 */
import { z } from 'zod';
import { CountryCode, CrimeCategory, DatePrecision } from './domain';

export const Span = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });

export const ReportedBasis = z.enum(['first-hand', 'reported', 'unclear']);
export type ReportedBasis = z.infer<typeof ReportedBasis>;

export const ASYLUM_READING_STATUSES = ['intends', 'applied', 'granted', 'refused', 'pending', 'none', 'unclear'] as const;

export const Reading = z.object({
  language: z.string().nullable(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  publishedAt: z.object({ text: z.string(), date: z.string().nullable(), precision: DatePrecision }).nullable(),
  text: z.string(),
  subject: z
    .object({
      name: z.string(),
      aliases: z.array(z.string()),
      rank: z.string().nullable(),
      affiliation: z.array(z.string()),
      age: z.number().int().nullable().optional(),
      start: z.number().int().optional(),
      end: z.number().int().optional(),
    })
    .nullable(),
  people: z.array(
    z.object({ name: z.string(), role: z.string().nullable(), start: z.number().int().optional(), end: z.number().int().optional() }),
  ),
  quotes: z.array(z.object({ text: z.string(), speaker: z.string().nullable(), start: z.number().int(), end: z.number().int() })),
  dates: z.array(
    z.object({ text: z.string(), date: z.string().nullable(), precision: DatePrecision, start: z.number().int(), end: z.number().int() }),
  ),
  allegations: z.array(
    z.object({
      category: CrimeCategory,
      provisions: z.array(z.string()),
      text: z.string(),
      start: z.number().int(),
      end: z.number().int(),
      basis: ReportedBasis,
      selfIncriminating: z.boolean(),
      victimStatus: z.enum(['civilian', 'prisoner-of-war', 'hors-de-combat', 'own-troops', 'unknown']).optional(),
    }),
  ),
  asylum: z.array(
    z.object({
      status: z.enum(ASYLUM_READING_STATUSES),
      country: CountryCode.nullable(),
      text: z.string(),
      start: z.number().int(),
      end: z.number().int(),
    }),
  ),
  places: z
    .array(z.object({ name: z.string(), country: CountryCode.nullable(), start: z.number().int(), end: z.number().int() }))
    .default([]),
  countries: z.array(CountryCode).default([]),
  citedOutlets: z.array(z.string()),
  source: z.object({
    sha256: z.string(),
    bytes: z.number().int(),
    mediaType: z.string(),
    encoding: z.string().nullable(),
    /** How the format/encoding was decided, e.g. "BOM", "declared charset", "statistical (confidence 0.93)". */
    detection: z.string().optional(),
    format: z.string().optional(),
    /** The URL the document gives for itself (canonical link, og:url, JSON link), when it gives one. */
    url: z.string().nullable().optional(),
  }),
  /** Version of the extractor that produced this reading (stored with derived records). */
  extractor: z.string().optional(),
});
export type Reading = z.infer<typeof Reading>;
