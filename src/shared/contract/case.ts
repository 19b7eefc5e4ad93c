/** The case: create, open, close, re-key, its counts and its subject profile. */
import { z } from 'zod';
import { CrimeCategory } from '../domain';
import { CustodyHead } from './custody';
import { op } from './define';
import { Empty, Passphrase } from './fields';
import { FilePath } from './paths';

// Moved to their own parts; re-exported so imports written against this file keep working.
export { CustodyEntry, CustodyHead, VerifyReport } from './custody';
export type { SourceSummary } from './sources';

export const CaseInfo = z.object({
  path: z.string(),
  caseId: z.string(),
  title: z.string(),
  createdAt: z.string(),
  schemaVersion: z.number().int(),
  appVersion: z.string(),
  fileSize: z.number().int(),
  counts: z.object({
    sources: z.number().int(),
    people: z.number().int(),
    statements: z.number().int(),
    allegations: z.number().int(),
    events: z.number().int(),
    asylumSteps: z.number().int(),
    pendingSuggestions: z.number().int(),
    custodyEntries: z.number().int(),
    exports: z.number().int(),
  }),
  custodyHead: CustodyHead.nullable(),
  /** The overview's figures, counted in SQL (a case with 100,000 records is not built to count it). */
  overview: z.object({
    allegationsByCategory: z.array(z.object({ category: CrimeCategory, label: z.string(), count: z.number().int() })),
    /** All events, and the span of the dated ones: the first start and the last end (ISO, as stored). */
    events: z.object({ count: z.number().int(), first: z.string().nullable(), last: z.string().nullable() }),
  }),
  /** What opening tidied up after an interrupted run (partial exports, backups, re-key copies). */
  recovered: z.array(z.object({ kind: z.string(), file: z.string(), action: z.enum(['removed', 'completed']) })).optional(),
});
export type CaseInfo = z.infer<typeof CaseInfo>;

export const ALIAS_KINDS = ['alias', 'call-sign', 'transliteration', 'birth-name'] as const;
export const Alias = z.object({
  name: z.string().min(1).max(300),
  kind: z.enum(ALIAS_KINDS).default('alias'),
});

const Text = (max = 2000) => z.string().max(max).nullable();

/** The profile's fields, without defaults: a patch must not invent values for fields it leaves out. */
const profileFields = {
  fullName: Text(300),
  aliases: z.array(Alias).max(200),
  rank: Text(200),
  unit: Text(500),
  service: Text(500),
  birthDate: Text(40),
  age: z.number().int().min(0).max(130).nullable(),
  origin: Text(500),
  routeOut: Text(4000),
  /** Sensitive: where the person is now. Masked in the UI, left out of exports unless a profile includes it. */
  currentLocation: Text(1000),
  /** Sensitive. */
  contacts: Text(2000),
  /** Sensitive. */
  family: Text(4000),
  notes: Text(20000),
  /** Fields marked sensitive (defaults: currentLocation, contacts, family). */
  sensitive: z.array(z.string().max(40)).max(40),
};

export const DEFAULT_SENSITIVE_FIELDS = ['currentLocation', 'contacts', 'family'];

/** A whole profile. Missing fields default (null, [] or the default sensitive list), e.g. in older case JSON. */
export const Profile = z.object({
  fullName: profileFields.fullName.default(null),
  aliases: profileFields.aliases.default([]),
  rank: profileFields.rank.default(null),
  unit: profileFields.unit.default(null),
  service: profileFields.service.default(null),
  birthDate: profileFields.birthDate.default(null),
  age: profileFields.age.default(null),
  origin: profileFields.origin.default(null),
  routeOut: profileFields.routeOut.default(null),
  currentLocation: profileFields.currentLocation.default(null),
  contacts: profileFields.contacts.default(null),
  family: profileFields.family.default(null),
  notes: profileFields.notes.default(null),
  sensitive: profileFields.sensitive.default(DEFAULT_SENSITIVE_FIELDS),
  updatedAt: z.string().nullable().default(null),
});
export type Profile = z.infer<typeof Profile>;
/**
 * Only the fields given are changed. (Built from the default-free fields on purpose: zod's `.partial()`
 * keeps `.default()`s, which would silently null every field a caller left out.)
 */
export const ProfilePatch = z.object(profileFields).partial();

export const CopyResult = z.object({
  path: z.string(),
  sha256: z.string(),
  size: z.number().int(),
  /** The custody entry that records the copy (in the open case; in the restored case for a restore). */
  custodySeq: z.number().int(),
  copyHead: CustodyHead.nullable(),
  /** SHA-256 fingerprint of the export-signing key the copy carries (the case's own); null if it has none yet. */
  signingKey: z.string().nullable(),
});
export type CopyResult = z.infer<typeof CopyResult>;

export const caseContract = {
  createCase: op({
    summary: 'Create a new encrypted case file and open it.',
    input: z.object({ path: FilePath('create-case'), passphrase: Passphrase, title: z.string().max(300).optional() }),
    output: CaseInfo,
  }),
  openCase: op({
    summary: 'Open an existing case file with its passphrase.',
    input: z.object({ path: FilePath('open-case'), passphrase: Passphrase }),
    output: CaseInfo,
    long: true,
  }),
  closeCase: op({
    summary: 'Close (lock) the open case file.',
    input: Empty,
    output: z.object({ closed: z.boolean() }),
  }),
  changePassphrase: op({
    summary: 'Re-encrypt the open case file under a new passphrase.',
    input: z.object({ oldPassphrase: Passphrase, newPassphrase: Passphrase }),
    output: z.object({ changed: z.literal(true) }),
    long: true,
  }),
  renameCase: op({
    summary: 'Give the open case a new title (a custody entry with the old and the new one).',
    input: z.object({ title: z.string().trim().min(1, 'the title is empty').max(300) }),
    output: CaseInfo,
  }),
  caseInfo: op({
    summary: 'Counts, size, schema version and custody head of the open case.',
    input: Empty,
    output: CaseInfo,
  }),
  getProfile: op({ summary: 'The subject profile.', input: Empty, output: Profile }),
  updateProfile: op({
    summary: 'Change profile fields (only those given).',
    input: ProfilePatch,
    output: Profile,
  }),
  addProfileAliases: op({
    summary: 'Add aliases to the profile (with their transliteration variants unless told not to).',
    input: z.object({ aliases: z.array(Alias).min(1).max(50), withTransliterations: z.boolean().default(true) }),
    output: Profile,
  }),
  backupCase: op({
    summary: 'Write a verified backup of the open case (itself a case file, same passphrase) to a new file.',
    input: z.object({ destPath: FilePath('backup-target'), passphrase: Passphrase }),
    output: CopyResult,
    long: true,
  }),
  handOverCase: op({
    summary: 'Write a verified copy of the open case for a colleague, under a new passphrase (custody entry on both sides).',
    input: z.object({
      destPath: FilePath('handover-target'),
      passphrase: Passphrase,
      newPassphrase: Passphrase,
      recipient: z.string().max(300).optional(),
    }),
    output: CopyResult,
    long: true,
  }),
  restoreCase: op({
    summary: 'Restore a backup or a received hand-over copy to a case file (verified; the backup is only read).',
    input: z.object({
      backupPath: FilePath('restore-source'),
      destPath: FilePath('create-case'),
      passphrase: Passphrase,
      overwrite: z.boolean().default(false),
    }),
    output: CopyResult,
    long: true,
  }),
  destroyCase: op({
    summary:
      'Securely delete a case file: overwrite every byte, sync, unlink (see the README for what this cannot reach). Progress in bytes; no cancel once it starts.',
    input: z.object({ path: FilePath('destroy-case'), passphrase: Passphrase }),
    output: z.object({ files: z.array(z.string()), bytes: z.number().int() }),
    long: true,
  }),
};
