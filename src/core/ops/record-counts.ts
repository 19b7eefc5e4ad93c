/**
 * The counts the overview shows, read from `record_counts` (migration 6), which triggers keep exact in
 * the transaction of every change: one indexed read each, however large the case. Nothing here writes
 * the table; only its triggers do.
 */
import type { CrimeCategory } from '../../shared/domain';
import type { ReadableDB } from '../store/handles';
import { categoryLabel } from './taxonomy';

export type CountedTable = 'sources' | 'people' | 'statements' | 'events' | 'asylum_steps' | 'exports';

export function recordCount(db: ReadableDB, table: CountedTable): number {
  return (db.prepare('SELECT n FROM record_counts WHERE name = ?').pluck().get(table) as number | undefined) ?? 0;
}

export function pendingSuggestionCount(db: ReadableDB): number {
  return (db.prepare("SELECT n FROM record_counts WHERE name = 'suggestions:pending'").pluck().get() as number | undefined) ?? 0;
}

/** Allegations per category, largest first (the categories with none left out), as GROUP BY would give. */
export function allegationCountsFromRecord(db: ReadableDB): { category: CrimeCategory; label: string; count: number }[] {
  const rows = db
    .prepare(
      "SELECT substr(name, 13) AS category, n FROM record_counts WHERE name > 'allegations:' AND name < 'allegations;' AND n > 0 ORDER BY n DESC, category",
    )
    .all() as { category: CrimeCategory; n: number }[];
  return rows.map((r) => ({ category: r.category, label: categoryLabel(r.category), count: r.n }));
}
