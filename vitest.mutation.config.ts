/**
 * The tests Stryker runs against mutants of the modules that guard the case (see stryker.config.mjs).
 * Only tests that call the core in-process: tests that spawn the CLI or build the app would run the
 * unmutated code outside Stryker's sandbox (they cannot kill a mutant, only cost time).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'test/guards/**/*.test.ts',
      'test/store/case-store.test.ts',
      'test/store/migrations.test.ts',
      'test/store/no-plaintext.test.ts',
      'test/store/sqlcipher-compat.test.ts',
      'test/hardening/store-defects.test.ts',
      'test/hardening/copies.test.ts',
      'test/report/redact.test.ts',
      'test/report/pseudonyms.test.ts',
      'test/ingest/import.test.ts',
      'test/caseops/records.test.ts',
      'test/desktop/dispatcher.test.ts',
      'test/desktop/ipc-registration.test.ts',
      'test/desktop/path-gate.test.ts',
      'test/desktop/main-rules.test.ts',
      'test/suggest/spans.test.ts',
      'test/suggest/span-offsets.test.ts',
    ],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
