/** Asylum: steps per country (intends → applied → … → final) and what was disclosed to whom. */
import { z } from 'zod';
import { ASYLUM_GROUNDS, AsylumGroundCode, GROUND_KINDS } from '../asylum-grounds';
import { AsylumStage, CountryCode, DatePrecision } from '../domain';
import { op } from './define';
import { Empty, Id, NStr, Str } from './fields';

export const Disclosure = z.object({
  id: z.string(),
  asylumStepId: z.string().nullable(),
  country: z.string().nullable(),
  authority: z.string(),
  disclosedAt: z.string(),
  what: z.string(),
  items: z.array(z.string()),
  createdAt: z.string(),
});
export const AsylumStep = z.object({
  id: z.string(),
  /** Whose step: null is the subject of the case; a person id is someone else named in the case (a relative). */
  personId: z.string().nullable(),
  country: z.string(),
  stage: AsylumStage,
  date: z.object({ value: z.string().nullable(), precision: DatePrecision }),
  authority: z.string().nullable(),
  note: z.string().nullable(),
  sourceId: z.string().nullable(),
  spanStart: z.number().int().nullable(),
  spanEnd: z.number().int().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AsylumStep = z.infer<typeof AsylumStep>;

/** A ground of the subject's claim or a risk they face on return (shared/asylum-grounds.ts), with the passage it rests on. */
export const AsylumGround = z.object({
  id: z.string(),
  kind: z.enum(GROUND_KINDS),
  code: AsylumGroundCode,
  note: z.string().nullable(),
  sourceId: z.string().nullable(),
  spanStart: z.number().int().nullable(),
  spanEnd: z.number().int().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AsylumGround = z.infer<typeof AsylumGround>;
export const AsylumOverview = z.object({
  countries: z.array(
    z.object({
      country: z.string(),
      /** The stage of the latest step (by date, then entry order). */
      currentStage: AsylumStage,
      steps: z.array(AsylumStep),
      disclosures: z.array(Disclosure),
    }),
  ),
  /** Disclosures not tied to a country. */
  otherDisclosures: z.array(Disclosure),
  /** The grounds of the subject's claim and the risks on return, in entry order. */
  grounds: z.array(AsylumGround),
});
export type AsylumOverview = z.infer<typeof AsylumOverview>;

const AsylumStepFields = z.object({
  personId: Id.nullable(),
  country: CountryCode,
  stage: AsylumStage,
  date: NStr(40),
  precision: DatePrecision,
  authority: NStr(500),
  note: NStr(4000),
  sourceId: Id.nullable(),
  spanStart: z.number().int().min(0).nullable(),
  spanEnd: z.number().int().min(0).nullable(),
});

const AsylumGroundFields = z.object({
  code: AsylumGroundCode.describe(`one of ${Object.keys(ASYLUM_GROUNDS).join(', ')}`),
  note: NStr(4000),
  sourceId: Id.nullable(),
  spanStart: z.number().int().min(0).nullable(),
  spanEnd: z.number().int().min(0).nullable(),
});

const DisclosureFields = z.object({
  asylumStepId: Id.nullable().optional(),
  country: CountryCode.nullable().optional(),
  authority: Str(500).min(1),
  disclosedAt: Str(40).min(4),
  what: Str(20000).min(1),
  items: z.array(Str(300)).max(200),
});

export const asylumContract = {
  asylumOverview: op({ summary: 'Asylum steps per country with the current stage and disclosures.', input: Empty, output: AsylumOverview }),
  addAsylumStep: op({
    summary: 'Record an asylum step (intends → applied → … → final; Dublin transfer).',
    input: AsylumStepFields.partial().required({ country: true, stage: true }),
    output: AsylumStep,
  }),
  updateAsylumStep: op({ summary: 'Change an asylum step.', input: AsylumStepFields.partial().extend({ id: Id }), output: AsylumStep }),
  addAsylumGround: op({
    summary:
      'Record a ground of the subject’s claim or a risk on return (Refugee Convention ground, subsidiary protection, prosecution for desertion …).',
    input: AsylumGroundFields.partial().required({ code: true }),
    output: AsylumGround,
  }),
  updateAsylumGround: op({
    summary: 'Change a recorded ground or risk on return.',
    input: AsylumGroundFields.partial().extend({ id: Id }),
    output: AsylumGround,
  }),
  recordDisclosure: op({
    summary: 'Record what was disclosed to an authority, and when.',
    input: DisclosureFields.extend({ items: DisclosureFields.shape.items.default([]) }),
    output: Disclosure,
  }),
  updateDisclosure: op({
    summary: 'Change a disclosure record: to whom, when, what, which items, at which step.',
    input: DisclosureFields.partial().extend({ id: Id }),
    output: Disclosure,
  }),
};
