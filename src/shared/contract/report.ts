/** Evidence summaries (PDF export): contract part (see shared/api.ts). */
import { z } from 'zod';
import { Bytes } from '../domain';
import { op } from './define';
import { FilePath } from './paths';

export const SECTIONS = ['profile', 'asylum', 'allegations', 'timeline', 'testimony', 'sources', 'custody'] as const;
export const PROFILE_FIELDS = [
  'fullName',
  'aliases',
  'rank',
  'unit',
  'service',
  'birthDate',
  'age',
  'origin',
  'routeOut',
  'currentLocation',
  'contacts',
  'family',
  'notes',
] as const;

/** An export profile: built-in (icc, war-crimes-unit, asylum, public) or custom, same shape. */
export const ExportProfile = z.object({
  name: z
    .string()
    .min(1)
    .max(60)
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes'),
  title: z.string().min(1).max(200),
  defaultRecipient: z.string().max(300),
  description: z.string().max(2000).default(''),
  sections: z.array(z.enum(SECTIONS)).min(1),
  /** Profile fields shown; a field the case marks sensitive also needs to be in `sensitiveFields`. */
  profileFields: z.array(z.enum(PROFILE_FIELDS)),
  /** Sensitive fields this recipient may see (e.g. `currentLocation`). */
  sensitiveFields: z.array(z.string().max(40)).default([]),
  /**
   * Who gets a stable pseudonym: `none`; `witnesses` (everyone except the subject and people whose role
   * marks them as alleged perpetrators/commanders); `others` (everyone but the subject); `all` (subject too).
   */
  pseudonymise: z.enum(['none', 'witnesses', 'others', 'all']),
  /** Embed originals (each is still withheld if it contains anything redacted under this profile). */
  embedOriginals: z.boolean(),
  /** Allegations flagged self-incriminating (Art. 1F risk in asylum, Art. 55 rights). */
  includeSelfIncriminating: z.boolean(),
  includeRetracted: z.boolean().default(false),
  /** Show SHA-256/URL of withheld originals (a hash lets anyone confirm a guessed article). */
  listWithheldHashes: z.boolean().default(true),
  includeNotes: z.boolean().default(false),
  /** Per allegation, the elements of each provision with the evidence that goes to each and the gaps. */
  elementAnalysis: z.boolean().optional(),
});
export type ExportProfile = z.infer<typeof ExportProfile>;

const ProfileChoice = {
  /** A built-in profile name. */
  profile: z.string().min(1).max(60).optional(),
  /** A custom profile (wins over `profile`). */
  customProfile: ExportProfile.optional(),
};

const Head = z.object({ seq: z.number().int(), hash: z.string() });

export const ExportSummary = z.object({
  profile: z.string(),
  recipient: z.string(),
  allegations: z.number().int(),
  events: z.number().int(),
  statements: z.number().int(),
  sources: z.number().int(),
  originalsEmbedded: z.number().int(),
  custodyHeadBefore: Head.nullable(),
});

/** What an export leaves out, by kind (the preview shows it; the PDF's manifest records it). */
export const ExportExcluded = z.object({
  selfIncriminatingAllegations: z.number().int(),
  retractedAllegations: z.number().int(),
  statements: z.number().int(),
  events: z.number().int(),
  originalsWithheld: z.number().int(),
  pseudonymisedPeople: z.number().int(),
  sensitiveFieldsWithheld: z.array(z.string()),
});
export type ExportExcluded = z.infer<typeof ExportExcluded>;

export const ExportPreview = z.object({
  profile: ExportProfile,
  sections: z.array(z.string()),
  included: z.object({
    allegations: z.array(z.object({ ref: z.string(), id: z.string(), category: z.string(), selfIncriminating: z.boolean() })),
    events: z.number().int(),
    statements: z.number().int(),
    asylumSteps: z.number().int(),
    profileFields: z.array(z.string()),
    sources: z.array(z.object({ ref: z.string(), id: z.string(), embedded: z.boolean(), withheldReason: z.string().nullable() })),
    custodyEntries: z.number().int(),
  }),
  excluded: ExportExcluded,
  warnings: z.array(z.string()),
});
export type ExportPreview = z.infer<typeof ExportPreview>;

/** What an export returns (report/export.ts builds it; the export screen shows it). */
export const ExportResult = z.object({
  path: z.string().nullable(),
  bytes: Bytes.nullable(),
  sha256: z.string(),
  size: z.number().int(),
  exportId: z.string(),
  custodySeq: z.number().int(),
  createdAt: z.string(),
  /** SHA-256 fingerprint of the case certificate that signed the PDF. */
  signingCertificate: z.string(),
  manifest: ExportSummary,
});
export type ExportResult = z.infer<typeof ExportResult>;

export const ExportRecord = z.object({
  exportId: z.string(),
  createdAt: z.string(),
  recipient: z.string(),
  profile: z.string(),
  fileName: z.string().nullable(),
  sha256: z.string(),
  size: z.number().int(),
  custodySeq: z.number().int().nullable(),
  /** SHA-256 fingerprint of the certificate that signed it (null for exports made before signing). */
  signingCertificate: z.string().nullable(),
  summary: ExportSummary.nullable(),
});
export type ExportRecord = z.infer<typeof ExportRecord>;

export const VerifyExportReport = z.object({
  ok: z.boolean(),
  pdfSha256: z.string(),
  /** The PDF signature over the whole file; `fingerprint` is the signing certificate's SHA-256, to confirm out of band. */
  signature: z.object({
    valid: z.boolean(),
    coversWholeFile: z.boolean(),
    fingerprint: z.string().nullable(),
    signer: z.string().nullable(),
    signedAt: z.string().nullable(),
  }),
  manifest: z
    .object({ exportId: z.string(), caseId: z.string(), profile: z.string(), recipient: z.string(), createdAt: z.string() })
    .nullable(),
  attachments: z.array(z.object({ name: z.string(), sha256: z.string(), expected: z.string().nullable(), ok: z.boolean() })),
  checkedAgainstCase: z.boolean(),
  ledger: z
    .object({
      exportId: z.string(),
      createdAt: z.string(),
      recipient: z.string(),
      profile: z.string(),
      custodySeq: z.number().int().nullable(),
    })
    .nullable(),
  problems: z.array(z.object({ kind: z.enum(['signature', 'manifest', 'attachment', 'case', 'ledger', 'pdf']), message: z.string() })),
});
export type VerifyExportReport = z.infer<typeof VerifyExportReport>;

export const reportContract = {
  exportProfiles: op({
    summary: 'The built-in export profiles (icc, war-crimes-unit, asylum, public) and what each releases.',
    input: z.object({}).default({}),
    output: z.array(ExportProfile),
  }),
  previewExport: op({
    summary: 'What an export with this profile would include and leave out (writes nothing).',
    input: z.object(ProfileChoice),
    output: ExportPreview,
  }),
  exportPdf: op({
    summary: 'Write an evidence summary PDF for a recipient; records it in the export ledger and custody log.',
    input: z.object({
      ...ProfileChoice,
      recipient: z.string().max(300).optional(),
      preparedBy: z.string().max(300).optional(),
      /** Where to write the PDF. Without it the bytes are returned. */
      outPath: FilePath('export-target').optional(),
      overwrite: z.boolean().default(false),
    }),
    output: ExportResult,
    long: true,
  }),
  listExports: op({
    summary: 'The export ledger: what was sent to whom, when, under which profile, with the PDF’s SHA-256.',
    input: z.object({}).default({}),
    output: z.array(ExportRecord),
  }),
  verifyExport: op({
    summary: 'Check an exported PDF: attachments against its manifest and, with checkAgainstCase, against the open case and its ledger.',
    input: z
      .object({
        pdfPath: FilePath('verify-export').optional(),
        bytes: Bytes.optional(),
        checkAgainstCase: z.boolean().default(false),
      })
      .refine((v) => v.pdfPath !== undefined || v.bytes !== undefined, 'give pdfPath or bytes'),
    output: VerifyExportReport,
    long: true,
  }),
};
