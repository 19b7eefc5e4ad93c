/**
 * Regenerates the README pictures of an evidence summary: `npx tsx docs/pdf/make-pictures.ts`.
 * Builds the test fixture case (test/report/fixture.ts), exports it for the ICC and for the public, and
 * the demo case (seeds/, every suggestion accepted) for the ICC and the asylum authority, and renders
 * chosen pages with poppler's pdftoppm at 60 dpi (the demo first pages at 80 dpi) into docs/pdf/*.png.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createService } from '../../src/core/service';
import { SUGGESTION_KINDS } from '../../src/shared/domain';
import { buildFixtureCase } from '../../test/report/fixture';

const here = import.meta.dirname;
const dir = mkdtempSync(join(tmpdir(), 'casefile-docs-'));
const pass = 'docs pictures';
const fx = buildFixtureCase(join(dir, 'case.casefile'), pass);
const svc = createService();
await svc.api.openCase({ path: fx.path, passphrase: pass });
const icc = join(dir, 'icc.pdf');
const pub = join(dir, 'public.pdf');
await svc.api.exportPdf({ profile: 'icc', outPath: icc, preparedBy: 'Anna Investigator' });
await svc.api.exportPdf({ profile: 'public', outPath: pub, preparedBy: 'Anna Investigator' });
await svc.api.closeCase({});

// The demo case, as `casefile demo` builds it, with every suggestion accepted.
await svc.api.buildDemo({ path: join(dir, 'demo.casefile'), passphrase: pass });
for (const kind of SUGGESTION_KINDS) await svc.api.acceptAllSuggestions({ kind });
const demo: Record<string, string> = {};
for (const profile of ['icc', 'asylum', 'war-crimes-unit', 'public']) {
  demo[profile] = join(dir, `demo-${profile}.pdf`);
  await svc.api.exportPdf({ profile, outPath: demo[profile], preparedBy: 'Demo Investigator' });
}
svc.dispose();

const page = (pdf: string, n: number, name: string, dpi = 60) => {
  const stem = join(dir, name);
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(n), '-l', String(n), '-singlefile', pdf, stem]);
  renameSync(`${stem}.png`, join(here, `${name}.png`));
};
// Pages found by their section heading, not by number: the element analysis moves everything after it.
const pageOf = (pdf: string, heading: string) => {
  const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).split('\f');
  const i = pages.findIndex((t, k) => k > 1 && t.split('\n').some((l) => l.trim() === heading));
  if (i < 0) throw new Error(`no page starts the section “${heading}”`);
  return i + 1;
};
page(icc, 1, 'icc-cover');
page(icc, 2, 'icc-contents');
page(icc, pageOf(icc, '2. Allegations'), 'icc-allegations');
page(icc, pageOf(icc, '3. Timeline'), 'icc-timeline');
page(icc, pageOf(icc, '5. Source annex'), 'icc-source-annex');
page(pub, 1, 'public-cover');
page(demo.icc, 1, 'demo-icc-first-page', 80);
page(demo.asylum, 1, 'demo-asylum-first-page', 80);
rmSync(dir, { recursive: true, force: true });
console.log('docs/pdf/*.png written');
