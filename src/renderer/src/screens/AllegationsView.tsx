/**
 * Allegations by crime category: a chart of the case's shape (by category and status, and by year), and
 * the table of every allegation (the shared, virtualised DataTable): sort and filter by any column,
 * group by category, choose the columns, move with the keyboard, Enter opens the editor.
 */
import { createColumnHelper, type ColumnFiltersState, type VisibilityState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useLocation } from 'wouter';
import type { Allegation } from '../../../shared/contract/allegations';
import { ALLEGATION_STATUSES } from '../../../shared/domain';
import { DataTable } from '../components/DataTable';
import { AllegationChart } from '../components/AllegationChart';
import { ErrorMessage, Spinner } from '../components/ui';
import { useOp } from '../data/operations';
import { dateLabel } from './dates';

const NO_ALLEGATIONS: Allegation[] = [];
const col = createColumnHelper<Allegation>();
export const ALLEGATION_COLUMNS = [
  col.accessor('categoryLabel', { id: 'category', meta: { label: 'Category', width: '11rem' } }),
  col.accessor((a) => a.provisions.map((p) => p.code).join(', '), { id: 'provisions', meta: { label: 'Provisions', width: '9rem' } }),
  col.accessor('description', { id: 'description', meta: { label: 'Description', width: '22rem' } }),
  col.accessor((a) => a.place ?? '', { id: 'place', meta: { label: 'Place', width: '8rem' } }),
  col.accessor((a) => a.date.value ?? '', {
    id: 'date',
    meta: { label: 'Date', width: '8rem' },
    cell: (c) => dateLabel(c.row.original.date),
  }),
  col.accessor(
    (a) =>
      [...a.perpetrators, ...a.units]
        .map((n) => {
          const mode = a.liability.find((l) => l.name === n)?.mode;
          return mode ? `${n} (${mode})` : n;
        })
        .join('; '),
    { id: 'perpetrators', meta: { label: 'Perpetrators and units', width: '11rem' } },
  ),
  col.accessor('victimStatus', { id: 'victimStatus', meta: { label: 'Victims', width: '7.5rem' } }),
  col.accessor((a) => a.basis ?? '', { id: 'basis', meta: { label: 'Basis', width: '6.5rem' } }),
  col.accessor((a) => a.grade ?? '', { id: 'grade', meta: { label: 'Grade', width: '4.5rem' } }),
  col.accessor('status', { id: 'status', meta: { label: 'Status', width: '7rem' } }),
  col.accessor((a) => a.corroboration.independent, {
    id: 'independent',
    meta: { label: 'Independent sources', width: '6rem', numeric: true },
  }),
  col.accessor((a) => (a.selfIncriminating ? 'yes' : ''), {
    id: 'selfIncriminating',
    meta: { label: 'Self-incriminating', width: '6rem' },
  }),
];
const COLUMN_IDS = ALLEGATION_COLUMNS.map((c) => ({ id: c.id!, label: c.meta!.label }));

export function AllegationsView() {
  const [, navigate] = useLocation();
  const list = useOp('listAllegations', {});
  const taxonomy = useOp('taxonomy', {});
  const [category, setCategory] = useState('');
  const [status, setStatus] = useState('');
  const [grouped, setGrouped] = useState(false);
  const [visible, setVisible] = useState<VisibilityState>({});
  const filters = useMemo<ColumnFiltersState>(
    () => [...(category ? [{ id: 'category', value: category }] : []), ...(status ? [{ id: 'status', value: status }] : [])],
    [category, status],
  );
  const data = list.data ?? NO_ALLEGATIONS;
  const labels = useMemo(() => [...new Set(data.map((a) => a.categoryLabel))].sort(), [data]);

  return (
    <section className="allegations-view" data-testid="allegations-view">
      <header className="view-head">
        <h1>Allegations</h1>
        <button type="button" className="primary" onClick={() => navigate('/allegations/new')}>
          New allegation
        </button>
      </header>
      {list.error ? <ErrorMessage>{list.error.message}</ErrorMessage> : null}
      {list.isPending ? <Spinner label="Reading the allegations…" /> : null}
      {data.length ? <AllegationChart allegations={data} /> : null}
      <DataTable
        label="Allegations"
        testId="allegations-table"
        data={data}
        columns={ALLEGATION_COLUMNS}
        getRowId={(a) => a.id}
        onOpen={(a) => navigate(`/allegations/${a.id}`)}
        filterLabel="Search allegations"
        columnFilters={filters}
        columnVisibility={visible}
        groupBy={grouped ? 'category' : null}
        initialSort={[{ id: 'category', desc: false }]}
        emptyText={
          taxonomy.data
            ? 'No allegations yet: accept allegation suggestions, or record one by hand with “New allegation”.'
            : 'No allegations yet.'
        }
        toolbar={
          <>
            <label className="field compact">
              <span className="label">Category</span>
              <select value={category} onChange={(e) => setCategory(e.target.value)}>
                <option value="">All categories</option>
                {labels.map((l) => (
                  <option key={l} value={l}>
                    {l}
                  </option>
                ))}
              </select>
            </label>
            <label className="field compact">
              <span className="label">Status</span>
              <select value={status} onChange={(e) => setStatus(e.target.value)}>
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
