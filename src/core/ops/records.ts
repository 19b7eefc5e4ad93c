/**
 * Editing and deleting what the investigator recorded, and undoing the last change.
 *
 * - Every change runs with its rows recorded (decision-record.ts: temporary triggers note each row's state
 *   before and after), so the last change can be undone exactly. That record is kept in memory only, for
 *   the open case: it holds the content of what was deleted, which must never reach the disk again. It is
 *   gone when the case is locked or closed.
 * - A deletion's custody entry names the record and carries the SHA-256 of the deleted row (canonical
 *   JSON), never its content: whoever holds a copy of the record can prove it was the one deleted, the log
 *   itself no longer says what it was.
 * - A deletion also removes the record from every other place that kept its content: the search index
 *   (FTS5 secure-delete, migration 4), the undo records of suggestion decisions that created or changed
 *   it, and the WAL (checkpointed after the write); freed pages are zeroed (secure_delete, store/pragmas).
 */
import type { z } from 'zod';
import type { DeleteResult, LastChange, RecordKind } from '../../shared/contract/records';
import { CasefileError } from '../../shared/errors';
import { lastCustodyEntry } from '../custody/log';
import type { CustodyInput } from '../custody/chain';
import type { CaseContext, WritableDB } from '../context';
import { deleteAllegationIn, deleteLinkIn, linksWithOrigin, mergeAllegationsIn, setOriginIn, splitAllegationIn } from './allegations';
import { asylumStepsOf, deleteAsylumGroundIn, deleteAsylumStepIn, deleteDisclosureIn, reassignAsylumStepsIn } from './asylum';
import { ENTITY_OF, type RecordedChange, recordChanges, revertChanges } from './decision-record';
import { rowHash } from './row-hash';
import { deleteElementLinkIn } from './elements';
import { deletePersonIn, getPerson, mergePersonIn } from './people';
import { acceptSuggestionGroup, rejectSuggestionGroup, undoLastDecision } from './suggestion-review';
import { forgetDecisionRecordsOfIn, toSuggestions, undoBatch } from './suggestions';
import { deleteStatementIn, reassignSpeakerIn } from './testimony';
import { deleteEventIn } from './timeline';

interface Remembered {
  seq: number;
  action: string;
  entity: string;
  entityId: string | null;
  changes: RecordedChange[];
  hash: string | null;
}

/** The last undoable change per open case, in memory only (see the header). */
const LAST = new WeakMap<CaseContext, Remembered>();

const ids = (changes: RecordedChange[]) =>
  changes.flatMap((c) => [c.before?.id, c.after?.id]).filter((v): v is string => typeof v === 'string');

/**
 * Run `fn` (which writes through ctx.write, with its own custody entry) with its rows recorded, and
 * remember it as the change "undo" reverses. Used by the handlers of every hand edit.
 */
export function undoable<T>(ctx: CaseContext, fn: () => T): T {
  const before = lastCustodyEntry(ctx.db)?.seq ?? 0;
  const { result, changes } = ctx.recording(fn);
  const head = lastCustodyEntry(ctx.db);
  if (head && head.seq > before && changes.length) {
    LAST.set(ctx, { seq: head.seq, action: head.action, entity: head.entity, entityId: head.entityId, changes, hash: null });
  }
  return result;
}

/** One write with its rows recorded: `fn` changes rows, `custody` describes it from what changed. */
function recordedWrite<T>(
  ctx: CaseContext,
  fn: (db: WritableDB) => T,
  custody: (result: T, changes: RecordedChange[]) => CustodyInput & { hash?: string | null },
  options: { forget?: boolean } = {},
): { result: T; changes: RecordedChange[]; hash: string | null } {
  const out = ctx.write((db) => {
    const { result, changes } = recordChanges(db, () => fn(db));
    if (options.forget) forgetDecisionRecordsOfIn(db, ids(changes));
    const entry = custody(result, changes);
    return { result: { result, changes, hash: entry.hash ?? null }, custody: entry };
  });
  const head = lastCustodyEntry(ctx.db);
  if (head)
    LAST.set(ctx, {
      seq: head.seq,
      action: head.action,
      entity: head.entity,
      entityId: head.entityId,
      changes: out.changes,
      hash: out.hash,
    });
  return out;
}

type Deleter = { entity: string; table: string; run: (ctx: CaseContext, db: WritableDB, id: string) => void };

const DELETERS: Record<Exclude<RecordKind, 'origin' | 'decision'>, Deleter> = {
  allegation: { entity: 'allegation', table: 'allegations', run: deleteAllegationIn },
  evidence: { entity: 'evidence', table: 'evidence_links', run: (ctx, db, id) => void deleteLinkIn(ctx, db, id) },
  statement: { entity: 'statement', table: 'statements', run: deleteStatementIn },
  event: { entity: 'event', table: 'events', run: deleteEventIn },
  'asylum-step': { entity: 'asylum-step', table: 'asylum_steps', run: deleteAsylumStepIn },
  'asylum-ground': { entity: 'asylum-ground', table: 'asylum_grounds', run: (_ctx, db, id) => deleteAsylumGroundIn(db, id) },
  disclosure: { entity: 'disclosure', table: 'disclosures', run: (_ctx, db, id) => deleteDisclosureIn(db, id) },
  person: { entity: 'person', table: 'people', run: deletePersonWithoutSteps },
  'element-link': { entity: 'element-link', table: 'element_links', run: (_ctx, db, id) => deleteElementLinkIn(db, id) },
};

/** A person whose asylum steps are recorded keeps them: they would otherwise become the subject's. */
function deletePersonWithoutSteps(ctx: CaseContext, db: WritableDB, id: string): void {
  const steps = asylumStepsOf(db, id);
  if (steps > 0)
    throw new CasefileError(
      'INVALID_INPUT',
      `${getPerson(ctx, id).name} has ${steps} asylum step(s) recorded as theirs: delete those steps, or merge this record into another person, before deleting it.`,
    );
  deletePersonIn(ctx, db, id);
}

/** What a deletion removed or changed besides the record itself, by kind ({"evidence link deleted": 2}). */
function alsoRemoved(changes: RecordedChange[], table: string, id: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of changes) {
    if (c.table === table && c.before?.id === id) continue;
    const k = `${ENTITY_OF[c.table]} ${c.after === null ? 'deleted' : 'updated'}`;
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

export function deleteRecord(ctx: CaseContext, kind: RecordKind, id: string, groupIds?: string[]): z.input<typeof DeleteResult> {
  if (groupIds?.length && kind !== 'decision') {
    throw new CasefileError('INVALID_INPUT', `Only a decision is deleted with its group; a ${kind} is deleted by its id alone.`);
  }
  if (kind === 'decision') {
    // A decision is "deleted" by undoing it: what it created is removed, the suggestion is pending again.
    // A group's decision is undone whole, in one transaction, newest first (undoBatch's order).
    undoBatch(ctx, [...new Set([id, ...(groupIds ?? [])])]);
    LAST.delete(ctx);
    return { kind, id, hash: null, removed: {}, forgottenDecisions: 0 };
  }
  if (kind === 'origin') {
    const links = linksWithOrigin(ctx, id);
    if (links.length === 0) throw new CasefileError('NOT_FOUND', `No evidence link carries the origin “${id}”.`, { id });
    recordedWrite(
      ctx,
      (db) => setOriginIn(db, id, null),
      (n) => ({ action: 'origin.delete', entity: 'origin', entityId: null, details: { links: n } }),
    );
    ctx.store.checkpoint();
    return { kind, id, hash: null, removed: { 'origin override': links.length }, forgottenDecisions: 0 };
  }
  const d = DELETERS[kind];
  let forgotten = 0;
  const out = ctx.write((db) => {
    const { changes } = recordChanges(db, () => d.run(ctx, db, id));
    const main = changes.find((c) => c.table === d.table && c.before?.id === id && c.after === null);
    if (!main?.before) throw new CasefileError('NOT_FOUND', `No ${kind} with id ${id} in this case.`, { id });
    forgotten = forgetDecisionRecordsOfIn(db, ids(changes.filter((c) => c.after === null)));
    const hash = rowHash(d.table, main.before);
    const removed = alsoRemoved(changes, d.table, id);
    return {
      result: { changes, hash, removed },
      custody: {
        action: `${d.entity}.delete`,
        entity: d.entity,
        entityId: id,
        details: { sha256: hash, alsoRemoved: removed, ...(forgotten ? { decisionsNoLongerUndoable: forgotten } : {}) },
      },
    };
  });
  const head = lastCustodyEntry(ctx.db);
  if (head) LAST.set(ctx, { seq: head.seq, action: head.action, entity: head.entity, entityId: id, changes: out.changes, hash: out.hash });
  // The WAL still holds the pages as they were before the delete: fold it into the file (freed pages are
  // zeroed there) and truncate it.
  ctx.store.checkpoint();
  return { kind, id, hash: out.hash, removed: out.removed, forgottenDecisions: forgotten };
}

export function renameOrigin(ctx: CaseContext, from: string, to: string): { links: number } {
  if (linksWithOrigin(ctx, from).length === 0) throw new CasefileError('NOT_FOUND', `No evidence link carries the origin “${from}”.`);
  const { result } = recordedWrite(
    ctx,
    (db) => setOriginIn(db, from, to),
    (n) => ({ action: 'origin.rename', entity: 'origin', entityId: null, details: { links: n } }),
  );
  return { links: result };
}

export function mergePeople(ctx: CaseContext, keepId: string, mergeId: string): string {
  const keep = getPerson(ctx, keepId);
  getPerson(ctx, mergeId);
  recordedWrite(
    ctx,
    (db) => {
      const moved = reassignSpeakerIn(db, mergeId, keepId, keep.name);
      reassignAsylumStepsIn(db, mergeId, keepId);
      mergePersonIn(ctx, db, keepId, mergeId);
      return moved;
    },
    (moved, changes) => {
      const gone = changes.find((c) => c.table === 'people' && c.after === null && c.before?.id === mergeId);
      return {
        action: 'person.merge',
        entity: 'person',
        entityId: keepId,
        details: { merged: mergeId, mergedSha256: gone?.before ? rowHash('people', gone.before) : null, statementsMoved: moved },
      };
    },
    { forget: true },
  );
  return keepId;
}

export function mergeAllegations(ctx: CaseContext, keepId: string, mergeIds: string[]): string {
  recordedWrite(
    ctx,
    (db) => mergeAllegationsIn(ctx, db, keepId, mergeIds),
    () => ({
      action: 'allegation.merge',
      entity: 'allegation',
      entityId: keepId,
      details: { merged: mergeIds.filter((m) => m !== keepId) },
    }),
    { forget: true },
  );
  return keepId;
}

export function splitAllegation(ctx: CaseContext, id: string, evidenceIds: string[], description?: string): string {
  const { result } = recordedWrite(
    ctx,
    (db) => splitAllegationIn(ctx, db, id, evidenceIds, description),
    (nid) => ({ action: 'allegation.split', entity: 'allegation', entityId: id, details: { into: nid, evidence: evidenceIds } }),
  );
  return result;
}

/**
 * Change a decision: undo it and decide again, atomically (custody: the undo of each suggestion, then the
 * new decision). `groupIds` are the other suggestions of its group (the review screen decides a group as
 * one): they are undone with it and decided again as a group, so its 2nd… members attach to what the first
 * creates instead of each creating its own person or event.
 */
export function changeDecision(
  ctx: CaseContext,
  input: { id: string; decision: 'accept' | 'reject'; edit?: Record<string, unknown>; reason?: string; groupIds?: string[] },
): { id: string; status: string } {
  const all = [...new Set([input.id, ...(input.groupIds ?? [])])];
  ctx.atomically(() => {
    undoBatch(ctx, all);
    if (input.decision === 'accept') acceptSuggestionGroup(ctx, all, input.edit);
    else rejectSuggestionGroup(ctx, all, input.reason);
  });
  LAST.delete(ctx);
  const s = toSuggestions(ctx, [input.id])[0];
  return { id: s.id, status: s.status };
}

const DECISIONS = new Set(['suggestion.accept', 'suggestion.reject']);

/** What undo would reverse now, and whether it can. */
export function lastChange(ctx: CaseContext): z.input<typeof LastChange> | null {
  const head = lastCustodyEntry(ctx.db);
  if (!head) return null;
  const mine = LAST.get(ctx);
  const base = { seq: head.seq, at: head.at, action: head.action, entity: head.entity, entityId: head.entityId };
  if (mine && mine.seq === head.seq) return { ...base, undoable: true, reason: null };
  if (DECISIONS.has(head.action)) return { ...base, undoable: true, reason: null };
  return {
    ...base,
    undoable: false,
    reason:
      head.action === 'suggestion.undo'
        ? 'The last change made a suggestion wait for review again: decide it again in Suggestions instead.'
        : mine
          ? `The last entry (${head.action}) is not a change this window can reverse.`
          : `The last change (${head.action}) was made before this case was opened, or cannot be reversed; change the record by hand instead.`,
  };
}

/**
 * Undo the last change: reverse the recorded rows (a deleted record comes back exactly as it was, with its
 * id) in one write with a `change.undo` custody entry. A suggestion decision that is the last entry is
 * undone as a decision (the suggestions are pending again).
 */
export function undoLastChange(ctx: CaseContext): { undone: string; entity: string; entityId: string | null } {
  const state = lastChange(ctx);
  if (!state) throw new CasefileError('INVALID_INPUT', 'There is nothing to undo in this case.');
  if (!state.undoable) throw new CasefileError('INVALID_INPUT', state.reason ?? 'The last change cannot be undone.');
  const mine = LAST.get(ctx);
  if (!mine || mine.seq !== state.seq) {
    // The last entry is a suggestion decision: undo all of it (a group or bulk accept is one decision, and
    // its last entry names only its last suggestion).
    if (!state.entityId) throw new CasefileError('INVALID_INPUT', 'The last decision cannot be undone.');
    undoLastDecision(ctx, state.entityId);
    return { undone: state.action, entity: state.entity, entityId: state.entityId };
  }
  ctx.write((db) => {
    // Rows come back parent first or child first as they were recorded; check references at commit.
    db.pragma('defer_foreign_keys = ON');
    revertChanges(db, mine.changes);
    return {
      result: null,
      custody: {
        action: 'change.undo',
        entity: mine.entity,
        entityId: mine.entityId,
        details: { undid: mine.action, undidSeq: mine.seq, ...(mine.hash ? { sha256: mine.hash } : {}) },
      },
    };
  });
  LAST.delete(ctx);
  return { undone: mine.action, entity: mine.entity, entityId: mine.entityId };
}
