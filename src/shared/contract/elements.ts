/**
 * Elements of crimes (the ICC Case Matrix idea): for each provision an allegation carries, its material
 * and contextual elements, each linked to the evidence that goes to it and marked established / partly /
 * no evidence yet, so the gaps of a case show at a glance. The element lists are data
 * (resources/elements-of-crimes.json), paraphrased from the ICC Elements of Crimes.
 */
import { z } from 'zod';
import { op } from './define';
import { Empty, Id, NStr, Str } from './fields';

export const ELEMENT_SUPPORT = ['established', 'partly'] as const;
export const ElementSupport = z.enum(ELEMENT_SUPPORT);
export const ElementStatus = z.enum(['established', 'partly', 'none']);
export type ElementStatus = z.infer<typeof ElementStatus>;

export const CrimeElement = z.object({
  /** "m1", "m2" … material; "p1", "p2" protected status (Art. 8(2)(a) and (c)); "c1", "c2" … contextual. */
  id: z.string(),
  kind: z.enum(['material', 'contextual']),
  text: z.string(),
});
export const ProvisionElements = z.object({
  code: z.string(),
  title: z.string(),
  contextLabel: z.string(),
  /** How the paraphrase was checked ("legal.md §1.6 [P]", or an [M] warning). */
  basis: z.string(),
  note: z.string().nullable(),
  elements: z.array(CrimeElement),
});
export type ProvisionElements = z.infer<typeof ProvisionElements>;

export const ElementLink = z.object({
  id: z.string(),
  evidenceId: z.string().nullable(),
  statementId: z.string().nullable(),
  support: ElementSupport,
  note: z.string().nullable(),
  /** What the link points to, in words: the source title or the speaker, and the excerpt. */
  label: z.string(),
  excerpt: z.string().nullable(),
  grade: z.string().nullable(),
});
export const ElementState = CrimeElement.extend({ status: ElementStatus, links: z.array(ElementLink) });
export const AllegationElements = z.object({
  allegationId: z.string(),
  provisions: z.array(ProvisionElements.omit({ elements: true }).extend({ elements: z.array(ElementState) })),
  /** Elements with no evidence yet, over all provisions. */
  gaps: z.number().int(),
  /** Elements that evidence only partly supports. */
  partly: z.number().int(),
  established: z.number().int(),
});
export type AllegationElements = z.infer<typeof AllegationElements>;

export const elementsContract = {
  elementsOfCrimes: op({
    summary: 'The material and contextual elements of every provision in the taxonomy, with their source.',
    input: Empty,
    output: z.object({ version: z.number().int(), source: z.string(), provisions: z.array(ProvisionElements) }),
  }),
  allegationElements: op({
    summary: "An allegation's elements checklist: each element's evidence and whether it is established, partly or not yet.",
    input: z.object({ allegationId: Id }),
    output: AllegationElements,
  }),
  linkElement: op({
    summary: 'Link an evidence link or a statement to an element of one of the allegation’s provisions.',
    input: z
      .object({
        allegationId: Id,
        provision: Str(40).min(1),
        elementId: Str(10).min(1),
        evidenceId: Id.optional(),
        statementId: Id.optional(),
        support: ElementSupport.default('partly'),
        note: NStr(4000).optional(),
      })
      .refine((v) => (v.evidenceId === undefined) !== (v.statementId === undefined), {
        message: 'give exactly one of evidenceId and statementId',
      }),
    output: AllegationElements,
  }),
};
