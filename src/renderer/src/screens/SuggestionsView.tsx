/**
 * Reviewing suggestions, keyboard first. The list holds groups (the same person, outlet, subject or date
 * found in several places is one row, reviewed once with all its spans); the panel shows the current
 * group's span in its source text. Keys (outside text fields): J / K next and previous, A accept, E edit
 * then accept, R reject (with an optional reason), Z undo the last decision, O person ⇄ organisation,
 * B bulk-accept the kind in the filter (after a preview of what it will create). A decided group (shown with
 * "All, decided too") can have its decision changed or deleted (undone: the group waits for review again).
 */
import { type ColumnDef, createColumnHelper } from '@tanstack/react-table';
import { type FormEvent, type ReactNode, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Suggestion, SuggestionGroup } from '../../../shared/contract/suggestions';
import { SUGGESTION_KINDS } from '../../../shared/domain';
import { explain, type UiError } from '../api';
import { DataTable } from '../components/DataTable';
import { Field } from '../components/Field';
import { DeleteOrCancel } from '../components/RecordControls';
import { ErrorMessage } from '../components/ui';
import { useOp, useOpMutation } from '../data/operations';
import { KIND_LABELS } from './SourceView';
import { editOf, FORMS, type FormValues, initialValues } from './suggestion-forms';

type SuggestionKind = (typeof SUGGESTION_KINDS)[number];
type Mode =
  | { kind: 'view' }
  | { kind: 'edit' }
  | { kind: 'reject' }
  | { kind: 'bulk' }
  | { kind: 'change' }
  /** Changing a decision to an acceptance with corrections: the edit form, then the change. */
  | { kind: 'change-edit' }
  | { kind: 'delete' };

/** The same labels as the source view's span legend. */
const KIND_LABEL: Record<SuggestionKind, string> = KIND_LABELS;

const col = createColumnHelper<SuggestionGroup>();
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- TanStack column types are invariant in their value
const COLUMNS: ColumnDef<SuggestionGroup, any>[] = [
  col.accessor((g) => KIND_LABEL[g.kind], { id: 'kind', meta: { label: 'Kind', width: '7rem' } }),
  col.accessor('label', { meta: { label: 'Suggestion' } }),
  col.accessor((g) => String(g.suggestions.length), { id: 'spans', meta: { label: 'Spans', width: '5rem', numeric: true } }),
  col.accessor('status', { meta: { label: 'Status', width: '6rem' } }),
];

const typing = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName) || !!t.closest('dialog'));

export function SuggestionsView() {
  const [kind, setKind] = useState<SuggestionKind | ''>('');
  const [sourceId, setSourceId] = useState('');
  const [status, setStatus] = useState<'pending' | 'all'>('pending');
  const sources = useOp('listSources', {}).data ?? [];
  const filter = { kind: kind || undefined, sourceId: sourceId || undefined, status };
  const groupsQuery = useOp('listSuggestionGroups', filter);
  const groups = useMemo(() => groupsQuery.data ?? [], [groupsQuery.data]);
  const [index, setIndex] = useState(0);
  const current = groups.length ? groups[Math.min(index, groups.length - 1)] : null;
  const [mode, setMode] = useState<Mode>({ kind: 'view' });
  const [error, setError] = useState<UiError | null>(null);
  const [said, setSaid] = useState('');
  const last = useOp('lastDecision', {}).data ?? null;
  const undo = useOpMutation('undoDecision');
  const accept = useOpMutation('acceptSuggestionGroup');
  const reject = useOpMutation('rejectSuggestionGroup');
  const change = useOpMutation('changeDecision');
  const [personKind, setPersonKind] = useState<'person' | 'organisation'>('person');
  const panelRef = useRef<HTMLElement>(null);
  const ids0 = useId();

  useEffect(() => {
    setPersonKind(current?.suggestions[0].personKind ?? 'person');
    setError(null);
  }, [current?.key, current?.suggestions]);

  const move = useCallback(
    (by: number) => {
      setMode({ kind: 'view' });
      setIndex((i) => Math.max(0, Math.min(groups.length - 1, Math.min(i, groups.length - 1) + by)));
    },
    [groups.length],
  );

  const ids = useMemo(() => current?.suggestions.filter((s) => s.status === 'pending').map((s) => s.id) ?? [], [current]);
  const doAccept = useCallback(
    async (edit?: Record<string, unknown>) => {
      if (!current || !ids.length) return;
      setError(null);
      try {
        const e = current.kind === 'person' ? { kind: personKind, ...edit } : edit;
        await accept.run({ ids, edit: e && Object.keys(e).length ? e : undefined });
        setSaid(`Accepted: ${current.label}`);
        setMode({ kind: 'view' });
      } catch (err) {
        setError(err as UiError);
      }
    },
    [accept, current, ids, personKind],
  );
  const doReject = useCallback(
    async (reason: string) => {
      if (!current || !ids.length) return;
      setError(null);
      try {
        await reject.run({ ids, reason: reason.trim() || undefined });
        setSaid(`Rejected: ${current.label}`);
        setMode({ kind: 'view' });
      } catch (err) {
        setError(err as UiError);
      }
    },
    [reject, current, ids],
  );
  const doChange = useCallback(
    async (decision: 'accept' | 'reject', reason: string, edit?: Record<string, unknown>) => {
      const decided = current?.suggestions.filter((s) => s.status !== 'pending').map((s) => s.id) ?? [];
      if (!current || !decided.length) return;
      setError(null);
      try {
        const [id, ...groupIds] = decided;
        await change.run({
          id,
          groupIds: groupIds.length ? groupIds : undefined,
          decision,
          edit: decision !== 'accept' ? undefined : current.kind === 'person' ? { kind: personKind, ...edit } : edit,
          reason: decision === 'reject' ? reason.trim() || undefined : undefined,
        });
        setSaid(`Changed: ${current.label} is now ${decision === 'accept' ? 'accepted' : 'rejected'}.`);
        setMode({ kind: 'view' });
      } catch (err) {
        setError(err as UiError);
      }
    },
    [change, current, personKind],
  );
  const doUndo = useCallback(async () => {
    if (!last) return;
    setError(null);
    try {
      const r = await undo.run({ id: last.suggestions[0].id });
      setSaid(`Undone: the ${r.decision} of ${r.suggestions.length} suggestion(s); pending again.`);
      setMode({ kind: 'view' });
    } catch (err) {
      setError(err as UiError);
    }
  }, [last, undo]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || typing(e.target) || mode.kind !== 'view') return;
      const keys: Record<string, () => void> = {
        j: () => move(1),
        k: () => move(-1),
        a: () => void doAccept(),
        e: () => current && ids.length && setMode({ kind: 'edit' }),
        r: () => current && ids.length && setMode({ kind: 'reject' }),
        z: () => void doUndo(),
        o: () => current?.kind === 'person' && setPersonKind((k) => (k === 'person' ? 'organisation' : 'person')),
        b: () => kind && setMode({ kind: 'bulk' }),
      };
      const action = keys[e.key.toLowerCase()];
      if (action) {
        e.preventDefault();
        action();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [move, doAccept, doUndo, current, ids.length, mode.kind, kind]);

  // Back to the panel after a form closes, so the next key works.
  useEffect(() => {
    if (mode.kind === 'view' && panelRef.current?.contains(document.activeElement) === false && document.activeElement === document.body)
      panelRef.current.focus({ preventScroll: true });
  }, [mode.kind]);

  const pendingCount = groups.filter((g) => g.status !== 'accepted' && g.status !== 'rejected').length;
  return (
    <section className="review" aria-labelledby="review-heading">
      <div className="section-head">
        <h1 id="review-heading">Suggestions</h1>
        <p className="muted" aria-live="polite" data-testid="review-status">
          {said || `${pendingCount} to review`}
        </p>
      </div>
      <p className="keys-help">
        <kbd>J</kbd>/<kbd>K</kbd> next/previous · <kbd>A</kbd> accept · <kbd>E</kbd> edit, then accept · <kbd>R</kbd> reject · <kbd>Z</kbd>{' '}
        undo · <kbd>O</kbd> person/organisation · <kbd>B</kbd> accept all of the kind
      </p>
      <div className="review-filters">
        <label className="field compact">
          <span className="label" id={`${ids0}-kind`}>
            Kind
          </span>
          <select
            aria-labelledby={`${ids0}-kind`}
            value={kind}
            onChange={(e) => (setKind(e.target.value as SuggestionKind | ''), setIndex(0))}
          >
            <option value="">All kinds</option>
            {SUGGESTION_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABEL[k]}
              </option>
            ))}
          </select>
        </label>
        <label className="field compact">
          <span className="label" id={`${ids0}-source`}>
            Source
          </span>
          <select aria-labelledby={`${ids0}-source`} value={sourceId} onChange={(e) => (setSourceId(e.target.value), setIndex(0))}>
            <option value="">The whole case</option>
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title ?? s.fileName}
              </option>
            ))}
          </select>
        </label>
        <label className="field compact">
          <span className="label" id={`${ids0}-show`}>
            Show
          </span>
          <select
            aria-labelledby={`${ids0}-show`}
            value={status}
            onChange={(e) => (setStatus(e.target.value as 'pending' | 'all'), setIndex(0))}
          >
            <option value="pending">Waiting for review</option>
            <option value="all">All, decided too</option>
          </select>
        </label>
        <button type="button" className="secondary" disabled={!kind} onClick={() => setMode({ kind: 'bulk' })}>
          Accept all of this kind…
        </button>
        <button type="button" className="secondary" disabled={!last || undo.isPending} onClick={() => void doUndo()}>
          {last ? `Undo last ${last.decision}` : 'Nothing to undo'}
        </button>
      </div>
      <div className="review-body">
        <DataTable
          label="Suggestions to review"
          data={groups}
          columns={COLUMNS}
          getRowId={(g) => g.key}
          onOpen={(g) => {
            setMode({ kind: 'view' });
            setIndex(groups.indexOf(g));
          }}
          emptyText={groupsQuery.isLoading ? 'Loading…' : 'Nothing waits for review here.'}
          testId="review-list"
        />
        <section
          className="review-panel"
          tabIndex={-1}
          ref={panelRef}
          aria-label="Current suggestion"
          // While a new filter's list is on its way, what the panel shows is about to change.
          aria-busy={groupsQuery.isFetching || undefined}
          data-testid="review-panel"
        >
          {current ? (
            <GroupPanel
              key={current.key}
              group={current}
              mode={mode}
              personKind={personKind}
              onPersonKind={setPersonKind}
              busy={accept.isPending || reject.isPending || change.isPending}
              onAccept={(edit) => void doAccept(edit)}
              onEdit={() => setMode({ kind: 'edit' })}
              onReject={() => setMode({ kind: 'reject' })}
              onConfirmReject={(reason) => void doReject(reason)}
              onCancel={() => setMode({ kind: 'view' })}
              onChange={() => setMode({ kind: 'change' })}
              onConfirmChange={(decision, reason, edit) => void doChange(decision, reason, edit)}
              onEditChange={() => setMode({ kind: 'change-edit' })}
              onDelete={() => setMode({ kind: 'delete' })}
              onDeleted={() => {
                setSaid(`Decision deleted: ${current.label} waits for review again.`);
                setMode({ kind: 'view' });
              }}
              error={error}
            />
          ) : (
            <p className="empty">Nothing waits for review here.</p>
          )}
        </section>
      </div>
      {mode.kind === 'bulk' && kind ? (
        <BulkAccept
          kind={kind}
          sourceId={sourceId || undefined}
          onDone={(text) => {
            setSaid(text);
            setMode({ kind: 'view' });
          }}
        />
      ) : null}
    </section>
  );
}

interface PanelProps {
  group: SuggestionGroup;
  mode: Mode;
  personKind: 'person' | 'organisation';
  onPersonKind(k: 'person' | 'organisation'): void;
  busy: boolean;
  error: UiError | null;
  onAccept(edit?: Record<string, unknown>): void;
  onEdit(): void;
  onReject(): void;
  onConfirmReject(reason: string): void;
  onCancel(): void;
  onChange(): void;
  onConfirmChange(decision: 'accept' | 'reject', reason: string, edit?: Record<string, unknown>): void;
  /** Change to an acceptance, with the edit form first. */
  onEditChange(): void;
  onDelete(): void;
  onDeleted(): void;
}

function GroupPanel({
  group,
  mode,
  personKind,
  onPersonKind,
  busy,
  error,
  onAccept,
  onEdit,
  onReject,
  onConfirmReject,
  onCancel,
  onChange,
  onConfirmChange,
  onEditChange,
  onDelete,
  onDeleted,
}: PanelProps) {
  const [shown, setShown] = useState(0);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const s = group.suggestions[Math.min(shown, group.suggestions.length - 1)];
  const pending = group.suggestions.some((x) => x.status === 'pending');
  return (
    <>
      <h2>
        <span className={`kind-badge kind-${group.kind}`}>{KIND_LABEL[group.kind]}</span> {group.label}
      </h2>
      {group.suggestions.length > 1 ? (
        <div className="spans" role="group" aria-label="Where it is found">
          <span className="muted">Found {group.suggestions.length} times:</span>
          {group.suggestions.map((x, i) => (
            <button
              key={x.id}
              type="button"
              className={`small ${i === shown ? 'primary' : 'secondary'}`}
              aria-pressed={i === shown}
              aria-label={`Show span ${i + 1} of ${group.suggestions.length}: ${x.sourceTitle ?? 'source'}`}
              onClick={() => setShown(i)}
            >
              {i + 1}. {x.sourceTitle ?? 'source'}
            </button>
          ))}
        </div>
      ) : null}
      <SpanInText suggestion={s} />
      {group.kind === 'person' ? (
        <fieldset className="person-kind">
          <legend>Record as</legend>
          <label className="check">
            <input type="radio" name="person-kind" checked={personKind === 'person'} onChange={() => onPersonKind('person')} />A person
          </label>
          <label className="check">
            <input type="radio" name="person-kind" checked={personKind === 'organisation'} onChange={() => onPersonKind('organisation')} />
            An organisation or unit
          </label>
        </fieldset>
      ) : null}
      {error ? <ErrorMessage>{explain(error)}</ErrorMessage> : null}
      {!pending ? (
        <>
          <p className="muted" data-testid="decision">
            {group.status === 'accepted' ? 'Accepted' : group.status === 'rejected' ? 'Rejected' : 'Decided'}
            {s.decidedAt ? ` on ${s.decidedAt.slice(0, 10)}` : ''}.
          </p>
          {mode.kind === 'change' ? (
            <ChangeForm status={group.status} busy={busy} onSubmit={onConfirmChange} onEdit={onEditChange} onCancel={onCancel} />
          ) : mode.kind === 'change-edit' ? (
            <EditForm
              suggestion={s}
              busy={busy}
              error={error}
              submit="Accept with these changes instead"
              onSubmit={(edit) => onConfirmChange('accept', '', edit)}
              onCancel={onCancel}
            />
          ) : mode.kind === 'delete' ? (
            <div className="actions">
              <span>Delete this decision? What it created is removed and the suggestion waits for review again.</span>
              <DeleteOrCancel
                kind="decision"
                id={s.id}
                groupIds={group.suggestions.filter((x) => x.id !== s.id && x.status !== 'pending').map((x) => x.id)}
                what="decision"
                onDone={() => (setDeleteError(null), onCancel())}
                onDeleted={onDeleted}
                onError={setDeleteError}
              />
            </div>
          ) : (
            <div className="buttons">
              <button type="button" className="secondary" disabled={busy} onClick={onChange}>
                Change decision…
              </button>
              <button type="button" className="secondary" disabled={busy} onClick={onDelete}>
                Delete decision…
              </button>
            </div>
          )}
          <ErrorMessage>{deleteError}</ErrorMessage>
        </>
      ) : mode.kind === 'edit' ? (
        <EditForm suggestion={s} busy={busy} error={error} onSubmit={onAccept} onCancel={onCancel} />
      ) : mode.kind === 'reject' ? (
        <RejectForm busy={busy} onSubmit={onConfirmReject} onCancel={onCancel} />
      ) : (
        <div className="buttons">
          <button type="button" className="primary" disabled={busy} onClick={() => onAccept()}>
            Accept suggestion
          </button>
          <button type="button" className="secondary" disabled={busy} onClick={onEdit}>
            Edit, then accept
          </button>
          <button type="button" className="secondary" disabled={busy} onClick={onReject}>
            Reject suggestion
          </button>
        </div>
      )}
    </>
  );
}

/** The source text with the span marked and scrolled into view; `lang` is the source's language. */
function SpanInText({ suggestion }: { suggestion: Suggestion }) {
  const text = useOp('getSourceText', { sourceId: suggestion.sourceId }).data;
  const markRef = useRef<HTMLElement>(null);
  const { spanStart: start, spanEnd: end } = suggestion;
  useEffect(() => {
    markRef.current?.scrollIntoView?.({ block: 'center' });
  }, [text, start, end]);
  if (!text) return <div className="span-text" aria-busy="true" />;
  const has = start !== null && end !== null && end > start && end <= text.text.length;
  return (
    <figure className="span-in-text">
      <figcaption className="muted">{text.title ?? 'Source'}</figcaption>
      <div className="span-text" lang={text.language ?? undefined} data-testid="span-text" tabIndex={0} aria-label="Source text">
        {has ? (
          <>
            {text.text.slice(0, start)}
            <mark ref={markRef} className={`span kind-${suggestion.kind}`} data-testid="current-span">
              {text.text.slice(start, end)}
            </mark>
            {text.text.slice(end)}
          </>
        ) : (
          text.text
        )}
      </div>
      {!has ? <p className="muted">This suggestion has no span in the text (it is about the whole source).</p> : null}
    </figure>
  );
}

function EditForm({
  suggestion,
  busy,
  error,
  submit = 'Accept with these changes',
  onSubmit,
  onCancel,
}: {
  suggestion: Suggestion;
  busy: boolean;
  error: UiError | null;
  /** The submit button's words. */
  submit?: string;
  onSubmit(edit: Record<string, unknown>): void;
  onCancel(): void;
}) {
  const kind = suggestion.kind;
  const [values, setValues] = useState<FormValues>(() => initialValues(kind, suggestion.payload));
  const firstRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    firstRef.current?.querySelector<HTMLElement>('input, textarea, select')?.focus();
  }, []);
  const send = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(editOf(kind, suggestion.payload, values));
  };
  const set = (k: string, v: string | boolean) => setValues((x) => ({ ...x, [k]: v }));
  return (
    <form
      className="edit-form"
      ref={firstRef}
      onSubmit={send}
      aria-label={`Edit the ${KIND_LABEL[kind].toLowerCase()} before accepting`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      {FORMS[kind].map((f) =>
        f.control === 'checkbox' ? (
          <label key={f.key} className="check">
            <input type="checkbox" checked={values[f.key] === true} onChange={(e) => set(f.key, e.target.checked)} />
            {f.label}
          </label>
        ) : (
          <Field key={f.key} label={f.label} hint={f.hint} error={error?.fields?.[f.key]}>
            {(c) =>
              f.control === 'textarea' ? (
                <textarea {...c} rows={3} value={String(values[f.key])} onChange={(e) => set(f.key, e.target.value)} />
              ) : f.control === 'select' ? (
                <select {...c} value={String(values[f.key])} onChange={(e) => set(f.key, e.target.value)}>
                  {f.options?.map((o) => (
                    <option key={o} value={o}>
                      {o || '(as read)'}
                    </option>
                  ))}
                </select>
              ) : (
                <input
                  {...c}
                  type={f.control === 'number' ? 'number' : 'text'}
                  value={String(values[f.key])}
                  onChange={(e) => set(f.key, e.target.value)}
                />
              )
            }
          </Field>
        ),
      )}
      <div className="buttons">
        <button type="submit" className="primary" disabled={busy}>
          {submit}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel editing
        </button>
      </div>
    </form>
  );
}

/** The short forms of the panel (reject, change a decision): Enter submits, Escape leaves. */
function PanelForm({
  label,
  busy,
  submit,
  cancel,
  onSubmit,
  onCancel,
  children,
}: {
  label?: string;
  busy: boolean;
  submit: string;
  cancel: string;
  onSubmit(): void;
  onCancel(): void;
  children: ReactNode;
}) {
  return (
    <form
      className="reject-form"
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      {children}
      <div className="buttons">
        <button type="submit" className="primary" disabled={busy}>
          {submit}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {cancel}
        </button>
      </div>
    </form>
  );
}

/** The new decision for a decided group (the other one by default), with a reason when it is a rejection. */
function ChangeForm({
  status,
  busy,
  onSubmit,
  onEdit,
  onCancel,
}: {
  status: string;
  busy: boolean;
  onSubmit(decision: 'accept' | 'reject', reason: string): void;
  onEdit(): void;
  onCancel(): void;
}) {
  const [decision, setDecision] = useState<'accept' | 'edit' | 'reject'>(status === 'rejected' ? 'accept' : 'reject');
  const [reason, setReason] = useState('');
  return (
    <PanelForm
      label="Change the decision"
      busy={busy}
      submit={decision === 'edit' ? 'Next: edit' : 'Confirm change'}
      cancel="Cancel changing"
      onSubmit={() => (decision === 'edit' ? onEdit() : onSubmit(decision, reason))}
      onCancel={onCancel}
    >
      <Field label="New decision">
        {(c) => (
          <select {...c} autoFocus value={decision} onChange={(e) => setDecision(e.target.value as 'accept' | 'edit' | 'reject')}>
            <option value="accept">Accept</option>
            <option value="edit">Edit, then accept</option>
            <option value="reject">Reject</option>
          </select>
        )}
      </Field>
      {decision === 'reject' ? (
        <Field label="Reason for rejecting (optional)">
          {(c) => <input {...c} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
      ) : null}
    </PanelForm>
  );
}

function RejectForm({ busy, onSubmit, onCancel }: { busy: boolean; onSubmit(reason: string): void; onCancel(): void }) {
  const [reason, setReason] = useState('');
  return (
    <PanelForm busy={busy} submit="Confirm reject" cancel="Cancel rejecting" onSubmit={() => onSubmit(reason)} onCancel={onCancel}>
      <Field label="Reason for rejecting (optional)">
        {(c) => <input {...c} autoFocus value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
    </PanelForm>
  );
}

const counts = (c: Record<string, number>) =>
  Object.entries(c)
    .map(([k, n]) => `${n} ${k}${n === 1 ? '' : 's'}`)
    .join(', ');

/** What accepting every pending suggestion of the kind will do, shown before it is done. */
function BulkAccept({ kind, sourceId, onDone }: { kind: SuggestionKind; sourceId?: string; onDone(text: string): void }) {
  const preview = useOp('previewAcceptAll', { kind, sourceId });
  const acceptAll = useOpMutation('acceptAllSuggestions');
  const [error, setError] = useState<UiError | null>(null);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal?.();
  }, []);
  const p = preview.data;
  const run = async () => {
    try {
      const r = await acceptAll.run({ kind, sourceId });
      onDone(
        `Accepted ${r.accepted.length} ${KIND_LABEL[kind].toLowerCase()} suggestion(s)${r.failed.length ? `; ${r.failed.length} left waiting` : ''}.`,
      );
    } catch (e) {
      setError(e as UiError);
    }
  };
  return (
    <dialog ref={ref} className="bulk-dialog" aria-labelledby="bulk-heading" onCancel={() => onDone('')}>
      <h2 id="bulk-heading">Accept all {KIND_LABEL[kind].toLowerCase()} suggestions</h2>
      {!p ? (
        <p aria-busy="true">Working out what it will create…</p>
      ) : (
        <>
          <p data-testid="bulk-summary">
            {p.accepted} of {p.total} will be accepted.
            {Object.keys(p.created).length ? ` It creates ${counts(p.created)}.` : ''}
            {Object.keys(p.changed).length ? ` It changes ${counts(p.changed)}.` : ''}
            {p.total - p.accepted ? ` ${p.total - p.accepted} cannot be accepted as read and stay waiting.` : ''}
          </p>
          <ul className="bulk-items">
            {p.items.map((i) => (
              <li key={i.id} className={i.error ? 'invalid' : undefined}>
                {i.label}
                {i.error ? <span className="field-error"> — {i.error}</span> : null}
              </li>
            ))}
          </ul>
        </>
      )}
      {error ? <ErrorMessage>{explain(error)}</ErrorMessage> : null}
      <div className="buttons">
        <button type="button" className="primary" disabled={!p || !p.accepted || acceptAll.isPending} onClick={() => void run()}>
          Accept these {p?.accepted ?? ''}
        </button>
        <button type="button" className="secondary" onClick={() => onDone('')}>
          Cancel bulk accept
        </button>
      </div>
    </dialog>
  );
}
