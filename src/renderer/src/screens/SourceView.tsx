/**
 * One source: its clean text with the importer's suggestion spans highlighted by kind (in the source's
 * language), the original exactly as received shown as inert text (React text, never HTML, nothing
 * fetched), its metadata and SHA-256, corrections of what the importer derived, and its custody entries.
 * Opened at #/sources/<id>, or at #/sources/<id>/at/<start>/<end> to land on a span (search, review).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'wouter';
import type { Suggestion } from '../../../shared/contract/suggestions';
import { explain } from '../api';
import { ErrorMessage } from '../components/ui';
import { concernsSource, useCustodyLog } from '../data/custody';
import { useOp, useOpMutation } from '../data/operations';
import { type Run, toRuns } from '../text/spans';
import { RELIABILITY } from './grades';
import { SourceMetadataForm } from './SourceMetadataForm';

type Tab = 'text' | 'original' | 'custody';

export const KIND_LABELS: Record<Suggestion['kind'], string> = {
  subject: 'Subject',
  person: 'Person',
  quote: 'Quote',
  date: 'Date',
  asylum: 'Asylum',
  allegation: 'Allegation',
  place: 'Place',
  outlet: 'Outlet',
};

export function SourceView() {
  const params = useParams<{ id: string; start?: string; end?: string }>();
  const id = params.id;
  const target = params.start !== undefined && params.end !== undefined ? { start: Number(params.start), end: Number(params.end) } : null;
  const [tab, setTab] = useState<Tab>('text');
  const sources = useOp('listSources', {});
  const text = useOp('getSourceText', { sourceId: id });
  const suggestions = useOp('listSuggestions', { sourceId: id, status: 'all' });
  const summary = sources.data?.find((s) => s.id === id);

  if (sources.data && !summary) {
    return (
      <section className="placeholder">
        <h1>No such source</h1>
        <p className="empty">
          This case has no source with that id. <Link href="/sources">All sources</Link>
        </p>
      </section>
    );
  }

  const title = text.data?.title || summary?.title || summary?.fileName || 'Source';
  return (
    <article className="source-view" aria-labelledby="source-title">
      <header className="content-head">
        <p className="breadcrumb">
          {/* Not just "Sources": the sidebar's link has that name. */}
          <Link href="/sources">All sources</Link>
        </p>
        <h1 id="source-title">{title}</h1>
        <p className="muted">
          {[text.data?.outlet, text.data?.publishedText ?? text.data?.publishedDate, text.data?.language?.toUpperCase(), summary?.fileName]
            .filter(Boolean)
            .join(' · ')}
        </p>
      </header>
      <ErrorMessage>{text.error ? explain(text.error) : sources.error ? explain(sources.error) : null}</ErrorMessage>

      <div className="source-grid">
        <div className="source-main">
          <div role="tablist" aria-label="Source" className="tabs">
            {(
              [
                ['text', 'Clean text'],
                ['original', 'Original as received'],
                ['custody', 'Custody entries'],
              ] as const
            ).map(([t, label]) => (
              <button
                key={t}
                type="button"
                role="tab"
                id={`tab-${t}`}
                aria-selected={tab === t}
                aria-controls={`panel-${t}`}
                className={tab === t ? 'tab active' : 'tab'}
                onClick={() => setTab(t)}
              >
                {label}
              </button>
            ))}
          </div>
          <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel">
            {tab === 'text' ? (
              text.data ? (
                <CleanText text={text.data.text} language={text.data.language} suggestions={suggestions.data ?? []} target={target} />
              ) : null
            ) : tab === 'original' ? (
              <Original id={id} />
            ) : (
              <SourceCustody id={id} />
            )}
          </div>
        </div>
        <aside className="source-side">
          {summary ? (
            <section className="card" aria-labelledby="meta-heading">
              <h2 id="meta-heading">Original</h2>
              <dl className="meta-list">
                <dt>SHA-256</dt>
                <dd>
                  <code className="hash" data-testid="source-sha256">
                    {summary.sha256}
                  </code>
                </dd>
                <dt>File</dt>
                <dd>{summary.fileName}</dd>
                <dt>Size</dt>
                <dd>{summary.size.toLocaleString()} bytes</dd>
                <dt>Type</dt>
                <dd>
                  {summary.mediaType}
                  {summary.encoding ? ` (${summary.encoding})` : ''}
                </dd>
                <dt>Imported</dt>
                <dd>{new Date(summary.importedAt).toLocaleString()}</dd>
              </dl>
            </section>
          ) : null}
          {summary ? <SourceGradeCard sourceId={summary.id} reliability={summary.reliability} /> : null}
          {text.data && summary ? <SourceMetadataForm source={summary} text={text.data} /> : null}
          <SuggestionLegend suggestions={suggestions.data ?? []} />
        </aside>
      </div>
    </article>
  );
}

function SuggestionLegend({ suggestions }: { suggestions: Suggestion[] }) {
  const counts = new Map<string, { pending: number; all: number }>();
  for (const s of suggestions) {
    const c = counts.get(s.kind) ?? { pending: 0, all: 0 };
    c.all++;
    if (s.status === 'pending') c.pending++;
    counts.set(s.kind, c);
  }
  if (!counts.size) return null;
  return (
    <section className="card" aria-labelledby="legend-heading">
      <h2 id="legend-heading">Suggestions in this text</h2>
      <ul className="plain-list counts legend">
        {[...counts.entries()].map(([kind, c]) => (
          <li key={kind}>
            <span>
              <span className={`swatch kind-${kind}`} aria-hidden="true" /> {KIND_LABELS[kind as Suggestion['kind']] ?? kind}
            </span>
            <span className="count">
              {c.pending} pending / {c.all}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function CleanText({
  text,
  language,
  suggestions,
  target,
}: {
  text: string;
  language: string | null;
  suggestions: Suggestion[];
  target: { start: number; end: number } | null;
}) {
  const spans = useMemo(
    () =>
      suggestions
        .filter((s) => s.spanStart !== null && s.spanEnd !== null && s.status !== 'rejected')
        .map((s) => ({ id: s.id, start: s.spanStart!, end: s.spanEnd!, kind: s.kind })),
    [suggestions],
  );
  const runs = useMemo(() => {
    const all = target ? [...spans, { id: 'target', start: target.start, end: target.end, kind: 'target' }] : spans;
    return toRuns(text, all);
  }, [text, spans, target]);
  const targetRef = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (target) targetRef.current?.scrollIntoView({ block: 'center' });
  }, [target, runs]);

  let firstTarget = true;
  const render = (run: Run) => {
    let node: React.ReactNode = run.text;
    // Innermost span last: wrap from the narrowest outwards.
    for (const span of [...run.spans].reverse()) {
      if (span.kind === 'target') {
        const isFirst = firstTarget;
        firstTarget = false;
        node = (
          <mark
            key={`t-${run.start}`}
            className="target"
            data-testid="target-span"
            ref={isFirst ? (el) => void (targetRef.current = el) : undefined}
            tabIndex={isFirst ? -1 : undefined}
          >
            {node}
          </mark>
        );
      } else {
        node = (
          <mark key={`${span.id}-${run.start}`} className={`span kind-${span.kind}`} data-kind={span.kind} data-suggestion={span.id}>
            {node}
          </mark>
        );
      }
    }
    return <span key={run.start}>{node}</span>;
  };

  return (
    <div className="clean-text" lang={language ?? undefined} data-testid="clean-text">
      {runs.map(render)}
    </div>
  );
}

/** The original bytes decoded for reading: text, shown as text. Binary formats are described, not shown. */
function Original({ id }: { id: string }) {
  const original = useOp('getSourceBytes', { id });
  const sources = useOp('listSources', {});
  const encoding = sources.data?.find((s) => s.id === id)?.encoding ?? 'utf-8';
  const decoded = useMemo(() => {
    const o = original.data;
    if (!o) return null;
    if (!/^(text\/|application\/(json|xhtml\+xml|xml)|message\/rfc822|multipart\/related)/.test(o.mediaType))
      return { binary: true, text: '' };
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(encoding, { fatal: false });
    } catch {
      decoder = new TextDecoder('utf-8', { fatal: false });
    }
    return { binary: false, text: decoder.decode(o.bytes) };
  }, [original.data, encoding]);
  if (original.error) return <ErrorMessage>{explain(original.error)}</ErrorMessage>;
  if (!decoded || !original.data) return <p className="empty">Loading…</p>;
  if (decoded.binary)
    return (
      <p className="empty">
        The original is a {original.data.mediaType} file of {original.data.bytes.byteLength.toLocaleString()} bytes; it is kept exactly as
        received and included in exports, but it is not shown as text here.
      </p>
    );
  return (
    <>
      <p className="muted small">
        Exactly as received ({original.data.mediaType}, decoded as {encoding}). Markup is shown as text: nothing in it runs or loads.
      </p>
      <pre className="original" data-testid="original-text">
        {decoded.text}
      </pre>
    </>
  );
}

function SourceCustody({ id }: { id: string }) {
  const log = useCustodyLog();
  const entries = (log.data ?? []).filter((e) => concernsSource(e, id));
  if (log.error) return <ErrorMessage>{explain(log.error)}</ErrorMessage>;
  if (!log.data) return <p className="empty">Loading…</p>;
  return (
    <ol className="custody-entries" data-testid="source-custody">
      {entries.map((e) => (
        <li key={e.seq}>
          <span className="seq">#{e.seq}</span> <strong>{e.action}</strong> <span className="muted">{new Date(e.at).toLocaleString()}</span>
          <code className="hash small" title={e.hash}>
            {e.hash.slice(0, 16)}
          </code>
        </li>
      ))}
    </ol>
  );
}

/** The source's Admiralty reliability (A–F), graded once for the source; each link keeps its own credibility. */
function SourceGradeCard({ sourceId, reliability }: { sourceId: string; reliability: string | null }) {
  const grade = useOpMutation('gradeSource');
  return (
    <section className="card" aria-labelledby="grade-heading">
      <h2 id="grade-heading">Reliability</h2>
      <label className="field compact">
        <span className="label">Source reliability</span>
        <select
          value={reliability ?? ''}
          disabled={grade.isPending}
          onChange={(e) => void grade.run({ sourceId, reliability: (e.target.value || null) as 'A' | null }).catch(() => {})}
        >
          <option value="">not graded</option>
          {RELIABILITY.map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
      </label>
      <p className="hint">Admiralty A–F, for the source as a whole: every allegation citing it shows this letter.</p>
      {grade.error ? <ErrorMessage>{explain(grade.error)}</ErrorMessage> : null}
    </section>
  );
}
