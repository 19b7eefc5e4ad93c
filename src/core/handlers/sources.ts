/** Handlers for sources and import: wiring onto core/ops/sources and core/ingest. */
import type { HandlersOf } from '../../shared/contract/define';
import type { sourcesContract } from '../../shared/contract/sources';
import { demoCases } from '../ingest/demo';
import { readForImport } from '../ingest/read-path';
import { caseInfo } from '../ops/case-info';
import { basename } from 'node:path';
import { correctSourceMetadata, getSourceText } from '../ops/source-spans';
import { gradeSource } from '../ops/source-grades';
import { addSource, getSourceBytes, listSources } from '../ops/sources';
import { undoable } from '../ops/records';
import type { Session } from '../session';

// The import pipeline (decoders, cleaner, suggestion extractors, mammoth, pdfjs) loads at its first use.
const ingest = () => import('../ingest/import');
const reading = () => import('../ingest/index');
const demoBuild = () => import('../ingest/demo-build');

export function sourcesHandlers(session: Session): HandlersOf<typeof sourcesContract> {
  return {
    addSource: (input) => addSource(session.ctx(), input),
    gradeSource: (input) => undoable(session.ctx(), () => gradeSource(session.ctx(), input)),
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
    importText: async ({ text, title }) => (await ingest()).importPasted(session.ctx(), text, title),
    correctSourceMetadata: ({ sourceId, ...fields }) => correctSourceMetadata(session.ctx(), { sourceId, ...fields }),
    listDemoCases: () =>
      demoCases().map((c) => ({ id: c.id, subject: c.subject, title: c.title, sources: c.files.length, allegations: c.allegations })),
    buildDemo: async ({ path, passphrase, title, defector }, options) => {
      const { buildDemoCase } = await demoBuild();
      const ctx = await buildDemoCase(path, defector, (demoTitle) => session.create(path, passphrase, title ?? demoTitle), options);
      return caseInfo(ctx);
    },
  };
}
