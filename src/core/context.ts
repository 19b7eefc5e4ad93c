/**
 * What every operation module gets: a read-only handle on the open case, and one door for changes,
 * `write`, which hands out the writable handle inside a transaction that also appends the custody entry
 * the change returns. Either both happen or neither does; a change without a custody entry does not
 * type-check (and an empty list of entries is refused at run time).
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { CasefileError } from '../shared/errors';
import { appendCustody, type CustodyInput } from './custody/chain';
import { type RecordedChange, recordChanges } from './ops/decision-record';
import { refreshStale } from './ops/independent-sources';
import type { CaseStore } from './store/case-store';
import { type ReadableDB, readableView, type WritableDB, writableHandle } from './store/handles';

export type { ReadableDB, WritableDB } from './store/handles';

/** What a change records: one custody entry, or several (never none). */
export type CustodyEntries = CustodyInput | readonly [CustodyInput, ...CustodyInput[]];

/** What a write callback returns: its result and the custody entry (or entries) that record it. */
export interface Written<T> {
  result: T;
  custody: CustodyEntries;
}

export class CaseContext {
  /** The open case file. Its connection is not reachable from here: reads use `db`, changes `write`. */
  readonly store: Omit<CaseStore, 'db'>;
  readonly db: ReadableDB;
  private readonly connection: CaseStore['db'];

  constructor(store: CaseStore) {
    this.store = store;
    this.connection = store.db;
    this.db = readableView(store.db);
  }

  /** Run `fn` in a transaction; append the custody entry it returns (or entries) before committing. */
  write<T>(fn: (db: WritableDB) => Written<T>): T {
    return writeLogged(this.connection, fn);
  }

  /**
   * Several `write`s as one: all commit or none do (a thrown error rolls back every one, which is also
   * how a preview runs the real changes and discards them). `fn` gets no handle: each change inside
   * still goes through `write` and records its own custody entry.
   */
  atomically<T>(fn: () => T): T {
    return this.connection.transaction(fn)();
  }

  /**
   * Run `fn` (whose changes go through `write`) with every row it changes recorded, so it can be undone
   * (ops/decision-record.ts). The recording triggers live in the connection's in-memory temp schema,
   * never in the file; `fn` gets no handle.
   */
  recording<T>(fn: () => T): { result: T; changes: RecordedChange[] } {
    return recordChanges(this.connection, fn);
  }
}

/** A list of custody entries built at run time, as `Written` takes it: refused when empty. */
export function custodyEntries(list: readonly CustodyInput[]): CustodyEntries {
  const [first, ...rest] = list;
  if (!first) throw new Error('A change was written without a custody entry.');
  return [first, ...rest];
}

/**
 * The door itself, for a connection that is not (yet) an open CaseContext: the file's first transaction
 * (CaseStore.create) and the copies the store makes beside a case (re-key, backup, hand-over), which
 * record in themselves what they are. Everything else goes through `CaseContext.write`.
 */
export function writeLogged<T>(connection: Database, fn: (db: WritableDB) => Written<T>): T {
  const db = writableHandle(connection);
  const nested = connection.inTransaction;
  return db.transaction(() => {
    const { result, custody } = fn(db);
    const entries: readonly (CustodyInput | undefined)[] = Array.isArray(custody) ? custody : [custody as CustodyInput | undefined];
    if (entries.length === 0 || entries.some((c) => !c?.action)) throw new Error('A change was written without a custody entry.');
    // What the change made stale in the allegations' stored corroboration, recomputed before it commits.
    // Not in the open's entry: that write changes nothing the counts follow, and recomputing there (all
    // rows, after an upgrade) would read every source text, so that one damaged page (which poisons the
    // whole transaction) would keep the case from opening at all; readers compute stale rows meanwhile.
    if (!entries.some((c) => c?.action === 'case.open')) refreshStale(db, nested);
    for (const c of entries as readonly CustodyInput[]) appendCustody(db, c);
    return result;
  })();
}

/**
 * The schema door: one migration's change and its `PRAGMA user_version` bump in one transaction, on the
 * writable handle (a migration may move data, not only run DDL). It records no custody entry (a fresh
 * file has no log yet, and the version is the record); so that it cannot serve as a way round `write`,
 * it only runs the step right after the file's current version, and that step's number is what it sets.
 */
export function writeSchemaStep(connection: Database, version: number, up: (db: WritableDB) => void): void {
  const db = writableHandle(connection);
  db.transaction(() => {
    const current = db.pragma('user_version', { simple: true }) as number;
    if (version !== current + 1) throw new Error(`Migration ${version} cannot run on a file at schema version ${current}.`);
    up(db);
    db.pragma(`user_version = ${version}`);
  })();
}

export function nowIso(): string {
  return new Date().toISOString();
}

export function notFound(what: string, id: string): CasefileError {
  return new CasefileError('NOT_FOUND', `No ${what} with id ${id} in this case.`, { id });
}
