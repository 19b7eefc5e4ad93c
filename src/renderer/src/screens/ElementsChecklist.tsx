/**
 * The elements of each provision an allegation carries (resources/elements-of-crimes.json, paraphrased
 * from the ICC Elements of Crimes): each element with the evidence that goes to it and its state —
 * established, partly, or no evidence yet — so the gaps show at a glance (the ICC Case Matrix idea).
 */
import { useState } from 'react';
import type { Allegation } from '../../../shared/contract/allegations';
import { ErrorMessage, Spinner } from '../components/ui';
import { useOp, useOpMutation } from '../data/operations';
import { explain } from '../api';

const STATUS_WORDS = { established: 'Established', partly: 'Partly supported', none: 'No evidence yet' } as const;

export function ElementsChecklist({ allegation }: { allegation: Allegation }) {
  const elements = useOp('allegationElements', { allegationId: allegation.id });
  const statements = useOp('listStatements', {});
  const link = useOpMutation('linkElement');
  const unlink = useOpMutation('deleteRecord');
  const [choice, setChoice] = useState<Record<string, string>>({});
  const [support, setSupport] = useState<Record<string, 'established' | 'partly'>>({});
  const [error, setError] = useState<string | null>(null);
  if (elements.isPending) return <Spinner label="Reading the elements…" />;
  if (elements.error) return <ErrorMessage>{explain(elements.error)}</ErrorMessage>;
  const e = elements.data;
  const evidenceOptions = allegation.evidence.map((ev, i) => ({
    value: `evidence:${ev.id}`,
    label: `Evidence ${i + 1}: ${ev.sourceTitle ?? ev.sourceFileName}${ev.grade ? ` (${ev.grade})` : ''}`,
  }));
  const statementOptions = (statements.data ?? []).map((s) => ({
    value: `statement:${s.id}`,
    label: `Statement: ${(s.speakerName ?? 'unnamed').slice(0, 30)}: “${s.text.slice(0, 50)}”`,
  }));
  const run = async (p: Promise<unknown>) => {
    setError(null);
    try {
      await p;
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <section className="panel elements" aria-labelledby="elements-heading" data-testid="elements-checklist">
      <h2 id="elements-heading">Elements of crimes</h2>
      <p className="elements-summary" data-testid="elements-summary">
        {e.established} established, {e.partly} partly supported, {e.gaps} without evidence yet
      </p>
      {e.provisions.length === 0 ? <p className="empty">Choose a provision above to see its elements.</p> : null}
      {e.provisions.map((p) => (
        <div key={p.code} className="provision-elements" data-provision={p.code}>
          <h3>
            <code>{p.code}</code> {p.title}
          </h3>
          <p className="muted">
            {p.contextLabel} · {p.basis}
          </p>
          {p.note ? <p className="hint">{p.note}</p> : null}
          <ol className="element-list">
            {p.elements.map((el) => {
              const key = `${p.code}|${el.id}`;
              return (
                <li key={el.id} className={`element element-${el.status}`} data-element={el.id} data-status={el.status}>
                  <div className="element-head">
                    <span className="element-kind">{el.kind === 'contextual' ? 'Context' : 'Material'}</span>
                    <span className="element-text">{el.text}</span>
                    <span className={`element-status status-${el.status}`}>{STATUS_WORDS[el.status]}</span>
                  </div>
                  {el.links.length ? (
                    <ul className="element-links">
                      {el.links.map((l) => (
                        <li key={l.id}>
                          {l.label}
                          {l.grade ? ` (${l.grade})` : ''}: {l.support === 'established' ? 'establishes it' : 'partly'}
                          {l.excerpt ? <q>{l.excerpt.slice(0, 160)}</q> : null}
                          <button
                            type="button"
                            className="link-button"
                            aria-label={`Remove link from ${p.code} ${el.id}: ${l.label}`}
                            onClick={() => run(unlink.run({ kind: 'element-link', id: l.id }))}
                          >
                            Remove
                          </button>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  <div className="inline-form">
                    <label className="field compact">
                      <span className="label">Evidence for {`${p.code} ${el.id}`}</span>
                      <select value={choice[key] ?? ''} onChange={(ev) => setChoice((c) => ({ ...c, [key]: ev.target.value }))}>
                        <option value="">choose evidence…</option>
                        {[...evidenceOptions, ...statementOptions].map((o) => (
                          <option key={o.value} value={o.value}>
                            {o.label}
                          </option>
                        ))}
                      </select>
                    </label>
                    <label className="field compact">
                      <span className="label">How far for {`${p.code} ${el.id}`}</span>
                      <select
                        value={support[key] ?? 'partly'}
                        onChange={(ev) => setSupport((s) => ({ ...s, [key]: ev.target.value as 'established' | 'partly' }))}
                      >
                        <option value="partly">partly</option>
                        <option value="established">establishes it</option>
                      </select>
                    </label>
                    <button
                      type="button"
                      disabled={!choice[key]}
                      aria-label={`Link evidence to ${p.code} ${el.id}`}
                      onClick={() => {
                        const [kind, id] = choice[key].split(':');
                        void run(
                          link
                            .run({
                              allegationId: allegation.id,
                              provision: p.code,
                              elementId: el.id,
                              ...(kind === 'evidence' ? { evidenceId: id } : { statementId: id }),
                              support: support[key] ?? 'partly',
                            })
                            .then(() => setChoice((c) => ({ ...c, [key]: '' }))),
                        );
                      }}
                    >
                      Link
                    </button>
                  </div>
                </li>
              );
            })}
          </ol>
        </div>
      ))}
      <ErrorMessage>{error}</ErrorMessage>
    </section>
  );
}
