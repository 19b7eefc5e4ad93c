/**
 * Case-wide search (Ctrl/Cmd+K): sources, statements, allegations, people and events, with the matches
 * highlighted in each snippet. ↑/↓ choose a hit, Enter opens it in context: a source or statement in the
 * source view scrolled to the match, an allegation in its editor, a person in People, an event on the
 * timeline.
 */
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { explain } from '../api';
import { ErrorMessage } from '../components/ui';
import { useOp } from '../data/operations';

type Hit = NonNullable<ReturnType<typeof useOp<'search'>>['data']>['hits'][number];

const KIND_WORDS: Record<Hit['kind'], string> = {
  source: 'Source',
  statement: 'Statement',
  allegation: 'Allegation',
  person: 'Person',
  event: 'Event',
};

/** The view a hit opens (routes.tsx). */
function where(hit: Hit): string {
  switch (hit.kind) {
    case 'person':
      return `/people/${hit.refId}`;
    case 'event':
      return `/timeline/${hit.refId}`;
    case 'allegation':
      return `/allegations/${hit.refId}`;
    default:
      // A statement typed in by hand has no source: it is found in the testimony list.
      if (!hit.sourceId) return '/testimony';
      return hit.spanStart !== null && hit.spanEnd !== null
        ? `/sources/${hit.sourceId}/at/${hit.spanStart}/${hit.spanEnd}`
        : `/sources/${hit.sourceId}`;
  }
}

function Snippet({ text, highlights }: { text: string; highlights: [number, number][] }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [a, b] of highlights) {
    if (a > at) parts.push(text.slice(at, a));
    parts.push(<mark key={a}>{text.slice(a, b)}</mark>);
    at = b;
  }
  parts.push(text.slice(at));
  return <span className="snippet">{parts}</span>;
}

export function SearchPalette({ onClose }: { onClose(): void }) {
  const [, navigate] = useLocation();
  const [query, setQuery] = useState('');
  const [debounced, setDebounced] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  useEffect(() => {
    const t = setTimeout(() => setDebounced(query.trim()), 150);
    return () => clearTimeout(t);
  }, [query]);
  const result = useOp('search', { query: debounced, limit: 30 }, { enabled: debounced.length > 0 });
  // A source without a detected title is called by its file name, as in the sources table and its view.
  const sources = useOp('listSources', {});
  // An allegation is indexed under its category id: shown by the category's name, as in the allegations table.
  const taxonomy = useOp('taxonomy', {});
  const titleOf = (h: Hit) =>
    h.kind === 'allegation'
      ? (taxonomy.data?.categories.find((c) => c.id === h.title)?.label ?? h.title)
      : h.title || sources.data?.find((s) => s.id === h.sourceId)?.fileName || 'Untitled';
  const hits = debounced && result.data?.query === debounced ? result.data.hits : [];

  const open = (hit: Hit | undefined) => {
    if (!hit) return;
    onClose();
    navigate(where(hit));
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') onClose();
    else if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, hits.length - 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (e.key === 'Enter') open(hits[active]);
    else return;
    e.preventDefault();
  };

  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="modal search-palette" role="dialog" aria-modal="true" aria-label="Search the case" onKeyDown={onKeyDown}>
        <input
          ref={input}
          type="search"
          role="combobox"
          aria-expanded={hits.length > 0}
          aria-controls="search-hits"
          aria-activedescendant={hits[active] ? `hit-${active}` : undefined}
          aria-label="Search the case"
          placeholder="Search sources, statements, allegations, people, events…"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
        />
        <ErrorMessage>{result.error ? explain(result.error) : null}</ErrorMessage>
        <ul id="search-hits" role="listbox" aria-label="Search results" className="search-hits">
          {hits.map((h, i) => (
            <li
              key={`${h.kind}-${h.refId}`}
              id={`hit-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseEnter={() => setActive(i)}
              onClick={() => open(h)}
            >
              <span className="hit-kind" data-kind={h.kind}>
                {KIND_WORDS[h.kind]}
              </span>{' '}
              <span className="hit-title">{titleOf(h)}</span>
              <Snippet text={h.snippet} highlights={h.highlights} />
            </li>
          ))}
        </ul>
        {debounced && result.data && hits.length === 0 ? <p className="empty">Nothing found for “{debounced}”.</p> : null}
        <p className="muted small">↑ ↓ to choose · Enter to open · Esc to close</p>
      </div>
    </div>
  );
}
