/**
 * Reviewing suggestions as an investigator does: the same person, outlet, subject or date found in several
 * places is one group reviewed once with all its spans; a group is accepted or rejected as one decision;
 * the last decision can be undone; a bulk accept can be previewed (run and rolled back) before it is made.
 */
import type { z } from 'zod';
import type { AcceptPreview, SuggestionGroup } from '../../shared/contract/suggestions';
import { SUGGESTION_KINDS } from '../../shared/domain';
import { CasefileError } from '../../shared/errors';
import { describeSuggestion } from '../../shared/suggestion-label';
import type { CaseContext } from '../context';
import { normOutlet } from './corroboration';
import { summariseChanges } from './decision-record';
import { acceptOne, type Batch, listSuggestions, rejectOne, toSuggestions, undoBatch } from './suggestions';

type Kind = (typeof SUGGESTION_KINDS)[number];
type Suggestion = ReturnType<typeof listSuggestions>[number];

const norm = (s: unknown) =>
  String(s ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** What makes two suggestions "the same thing found twice". Kinds that are about one passage never group. */
export function groupKey(s: Pick<Suggestion, 'id' | 'kind' | 'payload'>): string {
  const p = s.payload;
  switch (s.kind) {
    case 'person':
    case 'subject':
      return `${s.kind}:${norm(p.name)}`;
    case 'outlet':
      return `outlet:${normOutlet(String(p.name ?? ''))}`;
    case 'date':
      return p.date ? `date:${String(p.date)}:${String(p.precision)}` : `date-text:${norm(p.text)}`;
    default:
      return `id:${s.id}`;
  }
}

export function listSuggestionGroups(
  ctx: CaseContext,
  f: { sourceId?: string; kind?: Kind; status: string },
): z.input<typeof SuggestionGroup>[] {
  const groups = new Map<string, Suggestion[]>();
  for (const s of listSuggestions(ctx, f)) {
    const key = groupKey(s);
    const g = groups.get(key);
    if (g) g.push(s);
    else groups.set(key, [s]);
  }
  return [...groups.entries()].map(([key, suggestions]) => {
    const statuses = new Set(suggestions.map((s) => s.status));
    const first = suggestions[0];
    return {
      key,
      kind: first.kind,
      label: describeSuggestion(first.kind, first.payload),
      status: statuses.size === 1 ? first.status : 'mixed',
      sourceIds: [...new Set(suggestions.map((s) => s.sourceId))],
      suggestions,
    };
  });
}

/**
 * The edit for the 2nd… members of a group, once the first is accepted: they name the same record, so they
 * attach to what the first created (the same person, the same event) instead of creating another.
 */
function followerEdit(kind: Kind, edit: Record<string, unknown> | undefined, first: { entityId: string }) {
  switch (kind) {
    case 'person':
      return { personId: first.entityId, ...(edit?.role !== undefined ? { role: edit.role } : {}) };
    case 'date':
      return { eventId: first.entityId };
    default:
      return edit;
  }
}

function pendingMembers(ctx: CaseContext, ids: string[]) {
  const byId = new Map(toSuggestions(ctx, ids).map((s) => [s.id, s]));
  const members = ids.map((id) => byId.get(id)).filter((s): s is Suggestion => s !== undefined && s.status === 'pending');
  if (!members.length) throw new CasefileError('INVALID_INPUT', 'None of these suggestions is still pending.');
  const kinds = new Set(members.map((s) => s.kind));
  if (kinds.size > 1) throw new CasefileError('INVALID_INPUT', 'A group holds suggestions of one kind only.');
  return members;
}

/** Accept a group as one decision (one transaction; one custody entry per suggestion; undone together). */
export function acceptSuggestionGroup(ctx: CaseContext, ids: string[], edit?: Record<string, unknown>) {
  const members = pendingMembers(ctx, ids);
  const batch: Batch = {};
  return ctx.atomically(() => {
    const first = acceptOne(ctx, members[0].id, edit, batch).result;
    const rest = members.slice(1).map((s) => acceptOne(ctx, s.id, followerEdit(s.kind, edit, first), batch).result);
    return { accepted: [first, ...rest] };
  });
}

/** Reject a group as one decision. */
export function rejectSuggestionGroup(ctx: CaseContext, ids: string[], reason?: string) {
  const members = pendingMembers(ctx, ids);
  const batch: Batch = {};
  return ctx.atomically(() => members.map((s) => rejectOne(ctx, s.id, reason, batch)));
}

/** The decision undo would reverse, or null. */
export function lastDecision(ctx: CaseContext) {
  const row = ctx.db.prepare('SELECT undo_json FROM suggestions WHERE decided_seq IS NOT NULL ORDER BY decided_seq DESC LIMIT 1').get() as
    { undo_json: string | null } | undefined;
  if (!row?.undo_json) return null;
  const { batch } = JSON.parse(row.undo_json) as { batch: number };
  const ids = (ctx.db.prepare('SELECT id FROM suggestions WHERE decided_seq >= ? ORDER BY decided_seq').all(batch) as { id: string }[]).map(
    (r) => r.id,
  );
  const suggestions = toSuggestions(ctx, ids);
  return { decision: suggestions[0].status === 'rejected' ? ('reject' as const) : ('accept' as const), suggestions };
}

/**
 * Undo the last decision (an accept or reject, of one suggestion, a group or a bulk accept): what it
 * created is removed, what it changed is restored, the suggestions are pending again, and each gets a
 * `suggestion.undo` custody entry. `id`, when given, must belong to that decision (a screen showing an
 * older state is refused rather than undoing something else).
 */
export function undoLastDecision(ctx: CaseContext, id?: string) {
  const last = lastDecision(ctx);
  if (!last)
    throw new CasefileError('INVALID_INPUT', 'There is no decision to undo (decisions made before this version cannot be undone).');
  if (id && !last.suggestions.some((s) => s.id === id)) {
    throw new CasefileError('INVALID_INPUT', `The last decision is no longer the one on ${id}; nothing was undone.`, { id });
  }
  const undone = undoBatch(
    ctx,
    last.suggestions.map((s) => s.id),
  );
  return { decision: last.decision, suggestions: toSuggestions(ctx, undone) };
}

const ROLLBACK = Symbol('preview');

/**
 * What `acceptAllSuggestions` would do, without doing it: the same accepts run in a transaction that is
 * rolled back, so the preview reports exactly what the bulk accept creates, changes and cannot accept.
 */
export function previewAcceptAll(ctx: CaseContext, kind: Kind, sourceId?: string): z.input<typeof AcceptPreview> {
  const pending = listSuggestions(ctx, { kind, sourceId, status: 'pending' });
  const items: z.input<typeof AcceptPreview>['items'] = [];
  const created: Record<string, number> = {};
  const changed: Record<string, number> = {};
  const add = (to: Record<string, number>, from: Record<string, number>) => {
    for (const [k, n] of Object.entries(from)) to[k] = (to[k] ?? 0) + n;
  };
  try {
    ctx.atomically(() => {
      const batch: Batch = {};
      for (const s of pending) {
        const base = {
          id: s.id,
          sourceId: s.sourceId,
          sourceTitle: s.sourceTitle,
          label: describeSuggestion(s.kind, s.payload, s.personKind),
        };
        try {
          const { result, changes } = acceptOne(ctx, s.id, undefined, batch);
          const sum = summariseChanges(changes);
          add(created, sum.created);
          add(changed, sum.changed);
          items.push({ ...base, entity: result.entity, ...sum, error: null });
        } catch (e) {
          if (!(e instanceof CasefileError)) throw e;
          items.push({ ...base, entity: null, created: {}, changed: {}, error: e.message });
        }
      }
      throw ROLLBACK;
    });
  } catch (e) {
    if (e !== ROLLBACK) throw e;
  }
  return { kind, total: pending.length, accepted: items.filter((i) => !i.error).length, created, changed, items };
}
