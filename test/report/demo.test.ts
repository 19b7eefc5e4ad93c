/**
 * The demo cases (buildDemo from seeds/, one per defector, + every suggestion accepted), exported and read
 * back with poppler: the real importer's output going all the way to a PDF a recipient gets. The richest
 * case (Salikov, English) is exported under two profiles; the German (Korolev) and Romanian (Silver) cases
 * show their excerpts verbatim.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService, type CasefileService } from '../../src/core/service';
import { SUGGESTION_KINDS } from '../../src/shared/domain';
import { PASS } from '../helpers/tmp';
import { runCli } from '../helpers/cli';
import { pdfdetachAll, pdfdetachList, pdfinfo, pdftotext, qpdfCheck, sha } from './poppler';

let dir: string;
let svc: CasefileService;
const out: Record<string, string> = {};

async function acceptEverything() {
  for (const kind of SUGGESTION_KINDS) await svc.api.acceptAllSuggestions({ kind });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'casefile-report-demo-'));
  // buildDemo runs in child processes (the `casefile demo` command, same service): importing the seeds is
  // long synchronous work that would otherwise starve this test worker's event loop.
  const builds = await Promise.all(
    ['igor-salikov', 'ivan-korolev', 'silver'].map((id) =>
      runCli(['demo', join(dir, `${id}.casefile`), '--defector', id], { CASEFILE_PASSPHRASE: PASS }),
    ),
  );
  for (const built of builds) expect(built.code, built.stderr).toBe(0);
  svc = createService();
  for (const id of ['ivan-korolev', 'silver']) {
    await svc.api.openCase({ path: join(dir, `${id}.casefile`), passphrase: PASS });
    await acceptEverything();
    out[id] = join(dir, `${id}.pdf`);
    await svc.api.exportPdf({ profile: 'icc', outPath: out[id], preparedBy: 'Demo Investigator' });
    await svc.api.closeCase({});
  }
  await svc.api.openCase({ path: join(dir, 'igor-salikov.casefile'), passphrase: PASS });
  await acceptEverything();
  for (const profile of ['icc', 'public']) {
    out[profile] = join(dir, `${profile}.pdf`);
    await svc.api.exportPdf({ profile, outPath: out[profile], preparedBy: 'Demo Investigator' });
  }
}, 300_000);

afterAll(() => {
  svc?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('demo case export', () => {
  it('pdftotext finds the accepted allegations with provisions, and German and Romanian excerpts verbatim', async () => {
    const text = pdftotext(out.icc);
    const preview = await svc.api.previewExport({ profile: 'icc' });
    expect(preview.included.allegations.length).toBeGreaterThan(5);
    expect(text).toContain('8(2)(a)(i)');
    expect(text).toContain('War crime of wilful killing');
    expect(text).toContain('Igor Salikov');
    // German (seed 002) and Romanian with cedilla ş ţ (seed 003), as the importer stored them.
    expect(pdftotext(out['ivan-korolev'])).toMatch(/Litauen/);
    expect(pdftotext(out.silver)).toMatch(/Informaţii al Apărării/);
    // Every source is in the annex with its hash.
    for (const s of await svc.api.listSources({})) expect(text).toContain(s.sha256);
  });

  it('pdfdetach: every original attached, byte-identical to the case; qpdf and pdfinfo are satisfied', async () => {
    const sources = await svc.api.listSources({});
    const files = pdfdetachAll(out.icc, join(dir, 'detach'));
    expect(pdfdetachList(out.icc)).toHaveLength(sources.length + 1);
    const hashes = new Set([...files.entries()].filter(([n]) => n !== 'casefile-manifest.json').map(([, b]) => sha(b)));
    expect(hashes).toEqual(new Set(sources.map((s) => s.sha256)));
    expect(qpdfCheck(out.icc).code).toBe(0);
    expect(pdfinfo(out.icc)).toMatch(/^Tagged:\s+yes$/m);
    const v = await svc.api.verifyExport({ pdfPath: out.icc, checkAgainstCase: true });
    expect(v.problems).toEqual([]);
  });

  it('public: no real name of any person, no originals', async () => {
    const text = pdftotext(out.public);
    expect(pdfdetachList(out.public)).toEqual(['casefile-manifest.json']);
    for (const name of ['Salikov', 'Саликов', 'Korolev', 'Ammosov']) expect(text).not.toContain(name);
  });
});
