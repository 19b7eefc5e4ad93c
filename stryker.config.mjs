// Mutation testing of the modules that guard the case: `npm run test:mutation` (not part of `npm test`).
// Scope: the custody chain and verify, the store's open/create/re-key and migrations (their triggers),
// redaction and pseudonyms, export profiles and what they withhold, verify-export and the signature
// check, the path gate, IPC registration and the sender check, duplicate imports, spans, timeline order,
// backup. The report (HTML and JSON) goes to reports/mutation/, which is not tracked.
// CASEFILE_MUTATE=<glob> narrows the run to some files (e.g. while writing tests for one module).
const scope = [
  'src/core/custody/*.ts',
  'src/core/ops/verify.ts',
  'src/core/store/case-store.ts',
  'src/core/store/migrate.ts',
  'src/core/store/migrations/*.ts',
  'src/core/report/redact.ts',
  'src/core/report/pseudonyms.ts',
  'src/core/report/profiles.ts',
  'src/core/report/withheld.ts',
  'src/core/report/verify.ts',
  'src/core/report/signature-check.ts',
  'src/main/path-gate.ts',
  'src/main/ipc.ts',
  'src/main/app-url.ts',
  // duplicate detection: storing an original returns the existing source for the same bytes
  'src/core/ops/sources.ts',
  'src/core/ingest/suggest/spans.ts',
  // timeline order: the sort key and the comparison
  'src/core/ops/timeline.ts:39-63',
  'src/core/ops/backup.ts',
];

export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: process.env.CASEFILE_MUTATE ? process.env.CASEFILE_MUTATE.split(',') : scope,
  coverageAnalysis: 'perTest',
  // Static mutants (module-level constants) would re-run every test for each; they are counted, not run.
  ignoreStatic: true,
  concurrency: Number(process.env.CASEFILE_MUTATION_CONCURRENCY ?? 2),
  timeoutMS: 60_000,
  timeoutFactor: 2,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: false, reportScoreTable: true },
  incremental: true,
  incrementalFile: 'reports/mutation/incremental.json',
  disableTypeChecks: 'src/**/*.ts',
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 90, low: 80, break: null },
};
