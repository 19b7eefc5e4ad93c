/** The tests Stryker runs for one group of scripts/mutation/groups.mjs (CASEFILE_MUTATION_GROUP). */
import { join, relative } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { group } from './scripts/mutation/groups.mjs';

const g = group(process.env.CASEFILE_MUTATION_GROUP ?? 'custody');

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
    // Each mutant's run starts a fresh worker; `isolate: false` (per group) lets that run's test files
    // share one module graph instead of importing it again for each file, which was most of a run's time.
    isolate: g.isolate ?? true,
    // A group of quick in-memory tests sets a short limit: a mutant that leaves a call waiting (on a fake
    // timer, say) then fails its test in seconds instead of running into Stryker's own timeout.
    testTimeout: g.testTimeout ?? 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // Fixtures made once per run instead of once per mutant (test/helpers/made-once.ts), in Stryker's
    // sandbox (the workers' folder, removed with it), for a group whose mutants play no part in them.
    env:
      g.fixtureCache && process.env.STRYKER_MUTATOR_WORKER !== undefined
        ? { CASEFILE_FIXTURE_CACHE: join(process.cwd(), '.fixture-cache') }
        : {},
    sequence: { sequencer: GroupOrder },
  },
});
