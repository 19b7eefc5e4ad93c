/**
 * Correct what the importer derived about a source (title, publisher, URL, publication date). The
 * original never changes; each correction is one custody entry naming the old and the new value.
 */
import { type FormEvent, useState } from 'react';
import type { SourceSummary } from '../../../shared/contract/case';
import type { SourceText } from '../../../shared/contract/sources';
import { explain } from '../api';
import { Field } from '../components/Field';
import { ErrorMessage, Notice } from '../components/ui';
import { useOpMutation } from '../data/operations';
import { useUnsavedChanges } from '../navigation/unsaved';

type Draft = { title: string; outlet: string; url: string; publishedDate: string };
const LABELS: Record<keyof Draft, string> = { title: 'Title', outlet: 'Publisher', url: 'URL', publishedDate: 'Publication date' };
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function current(source: SourceSummary, text: SourceText): Draft {
  return {
    title: text.title ?? '',
    outlet: text.outlet ?? '',
    url: text.url ?? source.claimedUrl ?? '',
    publishedDate: text.publishedDate ?? '',
  };
}

export function SourceMetadataForm({ source, text }: { source: SourceSummary; text: SourceText }) {
  const correct = useOpMutation('correctSourceMetadata');
  const [draft, setDraft] = useState<Draft | null>(null);
  const [problems, setProblems] = useState<Partial<Record<keyof Draft, string>>>({});
  const [saved, setSaved] = useState<string | null>(null);
  const base = current(source, text);
  const changed = draft ? (Object.keys(base) as (keyof Draft)[]).filter((k) => draft[k].trim() !== base[k]) : [];
  useUnsavedChanges(`source-meta-${source.id}`, 'the source details', changed.length > 0);

  if (!draft) {
    return (
      <section className="card" aria-labelledby="derived-heading">
        <div className="card-head">
          <h2 id="derived-heading">Details</h2>
          <button type="button" className="secondary small" onClick={() => (setSaved(null), setDraft(base))}>
            Correct details
          </button>
        </div>
        <dl className="meta-list">
          {(Object.keys(LABELS) as (keyof Draft)[]).map((k) => (
            <div key={k} className="meta-pair">
              <dt>{LABELS[k]}</dt>
              <dd>{base[k] || <span className="empty">—</span>}</dd>
            </div>
          ))}
        </dl>
        {saved ? <Notice>{saved}</Notice> : null}
      </section>
    );
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const p: typeof problems = {};
    const date = draft.publishedDate.trim();
    if (date && !DATE.test(date)) p.publishedDate = 'Write the date as 2024, 2024-05 or 2024-05-31.';
    const url = draft.url.trim();
    if (url && !/^[a-z][a-z0-9+.-]*:\S+$/i.test(url)) p.url = 'Write the full address, such as https://example.org/article.';
    if (!draft.title.trim()) p.title = 'A source needs a title.';
    setProblems(p);
    if (Object.keys(p).length) return;
    if (!changed.length) return setDraft(null);
    const patch: Record<string, string | null> = {};
    for (const k of changed) patch[k] = draft[k].trim() || null;
    try {
      await correct.run({ sourceId: source.id, ...patch });
      setDraft(null);
      setSaved(`Corrected: ${changed.map((k) => LABELS[k].toLowerCase()).join(', ')}. The custody log records the old and new values.`);
    } catch (err) {
      const ui = err as Parameters<typeof explain>[0];
      if (ui.fields)
        setProblems(Object.fromEntries(Object.entries(ui.fields).map(([k, why]) => [k, `${LABELS[k as keyof Draft] ?? k} ${why}.`])));
    }
  };

  const set = (k: keyof Draft) => (e: { target: { value: string } }) => setDraft({ ...draft, [k]: e.target.value });
  return (
    <form className="card" aria-labelledby="derived-heading" onSubmit={(e) => void submit(e)} noValidate>
      <h2 id="derived-heading">Correct details</h2>
      <p className="muted small">What the importer read from the file. The original stays exactly as received.</p>
      {(Object.keys(LABELS) as (keyof Draft)[]).map((k) => (
        <Field key={k} label={LABELS[k]} error={problems[k]} hint={k === 'publishedDate' ? 'YYYY, YYYY-MM or YYYY-MM-DD' : undefined}>
          {(c) => <input {...c} value={draft[k]} onChange={set(k)} />}
        </Field>
      ))}
      <ErrorMessage>{correct.error && !correct.error.fields ? explain(correct.error) : null}</ErrorMessage>
      <div className="buttons">
        <button type="button" className="secondary" onClick={() => (setDraft(null), setProblems({}))}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={correct.isPending}>
          Save corrections
        </button>
      </div>
    </form>
  );
}
