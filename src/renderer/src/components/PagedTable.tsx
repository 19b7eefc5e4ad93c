/**
 * A table over a list the core sorts, filters and pages (the allegations, at 50,000 and more): the parent
 * holds the sort and filters and fetches the rows in windows; this draws only the rows in view (TanStack
 * Virtual over the whole count, a placeholder row where a window has not arrived yet), the group headings
 * from the counts the core gives, and the same ARIA grid and keyboard as DataTable. TanStack Table does
 * the headings, the column choice and the sort toggling (manual sorting: it never sees all the rows).
 */
import {
  type ColumnDef,
  getCoreRowModel,
  type OnChangeFn,
  type SortingState,
  useReactTable,
  type VisibilityState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useEffect, useId, useMemo, useRef, useState } from 'react';
import { GridCells, GridHead, GridSpacer, useGridKeys } from './grid';

export interface PagedGroup {
  label: string;
  count: number;
}

export interface PagedTableProps<T> {
  label: string;
  testId?: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  columns: ColumnDef<T, any>[];
  getRowId(row: T): string;
  onOpen?(row: T): void;
  sorting: SortingState;
  onSortingChange: OnChangeFn<SortingState>;
  columnVisibility?: VisibilityState;
  /** Rows the filters let through, and rows in all. */
  matched: number;
  total: number;
  /** Group headings in order, each with how many rows follow it (null: not grouped). */
  groups: PagedGroup[] | null;
  /** What the groups are of ("Category"). */
  groupLabel?: string;
  /** The matched row at `index` (0-based, group headings not counted), or undefined while it loads. */
  rowAt(index: number): T | undefined;
  /** The rows in view changed: [first, last] matched-row indexes, for the parent to fetch. */
  onRange(first: number, last: number): void;
  filterLabel?: string;
  search?: string;
  onSearch?(text: string): void;
  toolbar?: ReactNode;
  emptyText: string;
  loading?: boolean;
  rowHeight?: number;
}

type Slot = { kind: 'group'; group: PagedGroup } | { kind: 'row'; index: number };

/** Where grid row `i` falls: a group heading, or the n-th matched row. */
function slotAt(i: number, groups: PagedGroup[] | null): Slot {
  if (!groups) return { kind: 'row', index: i };
  let start = 0;
  let before = 0;
  for (const g of groups) {
    if (i === start) return { kind: 'group', group: g };
    if (i <= start + g.count) return { kind: 'row', index: before + (i - start - 1) };
    start += g.count + 1;
    before += g.count;
  }
  return { kind: 'row', index: before };
}

export function PagedTable<T>({
  label,
  testId,
  columns,
  getRowId,
  onOpen,
  sorting,
  onSortingChange,
  columnVisibility,
  matched,
  total,
  groups,
  groupLabel,
  rowAt,
  onRange,
  filterLabel,
  search,
  onSearch,
  toolbar,
  emptyText,
  loading,
  rowHeight = 40,
}: PagedTableProps<T>) {
  const [active, setActive] = useState(0);
  const filterId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const count = matched + (groups?.length ?? 0);
  const activeIndex = Math.min(active, Math.max(count - 1, 0));

  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const slots = items.map((item) => ({ item, slot: slotAt(item.index, groups) }));
  const inView = slots.flatMap(({ slot }) => (slot.kind === 'row' ? [slot.index] : []));
  const first = inView.length ? inView[0] : 0;
  const last = inView.length ? inView[inView.length - 1] : 0;
  useEffect(() => onRange(first, last), [first, last, onRange]);

  // The table sees only the loaded rows in view: enough for headings, visibility and cells.
  const loaded = slots.flatMap(({ slot }) => {
    const r = slot.kind === 'row' ? rowAt(slot.index) : undefined;
    return r ? [r] : [];
  });
  const loadedKey = loaded.map(getRowId).join(',');
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const data = useMemo(() => loaded, [loadedKey]);
  const table = useReactTable({
    data,
    columns,
    getRowId: (row) => getRowId(row),
    state: { sorting, columnVisibility: columnVisibility ?? {} },
    onSortingChange,
    manualSorting: true,
    manualFiltering: true,
    enableMultiSort: true,
    // Always sorted by something: a heading toggles up and down, it never falls back to the entry order.
    enableSortingRemoval: false,
    getCoreRowModel: getCoreRowModel(),
  });

  const onKeyDown = useGridKeys({
    count,
    activeIndex,
    setActive,
    virtualizer,
    scrollRef,
    rowHeight,
    onEnter: (i) => {
      const s = slotAt(i, groups);
      const r = s.kind === 'row' ? rowAt(s.index) : undefined;
      if (r) onOpen?.(r);
    },
  });

  const before = items.length ? items[0].start : 0;
  const after = items.length ? virtualizer.getTotalSize() - items[items.length - 1].end : 0;
  const columnCount = table.getVisibleLeafColumns().length;
  return (
    <div className="data-table">
      <div className="table-toolbar">
        {filterLabel ? (
          <label className="field compact table-filter" htmlFor={filterId}>
            <span className="label">{filterLabel}</span>
            <input
              id={filterId}
              type="search"
              value={search ?? ''}
              onChange={(e) => {
                onSearch?.(e.target.value);
                setActive(0);
              }}
            />
          </label>
        ) : null}
        {toolbar}
        <span className="table-count" aria-live="polite">
          {matched === total ? `${total} rows` : `${matched} of ${total} rows`}
        </span>
      </div>
      <div className="table-scroll" ref={scrollRef}>
        <table role="grid" aria-label={label} aria-rowcount={count + 1} aria-busy={loading || undefined} data-testid={testId}>
          <GridHead table={table} />
          <tbody onKeyDown={onKeyDown}>
            {count === 0 && !loading ? (
              <tr>
                <td colSpan={columnCount} className="empty">
                  {total === 0 ? emptyText : 'Nothing matches the filter.'}
                </td>
              </tr>
            ) : null}
            <GridSpacer height={before} columns={columnCount} />
            {slots.map(({ item, slot }) => {
              const isActive = item.index === activeIndex;
              // Keyed by position, not by row: a placeholder that gets its data stays the same element (and keeps focus).
              const common = {
                'data-index': item.index,
                ref: virtualizer.measureElement,
                'aria-rowindex': item.index + 2,
                'aria-selected': isActive,
                tabIndex: isActive ? 0 : -1,
                onFocus: () => setActive(item.index),
              };
              if (slot.kind === 'group') {
                return (
                  <tr key={item.index} {...common} className={isActive ? 'group-row active' : 'group-row'}>
                    <th colSpan={columnCount} scope="rowgroup">
                      {groupLabel}: {slot.group.label} <span className="group-count">({slot.group.count})</span>
                    </th>
                  </tr>
                );
              }
              const value = rowAt(slot.index);
              const row = value ? table.getRow(getRowId(value), true) : undefined;
              if (!value || !row) {
                return (
                  <tr key={item.index} {...common} className={isActive ? 'loading active' : 'loading'}>
                    <td colSpan={columnCount}>…</td>
                  </tr>
                );
              }
              return (
                <tr
                  key={item.index}
                  {...common}
                  data-row-id={row.id}
                  className={isActive ? 'active' : undefined}
                  onClick={() => {
                    setActive(item.index);
                    onOpen?.(value);
                  }}
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
