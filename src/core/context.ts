/**
 * What every operation module gets: the open case and a way to write to it with a custody entry in the
 * same transaction. Either both happen or neither does.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { CasefileError } from '../shared/errors';
import { appendCustody, type CustodyInput } from './custody/chain';
import type { CaseStore } from './store/case-store';

export class CaseContext {
  constructor(readonly store: CaseStore) {}

  get db(): Database {
    return this.store.db;
  }

  /** Run `fn` in a transaction; append the custody entry it returns (or entries) before committing. */
  write<T>(fn: (db: Database) => { result: T; custody: CustodyInput | CustodyInput[] }): T {
    return this.db.transaction(() => {
      const { result, custody } = fn(this.db);
      for (const c of Array.isArray(custody) ? custody : [custody]) appendCustody(this.db, c);
      return result;
    })();
  }
}

export function nowIso(): string {
  return new Date().toISOString();
}

export function notFound(what: string, id: string): CasefileError {
  return new CasefileError('NOT_FOUND', `No ${what} with id ${id} in this case.`, { id });
}
