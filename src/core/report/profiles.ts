/**
 * Export profiles: what one kind of recipient may see. Profiles live in code (not a JSON resource) so
 * they are type-checked and reviewed with the code that enforces them; a custom profile is the same
 * shape passed in by the caller (`exportPdf({ customProfile })`) and validated by the contract.
 *
 * Rules every profile obeys (enforced in model.ts, not here):
 * - a profile field that is listed in the case's `profile.sensitive` is left out unless the profile's
 *   `sensitiveFields` names it explicitly;
 * - pseudonymised names and withheld sensitive values are removed from EVERY string of the model (text,
 *   excerpts, quotes, file names, custody details, the case title) before anything is rendered;
 * - an original whose bytes contain anything redacted cannot be embedded (it is withheld and the annex
 *   says so), because an attachment cannot be redacted without ceasing to be the original.
 */
import { ExportProfile, PROFILE_FIELDS, SECTIONS } from '../../shared/contract/report';
import { CasefileError } from '../../shared/errors';

export { PROFILE_FIELDS, SECTIONS };
export type ProfileField = (typeof PROFILE_FIELDS)[number];
export type SectionName = (typeof SECTIONS)[number];
/** The profile shape lives in the contract (shared/contract/report.ts) so front ends validate custom ones. */
export const ExportProfileDef = ExportProfile;
export type ExportProfileDef = ExportProfile;

const ALL_NON_SENSITIVE: ProfileField[] = ['fullName', 'aliases', 'rank', 'unit', 'service', 'birthDate', 'age', 'origin', 'routeOut'];

export const BUILTIN_PROFILES: Record<string, ExportProfileDef> = {
  icc: ExportProfileDef.parse({
    name: 'icc',
    title: 'ICC Office of the Prosecutor',
    defaultRecipient: 'International Criminal Court, Office of the Prosecutor',
    description:
      'Full evidential picture for the OTP: identities, every allegation with provisions and grades, self-incriminating passages (flagged), originals embedded, full custody appendix. Current location, contacts and family are withheld.',
    sections: [...SECTIONS],
    profileFields: [...ALL_NON_SENSITIVE, 'notes'],
    sensitiveFields: [],
    pseudonymise: 'none',
    embedOriginals: true,
    includeSelfIncriminating: true,
    includeRetracted: true,
    listWithheldHashes: true,
    includeNotes: true,
    elementAnalysis: true,
  }),
  'war-crimes-unit': ExportProfileDef.parse({
    name: 'war-crimes-unit',
    title: 'National war-crimes unit',
    defaultRecipient: 'National war-crimes unit',
    description:
      'As for the ICC, for a national prosecution service under universal jurisdiction. Witnesses and victims are pseudonymised; the subject and alleged perpetrators keep their names.',
    sections: [...SECTIONS],
    profileFields: [...ALL_NON_SENSITIVE],
    sensitiveFields: [],
    pseudonymise: 'witnesses',
    embedOriginals: true,
    includeSelfIncriminating: true,
    includeRetracted: false,
    listWithheldHashes: true,
    includeNotes: false,
  }),
  asylum: ExportProfileDef.parse({
    name: 'asylum',
    title: 'Asylum authority',
    defaultRecipient: 'Asylum authority',
    description:
      'For the determining authority: identity, route and asylum history, the allegations that ground the fear of persecution. Self-incriminating passages are left out (Art. 1F risk; counsel decides), third parties pseudonymised, current location stays with the authority’s own file.',
    sections: ['profile', 'asylum', 'allegations', 'timeline', 'testimony', 'sources'],
    profileFields: [...ALL_NON_SENSITIVE],
    sensitiveFields: [],
    pseudonymise: 'others',
    embedOriginals: true,
    includeSelfIncriminating: false,
    includeRetracted: false,
    listWithheldHashes: true,
    includeNotes: false,
  }),
  public: ExportProfileDef.parse({
    name: 'public',
    title: 'Public summary',
    defaultRecipient: 'Public',
    description:
      'For publication: everyone pseudonymised including the subject, no profile details beyond rank and service, no originals (they name people), no custody appendix, no hashes of withheld originals.',
    sections: ['profile', 'allegations', 'timeline', 'testimony', 'sources'],
    profileFields: ['rank', 'service'],
    sensitiveFields: [],
    pseudonymise: 'all',
    embedOriginals: false,
    includeSelfIncriminating: false,
    includeRetracted: false,
    listWithheldHashes: false,
    includeNotes: false,
  }),
};

export function resolveProfile(name: string | undefined, custom: ExportProfileDef | undefined): ExportProfileDef {
  if (custom) return ExportProfileDef.parse(custom);
  const p = name ? BUILTIN_PROFILES[name] : undefined;
  if (!p) {
    throw new CasefileError(
      'NOT_FOUND',
      `No export profile named "${name ?? ''}". Built-in profiles: ${Object.keys(BUILTIN_PROFILES).join(', ')}.`,
    );
  }
  return p;
}

export function listProfiles(): ExportProfileDef[] {
  return Object.values(BUILTIN_PROFILES);
}
