/**
 * Origins of evidence, on an allegation's evidence: the investigator says that two links go back to one
 * origin (the same interview reported by two outlets), so corroboration counts them once. An origin is a
 * name carried by evidence links, across the whole case: renaming or deleting it changes every link that
 * carries it, here and in other allegations.
 */
import { useState } from 'react';
import type { EvidenceLink } from '../../../shared/contract/allegations';
import { Field } from '../components/Field';
import { DeleteOrCancel } from '../components/RecordControls';
import { useOpMutation } from '../data/operations';

type Run = (p: Promise<unknown>) => Promise<void>;

/** Set (or, left empty, clear) the origin of evidence link n; the names in use are offered. */
export function OriginField({ link, n, listId, run }: { link: EvidenceLink; n: number; listId: string; run: Run }) {
  const set = useOpMutation('updateEvidence');
  const [value, setValue] = useState(link.originKey ?? '');
  const name = value.trim();
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        void run(set.run({ id: link.id, originKey: name || null }));
      }}
    >
      <Field
        className="compact"
        label={`Origin of evidence ${n}`}
        hint="the same origin as another link (one interview, two outlets): they count as one source"
      >
        {(c) => <input {...c} list={listId} value={value} onChange={(e) => setValue(e.target.value)} />}
      </Field>
      <button type="submit" disabled={set.isPending || name === (link.originKey ?? '')} aria-label={`Set origin of evidence ${n}`}>
        {name ? 'Set origin' : 'Clear origin'}
      </button>
    </form>
  );
}

/** The origins this allegation's links carry, each with rename and delete (on every link in the case). */
export function OriginList({ links, listId, run }: { links: EvidenceLink[]; listId: string; run: Run }) {
  const origins = [...new Set(links.map((l) => l.originKey).filter((k): k is string => !!k))];
  const [open, setOpen] = useState<{ key: string; mode: 'rename' | 'delete' } | null>(null);
  const [to, setTo] = useState('');
  const rename = useOpMutation('renameOrigin');
  return (
    <>
      <datalist id={listId}>
        {origins.map((k) => (
          <option key={k} value={k} />
        ))}
      </datalist>
      {origins.length ? (
        <section aria-labelledby={`${listId}-heading`}>
          <h3 id={`${listId}-heading`}>Origins</h3>
          <ul className="origin-list">
            {origins.map((k) => (
              <li key={k} data-origin={k}>
                <strong>{k}</strong> <span className="muted">({links.filter((l) => l.originKey === k).length} link(s) here)</span>{' '}
                {open?.key !== k ? (
                  <>
                    <button type="button" className="link-button" onClick={() => (setOpen({ key: k, mode: 'rename' }), setTo(k))}>
                      Rename origin {k}
                    </button>{' '}
                    <button type="button" className="link-button" onClick={() => setOpen({ key: k, mode: 'delete' })}>
                      Delete origin {k}…
                    </button>
                  </>
                ) : open.mode === 'rename' ? (
                  <form
                    className="inline-form"
                    onSubmit={(e) => {
                      e.preventDefault();
                      void run(rename.run({ from: k, to: to.trim() }).then(() => setOpen(null)));
                    }}
                  >
                    <Field
                      className="compact"
                      label={`New name of origin ${k}`}
                      hint="renamed on every evidence link that carries it, in every allegation"
                    >
                      {(c) => <input {...c} autoFocus value={to} onChange={(e) => setTo(e.target.value)} />}
                    </Field>
                    <button type="submit" disabled={rename.isPending || !to.trim() || to.trim() === k}>
                      Rename
                    </button>
                    <button type="button" onClick={() => setOpen(null)}>
                      Cancel
                    </button>
                  </form>
                ) : (
                  <span className="actions">
                    <span>Remove this origin from every evidence link that carries it, in every allegation?</span>
                    <DeleteOrCancel
                      kind="origin"
                      id={k}
                      what="origin"
                      onDone={() => setOpen(null)}
                      onError={(m) => void run(Promise.reject(new Error(m)))}
                    />
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
