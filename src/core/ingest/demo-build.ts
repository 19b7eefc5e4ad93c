/**
 * The demo case: a new case made from the sample articles about one defector (seeds/), imported like any
 * other files and then partly reviewed the way seeds/expected.json reads them (demo-review.ts).
 */
import type { CallOptions } from '../../shared/contract/define';
import { CasefileError } from '../../shared/errors';
import type { CaseContext } from '../context';
import { demoCases, expectedReading, findSeedsDir, seedFiles } from './demo';
import { reviewDemoCase } from './demo-review';
import { importBatch } from './import';

/**
 * Build the demo of `defector` (default: the first, richest) in the case at `path`, which `create` makes
 * (given the demo's title) once the defector is known.
 */
export async function buildDemoCase(
  path: string,
  defector: string | undefined,
  create: (demoTitle: string) => CaseContext,
  options: CallOptions = {},
): Promise<CaseContext> {
  const dir = findSeedsDir();
  const cases = demoCases(dir);
  const chosen = defector ? cases.find((c) => c.id === defector) : cases[0];
  if (!chosen) {
    throw new CasefileError('NOT_FOUND', `There is no demo case "${defector}"; there are: ${cases.map((c) => c.id).join(', ')}.`);
  }
  const files = seedFiles(dir).filter((f) => chosen.files.includes(f.fileName));
  const ctx = create(chosen.title);
  const results = await importBatch(() => ctx, files, options);
  const failed = results.filter((r) => !r.ok);
  if (failed.some((f) => f.error?.code === 'CANCELLED')) {
    throw new CasefileError(
      'CANCELLED',
      `Cancelled: the demo case ${path} was created with ${results.filter((r) => r.ok).length} of ${files.length} sample articles.`,
    );
  }
  if (failed.length) {
    throw new CasefileError(
      'INTERNAL',
      `The demo case was created, but ${failed.length} sample article(s) could not be imported: ${failed.map((f) => `${f.fileName} (${f.error?.message})`).join('; ')}`,
    );
  }
  reviewDemoCase(ctx, expectedReading(dir));
  return ctx;
}
