/**
 * Writes go through one door. On a real encrypted case file: the context's read handle refuses any
 * statement that would write, `write` refuses a change that records no custody entry, and the writable
 * handle is branded in exactly one place (the door, which the store's first transaction and its copies also use). The `@ts-expect-error` lines are checked by `npm run
 * typecheck`: if a write without a custody entry ever type-checks, the build fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseContext } from '../../src/core/context';
import { listCustody } from '../../src/core/custody/log';
import { CaseStore } from '../../src/core/store/case-store';
import { PASS, useTempDir } from '../helpers/tmp';

const tmp = useTempDir();
const ROOT = join(__dirname, '../..');

function openCase() {
  const store = CaseStore.create(join(tmp(), 'handles.casefile'), PASS, 'Handles');
  return { store, ctx: new CaseContext(store) };
}

describe('read and write handles', () => {
  it('the read handle refuses statements that would write, before they run', () => {
    const { store, ctx } = openCase();
    try {
      expect(() => ctx.db.prepare("UPDATE profile SET full_name = 'X' WHERE id = 1")).toThrow(/read-only handle/);
      expect(() => ctx.db.prepare("INSERT INTO case_meta (key, value) VALUES ('k', 'v')")).toThrow(/read-only handle/);
      expect(ctx.db.prepare('SELECT full_name FROM profile WHERE id = 1').pluck().get()).toBeNull();
      // @ts-expect-error a read statement has no run()
      void ctx.db.prepare('SELECT 1').run;
      // @ts-expect-error nor can it reach the connection it came from
      void ctx.db.prepare('SELECT 1').database;
      // @ts-expect-error the read handle has no exec or transaction
      void ctx.db.exec;
    } finally {
      store.close();
    }
  });

  it('a write records its custody entry in the same transaction, and a write without one is refused', () => {
    const { store, ctx } = openCase();
    try {
      const before = listCustody(ctx.db).length;
      ctx.write((db) => {
        db.prepare("UPDATE profile SET full_name = 'Ivan Petrov' WHERE id = 1").run();
        return { result: null, custody: { action: 'profile.update', entity: 'profile', details: { fields: ['fullName'] } } };
      });
      expect(listCustody(ctx.db)).toHaveLength(before + 1);
      expect(listCustody(ctx.db).at(-1)).toMatchObject({ action: 'profile.update', entity: 'profile', details: { fields: ['fullName'] } });

      const change = (db: Parameters<Parameters<CaseContext['write']>[0]>[0]) =>
        db.prepare("UPDATE profile SET full_name = 'Nobody' WHERE id = 1").run();
      // @ts-expect-error no custody entry: does not type-check
      expect(() => ctx.write((db) => ({ result: change(db) }))).toThrow(/without a custody entry/);
      // @ts-expect-error an empty list of entries does not type-check either
      expect(() => ctx.write((db) => ({ result: change(db), custody: [] }))).toThrow(/without a custody entry/);
      // Both refused changes were rolled back with their transaction.
      expect(ctx.db.prepare('SELECT full_name FROM profile WHERE id = 1').pluck().get()).toBe('Ivan Petrov');
      expect(listCustody(ctx.db)).toHaveLength(before + 1);
    } finally {
      store.close();
    }
  });

  it('only the write door brands a connection writable (the store creates files and copies through it too)', () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
    const callers = walk(join(ROOT, 'src'))
      .filter((f) => /\.tsx?$/.test(f) && /\bwritableHandle\(/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f).split('\\').join('/'))
      .sort();
    expect(callers).toEqual(['src/core/context.ts', 'src/core/store/handles.ts']);
  });
});
