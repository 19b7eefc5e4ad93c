/**
 * Sources and import: originals stored byte-for-byte (`addSource`), documents read into clean text and
 * suggestions (`extract` without a case, `importFiles` into the open one), the demo case from `seeds/`.
 */
import { z } from 'zod';
import { Bytes, Reliability } from '../domain';
import { ERROR_CODES } from '../errors';
import { Reading } from '../reading';
import { CaseInfo } from './case';
import { op } from './define';
import { Empty, Id, NStr, Passphrase } from './fields';
import { FilePath } from './paths';

// The size limit lives in a module without zod, so the CLI can check a file before loading the contract.
export { MAX_SOURCE_BYTES } from '../limits';

export const SourceSummary = z.object({
  id: z.string(),
  sha256: z.string(),
  size: z.number().int(),
  mediaType: z.string(),
  encoding: z.string().nullable(),
  fileName: z.string(),
  importedAt: z.string(),
  claimedUrl: z.string().nullable(),
  claimedOutlet: z.string().nullable(),
  claimedPublishedAt: z.string().nullable(),
  title: z.string().nullable(),
  language: z.string().nullable(),
  /** Derived by the importer from the text (or corrected): the publisher, the publication date (ISO, maybe partial), the URL. */
  outlet: z.string().nullable(),
  publishedDate: z.string().nullable(),
  url: z.string().nullable(),
  /** Suggestions from this source still waiting for a decision. */
  pendingSuggestions: z.number().int(),
  /** Admiralty source reliability (A–F) the investigator gave this source; null until graded. */
  reliability: Reliability.nullable(),
});
export type SourceSummary = z.infer<typeof SourceSummary>;

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
  /** The source's URL: as corrected, else as claimed when it was added. */
  url: z.string().nullable(),
  text: z.string(),
});
export type SourceText = z.infer<typeof SourceText>;

const FileName = z.string().min(1).max(500);
export const InputFile = z.object({ fileName: FileName, bytes: Bytes });

export const ImportFileResult = z.object({
  fileName: z.string(),
  ok: z.boolean(),
  sourceId: z.string().optional(),
  /** The same bytes were already in the case: the original was not stored again. */
  duplicate: z.boolean().optional(),
  /** Number of pending suggestions created for this file. */
  suggestions: z.number().int().optional(),
  language: z.string().nullable().optional(),
  title: z.string().nullable().optional(),
  format: z.string().optional(),
  encoding: z.string().nullable().optional(),
  error: z.object({ code: z.enum(ERROR_CODES), message: z.string() }).optional(),
});
export type ImportFileResult = z.infer<typeof ImportFileResult>;

export const ImportResults = z.object({ results: z.array(ImportFileResult) });
export type ImportResults = z.infer<typeof ImportResults>;

/** A case the sample articles make: one per defector (seeds/expected.json says whom each article is about). */
export const DemoCaseInfo = z.object({
  id: z.string(),
  subject: z.string(),
  title: z.string(),
  sources: z.number().int(),
  /** Alleged crimes in its articles; the first (default) case is the richest. */
  allegations: z.number().int(),
});
export type DemoCaseInfo = z.infer<typeof DemoCaseInfo>;

/** What a correction may change: what the importer derived, never the original. `null` clears a value. */
export const SourceCorrection = z
  .object({
    title: z.string().trim().min(1).max(500).nullable(),
    outlet: z.string().trim().max(300).nullable(),
    url: z.string().trim().max(4000).nullable(),
    publishedDate: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date such as 2024, 2024-05 or 2024-05-31')
      .nullable(),
  })
  .partial()
  .strict();
export const SOURCE_CORRECTION_FIELDS = ['title', 'outlet', 'url', 'publishedDate'] as const;

/** A pasted text: stored as UTF-8, recorded as pasted. */
export const MAX_PASTED_CHARS = 2_000_000;

/** A source's Admiralty reliability (A–F), with why (information credibility, 1–6, is per evidence link). */
export const SourceGrade = z.object({
  sourceId: z.string(),
  reliability: Reliability,
  note: z.string().nullable(),
  gradedAt: z.string(),
});

export const sourcesContract = {
  gradeSource: op({
    summary: 'Grade a source’s reliability (Admiralty A–F; null removes the grade), with an optional reason.',
    input: z.object({ sourceId: Id, reliability: Reliability.nullable(), note: NStr(2000).optional() }),
    output: SourceGrade.nullable(),
  }),
  addSource: op({
    summary: 'Store an original file byte-for-byte (no parsing).',
    input: z.object({
      fileName: z.string().min(1).max(500),
      bytes: Bytes,
      mediaType: z.string().max(200).optional(),
      claimedUrl: z.string().max(4000).optional(),
      claimedOutlet: z.string().max(500).optional(),
      claimedPublishedAt: z.string().max(40).optional(),
    }),
    output: z.object({ source: SourceSummary, duplicate: z.boolean() }),
  }),
  listSources: op({ summary: 'All sources in the case.', input: Empty, output: z.array(SourceSummary) }),
  getSourceBytes: op({
    summary: 'The original bytes of a source, exactly as received.',
    input: z.object({ id: z.string() }),
    output: z.object({ fileName: z.string(), mediaType: z.string(), bytes: Bytes }),
  }),
  getSourceText: op({
    summary: 'The clean text of a source (what spans point into), with its title, outlet and date.',
    input: z.object({ sourceId: Id }),
    output: SourceText,
  }),
  extract: op({
    summary: 'Read a document (any supported format and encoding) into clean text, metadata and suggestions, without a case.',
    input: InputFile,
    output: Reading,
  }),
  importFiles: op({
    summary: 'Import documents into the open case: originals stored once, clean text and pending suggestions derived.',
    input: z.object({ files: z.array(InputFile).min(1).max(10_000) }),
    output: ImportResults,
    long: true,
  }),
  importPaths: op({
    summary: 'Import documents the user chose (file picker or dropped on the window) by path; each file is read and imported on its own.',
    input: z.object({ paths: z.array(FilePath('import')).min(1).max(10_000) }),
    output: ImportResults,
    long: true,
  }),
  importText: op({
    summary: 'Import pasted text as a new source (stored as UTF-8 text, recorded as pasted).',
    input: z.object({ text: z.string().min(1, 'the text is empty').max(MAX_PASTED_CHARS), title: z.string().trim().max(500).optional() }),
    output: ImportFileResult,
  }),
  correctSourceMetadata: op({
    summary:
      'Correct what the importer derived about a source (title, publisher, URL, publication date); one custody entry with old and new values.',
    input: SourceCorrection.extend({ sourceId: Id }),
    output: SourceText,
  }),
  listDemoCases: op({
    summary: 'The demo cases the sample articles in seeds/ make, one per defector, richest first.',
    input: z.object({}).default({}),
    output: z.array(DemoCaseInfo),
  }),
  buildDemo: op({
    summary: 'Create a new, partly reviewed demo case for one defector of seeds/ (default: the richest) and leave it open.',
    input: z.object({
      path: FilePath('create-case'),
      passphrase: Passphrase,
      title: z.string().max(300).optional(),
      /** A `listDemoCases` id; default: the first (richest). */
      defector: z.string().min(1).max(200).optional(),
    }),
    output: CaseInfo,
    long: true,
  }),
};
