/** Testimony: statements with their speaker, source span, language, translation and knowledge basis. */
import { z } from 'zod';
import { KnowledgeBasis } from '../domain';
import { op } from './define';
import { Id, NStr, Str } from './fields';

export const Statement = z.object({
  id: z.string(),
  text: z.string(),
  speakerId: z.string().nullable(),
  speakerName: z.string().nullable(),
  /** True when the speaker is the case subject (the profile), not a row in people. */
  speakerIsSubject: z.boolean(),
  sourceId: z.string().nullable(),
  sourceTitle: z.string().nullable(),
  sourceTextId: z.string().nullable(),
  spanStart: z.number().int().nullable(),
  spanEnd: z.number().int().nullable(),
  language: z.string().nullable(),
  translation: z.string().nullable(),
  translationKind: z.enum(['human', 'machine']).nullable(),
  /** Who translated it: a person's name or a service ("DeepL"), as the investigator recorded it. */
  translator: z.string().nullable(),
  basis: KnowledgeBasis,
  hearsayFrom: z.string().nullable(),
  statedDate: z.string().nullable(),
  notes: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Statement = z.infer<typeof Statement>;

const StatementFields = z.object({
  text: Str(20000).min(1),
  speakerId: Id.nullable(),
  speakerName: NStr(300),
  sourceId: Id.nullable(),
  sourceTextId: Id.nullable(),
  spanStart: z.number().int().min(0).nullable(),
  spanEnd: z.number().int().min(0).nullable(),
  language: NStr(20),
  translation: NStr(20000),
  translationKind: z.enum(['human', 'machine']).nullable(),
  translator: NStr(300),
  basis: KnowledgeBasis,
  hearsayFrom: NStr(300),
  statedDate: NStr(40),
  notes: NStr(20000),
});

export const testimonyContract = {
  listStatements: op({
    summary: 'Statements (testimony), optionally of one source or speaker.',
    input: z.object({ sourceId: Id.optional(), speakerId: Id.optional() }).default({}),
    output: z.array(Statement),
  }),
  addStatement: op({
    summary: 'Record a statement with its speaker, source span, language, translation and knowledge basis.',
    input: StatementFields.partial().required({ text: true }),
    output: Statement,
  }),
  updateStatement: op({
    summary: 'Change a statement (only the fields given).',
    input: StatementFields.partial().extend({ id: Id }),
    output: Statement,
  }),
};
