/**
 * The grounds of the subject's claim and the risks on return (shared/asylum-grounds.ts: the Refugee
 * Convention ground or subsidiary protection, prosecution for desertion …, each with its legal basis),
 * with a note on the facts; add, edit and delete. The evidence summary prints them in its asylum section.
 */
import { useSubmitOnce } from '../hooks/useSubmitOnce';
import { useState } from 'react';
import { ASYLUM_GROUNDS, ASYLUM_GROUND_CODES, type AsylumGroundCode, CONFIDENCE_NOTE } from '../../../shared/asylum-grounds';
import type { AsylumGround } from '../../../shared/contract/asylum';
import { Field } from '../components/Field';
import { DeleteOrCancel, EnumSelect } from '../components/RecordControls';
import { ErrorMessage } from '../components/ui';
import { useOpMutation } from '../data/operations';

const label = (c: AsylumGroundCode) =>
  `${ASYLUM_GROUNDS[c].kind === 'risk' ? 'Risk on return' : 'Ground'} — ${ASYLUM_GROUNDS[c].heading}: ${ASYLUM_GROUNDS[c].label}`;

export function AsylumGrounds({ grounds }: { grounds: readonly AsylumGround[] }) {
  const [editing, setEditing] = useState<AsylumGround | null>(null);
  return (
    <section className="panel" aria-label="Grounds and risk on return" data-testid="asylum-grounds">
      <h2>Grounds of the claim and risk on return</h2>
      {grounds.length === 0 ? <p className="empty">None recorded yet.</p> : null}
      <ul>
        {grounds.map((g) => (
          <li key={g.id} data-code={g.code}>
            <strong>{label(g.code)}</strong>
            {g.note ? <span className="step-note"> — {g.note}</span> : null}
            <div className="muted">{ASYLUM_GROUNDS[g.code].basis.map((b) => `${b.text}${CONFIDENCE_NOTE[b.confidence]}`).join('; ')}</div>
            <button type="button" className="link-button" aria-label={`Edit ${ASYLUM_GROUNDS[g.code].label}`} onClick={() => setEditing(g)}>
              Edit
            </button>
          </li>
        ))}
      </ul>
      <GroundForm key={editing?.id ?? 'new'} ground={editing} onDone={() => setEditing(null)} />
    </section>
  );
}

function GroundForm({ ground, onDone }: { ground: AsylumGround | null; onDone(): void }) {
  const add = useOpMutation('addAsylumGround');
  const update = useOpMutation('updateAsylumGround');
  const [code, setCode] = useState<AsylumGroundCode>(ground?.code ?? 'refusal-of-military-service');
  const [note, setNote] = useState(ground?.note ?? '');
  const [error, setError] = useState<string | null>(null);
  const { busy, onSubmit } = useSubmitOnce(async () => {
    setError(null);
    try {
      if (ground) await update.run({ id: ground.id, code, note: note.trim() || null });
      else await add.run({ code, note: note.trim() || null });
      setNote('');
      onDone();
    } catch (err) {
      setError((err as Error).message);
    }
  });
  return (
    <form aria-label={ground ? 'Edit ground or risk' : 'Add ground or risk'} onSubmit={onSubmit}>
      <div className="form-grid">
        <Field label="Ground or risk">
          {(c) => <EnumSelect control={c} value={code} values={ASYLUM_GROUND_CODES} onChange={setCode} label={label} />}
        </Field>
        <Field label="What the facts are" hint="e.g. refused an order to execute civilians; wanted for desertion">
          {(c) => <input {...c} value={note} onChange={(e) => setNote(e.target.value)} />}
        </Field>
      </div>
      <ErrorMessage>{error}</ErrorMessage>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {ground ? 'Save' : 'Add ground or risk'}
        </button>
        {ground ? <DeleteOrCancel kind="asylum-ground" id={ground.id} what="ground" onDone={onDone} onError={setError} /> : null}
      </div>
    </form>
  );
}
