/**
 * What an asylum claim rests on, in the structure the determining authority reads it: the Refugee
 * Convention ground (or subsidiary protection) and the risk the applicant faces on return. Each entry
 * names its legal basis with the confidence mark of /work/shared/reference/legal.md (P checked against a
 * primary text, S secondary source, M general knowledge not checked): the export prints an unchecked
 * reference as such, so a recipient never reads an unverified article number as a checked one. Only what
 * legal.md supports is here; anything else is `other-ground` / `other-risk` with the investigator's note.
 */
import { z } from 'zod';

export type Confidence = 'P' | 'S' | 'M';
export interface LegalBasis {
  text: string;
  confidence: Confidence;
}
export interface GroundDef {
  kind: 'ground' | 'risk';
  /** The Convention ground or form of protection this falls under ("Political opinion", "Subsidiary protection"). */
  heading: string;
  label: string;
  basis: LegalBasis[];
}

// legal.md §5.1 gives no mark on the Art. 9(2)(e) bullet itself (its CJEU links are primary texts, not
// checked here): it is carried as S. The Convention's five grounds are not in legal.md: M.
const CONVENTION: LegalBasis = { text: 'Refugee Convention Art. 1A(2)', confidence: 'M' };
const QD_9_2_E: LegalBasis = {
  text: 'Qualification Directive 2011/95/EU Art. 9(2)(e): prosecution or punishment for refusing military service in a conflict where that service would include war crimes is an act of persecution (CJEU C-472/13 Shepherd, 26 Feb 2015; C-238/19 EZ, 19 Nov 2020)',
  confidence: 'S',
};
const UNHCR_10_P3: LegalBasis = {
  text: 'UNHCR Guidelines on International Protection No. 10, para. 3: no principled difference between desertion and draft evasion',
  confidence: 'S',
};

export const ASYLUM_GROUNDS = {
  'refusal-of-military-service': {
    kind: 'ground',
    heading: 'Political opinion',
    label: 'Refusal to fight: desertion or draft evasion from a war whose service would include war crimes',
    basis: [CONVENTION, QD_9_2_E, UNHCR_10_P3],
  },
  'objection-to-ihl-violations': {
    kind: 'ground',
    heading: 'Political opinion',
    label: 'Objection to the unlawful use of force or to violations of international humanitarian law',
    basis: [
      CONVENTION,
      { text: 'UNHCR Guidelines on International Protection No. 10, para. 21 (as cited by Verfassungsblog)', confidence: 'S' },
    ],
  },
  'political-opinion': {
    kind: 'ground',
    heading: 'Political opinion',
    label: 'Political opinion, expressed or attributed (other than the above)',
    basis: [CONVENTION],
  },
  religion: { kind: 'ground', heading: 'Religion', label: 'Religion', basis: [CONVENTION] },
  nationality: { kind: 'ground', heading: 'Nationality', label: 'Nationality', basis: [CONVENTION] },
  race: { kind: 'ground', heading: 'Race', label: 'Race', basis: [CONVENTION] },
  'particular-social-group': {
    kind: 'ground',
    heading: 'Membership of a particular social group',
    label: 'Membership of a particular social group',
    basis: [CONVENTION],
  },
  'subsidiary-protection': {
    kind: 'ground',
    heading: 'Subsidiary protection',
    label: 'Subsidiary protection (international protection other than refugee status)',
    basis: [{ text: 'Qualification Directive 2011/95/EU; Asylum Procedures Directive 2013/32/EU Art. 2', confidence: 'P' }],
  },
  'other-ground': { kind: 'ground', heading: 'Other ground', label: 'Other ground (see the note)', basis: [] },
  'prosecution-for-desertion': {
    kind: 'risk',
    heading: 'Prosecution',
    label: 'Prosecution for desertion',
    basis: [{ text: 'Criminal Code of the Russian Federation (UK RF) Art. 338 (desertion)', confidence: 'M' }],
  },
  'prosecution-for-unauthorised-absence': {
    kind: 'risk',
    heading: 'Prosecution',
    label: 'Prosecution for leaving the unit without authorisation (СОЧ)',
    basis: [{ text: 'Criminal Code of the Russian Federation (UK RF) Art. 337 (unauthorised leaving of a unit)', confidence: 'M' }],
  },
  'punishment-for-refusal': {
    kind: 'risk',
    heading: 'Prosecution',
    label: 'Prosecution or punishment for refusing military service or an order',
    basis: [QD_9_2_E],
  },
  'other-risk': { kind: 'risk', heading: 'Other risk', label: 'Other risk on return (see the note)', basis: [] },
} as const satisfies Record<string, GroundDef>;

export type AsylumGroundCode = keyof typeof ASYLUM_GROUNDS;
export const ASYLUM_GROUND_CODES = Object.keys(ASYLUM_GROUNDS) as [AsylumGroundCode, ...AsylumGroundCode[]];
export const AsylumGroundCode = z.enum(ASYLUM_GROUND_CODES);
export const GROUND_KINDS = ['ground', 'risk'] as const;

/** How a reference is printed after its text: a checked one plainly, the others saying what they are. */
export const CONFIDENCE_NOTE: Record<Confidence, string> = {
  P: '',
  S: ' (from secondary sources)',
  M: ' (reference not yet checked against the text)',
};
