// The scope of `npm run test:mutation`, in groups: each group's mutants are run against only the tests
// that state the properties those modules guard. One group for everything would run every test that
// touches the store (all of them) against each store mutant; per group, a mutant costs seconds.
// Tests listed here call the core in-process: tests that spawn the CLI or build the app run code outside
// Stryker's sandbox and could not kill a mutant.
// Files run in the order listed (after the one that killed the previous mutant): quick ones first, since a
// mutant's run stops at its first failing test. Options (vitest.mutation.config.ts): `isolate: false` lets
// one mutant's test files share the project's modules (by default they are evaluated again for each test
// file; for each mutant's run they always are, see test/helpers/mutation-run.ts); `testTimeout` (ms)
// for groups of quick in-memory tests; `fixtureCache` (test/helpers/made-once.ts) for a group whose mutated
// modules play no part in making its tests' fixtures.
export const GROUPS = {
  custody: {
    mutate: ['src/core/custody/*.ts', 'src/core/ops/verify.ts'],
    tests: [
      'test/guards/custody-link.test.ts',
      'test/guards/custody-findings.test.ts',
      'test/guards/verify-damage.test.ts',
      'test/hardening/store-defects.test.ts',
    ],
  },
  store: {
    mutate: ['src/core/store/case-store.ts', 'src/core/store/migrate.ts', 'src/core/store/migrations/*.ts'],
    tests: [
      'test/store/case-store.test.ts',
      'test/store/migrations.test.ts',
      'test/store/migrations/*.test.ts',
      'test/store/sqlcipher-compat.test.ts',
      'test/hardening/store-defects.test.ts',
      'test/guards/case-store-open.test.ts',
    ],
  },
  redaction: {
    isolate: false,
    mutate: ['src/core/report/redact.ts', 'src/core/report/pseudonyms.ts', 'src/core/report/profiles.ts', 'src/core/report/withheld.ts'],
    tests: [
      'test/guards/redaction-rules.test.ts',
      'test/guards/withheld-passages.test.ts',
      'test/report/redact.test.ts',
      'test/guards/pseudonyms-stored.test.ts',
      'test/guards/profiles.test.ts',
      'test/report/pseudonyms.test.ts',
    ],
  },
  'verify-export': {
    isolate: false,
    // The export the tests verify, and their cases, are made once per run (test/helpers/made-once.ts):
    // nothing that makes them imports verify.ts or signature-check.ts, so every mutant made the same.
    fixtureCache: true,
    mutate: ['src/core/report/verify.ts', 'src/core/report/signature-check.ts'],
    tests: [
      'test/guards/signature-check.test.ts',
      'test/guards/verify-export-checks.test.ts',
      'test/guards/verify-export-attachments.test.ts',
      'test/report/signature.test.ts',
    ],
  },
  desktop: {
    isolate: false,
    testTimeout: 5_000,
    mutate: ['src/main/path-gate.ts', 'src/main/ipc.ts', 'src/main/app-url.ts'],
    tests: [
      'test/desktop/dispatcher.test.ts',
      'test/desktop/dispatcher-calls.test.ts',
      'test/desktop/gate-shapes.test.ts',
      'test/desktop/ipc-registration.test.ts',
      'test/desktop/path-gate.test.ts',
      'test/desktop/main-rules.test.ts',
    ],
  },
  duplicates: {
    isolate: false,
    // storing an original returns the existing source for the same bytes
    mutate: ['src/core/ops/sources.ts'],
    tests: ['test/guards/sources-stored.test.ts', 'test/ingest/import.test.ts'],
  },
  order: {
    isolate: false,
    // spans, and the timeline's sort key and comparison
    mutate: ['src/core/ingest/suggest/spans.ts', 'src/core/ops/timeline.ts:39-63'],
    tests: [
      'test/guards/sentence-spans.test.ts',
      'test/guards/timeline-order.test.ts',
      'test/suggest/span-offsets.test.ts',
      'test/suggest/spans.test.ts',
    ],
  },
  backup: {
    // backup-copies' case (test/helpers/made-once.ts) is made by create and addSource, not by backup.ts.
    fixtureCache: true,
    mutate: ['src/core/ops/backup.ts'],
    tests: ['test/guards/backup-copies.test.ts', 'test/hardening/copies.test.ts'],
  },
  delete: {
    // secure delete: every byte of a case file, its companions and stale copies overwritten before unlink
    mutate: ['src/core/ops/destroy.ts'],
    tests: ['test/guards/destroy-overwrites.test.ts', 'test/hardening/copies.test.ts'],
  },
  signing: {
    // No fixtureCache: the cases these tests make carry a signing key made by signing-keys.ts, a mutated
    // module, so a fixture made once would hide its mutants.
    mutate: ['src/core/report/sign.ts', 'src/core/ops/signing-keys.ts'],
    tests: [
      'test/guards/signing-key.test.ts',
      'test/guards/signature-check.test.ts',
      'test/guards/verify-export-checks.test.ts',
      'test/guards/case-store-open.test.ts',
      'test/report/signature.test.ts',
    ],
  },
  profiles: {
    // The built-in profiles are module-level data: every mutant in them is "static" (it acts when the
    // module loads), which the other groups skip because each would re-run all their tests. Here they are
    // the point (a profile changed to release a sensitive field), and one quick test file runs per mutant.
    ignoreStatic: false,
    mutate: ['src/core/report/profiles.ts'],
    tests: ['test/guards/profiles-policy.test.ts', 'test/guards/profiles.test.ts'],
  },
};

export function group(name) {
  const g = GROUPS[name];
  if (!g) throw new Error(`No mutation group "${name}". Groups: ${Object.keys(GROUPS).join(', ')}`);
  return g;
}
