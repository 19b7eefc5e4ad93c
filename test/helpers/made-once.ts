/**
 * Files a test file makes before its tests (a case file, an export of it), made once per mutation run
 * instead of once per mutant. Stryker runs a group's test files again for every mutant, each run in a
 * fresh worker, so a fixture made in `beforeAll` is made hundreds of times: a real export of the report
 * fixture is seconds of CPU each time, most of a verify-export mutant's run.
 *
 * In a mutation run of a group that allows it (`fixtureCache` in scripts/mutation/groups.mjs: only groups
 * whose mutated modules play no part in making these files, so every mutant would make the same bytes),
 * vitest.mutation.config.ts sets CASEFILE_FIXTURE_CACHE to a folder inside Stryker's sandbox, which goes
 * with the sandbox: the first run makes the files there (in the dry run, without a mutant) and every later
 * run copies them into its own folder. Anywhere else `build` makes them in `into`, as before. Either way
 * the caller gets its own copies, and the tests check exactly what they checked.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

const VALUE = '.made-once.json';

/**
 * Run `build(dir)` to make files in `dir` (closed: no -wal left) and return a JSON value that names none
 * of their paths; the files end up in `into` and the value is returned.
 */
export async function madeOnce<T>(name: string, into: string, build: (dir: string) => T | Promise<T>): Promise<T> {
  const root = process.env.CASEFILE_FIXTURE_CACHE;
  if (!root) return build(into);
  const cached = join(root, name);
  if (!existsSync(join(cached, VALUE))) {
    mkdirSync(root, { recursive: true });
    const part = mkdtempSync(join(root, `${name}.part-`));
    const value = await build(part);
    writeFileSync(join(part, VALUE), JSON.stringify(value ?? null));
    try {
      renameSync(part, cached);
    } catch {
      // Another worker made it first: theirs is used.
      rmSync(part, { recursive: true, force: true });
    }
  }
  for (const f of readdirSync(cached)) if (f !== VALUE && statSync(join(cached, f)).isFile()) copyFileSync(join(cached, f), join(into, f));
  return JSON.parse(readFileSync(join(cached, VALUE), 'utf8')) as T;
}
