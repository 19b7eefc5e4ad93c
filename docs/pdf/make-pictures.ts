/**
 * Regenerates the README pictures of an evidence summary: `npx tsx docs/pdf/make-pictures.ts`.
 * Builds the test fixture case (test/report/fixture.ts), exports it for the ICC and for the public, and
 * renders chosen pages with poppler's pdftoppm at 60 dpi into docs/pdf/*.png.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createService } from '../../src/core/service';
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
svc.dispose();

const page = (pdf: string, n: number, name: string) => {
  const stem = join(dir, name);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(n), '-l', String(n), '-singlefile', pdf, stem]);
  renameSync(`${stem}.png`, join(here, `${name}.png`));
};
page(icc, 1, 'icc-cover');
page(icc, 2, 'icc-contents');
page(icc, 4, 'icc-allegations');
page(icc, 7, 'icc-timeline');
page(icc, 9, 'icc-source-annex');
page(pub, 1, 'public-cover');
rmSync(dir, { recursive: true, force: true });
console.log('docs/pdf/*.png written');
