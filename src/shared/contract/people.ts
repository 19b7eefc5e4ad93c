/** People named in the case other than the subject, and the spelling variants of names. */
import { z } from 'zod';
import { Alias } from './case';
import { op } from './define';
import { Empty, Id, NStr, Str } from './fields';

/** Whether a people row names a human being or an organisation/unit (a ministry, a brigade, a UN office). */
export const PERSON_KINDS = ['person', 'organisation'] as const;
export const PersonKind = z.enum(PERSON_KINDS);
export type PersonKind = z.infer<typeof PersonKind>;

export const Person = z.object({
  id: z.string(),
  name: z.string(),
  /** An organisation/unit is not a person to protect: exports need not pseudonymise it. */
  kind: PersonKind,
  role: z.string().nullable(),
  /**
   * Named in a public role (a head of state, a ministry's spokesperson quoted as such): exports show the
   * name. False protects: witnesses, relatives and anyone not marked are pseudonymised where a profile asks.
   */
  publicFigure: z.boolean(),
  aliases: z.array(Alias),
  affiliation: z.string().nullable(),
  notes: z.string().nullable(),
  /** Protective pseudonym (e.g. "P-0012") used in exports instead of the name when a profile asks for it. */
  pseudonym: z.string().nullable(),
  statementCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Person = z.infer<typeof Person>;

export const peopleContract = {
  transliterate: op({
    summary: 'Spelling variants of a name across Cyrillic and Latin (Саликов ↔ Salikov).',
    input: z.object({ text: Str(300).min(1) }),
    output: z.object({ variants: z.array(z.string()) }),
  }),
  listPeople: op({ summary: 'People named in the case (other than the subject).', input: Empty, output: z.array(Person) }),
  upsertPerson: op({
    summary: 'Create a person, or update one when `id` is given.',
    input: z.object({
      id: Id.optional(),
      name: Str(300).min(1).optional(),
      /** New rows default to 'person'. */
      kind: PersonKind.optional(),
      role: NStr(300).optional(),
      /** New rows default to what the role suggests (a public office such as "spokesperson" or "president"); otherwise false. */
      publicFigure: z.boolean().optional(),
      aliases: z.array(Alias).max(100).optional(),
      affiliation: NStr(500).optional(),
      notes: NStr(20000).optional(),
      pseudonym: NStr(100).optional(),
    }),
    output: Person,
  }),
};
