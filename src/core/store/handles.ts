/**
 * Two kinds of handle on the open case (after Signal-Desktop's ReadableDB/WritableDB in
 * ts/sql/Interface.std.ts). A ReadableDB can only prepare statements that read: its type has no `run`,
 * `exec`, `transaction` or writable pragma, and at run time a statement that would write is refused. A
 * WritableDB is the full connection, branded: the only place an operation gets one is inside
 * `CaseContext.write`, whose callback must return the custody entry that records the change, so "a write
 * without a custody entry" cannot be written down. Owners (src/core/ops/*, src/core/custody/*) take
 * `ReadableDB` for reads and `WritableDB` for writes.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';

/** A prepared statement that reads. (No `database`: it would hand back the writable connection.) */
export interface ReadStatement {
  readonly source: string;
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
  iterate(...params: unknown[]): IterableIterator<unknown>;
  pluck(toggleState?: boolean): ReadStatement;
  raw(toggleState?: boolean): ReadStatement;
}

/** Pragmas that only report (used by verification; integrity_check("t") checks one table and its indexes). */
export type ReportingPragma =
  'integrity_check' | `integrity_check("${string}")` | 'quick_check' | 'user_version' | 'page_count' | 'page_size';

export interface ReadableDB {
  prepare(sql: string): ReadStatement;
  pragma(name: ReportingPragma, options?: { simple?: boolean }): unknown;
}

declare const WRITABLE: unique symbol;
/** The connection inside a custody-logged write transaction. */
export type WritableDB = Database & { readonly [WRITABLE]: true };

/** A read-only view of a connection: statements that would change the file are refused before they run. */
export function readableView(db: Database): ReadableDB {
  return {
    prepare(sql) {
      const statement = db.prepare(sql);
      if (!statement.readonly) throw new Error(`A write was prepared on a read-only handle (use ctx.write): ${sql.slice(0, 80)}`);
      return statement;
    },
    pragma(name, options) {
      return db.pragma(name, options);
    },
  };
}

/**
 * Brands a connection as writable. Called in exactly one place: `writeLogged` in ../context.ts, the
 * transaction that appends the custody entry (CaseContext.write, the file's first transaction in
 * CaseStore.create and the copies of case-copy.ts all go through it). test/store/handles.test.ts keeps it that way.
 */
export function writableHandle(db: Database): WritableDB {
  return db as WritableDB;
}
