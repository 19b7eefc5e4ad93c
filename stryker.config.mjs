// Stryker for one group of scripts/mutation/groups.mjs (CASEFILE_MUTATION_GROUP); `npm run test:mutation`
// (scripts/mutation/run.mjs) runs every group and prints the score per module and in total. Reports go
// to reports/mutation/<group>/, which is not tracked.
import { group } from './scripts/mutation/groups.mjs';

const name = process.env.CASEFILE_MUTATION_GROUP ?? 'custody';
const dir = `reports/mutation/${name}`;

export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: process.env.CASEFILE_MUTATE ? process.env.CASEFILE_MUTATE.split(',') : group(name).mutate,
  coverageAnalysis: 'perTest',
  // Static mutants (module-level constants) would re-run every test for each: counted, not run, except
  // in a group that says otherwise (profiles: the data is what is guarded).
  ignoreStatic: group(name).ignoreStatic ?? true,
  concurrency: Number(process.env.CASEFILE_MUTATION_CONCURRENCY ?? 2),
  timeoutMS: 60_000,
  timeoutFactor: 2,
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: `${dir}/index.html` },
  jsonReporter: { fileName: `${dir}/mutation.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: false, reportScoreTable: true },
  incremental: true,
  incrementalFile: `${dir}/incremental.json`,
  disableTypeChecks: 'src/**/*.ts',
  tempDirName: `.stryker-tmp/${name}`,
  // Two groups run at once (scripts/mutation/run.mjs): a sandbox is a copy of the project, and without this
  // it would copy the other group's sandbox as well, while that one's files come and go (a run failed on it).
  ignorePatterns: ['/.stryker-tmp', '/reports'],
  cleanTempDir: 'always',
  thresholds: { high: 90, low: 80, break: null },
};
