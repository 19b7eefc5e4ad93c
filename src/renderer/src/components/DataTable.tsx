/**
 * The app's table for lists it holds whole (sources, custody log, people …): TanStack Table for sorting and
 * filtering, TanStack Virtual so only the rows in view are in the DOM (a list the core pages, such as the
 * allegations, uses PagedTable). It is an ARIA grid: one row is
 * the active one (Tab lands on it), ↑/↓/Home/End/PageUp/PageDown move it, Enter (or a click) opens it.
 *
 * Columns declare `meta.label` (their accessible name and the heading) and may declare `meta.width`.
 * Filters: a text box over every column's string value, plus optional exact-match column filters the
 * parent controls (e.g. a custody log's action and entity selects).
 */
import {
  type ColumnDef,
  type ColumnFiltersState,
  getCoreRowModel,
  getExpandedRowModel,
  getFilteredRowModel,
  getGroupedRowModel,
  getSortedRowModel,
  type Row,
  type SortingState,
  useReactTable,
  type VisibilityState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useId, useMemo, useRef, useState } from 'react';
import { GridCells, GridHead, GridSpacer, useGridKeys } from './grid';

declare module '@tanstack/react-table' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData, TValue> {
    /** The heading, also the column's accessible name. */
    label: string;
    /** CSS width of the column (e.g. '8rem' or '30%'). */
    width?: string;
    /** Right-align (numbers). */
    numeric?: boolean;
  }
}

export interface DataTableProps<T> {
  /** Accessible name of the grid ("Sources"). */
  label: string;
  data: readonly T[];
  // TanStack's column type is invariant in its value type: a table of mixed columns needs `any` here.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  columns: ColumnDef<T, any>[];
  getRowId(row: T): string;
  /** Enter or a click on a row. */
  onOpen?(row: T): void;
  /** Label of the text filter; no text filter without it. */
  filterLabel?: string;
  /** Exact-match filters by column id (controlled by the parent). */
  columnFilters?: ColumnFiltersState;
  /** More controls for the toolbar (selects feeding `columnFilters`, buttons). */
  toolbar?: ReactNode;
  initialSort?: SortingState;
  /** Shown instead of rows when there is no data at all. */
  emptyText: string;
  /** Estimated row height in px (rows may be taller; they are measured). */
  rowHeight?: number;
  /** data-testid of the grid. */
  testId?: string;
  /** Columns shown (by id; a column left out is shown), controlled by the parent's "Columns" choice. */
  columnVisibility?: VisibilityState;
  /** Group the rows by this column: a heading row with the value and the count above each group. */
  groupBy?: string | null;
}

/** Stable empties: a new [] on each render would look like a change of filters to the table (and loop). */
const NO_FILTERS: ColumnFiltersState = [];
const ALL_VISIBLE: VisibilityState = {};
const NO_GROUPING: string[] = [];

const exactMatch = (row: Row<unknown>, columnId: string, value: unknown) => value === undefined || row.getValue(columnId) === value;

export function DataTable<T>({
  label,
  data,
  columns,
  getRowId,
  onOpen,
  filterLabel,
  columnFilters,
  toolbar,
  initialSort = [],
  emptyText,
  rowHeight = 40,
  testId,
  columnVisibility,
  groupBy,
}: DataTableProps<T>) {
  const [sorting, setSorting] = useState<SortingState>(initialSort);
  const [globalFilter, setGlobalFilter] = useState('');
  const [active, setActive] = useState(0);
  const filterId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);

  const cols = useMemo(() => columns.map((c) => ({ filterFn: exactMatch as never, ...c })), [columns]);
  const grouping = useMemo(() => (groupBy ? [groupBy] : NO_GROUPING), [groupBy]);
  const table = useReactTable({
    data: data as T[],
    columns: cols,
    getRowId: (row) => getRowId(row),
    state: {
      sorting,
      globalFilter,
      columnFilters: columnFilters ?? NO_FILTERS,
      columnVisibility: columnVisibility ?? ALL_VISIBLE,
      grouping,
      expanded: true,
    },
    // No pagination here (rows are virtualised): resetting a page index on every data or filter change
    // only costs renders, and with a filter array that changes identity it never stops.
    autoResetPageIndex: false,
    autoResetExpanded: false,
    onSortingChange: setSorting,
    onGlobalFilterChange: setGlobalFilter,
    globalFilterFn: 'includesString',
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getGroupedRowModel: getGroupedRowModel(),
    getExpandedRowModel: getExpandedRowModel(),
    // A grouped column stays where it is (TanStack would move it first).
    groupedColumnMode: false,
  });
  const rows = table.getRowModel().rows;
  const dataRows = groupBy ? rows.filter((r) => !r.getIsGrouped()).length : rows.length;
  const activeIndex = Math.min(active, Math.max(rows.length - 1, 0));

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const before = items.length ? items[0].start : 0;
  const after = items.length ? virtualizer.getTotalSize() - items[items.length - 1].end : 0;

  const onKeyDown = useGridKeys({
    count: rows.length,
    activeIndex,
    setActive,
    virtualizer,
    scrollRef,
    rowHeight,
    onEnter: (i) => rows[i] && !rows[i].getIsGrouped() && onOpen?.(rows[i].original),
  });

  const columnCount = table.getVisibleLeafColumns().length;
  return (
    <div className="data-table">
      {filterLabel || toolbar ? (
        <div className="table-toolbar">
          {filterLabel ? (
            <label className="field compact table-filter" htmlFor={filterId}>
              <span className="label">{filterLabel}</span>
              <input
                id={filterId}
                type="search"
                value={globalFilter}
                onChange={(e) => {
                  setGlobalFilter(e.target.value);
                  setActive(0);
                }}
              />
            </label>
          ) : null}
          {toolbar}
          <span className="table-count" aria-live="polite">
            {dataRows === data.length ? `${data.length} rows` : `${dataRows} of ${data.length} rows`}
          </span>
        </div>
      ) : null}
      <div className="table-scroll" ref={scrollRef}>
        <table role="grid" aria-label={label} aria-rowcount={rows.length + 1} data-testid={testId}>
          <GridHead table={table} />
          <tbody onKeyDown={onKeyDown}>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={columnCount} className="empty">
                  {data.length === 0 ? emptyText : 'Nothing matches the filter.'}
                </td>
              </tr>
            ) : null}
            <GridSpacer height={before} columns={columnCount} />
            {items.map((item) => {
              const row = rows[item.index];
              const isActive = item.index === activeIndex;
              if (row.getIsGrouped()) {
                const column = table.getColumn(row.groupingColumnId ?? '');
                return (
                  <tr
                    key={row.id}
                    data-index={item.index}
                    ref={virtualizer.measureElement}
                    aria-rowindex={item.index + 2}
                    aria-selected={isActive}
                    tabIndex={isActive ? 0 : -1}
                    className={isActive ? 'group-row active' : 'group-row'}
                    onFocus={() => setActive(item.index)}
                  >
                    <th colSpan={columnCount} scope="rowgroup">
                      {column?.columnDef.meta?.label}: {String(row.groupingValue ?? '—')}{' '}
                      <span className="group-count">({row.subRows.length})</span>
                    </th>
                  </tr>
                );
              }
              return (
                <tr
                  key={row.id}
                  data-index={item.index}
                  data-row-id={row.id}
                  ref={virtualizer.measureElement}
                  aria-rowindex={item.index + 2}
                  aria-selected={isActive}
                  tabIndex={isActive ? 0 : -1}
                  className={isActive ? 'active' : undefined}
                  onClick={() => {
                    setActive(item.index);
                    onOpen?.(row.original);
                  }}
                  onFocus={() => setActive(item.index)}
                >
                  <GridCells row={row} />
                </tr>
              );
            })}
            <GridSpacer height={after} columns={columnCount} />
          </tbody>
        </table>
      </div>
    </div>
  );
}
