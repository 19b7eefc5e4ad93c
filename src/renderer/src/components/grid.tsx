/**
 * What the app's two tables share (DataTable sorts and filters the rows it holds; PagedTable shows a
 * window of rows the core sorted and filtered): the sortable column headings, and the ARIA-grid keyboard
 * (one active row that Tab lands on; ↑/↓/Home/End/PageUp/PageDown move it, scrolling it into the
 * virtual window; Enter opens it).
 */
import { flexRender, type Row, type Table } from '@tanstack/react-table';
import type { Virtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, type RefObject, useCallback, useEffect, useRef } from 'react';

/** A data row's cells, numeric columns aligned as their heading is. */
export function GridCells<T>({ row }: { row: Row<T> }) {
  return (
    <>
      {row.getVisibleCells().map((cell) => (
        <td key={cell.id} className={cell.column.columnDef.meta?.numeric ? 'numeric' : undefined}>
          {flexRender(cell.column.columnDef.cell, cell.getContext())}
        </td>
      ))}
    </>
  );
}

/** The height of the rows outside the virtual window, above or below it (nothing when there are none). */
export function GridSpacer({ height, columns }: { height: number; columns: number }) {
  if (height <= 0) return null;
  return (
    <tr aria-hidden="true" className="spacer">
      <td colSpan={columns} style={{ height }} />
    </tr>
  );
}

export function GridHead<T>({ table }: { table: Table<T> }) {
  return (
    <>
      <colgroup>
        {table.getVisibleLeafColumns().map((c) => (
          <col key={c.id} style={c.columnDef.meta?.width ? { width: c.columnDef.meta.width } : undefined} />
        ))}
      </colgroup>
      <thead>
        {table.getHeaderGroups().map((g) => (
          <tr key={g.id} aria-rowindex={1}>
            {g.headers.map((h) => {
              const meta = h.column.columnDef.meta;
              const sorted = h.column.getIsSorted();
              return (
                <th
                  key={h.id}
                  scope="col"
                  className={meta?.numeric ? 'numeric' : undefined}
                  aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                >
                  {h.column.getCanSort() ? (
                    <button type="button" className="sort-button" onClick={h.column.getToggleSortingHandler()}>
                      {meta?.label ?? h.id}
                      <span className="sort-mark" aria-hidden="true">
                        {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                      </span>
                    </button>
                  ) : (
                    (meta?.label ?? h.id)
                  )}
                </th>
              );
            })}
          </tr>
        ))}
      </thead>
    </>
  );
}

interface GridKeys {
  /** Rows in the grid (group headings included). */
  count: number;
  activeIndex: number;
  setActive(i: number): void;
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  scrollRef: RefObject<HTMLDivElement | null>;
  rowHeight: number;
  /** Enter on the active row. */
  onEnter(index: number): void;
}

/** The grid's keyboard: returns the tbody's key handler; focus follows the active row once it is drawn. */
export function useGridKeys({ count, activeIndex, setActive, virtualizer, scrollRef, rowHeight, onEnter }: GridKeys) {
  const focusAfterRender = useRef(false);
  const move = useCallback(
    (to: number) => {
      if (!count) return;
      const i = Math.max(0, Math.min(count - 1, to));
      setActive(i);
      focusAfterRender.current = true;
      virtualizer.scrollToIndex(i, { align: 'auto' });
    },
    [count, setActive, virtualizer],
  );

  // The active row may have been outside the virtual window (or its page not loaded yet).
  useEffect(() => {
    if (!focusAfterRender.current) return;
    const el = scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${activeIndex}"]`);
    if (el) {
      focusAfterRender.current = false;
      el.focus({ preventScroll: true });
    }
  });

  const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? rowHeight * 10) / rowHeight) - 1);
  return (e: KeyboardEvent<HTMLTableSectionElement>) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(activeIndex + 1),
      ArrowUp: () => move(activeIndex - 1),
      Home: () => move(0),
      End: () => move(count - 1),
      PageDown: () => move(activeIndex + page),
      PageUp: () => move(activeIndex - page),
      Enter: () => onEnter(activeIndex),
    };
    const action = keys[e.key];
    if (action && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      action();
    }
  };
}
