/**
 * Setup file of the mutation runs (vitest.mutation.config.ts), run before each test file.
 *
 * Stryker's vitest runner gives every mutant's run a fresh worker, and booting one (vitest's runtime, zod,
 * better-sqlite3, chai …) was about a third of a mutation run's CPU. Under Stryker the config keeps the one
 * worker from run to run instead, and this file gives back what a fresh worker gave: the project's own
 * modules evaluated again (for each test file, or for each mutant's run in a group whose test files share
 * one module graph), no mutant active while the test files are collected (Stryker's setup switches it on
 * in a beforeAll hook; a kept worker still had the last run's mutant on, so a test file whose top level
 * calls the mutated code failed to load and its tests counted as not run: 3 withheld.ts mutants survived
 * that a fresh worker kills), real timers, no stubbed globals, and `process.env` as the worker started with it.
 * What is not reset is what no mutant can change: modules loaded by Node itself (node_modules) and
 * vitest's own. A mutant that leaves more behind (a handle, a listener) shows as a difference between a
 * run of the group with and without the kept worker (CASEFILE_MUTATION_FRESH_WORKER=1).
 */
import { inject, vi } from 'vitest';

interface RunState {
  run?: string;
  env: Record<string, string | undefined>;
}
const KEY = Symbol.for('casefile.mutation-run');
const state: RunState = ((globalThis as Record<symbol, RunState>)[KEY] ??= { env: { ...process.env } });

// Stryker provides these to every run (its own setup file reads them); `inject` is typed for none of them.
const provided = inject as unknown as (key: string) => unknown;
const run = `${String(provided('mode'))}:${String(provided('activeMutant'))}`;
const perFile = process.env.CASEFILE_MUTATION_SHARED_GRAPH !== '1';

if (perFile || state.run !== run) {
  state.run = run;
  const ns = (globalThis as unknown as Record<string, { activeMutant?: string } | undefined>)[String(provided('globalNamespace'))];
  // A static mutant acts while modules load: Stryker's setup file (run before this one) switched it on.
  if (ns && provided('mode') === 'mutant' && provided('mutantActivation') !== 'static') ns.activeMutant = undefined;
  vi.resetModules();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  for (const k of Object.keys(process.env)) if (!(k in state.env)) delete process.env[k];
  for (const [k, v] of Object.entries(state.env)) if (v !== undefined) process.env[k] = v;
}
