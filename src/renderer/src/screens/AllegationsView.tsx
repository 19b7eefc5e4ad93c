/**
 * Allegations by crime category: a chart of the case's shape (by category and status, and by year, from
 * the core's counts), and the table of every allegation. The table is paged by the core (allegationRows:
 * the shown columns only, sorted and filtered in the case file) and fetches, through TanStack Query, the
 * windows of rows in view, so it stays smooth at 50,000 allegations: sort and filter by any column, group
 * by category, search within, choose columns, move with the keyboard, Enter opens the editor.
 */
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { createColumnHelper, type SortingState, type VisibilityState } from '@tanstack/react-table';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useLocation } from 'wouter';
import type { AllegationColumn, AllegationRow } from '../../../shared/contract/allegations';
import { ALLEGATION_STATUSES, type AllegationStatus, type CrimeCategory } from '../../../shared/domain';
import { AllegationChart } from '../components/AllegationChart';
import { PagedTable } from '../components/PagedTable';
import { ErrorMessage, Spinner } from '../components/ui';
import { opQuery, useOp } from '../data/operations';
import { dateLabel } from './dates';
import { explain } from '../api';

const col = createColumnHelper<AllegationRow>();
export const ALLEGATION_COLUMNS = [
  col.accessor('categoryLabel', { id: 'category', meta: { label: 'Category', width: '11rem' } }),
  col.accessor((a) => a.provisions.join(', '), { id: 'provisions', meta: { label: 'Provisions', width: '9rem' } }),
  col.accessor('description', { id: 'description', meta: { label: 'Description', width: '22rem' } }),
  col.accessor((a) => a.place ?? '', { id: 'place', meta: { label: 'Place', width: '8rem' } }),
  col.accessor((a) => a.date.value ?? '', {
    id: 'date',
    meta: { label: 'Date', width: '8rem' },
    cell: (c) => dateLabel(c.row.original.date),
  }),
  col.accessor('perpetrators', { id: 'perpetrators', meta: { label: 'Perpetrators and units', width: '11rem' } }),
  col.accessor('victimStatus', { id: 'victimStatus', meta: { label: 'Victims', width: '7.5rem' } }),
  col.accessor((a) => a.basis ?? '', { id: 'basis', meta: { label: 'Basis', width: '6.5rem' } }),
  col.accessor((a) => a.grade ?? '', { id: 'grade', meta: { label: 'Grade', width: '4.5rem' } }),
  col.accessor('status', { id: 'status', meta: { label: 'Status', width: '7rem' } }),
  col.accessor('independent', {
    id: 'independent',
    meta: { label: 'Independent sources', width: '6rem', numeric: true },
    // Most first on the first click, as a count is read.
    sortDescFirst: true,
  }),
  col.accessor((a) => (a.selfIncriminating ? 'yes' : ''), {
    id: 'selfIncriminating',
    meta: { label: 'Self-incriminating', width: '6rem' },
  }),
];
const COLUMN_IDS = ALLEGATION_COLUMNS.map((c) => ({ id: c.id!, label: c.meta!.label }));
/** Rows per window fetched from the core. */
const PAGE = 100;

export function AllegationsView() {
  const [, navigate] = useLocation();
  const counts = useOp('allegationCounts', {});
  const taxonomy = useOp('taxonomy', {});
  const [category, setCategory] = useState<CrimeCategory | ''>('');
  const [status, setStatus] = useState<AllegationStatus | ''>('');
  const [search, setSearch] = useState('');
  const [grouped, setGrouped] = useState(false);
  const [visible, setVisible] = useState<VisibilityState>({});
  const [sorting, setSorting] = useState<SortingState>([{ id: 'category', desc: false }]);
  const [range, setRange] = useState<[number, number]>([0, 0]);
  // Typing stays responsive: the query follows the text when React has time.
  const text = useDeferredValue(search.trim());

  const query = useMemo(
    () => ({
      sort: sorting.map((s) => ({ column: s.id as AllegationColumn, desc: s.desc })),
      category: category || undefined,
      status: status || undefined,
      search: text || undefined,
      groupByCategory: grouped,
    }),
    [sorting, category, status, text, grouped],
  );
  // The first window carries the counts; it keeps showing the last answer while a new sort or filter loads.
  const head = useQuery({ ...opQuery('allegationRows', { ...query, offset: 0, limit: PAGE }), placeholderData: keepPreviousData });
  const pages: number[] = [];
  for (let p = Math.floor(range[0] / PAGE); p <= Math.floor(range[1] / PAGE); p++) if (p > 0) pages.push(p);
  const windows = useQueries({ queries: pages.map((p) => opQuery('allegationRows', { ...query, offset: p * PAGE, limit: PAGE })) });
  const rowAt = (i: number): AllegationRow | undefined => {
    const p = Math.floor(i / PAGE);
    const page = p === 0 ? (head.isPlaceholderData ? undefined : head.data) : windows[pages.indexOf(p)]?.data;
    return page?.rows[i - p * PAGE];
  };
  const onRange = useCallback((first: number, last: number) => setRange([first, last]), []);
  const onSorting = useCallback((next: SortingState | ((old: SortingState) => SortingState)) => {
    setSorting((old) => {
      const s = typeof next === 'function' ? next(old) : next;
      // Unsorted (a third click) falls back to the category, as the table opens.
      return s.length ? s : [{ id: 'category', desc: false }];
    });
  }, []);
  const error = head.error ?? windows.find((w) => w.error)?.error ?? counts.error;

  return (
    <section className="allegations-view" data-testid="allegations-view">
      <header className="view-head">
        <h1>Allegations</h1>
        <button type="button" className="primary" onClick={() => navigate('/allegations/new')}>
          New allegation
        </button>
      </header>
      {error ? <ErrorMessage>{explain(error)}</ErrorMessage> : null}
      {head.isPending ? <Spinner label="Reading the allegations…" /> : null}
      {counts.data?.total ? <AllegationChart counts={counts.data} /> : null}
      <PagedTable
        label="Allegations"
        testId="allegations-table"
        columns={ALLEGATION_COLUMNS}
        getRowId={(a) => a.id}
        onOpen={(a) => navigate(`/allegations/${a.id}`)}
        sorting={sorting}
        onSortingChange={onSorting}
        columnVisibility={visible}
        matched={head.data?.matched ?? 0}
        total={head.data?.total ?? 0}
        groups={head.data?.groups?.map((g) => ({ label: g.label, count: g.count })) ?? null}
        groupLabel="Category"
        rowAt={rowAt}
        onRange={onRange}
        loading={head.isPending || head.isPlaceholderData}
        filterLabel="Search allegations"
        search={search}
        onSearch={setSearch}
        emptyText={
          taxonomy.data
            ? 'No allegations yet: accept allegation suggestions, or record one by hand with “New allegation”.'
            : 'No allegations yet.'
        }
        toolbar={
          <>
            <label className="field compact">
              <span className="label">Category</span>
              <select value={category} onChange={(e) => setCategory(e.target.value as CrimeCategory | '')}>
                <option value="">All categories</option>
                {(counts.data?.byCategory ?? []).map((c) => (
                  <option key={c.category} value={c.category}>
                    {c.label}
                  </option>
                ))}
              </select>
            </label>
            <label className="field compact">
              <span className="label">Status</span>
              <select value={status} onChange={(e) => setStatus(e.target.value as AllegationStatus | '')}>
                <option value="">All statuses</option>
                {ALLEGATION_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
            </label>
            <label className="check compact">
              <input type="checkbox" checked={grouped} onChange={(e) => setGrouped(e.target.checked)} />
              Group by category
            </label>
            <details className="column-choice">
              <summary>Columns</summary>
              <fieldset>
                <legend>Columns shown</legend>
                {COLUMN_IDS.map((c) => (
                  <label key={c.id} className="check">
                    <input
                      type="checkbox"
                      checked={visible[c.id] !== false}
                      disabled={c.id === 'category' || c.id === 'description'}
                      onChange={(e) => setVisible((v) => ({ ...v, [c.id]: e.target.checked }))}
                    />
                    {c.label}
                  </label>
                ))}
              </fieldset>
            </details>
          </>
        }
      />
    </section>
  );
}
