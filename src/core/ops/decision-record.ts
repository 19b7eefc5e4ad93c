/**
 * What a suggestion decision changed, recorded by SQLite itself so undo can reverse it exactly.
 *
 * Accepting a suggestion touches different tables per kind (a profile patch, a new person, a statement and
 * maybe its speaker, an event or one more source for it, an allegation and its evidence link, a place set on
 * an allegation). Rather than teach every accept how to undo itself, temporary triggers (in the in-memory
 * temp schema of this connection, never in the case file) note each row inserted, updated or deleted in
 * these tables while a decision runs, with the row as it was before. After the decision the rows' new
 * state is read too. Undo checks that every row is still as the decision left it (otherwise someone
 * changed it since, and undo refuses rather than overwrite that work), then replays the changes backwards.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { CasefileError } from '../../shared/errors';

/**
 * The tables a suggestion accept or a hand edit may write (suggestions and custody_log are handled by the
 * caller). core/ops/records.ts records hand edits and deletions the same way, for "undo the last change".
 */
const TRACKED = [
  'profile',
  'people',
  'statements',
  'events',
  'event_sources',
  'asylum_steps',
  'asylum_grounds',
  'disclosures',
  'allegations',
  'evidence_links',
  'element_links',
  'source_grades',
] as const;
export type Tracked = (typeof TRACKED)[number];

/** Words for custody details and messages. */
export const ENTITY_OF: Record<Tracked, string> = {
  profile: 'profile',
  people: 'person',
  statements: 'statement',
  events: 'event',
  event_sources: 'event source',
  asylum_steps: 'asylum step',
  asylum_grounds: 'asylum ground',
  allegations: 'allegation',
  evidence_links: 'evidence link',
  element_links: 'element link',
  disclosures: 'disclosure',
  source_grades: 'source grade',
};

type Row = Record<string, unknown>;
export interface RecordedChange {
  table: Tracked;
  /** Where the row was when recorded; undo finds it again by its content (a restored case has new rowids). */
  rowid: number;
  /** The row before the decision; null when the decision inserted it. */
  before: Row | null;
  /** The row after the decision; null when the decision deleted it. */
  after: Row | null;
}

const columnsCache = new WeakMap<Database, Map<Tracked, string[]>>();

function columns(db: Database, table: Tracked): string[] {
  let m = columnsCache.get(db);
  if (!m) columnsCache.set(db, (m = new Map()));
  let cols = m.get(table);
  if (!cols) {
    cols = (db.prepare('SELECT name FROM main.pragma_table_info(?)').all(table) as { name: string }[]).map((c) => c.name);
    m.set(table, cols);
  }
  return cols;
}

const jsonOf = (db: Database, table: Tracked, alias: string) =>
  `json_object(${columns(db, table)
    .map((c) => `'${c}', ${alias}."${c}"`)
    .join(', ')})`;

/** Create the temp tables and triggers unless present (checked each time: a rolled-back transaction drops them). */
function install(db: Database): void {
  if (db.prepare("SELECT 1 FROM temp.sqlite_master WHERE name = 'decision_changes'").get()) return;
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS decision_recording (on_ INTEGER NOT NULL);
CREATE TEMP TABLE IF NOT EXISTS decision_changes (n INTEGER PRIMARY KEY, tbl TEXT NOT NULL, rid INTEGER NOT NULL, before TEXT);`);
  const when = 'WHEN EXISTS (SELECT 1 FROM temp.decision_recording)';
  for (const t of TRACKED) {
    db.exec(`CREATE TEMP TRIGGER IF NOT EXISTS decision_${t}_insert AFTER INSERT ON main.${t} ${when}
BEGIN INSERT INTO temp.decision_changes (tbl, rid, before) VALUES ('${t}', NEW.rowid, NULL); END;
CREATE TEMP TRIGGER IF NOT EXISTS decision_${t}_update BEFORE UPDATE ON main.${t} ${when}
BEGIN INSERT INTO temp.decision_changes (tbl, rid, before) VALUES ('${t}', OLD.rowid, ${jsonOf(db, t, 'OLD')}); END;
CREATE TEMP TRIGGER IF NOT EXISTS decision_${t}_delete BEFORE DELETE ON main.${t} ${when}
BEGIN INSERT INTO temp.decision_changes (tbl, rid, before) VALUES ('${t}', OLD.rowid, ${jsonOf(db, t, 'OLD')}); END;`);
  }
}

function currentRow(db: Database, table: Tracked, rowid: number): Row | null {
  const r = db.prepare(`SELECT ${jsonOf(db, table, 't')} AS j FROM main.${table} t WHERE t.rowid = ?`).get(rowid) as
    { j: string } | undefined;
  return r ? (JSON.parse(r.j) as Row) : null;
}

/** Run `fn` (inside the caller's transaction) and return what it changed in the tracked tables. */
export function recordChanges<T>(db: Database, fn: () => T): { result: T; changes: RecordedChange[] } {
  install(db);
  db.exec('DELETE FROM temp.decision_changes; DELETE FROM temp.decision_recording; INSERT INTO temp.decision_recording VALUES (1);');
  let result: T;
  try {
    result = fn();
  } finally {
    db.exec('DELETE FROM temp.decision_recording');
  }
  const raw = db.prepare('SELECT tbl, rid, before FROM temp.decision_changes ORDER BY n').all() as {
    tbl: Tracked;
    rid: number;
    before: string | null;
  }[];
  db.exec('DELETE FROM temp.decision_changes');
  // One change per row, in first-touch order, with the row as it was before its first change.
  const seen = new Map<string, RecordedChange>();
  for (const r of raw) {
    const key = `${r.tbl}:${r.rid}`;
    if (!seen.has(key)) seen.set(key, { table: r.tbl, rowid: r.rid, before: r.before ? (JSON.parse(r.before) as Row) : null, after: null });
  }
  const changes = [...seen.values()].map((c) => ({ ...c, after: currentRow(db, c.table, c.rowid) }));
  // A row inserted and deleted again within the decision changed nothing.
  return { result, changes: changes.filter((c) => c.before !== null || c.after !== null) };
}

const label = (c: RecordedChange) => {
  const row = c.after ?? c.before ?? {};
  return `${ENTITY_OF[c.table]}${typeof row.id === 'string' ? ` ${row.id}` : ''}`;
};

/** The rowid of a row whose columns are exactly `row` (and not yet claimed), or null. */
function locate(db: Database, table: Tracked, row: Row, claimed: Set<string>): number | null {
  const cols = Object.keys(row);
  const hits = db
    .prepare(`SELECT rowid AS r FROM main.${table} WHERE ${cols.map((k) => `"${k}" IS ?`).join(' AND ')}`)
    .all(...cols.map((k) => row[k] as string | number | null)) as { r: number }[];
  const hit = hits.find((h) => !claimed.has(`${table}:${h.r}`));
  if (!hit) return null;
  claimed.add(`${table}:${hit.r}`);
  return hit.r;
}

/**
 * Reverse recorded changes (inside the caller's transaction). Refuses, changing nothing, when a row is no
 * longer as the decision left it, or when something recorded since depends on a row the decision created.
 */
export function revertChanges(db: Database, changes: RecordedChange[]): void {
  const claimed = new Set<string>();
  const located = changes.map((c) => {
    if (c.after === null) return null;
    const rowid = locate(db, c.table, c.after, claimed);
    if (rowid === null) {
      throw new CasefileError(
        'INVALID_INPUT',
        `The ${label(c)} this decision ${c.before ? 'changed' : 'created'} has been changed since, so undo would lose that change; change it by hand instead.`,
      );
    }
    return rowid;
  });
  for (let i = changes.length - 1; i >= 0; i--) {
    const c = changes[i];
    const rowid = located[i];
    try {
      if (c.before === null) db.prepare(`DELETE FROM main.${c.table} WHERE rowid = ?`).run(rowid);
      else {
        const cols = Object.keys(c.before);
        const vals = cols.map((k) => c.before![k] as string | number | null);
        if (rowid === null) {
          db.prepare(
            `INSERT INTO main.${c.table} (${cols.map((k) => `"${k}"`).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
          ).run(...vals);
        } else {
          db.prepare(`UPDATE main.${c.table} SET ${cols.map((k) => `"${k}" = ?`).join(', ')} WHERE rowid = ?`).run(...vals, rowid);
        }
      }
    } catch (e) {
      if ((e as { code?: string }).code?.startsWith('SQLITE_CONSTRAINT')) {
        throw new CasefileError(
          'INVALID_INPUT',
          `The ${label(c)} this decision created is used by something recorded since (for example a statement or evidence link), so it cannot be undone; remove that first.`,
        );
      }
      throw e;
    }
  }
}

/** How many rows of each kind the changes create and change, e.g. {created: {person: 1}, changed: {profile: 1}}. */
export function summariseChanges(changes: RecordedChange[]): { created: Record<string, number>; changed: Record<string, number> } {
  const created: Record<string, number> = {};
  const changed: Record<string, number> = {};
  for (const c of changes) {
    const bucket = c.before === null ? created : changed;
    bucket[ENTITY_OF[c.table]] = (bucket[ENTITY_OF[c.table]] ?? 0) + 1;
  }
  return { created, changed };
}
