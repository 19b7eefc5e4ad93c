/** Handlers for sources and import: wiring onto core/ops/sources and core/ingest. */
import type { HandlersOf } from '../../shared/contract/define';
import type { sourcesContract } from '../../shared/contract/sources';
import { CasefileError } from '../../shared/errors';
import { seedFiles } from '../ingest/demo';
import { importBatch } from '../ingest/import';
import { extractReading } from '../ingest/index';
import { caseInfo } from '../ops/case-info';
import { getSourceText } from '../ops/source-spans';
import { addSource, getSourceBytes, listSources } from '../ops/sources';
import type { Session } from '../session';

export function sourcesHandlers(session: Session): HandlersOf<typeof sourcesContract> {
  return {
    addSource: (input) => addSource(session.ctx(), input),
    listSources: () => listSources(session.ctx()),
    getSourceBytes: ({ id }) => getSourceBytes(session.ctx(), id),
    getSourceText: ({ sourceId }) => getSourceText(session.ctx(), sourceId),
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
