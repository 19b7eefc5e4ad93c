/** Handlers for sources and import: wiring onto core/ops/sources and core/ingest. */
import type { HandlersOf } from '../../shared/contract/define';
import type { sourcesContract } from '../../shared/contract/sources';
import { CasefileError } from '../../shared/errors';
import { demoCases, expectedReading, findSeedsDir, seedFiles } from '../ingest/demo';
import { admitSource } from '../ingest/admit';
import { pastedFileName, readForImport } from '../ingest/read-path';
import { caseInfo } from '../ops/case-info';
import { basename } from 'node:path';
import { correctSourceMetadata, getSourceText } from '../ops/source-spans';
import { addSource, getSourceBytes, listSources } from '../ops/sources';
import type { Session } from '../session';

// The import pipeline (decoders, cleaner, suggestion extractors, mammoth, pdfjs) loads at its first use.
const ingest = () => import('../ingest/import');
const reading = () => import('../ingest/index');
const demoReview = () => import('../ingest/demo-review');

export function sourcesHandlers(session: Session): HandlersOf<typeof sourcesContract> {
  return {
    addSource: (input) => addSource(session.ctx(), input),
    listSources: () => listSources(session.ctx()),
    getSourceBytes: ({ id }) => getSourceBytes(session.ctx(), id),
    getSourceText: ({ sourceId }) => getSourceText(session.ctx(), sourceId),
    extract: async ({ fileName, bytes }) => (await reading()).extractReading(bytes, fileName),
    importFiles: async ({ files }, options) => {
      session.ctx(); // NO_CASE_OPEN before any file is read
      const { importBatch } = await ingest();
      return { results: await importBatch(() => session.ctx(), files, options) };
    },
    importPaths: async ({ paths }, options) => {
      session.ctx();
      const files = paths.map((p) => ({ fileName: basename(p), bytes: () => readForImport(p) }));
      const { importBatch } = await ingest();
      return { results: await importBatch(() => session.ctx(), files, options) };
    },
    importText: async ({ text, title }) => {
      const fileName = pastedFileName(title);
      const { importFile, importResult } = await ingest();
      const r = await importFile(session.ctx(), admitSource(fileName, new TextEncoder().encode(text)), { origin: 'pasted' });
      if (title && r.sourceTextId) correctSourceMetadata(session.ctx(), { sourceId: r.sourceId, title });
      return { ...importResult(fileName, r), title: title ?? r.title };
    },
    correctSourceMetadata: ({ sourceId, ...fields }) => correctSourceMetadata(session.ctx(), { sourceId, ...fields }),
    listDemoCases: () =>
      demoCases().map((c) => ({ id: c.id, subject: c.subject, title: c.title, sources: c.files.length, allegations: c.allegations })),
    buildDemo: async ({ path, passphrase, title, defector }, options) => {
      const dir = findSeedsDir();
      const cases = demoCases(dir);
      const chosen = defector ? cases.find((c) => c.id === defector) : cases[0];
      if (!chosen) {
        throw new CasefileError('NOT_FOUND', `There is no demo case "${defector}"; there are: ${cases.map((c) => c.id).join(', ')}.`);
      }
      const files = seedFiles(dir).filter((f) => chosen.files.includes(f.fileName));
      const [{ importBatch }, { reviewDemoCase }] = await Promise.all([ingest(), demoReview()]);
      const ctx = session.create(path, passphrase, title ?? chosen.title);
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
      return caseInfo(ctx);
    },
  };
}
