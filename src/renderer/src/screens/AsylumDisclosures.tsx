/**
 * What was disclosed to whom: each disclosure with the authority it went to, when, what was said and which
 * items were handed over, at which asylum step (or in which country); record, edit and delete them. The
 * custody log names only the fields changed: to whom and what stay inside the encrypted case.
 */
import { useSubmitOnce } from '../hooks/useSubmitOnce';
import { useState } from 'react';
import type { AsylumStep } from '../../../shared/contract/asylum';
import type { OutputOf } from '../../../shared/api';
import { Field } from '../components/Field';
import { DeleteOrCancel } from '../components/RecordControls';
import { ErrorMessage } from '../components/ui';
import { useOpMutation } from '../data/operations';

export type Disclosure = OutputOf<'recordDisclosure'>;

/** One line per disclosure: when, to whom, what, the items; an Edit button opens it in the form. */
export function DisclosureList({ disclosures, onEdit }: { disclosures: readonly Disclosure[]; onEdit(d: Disclosure): void }) {
  return (
    <ul className="disclosures">
      {disclosures.map((d) => (
        <li key={d.id} data-disclosure-id={d.id}>
          {d.disclosedAt}: to <strong>{d.authority}</strong> — {d.what}
          {d.items.length ? <span className="muted"> (handed over: {d.items.join('; ')})</span> : null}{' '}
          <button
            type="button"
            className="link-button"
            aria-label={`Edit disclosure to ${d.authority} on ${d.disclosedAt}`}
            onClick={() => onEdit(d)}
          >
            Edit
          </button>
        </li>
      ))}
    </ul>
  );
}

const stepLabel = (s: AsylumStep) => `${s.country} — ${s.stage}${s.date.value ? ` (${s.date.value})` : ''}`;

export function DisclosureForm({
  disclosure,
  steps,
  onDone,
}: {
  disclosure: Disclosure | null;
  steps: readonly AsylumStep[];
  onDone(): void;
}) {
  const record = useOpMutation('recordDisclosure');
  const update = useOpMutation('updateDisclosure');
  const [stepId, setStepId] = useState(disclosure?.asylumStepId ?? '');
  const [country, setCountry] = useState(disclosure?.country ?? '');
  const [authority, setAuthority] = useState(disclosure?.authority ?? '');
  const [disclosedAt, setDisclosedAt] = useState(disclosure?.disclosedAt ?? '');
  const [what, setWhat] = useState(disclosure?.what ?? '');
  const [items, setItems] = useState((disclosure?.items ?? []).join('\n'));
  const [error, setError] = useState<string | null>(null);
  const { busy, onSubmit } = useSubmitOnce(async () => {
    setError(null);
    const fields = {
      asylumStepId: stepId || null,
      country: country.trim().toUpperCase() || null,
      authority: authority.trim(),
      disclosedAt: disclosedAt.trim(),
      what: what.trim(),
      items: items
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean),
    };
    try {
      if (disclosure) await update.run({ id: disclosure.id, ...fields });
      else await record.run(fields);
      if (!disclosure) {
        setAuthority('');
        setDisclosedAt('');
        setWhat('');
        setItems('');
      }
      onDone();
    } catch (err) {
      setError((err as Error).message);
    }
  });
  const ready = authority.trim() && disclosedAt.trim().length >= 4 && what.trim();
  return (
    <form className="panel" aria-label={disclosure ? 'Edit disclosure' : 'Record a disclosure'} onSubmit={onSubmit}>
      <h2>{disclosure ? 'Edit the disclosure' : 'Record what was disclosed to whom'}</h2>
      <div className="form-grid">
        <Field label="Disclosed to" hint="The authority or person, e.g. IND interview officer">
          {(c) => <input {...c} value={authority} onChange={(e) => setAuthority(e.target.value)} />}
        </Field>
        <Field label="Disclosed on" hint="YYYY-MM-DD (or YYYY-MM, YYYY)">
          {(c) => <input {...c} value={disclosedAt} onChange={(e) => setDisclosedAt(e.target.value)} />}
        </Field>
        <Field label="At the step">
          {(c) => (
            <select {...c} value={stepId} onChange={(e) => setStepId(e.target.value)}>
              <option value="">no particular step</option>
              {steps.map((s) => (
                <option key={s.id} value={s.id}>
                  {stepLabel(s)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="In the country" hint="ISO code; empty: the step’s country">
          {(c) => <input {...c} value={country} maxLength={2} onChange={(e) => setCountry(e.target.value)} />}
        </Field>
        <Field label="What was disclosed">
          {(c) => <textarea {...c} rows={3} value={what} onChange={(e) => setWhat(e.target.value)} />}
        </Field>
        <Field label="Items handed over" hint="One per line (documents, photos, the military ID …)">
          {(c) => <textarea {...c} rows={3} value={items} onChange={(e) => setItems(e.target.value)} />}
        </Field>
      </div>
      <ErrorMessage>{error}</ErrorMessage>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy || !ready}>
          {disclosure ? 'Save disclosure' : 'Record disclosure'}
        </button>
        {disclosure ? <DeleteOrCancel kind="disclosure" id={disclosure.id} what="disclosure" onDone={onDone} onError={setError} /> : null}
      </div>
    </form>
  );
}
