/** The case as documented, versioned JSON (docs/case-json.md): export, and restore into a new case file. */
import { z } from 'zod';
import { CaseInfo, Profile } from './case';
import { op } from './define';
import { Str } from './fields';
import { FilePath } from './paths';

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
  /** Added with schema 4; a dump made before has none. */
  elementLinks: z.array(Row).default([]),
  /** Added with schema 8 (grounds of the claim, risks on return); a dump made before has none. */
  asylumGrounds: z.array(Row).default([]),
  /** Added with schema 9 (source reliability per source); a dump made before has none. */
  sourceGrades: z.array(Row).default([]),
});
export type CaseJson = z.infer<typeof CaseJson>;

export const caseJsonContract = {
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
    input: z.object({ path: FilePath('create-case'), passphrase: Str(1024).min(1), title: Str(300).optional(), data: z.unknown() }),
    output: CaseInfo,
    long: true,
  }),
};
