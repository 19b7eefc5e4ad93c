/** The tests Stryker runs for one group of scripts/mutation/groups.mjs (CASEFILE_MUTATION_GROUP). */
import { join, relative } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { group } from './scripts/mutation/groups.mjs';

const g = group(process.env.CASEFILE_MUTATION_GROUP ?? 'custody');
const underStryker = process.env.STRYKER_MUTATOR_WORKER !== undefined;

/**
 * Stryker's runner asks vitest for one worker thread and, between two mutants' runs, vitest recycles it:
 * every mutant paid for booting a worker and importing vitest, zod, better-sqlite3 and the rest again
 * (custody: 13.4 CPU min a fresh worker per mutant, 8.6 kept; the same 223 verdicts). The worker is
 * kept instead, and test/helpers/mutation-run.ts gives each run what a fresh worker gave it.
 * CASEFILE_MUTATION_FRESH_WORKER=1 runs the old way, to compare verdicts.
 */
const keepWorker = underStryker && process.env.CASEFILE_MUTATION_FRESH_WORKER !== '1';
if (keepWorker) {
  const { Tinypool } = await import('tinypool');
  Tinypool.prototype.recycleWorkers = async () => {};
}

const globs = g.tests.map((t: string) => new RegExp(`^${t.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`));
const rank = (f: TestSpecification) => {
  const i = globs.findIndex((re: RegExp) => re.test(relative(f.project.config.root, f.moduleId)));
  return i < 0 ? globs.length : i;
};

/**
 * Stryker stops a mutant's run at its first failing test, so the order of files is time: vitest's own
 * order puts the slowest file first. Here the file that failed last (it killed the previous mutant, and
 * neighbouring mutants tend to fall to the same test) goes first, then the files in the group's order.
 */
class GroupOrder extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const failed = (f: TestSpecification) =>
      this.ctx.cache.getFileTestResults(`${f.project.name}:${relative(this.ctx.config.root, f.moduleId)}`)?.failed ? 0 : 1;
    return [...files].sort((a, b) => failed(a) - failed(b) || rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    include: g.tests,
    // vitest's own isolation would start a worker for each test file; the project's modules are evaluated
    // again by the setup file instead, for each file, or for each mutant's run in a group with `isolate:
    // false` (its test files share one module graph, as they did in one fresh worker).
    isolate: keepWorker ? false : (g.isolate ?? true),
    setupFiles: keepWorker ? ['test/helpers/mutation-run.ts'] : [],
    // A group of quick in-memory tests sets a short limit: a mutant that leaves a call waiting (on a fake
    // timer, say) then fails its test in seconds instead of running into Stryker's own timeout.
    testTimeout: g.testTimeout ?? 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // Fixtures made once per run instead of once per mutant (test/helpers/made-once.ts), in Stryker's
    // sandbox (the workers' folder, removed with it), for a group whose mutants play no part in them.
    env: {
      ...(g.fixtureCache && underStryker ? { CASEFILE_FIXTURE_CACHE: join(process.cwd(), '.fixture-cache') } : {}),
      ...(g.isolate === false ? { CASEFILE_MUTATION_SHARED_GRAPH: '1' } : {}),
    },
    sequence: { sequencer: GroupOrder },
  },
});
