/** The tests Stryker runs for one group of scripts/mutation/groups.mjs (CASEFILE_MUTATION_GROUP). */
import { defineConfig } from 'vitest/config';
import { group } from './scripts/mutation/groups.mjs';

export default defineConfig({
  test: {
    include: group(process.env.CASEFILE_MUTATION_GROUP ?? 'custody').tests,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
});
