/**
 * One allegation (#/allegations/<id>, or #/allegations/new for one made by hand): category and provisions
 * from the taxonomy, place, date with its precision, perpetrators and units each with a mode of liability,
 * victims and their status, status. Below: the evidence links with their Admiralty grades, origins and the
 * corroboration reasoning, the elements-of-crimes checklist of each provision (evidence per element,
 * established / partly / no evidence yet), and merge, split and delete.
 */
import { useSubmitOnce } from '../hooks/useSubmitOnce';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import type { Allegation } from '../../../shared/contract/allegations';
import {
  ALLEGATION_STATUSES,
  CRIME_CATEGORIES,
  type CrimeCategory,
  DATE_PRECISIONS,
  LIABILITY_LABELS,
  LIABILITY_MODES,
  type LiabilityMode,
  VICTIM_STATUSES,
} from '../../../shared/domain';
import { Field } from '../components/Field';
import { EnumSelect } from '../components/RecordControls';
import { ErrorMessage, Notice, Spinner } from '../components/ui';
import { useOp, useOpMutation } from '../data/operations';
import { forgetUnsaved, useUnsavedChanges } from '../navigation/unsaved';
import { ElementsChecklist } from './ElementsChecklist';
import { OriginField, OriginList } from './EvidenceOrigins';
import { CREDIBILITY, RELIABILITY } from './grades';
import { explain } from '../api';

interface Form {
  category: CrimeCategory;
  provisions: string[];
  description: string;
  place: string;
  dateText: string;
  dateValue: string;
  precision: (typeof DATE_PRECISIONS)[number];
  perpetrators: string;
  units: string;
  liability: Record<string, LiabilityMode | ''>;
  victims: string;
  victimStatus: (typeof VICTIM_STATUSES)[number];
  status: (typeof ALLEGATION_STATUSES)[number];
  selfIncriminating: boolean;
}

const EMPTY: Form = {
  category: 'wilful-killing',
  provisions: [],
  description: '',
  place: '',
  dateText: '',
  dateValue: '',
  precision: 'unknown',
  perpetrators: '',
  units: '',
  liability: {},
  victims: '',
  victimStatus: 'unknown',
  status: 'alleged',
  selfIncriminating: false,
};

function formOf(a: Allegation): Form {
  return {
    category: a.category,
    provisions: a.provisions.map((p) => p.code),
    description: a.description,
    place: a.place ?? '',
    dateText: a.date.text ?? '',
    dateValue: a.date.value ?? '',
    precision: a.date.precision,
    perpetrators: a.perpetrators.join('\n'),
    units: a.units.join('\n'),
    liability: Object.fromEntries(a.liability.map((l) => [l.name, l.mode])),
    victims: a.victims ?? '',
    victimStatus: a.victimStatus,
    status: a.status,
    selfIncriminating: a.selfIncriminating,
  };
}

const lines = (s: string) => [
  ...new Set(
    s
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
  ),
];

function fieldsOf(f: Form) {
  const perpetrators = lines(f.perpetrators);
  const units = lines(f.units);
  const named = new Set([...perpetrators, ...units]);
  return {
    category: f.category,
    provisions: f.provisions,
    description: f.description.trim(),
    place: f.place.trim() || null,
    date: { text: f.dateText.trim() || null, value: f.dateValue.trim() || null, end: null, precision: f.precision },
    perpetrators,
    units,
    liability: Object.entries(f.liability)
      .filter((e): e is [string, LiabilityMode] => !!e[1] && named.has(e[0]))
      .map(([name, mode]) => ({ name, mode })),
    victims: f.victims.trim() || null,
    victimStatus: f.victimStatus,
    status: f.status,
    selfIncriminating: f.selfIncriminating,
  };
}

export function AllegationEditor() {
  const { id } = useParams<{ id?: string }>();
  const isNew = !id || id === 'new';
  const allegation = useOp('getAllegation', { id: id ?? '' }, { enabled: !isNew });
  if (!isNew && allegation.isPending) return <Spinner label="Reading the allegation…" />;
  if (!isNew && allegation.error)
    return (
      <section>
        <h1>Allegation</h1>
        <ErrorMessage>{explain(allegation.error)}</ErrorMessage>
        <Link href="/allegations">Back to the allegations</Link>
      </section>
    );
  return <Editor key={id ?? 'new'} allegation={isNew ? null : (allegation.data ?? null)} />;
}

function Editor({ allegation }: { allegation: Allegation | null }) {
  const [, navigate] = useLocation();
  const taxonomy = useOp('taxonomy', {});
  const initial = useMemo(() => (allegation ? formOf(allegation) : EMPTY), [allegation]);
  const [form, setForm] = useState<Form>(initial);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const add = useOpMutation('addAllegation');
  const update = useOpMutation('updateAllegation');
  const formId = `allegation-${allegation?.id ?? 'new'}`;
  const dirty = JSON.stringify(form) !== JSON.stringify(initial);
  useUnsavedChanges(formId, 'the allegation', dirty);
  // When the allegation changes (saved here, graded or merged below), show it, unless the form has edits.
  const shown = useRef(initial);
  useEffect(() => {
    setForm((f) => (JSON.stringify(f) === JSON.stringify(shown.current) ? initial : f));
    shown.current = initial;
  }, [initial]);

  const set = <K extends keyof Form>(k: K, v: Form[K]) => {
    setSaved(null);
    setForm((f) => ({ ...f, [k]: v }));
  };
  const category = taxonomy.data?.categories.find((c) => c.id === form.category);
  const others = (taxonomy.data?.provisions ?? []).filter((p) => !category?.provisions.some((c) => c.code === p.code));
  const toggle = (code: string, on: boolean) =>
    set('provisions', on ? [...form.provisions, code] : form.provisions.filter((c) => c !== code));
  const named = [...lines(form.perpetrators), ...lines(form.units)];

  const onCategory = (c: CrimeCategory) => {
    const cat = taxonomy.data?.categories.find((x) => x.id === c);
    // A new allegation starts with the category's provisions; an existing one keeps what it has.
    setForm((f) => ({
      ...f,
      category: c,
      provisions: allegation || f.provisions.length ? f.provisions : (cat?.provisions.map((p) => p.code) ?? []),
    }));
  };

  const { busy, onSubmit } = useSubmitOnce(async () => {
    setError(null);
    if (!form.description.trim()) return setError('Describe what is alleged.');
    try {
      if (allegation) {
        await update.run({ id: allegation.id, ...fieldsOf(form) });
        setSaved('Saved.');
      } else {
        const created = await add.run(fieldsOf(form));
        forgetUnsaved(formId);
        navigate(`/allegations/${created.id}`, { replace: true });
      }
    } catch (err) {
      setError((err as Error).message);
    }
  });

  return (
    <section className="allegation-editor" data-testid="allegation-editor">
      <p className="breadcrumb">
        <Link href="/allegations">Allegations</Link>
      </p>
      <h1>{allegation ? `Allegation: ${allegation.categoryLabel}` : 'New allegation'}</h1>
      <form onSubmit={onSubmit} aria-label="Allegation">
        <div className="form-grid">
          <Field label="Category">
            {(c) => (
              <select {...c} value={form.category} onChange={(e) => onCategory(e.target.value as CrimeCategory)}>
                {CRIME_CATEGORIES.map((id) => (
                  <option key={id} value={id}>
                    {taxonomy.data?.categories.find((x) => x.id === id)?.label ?? id}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Status">
            {(c) => (
              <EnumSelect
                control={c}
                value={form.status}
                values={ALLEGATION_STATUSES}
                onChange={(v) => set('status', v)}
                label={(s) => (s === 'retracted' ? 'withdrawn (retracted)' : s)}
              />
            )}
          </Field>
        </div>
        <fieldset className="provisions">
          <legend>Provisions (one act can carry several)</legend>
          {category?.note ? <p className="hint">{category.note}</p> : null}
          {(category?.provisions ?? []).map((p) => (
            <label key={p.code} className="check">
              <input type="checkbox" checked={form.provisions.includes(p.code)} onChange={(e) => toggle(p.code, e.target.checked)} />
              <code>{p.code}</code> {p.title}
            </label>
          ))}
          <details>
            <summary>Other provisions</summary>
            {others.map((p) => (
              <label key={p.code} className="check">
                <input type="checkbox" checked={form.provisions.includes(p.code)} onChange={(e) => toggle(p.code, e.target.checked)} />
                <code>{p.code}</code> {p.title}
              </label>
            ))}
          </details>
        </fieldset>
        <Field label="Description">
          {(c) => <textarea {...c} rows={3} value={form.description} onChange={(e) => set('description', e.target.value)} />}
        </Field>
        <div className="form-grid">
          <Field label="Place">{(c) => <input {...c} value={form.place} onChange={(e) => set('place', e.target.value)} />}</Field>
          <Field label="Date as written" hint="e.g. “in the spring of 2022”">
            {(c) => <input {...c} value={form.dateText} onChange={(e) => set('dateText', e.target.value)} />}
          </Field>
          <Field label="Date" hint="YYYY, YYYY-MM or YYYY-MM-DD">
            {(c) => <input {...c} value={form.dateValue} onChange={(e) => set('dateValue', e.target.value)} />}
          </Field>
          <Field label="Precision">
            {(c) => <EnumSelect control={c} value={form.precision} values={DATE_PRECISIONS} onChange={(v) => set('precision', v)} />}
          </Field>
        </div>
        <div className="form-grid">
          <Field label="Alleged perpetrators" hint="one per line">
            {(c) => <textarea {...c} rows={2} value={form.perpetrators} onChange={(e) => set('perpetrators', e.target.value)} />}
          </Field>
          <Field label="Units" hint="one per line">
            {(c) => <textarea {...c} rows={2} value={form.units} onChange={(e) => set('units', e.target.value)} />}
          </Field>
        </div>
        {named.length ? (
          <fieldset className="liability">
            <legend>Modes of liability (Rome Statute Art. 25(3), 28)</legend>
            {named.map((n) => (
              <Field key={n} label={`Mode of liability of ${n}`}>
                {(c) => (
                  <select
                    {...c}
                    value={form.liability[n] ?? ''}
                    onChange={(e) => set('liability', { ...form.liability, [n]: e.target.value as LiabilityMode | '' })}
                  >
                    <option value="">not assessed</option>
                    {LIABILITY_MODES.map((m) => (
                      <option key={m} value={m}>
                        Art. {m}: {LIABILITY_LABELS[m]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            ))}
          </fieldset>
        ) : null}
        <div className="form-grid">
          <Field label="Victims">{(c) => <input {...c} value={form.victims} onChange={(e) => set('victims', e.target.value)} />}</Field>
          <Field label="Victim status" hint="own troops are not protected persons of the adverse party">
            {(c) => <EnumSelect control={c} value={form.victimStatus} values={VICTIM_STATUSES} onChange={(v) => set('victimStatus', v)} />}
          </Field>
        </div>
        <label className="check">
          <input type="checkbox" checked={form.selfIncriminating} onChange={(e) => set('selfIncriminating', e.target.checked)} />
          Self-incriminating for the subject (left out of exports unless a profile includes it)
        </label>
        <ErrorMessage>{error}</ErrorMessage>
        {saved ? <Notice>{saved}</Notice> : null}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {allegation ? 'Save allegation' : 'Create allegation'}
          </button>
        </div>
      </form>
      {allegation ? (
        <>
          <EvidencePanel allegation={allegation} />
          <ElementsChecklist allegation={allegation} />
          <MergeSplitDelete allegation={allegation} />
        </>
      ) : null}
    </section>
  );
}

function EvidencePanel({ allegation }: { allegation: Allegation }) {
  const sources = useOp('listSources', {});
  const link = useOpMutation('linkEvidence');
  const grade = useOpMutation('updateEvidence');
  const unlink = useOpMutation('deleteRecord');
  const [source, setSource] = useState('');
  const [error, setError] = useState<string | null>(null);
  const origins = `origins-${allegation.id}`;
  const run = async (p: Promise<unknown>) => {
    setError(null);
    try {
      await p;
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <section className="panel" aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">Evidence</h2>
      <p className="corroboration" data-testid="corroboration">
        {allegation.corroboration.explanation}
      </p>
      {allegation.evidence.length === 0 ? <p className="empty">No evidence linked yet.</p> : null}
      <ul className="evidence-list">
        {allegation.evidence.map((e, i) => (
          <li key={e.id} data-evidence-id={e.id}>
            <div>
              <strong>{e.sourceTitle ?? e.sourceFileName}</strong>
              {e.outlet ? <span className="muted"> · {e.outlet}</span> : null}
              <span className="grade" aria-label={`Grade of evidence ${i + 1}`}>
                {e.grade ?? 'ungraded'}
              </span>{' '}
              {/* A wrongly linked source: the link goes (its element links with it), the source stays. */}
              <button
                type="button"
                className="link-button"
                aria-label={`Remove evidence ${i + 1}: ${e.sourceTitle ?? e.sourceFileName}`}
                onClick={() => run(unlink.run({ kind: 'evidence', id: e.id }))}
              >
                Remove
              </button>
            </div>
            {e.excerpt ? <blockquote>{e.excerpt}</blockquote> : null}
            <div className="form-grid">
              <label className="field compact">
                <span className="label">Source reliability of evidence {i + 1}</span>
                <select
                  value={e.reliability ?? ''}
                  onChange={(ev) => run(grade.run({ id: e.id, reliability: (ev.target.value || null) as 'A' | null }))}
                >
                  <option value="">not graded</option>
                  {RELIABILITY.map(([v, l]) => (
                    <option key={v} value={v}>
                      {l}
                    </option>
                  ))}
                </select>
                <span className="hint">graded for the source: every link to it shows it</span>
              </label>
              <label className="field compact">
                <span className="label">Information credibility of evidence {i + 1}</span>
                <select
                  value={e.credibility ?? ''}
                  onChange={(ev) => run(grade.run({ id: e.id, credibility: (ev.target.value || null) as '1' | null }))}
                >
                  <option value="">not graded</option>
                  {CREDIBILITY.map(([v, l]) => (
                    <option key={v} value={v}>
                      {l}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            {/* Keyed by the origin: a rename elsewhere shows the new name here. */}
            <OriginField key={e.originKey ?? ''} link={e} n={i + 1} listId={origins} run={run} />
          </li>
        ))}
      </ul>
      <OriginList links={allegation.evidence} listId={origins} run={run} />
      <div className="inline-form">
        <label className="field compact">
          <span className="label">Source to link</span>
          <select value={source} onChange={(e) => setSource(e.target.value)}>
            <option value="">choose a source…</option>
            {(sources.data ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {s.title || s.fileName}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          disabled={!source || link.isPending}
          onClick={() => run(link.run({ allegationId: allegation.id, sourceId: source }).then(() => setSource('')))}
        >
          Link source as evidence
        </button>
      </div>
      <ErrorMessage>{error}</ErrorMessage>
    </section>
  );
}

function MergeSplitDelete({ allegation }: { allegation: Allegation }) {
  const [, navigate] = useLocation();
  const [find, setFind] = useState('');
  // At most 50 candidates, found by text: a case can hold 50,000 allegations.
  const list = useOp('allegationRows', { search: find.trim() || undefined, limit: 51 });
  const merge = useOpMutation('mergeAllegations');
  const split = useOpMutation('splitAllegation');
  const del = useOpMutation('deleteRecord');
  const [other, setOther] = useState('');
  const [moving, setMoving] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (p: () => Promise<unknown>) => {
    setError(null);
    try {
      await p();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <section className="panel" aria-labelledby="merge-heading">
      <h2 id="merge-heading">Merge, split, delete</h2>
      <div className="inline-form">
        <label className="field compact">
          <span className="label">Find an allegation to merge</span>
          <input type="search" value={find} onChange={(e) => setFind(e.target.value)} />
        </label>
        <label className="field compact">
          <span className="label">Allegation to merge into this one</span>
          <select value={other} onChange={(e) => setOther(e.target.value)}>
            <option value="">choose an allegation…</option>
            {(list.data?.rows ?? [])
              .filter((a) => a.id !== allegation.id)
              .slice(0, 50)
              .map((a) => (
                <option key={a.id} value={a.id}>
                  {a.categoryLabel}: {a.description.slice(0, 80)}
                </option>
              ))}
          </select>
        </label>
        <button
          type="button"
          disabled={!other}
          onClick={() => run(() => merge.run({ keepId: allegation.id, mergeIds: [other] }).then(() => setOther('')))}
        >
          Merge into this allegation
        </button>
      </div>
      {allegation.evidence.length > 1 ? (
        <fieldset>
          <legend>Split: move evidence to a new allegation</legend>
          {allegation.evidence.map((e, i) => (
            <label key={e.id} className="check">
              <input
                type="checkbox"
                checked={moving.includes(e.id)}
                onChange={(ev) => setMoving((m) => (ev.target.checked ? [...m, e.id] : m.filter((x) => x !== e.id)))}
              />
              Evidence {i + 1}: {e.sourceTitle ?? e.sourceFileName}
            </label>
          ))}
          <button
            type="button"
            disabled={moving.length === 0}
            onClick={() =>
              run(async () => {
                const r = await split.run({ id: allegation.id, evidenceIds: moving });
                setMoving([]);
                navigate(`/allegations/${r.split.id}`);
              })
            }
          >
            Split off the chosen evidence
          </button>
        </fieldset>
      ) : null}
      <div className="actions">
        {confirming ? (
          <>
            <span>Delete this allegation and its evidence links? Its custody entry keeps only its hash.</span>
            <button
              type="button"
              className="danger"
              onClick={() =>
                run(async () => {
                  forgetUnsaved(`allegation-${allegation.id}`);
                  await del.run({ kind: 'allegation', id: allegation.id });
                  navigate('/allegations');
                })
              }
            >
              Delete for good
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </>
        ) : (
          <button type="button" className="danger" onClick={() => setConfirming(true)}>
            Delete allegation…
          </button>
        )}
      </div>
      <ErrorMessage>{error}</ErrorMessage>
    </section>
  );
}
