/**
 * Import: contract part (see shared/api.ts). `extract` reads a document without a case; `importFiles`
 * stores originals and their readings in the open case; `buildDemo` makes a case from the sample
 * articles in `seeds/`.
 */
import { z } from 'zod';
import { Bytes } from '../domain';
import { ERROR_CODES } from '../errors';
import { Reading } from '../reading';
import { CaseInfo } from './case';
import { op } from './define';

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

export const ingestContract = {
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
  buildDemo: op({
    summary: 'Create a new case from the sample articles in seeds/ and leave it open.',
    input: z.object({
      path: z.string().min(1).max(4096),
      passphrase: z.string().min(1, 'a passphrase is required').max(1024),
      title: z.string().max(300).optional(),
    }),
    output: CaseInfo,
    long: true,
  }),
};
