/**
 * Editing, deleting, merging and undoing what the investigator recorded. Edits of single fields go through
 * each domain's update operation (updateAllegation, updateStatement, …); this part adds what is common to
 * every record kind: deletion (the custody entry keeps the deleted row's SHA-256, never its content),
 * merging and splitting, and undo of the last change.
 */
import { z } from 'zod';
import { RECORD_KINDS } from '../record-kinds';
import { Allegation } from './allegations';
import { op } from './define';
import { Empty, Id, Str } from './fields';
import { Person } from './people';

// Declared without zod (record-kinds.ts) so the CLI's `delete` usage line does not load the contract.
export { RECORD_KINDS };
export const RecordKind = z.enum(RECORD_KINDS);
export type RecordKind = z.infer<typeof RecordKind>;

export const DeleteResult = z.object({
  kind: RecordKind,
  id: z.string(),
  /** SHA-256 of the deleted row (canonical JSON), as kept in the custody entry; null for origin and decision. */
  hash: z.string().nullable(),
  /** What went with it or was changed because of it, by kind: {"evidence link deleted": 2}. */
  removed: z.record(z.string(), z.number().int()),
  /** Suggestion decisions whose undo record held the deleted content (they can no longer be undone). */
  forgottenDecisions: z.number().int(),
});

export const LastChange = z.object({
  seq: z.number().int(),
  at: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  undoable: z.boolean(),
  /** Why not, in words, when it cannot be undone. */
  reason: z.string().nullable(),
});

export const recordsContract = {
  deleteRecord: op({
    summary:
      'Delete a record (allegation, evidence link, statement, event, asylum step, person, origin, decision …); one custody entry with its hash.',
    input: z.object({
      kind: RecordKind,
      id: Str(300).min(1),
      /** Kind `decision` only: the other suggestions of its group, whose decision is deleted with it as one. */
      groupIds: z.array(Id).max(1000).optional(),
    }),
    output: DeleteResult,
  }),
  lastChange: op({ summary: 'The last change, and whether undo can reverse it.', input: Empty, output: LastChange.nullable() }),
  undoLastChange: op({
    summary: 'Undo the last change made while this case is open (or the last suggestion decision).',
    input: Empty,
    output: z.object({ undone: z.string(), entity: z.string(), entityId: z.string().nullable() }),
  }),
  mergePeople: op({
    summary: 'Merge two people: the second becomes aliases of the first, its statements move to it.',
    input: z.object({ keepId: Id, mergeId: Id }),
    output: Person,
  }),
  mergeAllegations: op({
    summary: 'Merge allegations into one: evidence, provisions, perpetrators and units are joined.',
    input: z.object({ keepId: Id, mergeIds: z.array(Id).min(1).max(100) }),
    output: Allegation,
  }),
  splitAllegation: op({
    summary: 'Split an allegation: the evidence links named move to a new allegation with the same fields.',
    input: z.object({ id: Id, evidenceIds: z.array(Id).min(1).max(100), description: Str(20000).min(1).optional() }),
    output: z.object({ original: Allegation, split: Allegation }),
  }),
  changeDecision: op({
    summary:
      'Change a suggestion decision (with the rest of its group): undo it, then accept (optionally edited) or reject it, in one transaction.',
    input: z.object({
      id: Id,
      decision: z.enum(['accept', 'reject']),
      edit: z.record(z.string(), z.unknown()).optional(),
      reason: Str(2000).optional(),
      /** The other suggestions of its group, changed with it as one decision. */
      groupIds: z.array(Id).max(1000).optional(),
    }),
    output: z.object({ id: z.string(), status: z.string() }),
  }),
  renameOrigin: op({
    summary: 'Rename an origin override key on every evidence link that carries it.',
    input: z.object({ from: Str(200).min(1), to: Str(200).min(1) }),
    output: z.object({ links: z.number().int() }),
  }),
};
