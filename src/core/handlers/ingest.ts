/** Handlers for the import part of the contract: thin wiring onto core/ingest. */
import type { HandlersOf } from '../../shared/contract/define';
import type { ingestContract } from '../../shared/contract/ingest';
import { CasefileError } from '../../shared/errors';
import { seedFiles } from '../ingest/demo';
import { importBatch } from '../ingest/import';
import { extractReading } from '../ingest/index';
import { caseInfo } from '../ops/case-info';
import type { Session } from '../session';

export function ingestHandlers(session: Session): HandlersOf<typeof ingestContract> {
  return {
    extract: ({ fileName, bytes }) => extractReading(bytes, fileName),
    importFiles: async ({ files }, options) => {
      session.ctx(); // NO_CASE_OPEN before any file is read
      return { results: await importBatch(() => session.ctx(), files, options) };
    },
    buildDemo: async ({ path, passphrase, title }, options) => {
      const files = seedFiles();
      const ctx = session.create(path, passphrase, title ?? 'Demo case (sample articles)');
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
      return caseInfo(ctx);
    },
  };
}
