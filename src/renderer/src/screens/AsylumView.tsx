/**
 * Asylum: a stepper per country (steps in procedure order when undated: intends → applied → … → final),
 * each with its date, authority and note, and what was disclosed to whom; add, edit and delete steps. A step
 * can be someone else's (a relative named in the case): exports show only the subject's own. Disclosures
 * are recorded and edited here (AsylumDisclosures). Below, the grounds of the claim and the risks on return
 * (AsylumGrounds).
 */
import { useSubmitOnce } from '../hooks/useSubmitOnce';
import { useState } from 'react';
import type { AsylumStep } from '../../../shared/contract/asylum';
import { ASYLUM_STAGES, DATE_PRECISIONS, type DatePrecision } from '../../../shared/domain';
import { Field } from '../components/Field';
import { DeleteOrCancel, EnumSelect } from '../components/RecordControls';
import { ErrorMessage } from '../components/ui';
import { useOp, useOpMutation } from '../data/operations';
import { AsylumGrounds } from './AsylumGrounds';
import { type Disclosure, DisclosureForm, DisclosureList } from './AsylumDisclosures';
import { explain } from '../api';

type Stage = (typeof ASYLUM_STAGES)[number];

export function AsylumView() {
  const overview = useOp('asylumOverview', {});
  const people = useOp('listPeople', {});
  const nameOf = new Map((people.data ?? []).map((p) => [p.id, p.name]));
  const [editing, setEditing] = useState<AsylumStep | null>(null);
  const [disclosure, setDisclosure] = useState<Disclosure | null>(null);
  const data = overview.data;
  return (
    <section data-testid="asylum-view">
      <h1>Asylum</h1>
      {overview.error ? <ErrorMessage>{explain(overview.error)}</ErrorMessage> : null}
      {data && data.countries.length === 0 ? <p className="empty">No asylum steps recorded yet.</p> : null}
      {data?.countries.map((c) => (
        <section key={c.country} className="panel asylum-country" aria-label={`Asylum in ${c.country}`} data-country={c.country}>
          <h2>
            {c.country} <span className="muted">— now: {c.currentStage}</span>
          </h2>
          <ol className="stepper">
            {c.steps.map((s, i) => (
              <li key={s.id} className="step" data-stage={s.stage}>
                <span className="step-stage">{s.stage}</span>
                <span className="step-date">
                  {s.date.value ? `${s.date.value}${s.date.precision !== 'day' ? ` (${s.date.precision})` : ''}` : 'undated'}
                </span>
                {s.authority ? <span className="step-authority">{s.authority}</span> : null}
                {s.note ? <span className="step-note">{s.note}</span> : null}
                {s.personId ? <span className="step-whose">step of {nameOf.get(s.personId) ?? s.personId}, not the subject</span> : null}
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Edit step ${i + 1} (${s.stage}) in ${c.country}`}
                  onClick={() => setEditing(s)}
                >
                  Edit
                </button>
              </li>
            ))}
          </ol>
          {c.disclosures.length ? (
            <>
              <h3>Disclosed</h3>
              <DisclosureList disclosures={c.disclosures} onEdit={setDisclosure} />
            </>
          ) : null}
        </section>
      ))}
      {data?.otherDisclosures.length ? (
        <section className="panel" aria-label="Disclosures not tied to a country">
          <h2>Disclosed, not tied to a country</h2>
          <DisclosureList disclosures={data.otherDisclosures} onEdit={setDisclosure} />
        </section>
      ) : null}
      <StepForm key={`step-${editing?.id ?? 'new'}`} step={editing} people={people.data ?? []} onDone={() => setEditing(null)} />
      <DisclosureForm
        key={`disclosure-${disclosure?.id ?? 'new'}`}
        disclosure={disclosure}
        steps={data?.countries.flatMap((c) => c.steps) ?? []}
        onDone={() => setDisclosure(null)}
      />
      <AsylumGrounds grounds={data?.grounds ?? []} />
    </section>
  );
}

function StepForm({ step, people, onDone }: { step: AsylumStep | null; people: readonly { id: string; name: string }[]; onDone(): void }) {
  const add = useOpMutation('addAsylumStep');
  const update = useOpMutation('updateAsylumStep');
  const [personId, setPersonId] = useState(step?.personId ?? '');
  const [country, setCountry] = useState(step?.country ?? '');
  const [stage, setStage] = useState<Stage>(step?.stage ?? 'intends');
  const [date, setDate] = useState(step?.date.value ?? '');
  const [precision, setPrecision] = useState<DatePrecision>(step?.date.precision ?? 'day');
  const [authority, setAuthority] = useState(step?.authority ?? '');
  const [note, setNote] = useState(step?.note ?? '');
  const [error, setError] = useState<string | null>(null);
  const { busy, onSubmit } = useSubmitOnce(async () => {
    setError(null);
    const fields = {
      personId: personId || null,
      country: country.trim().toUpperCase(),
      stage,
      date: date.trim() || null,
      precision: date.trim() ? precision : ('unknown' as const),
      authority: authority.trim() || null,
      note: note.trim() || null,
    };
    try {
      if (step) await update.run({ id: step.id, ...fields });
      else await add.run(fields);
      onDone();
      if (!step) {
        setDate('');
        setAuthority('');
        setNote('');
      }
    } catch (err) {
      setError((err as Error).message);
    }
  });
  return (
    <form className="panel" aria-label={step ? 'Edit asylum step' : 'Add asylum step'} onSubmit={onSubmit}>
      <h2>{step ? 'Edit the step' : 'Add a step'}</h2>
      <div className="form-grid">
        <Field label="Country" hint="ISO code, e.g. NL, LT">
          {(c) => <input {...c} value={country} maxLength={2} onChange={(e) => setCountry(e.target.value)} />}
        </Field>
        <Field label="Stage">{(c) => <EnumSelect control={c} value={stage} values={ASYLUM_STAGES} onChange={setStage} />}</Field>
        <Field label="Date of the step" hint="YYYY, YYYY-MM or YYYY-MM-DD">
          {(c) => <input {...c} value={date} onChange={(e) => setDate(e.target.value)} />}
        </Field>
        <Field label="Date precision">
          {(c) => <EnumSelect control={c} value={precision} values={DATE_PRECISIONS} onChange={setPrecision} />}
        </Field>
        <Field label="Authority">{(c) => <input {...c} value={authority} onChange={(e) => setAuthority(e.target.value)} />}</Field>
        <Field label="Note">{(c) => <input {...c} value={note} onChange={(e) => setNote(e.target.value)} />}</Field>
        <Field label="Whose step">
          {(c) => (
            <select {...c} value={personId} onChange={(e) => setPersonId(e.target.value)}>
              <option value="">the subject’s own</option>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <ErrorMessage>{error}</ErrorMessage>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy || country.trim().length !== 2}>
          {step ? 'Save step' : 'Add step'}
        </button>
        {step ? <DeleteOrCancel kind="asylum-step" id={step.id} what="step" onDone={onDone} onError={setError} /> : null}
      </div>
    </form>
  );
}
