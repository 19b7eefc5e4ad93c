/**
 * What a recipient reads: asylum stages in words and in procedure order, a confidentiality marking on
 * every page of a non-public summary, the custody appendix as readable rows (not raw JSON), a timeline
 * caption that names one year when all events fall in it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService, type CasefileService } from '../../src/core/service';
import { PASS } from '../helpers/tmp';
import { buildFixtureCase } from './fixture';
import { pdfinfo, pdftotext } from './poppler';

let dir: string;
let svc: CasefileService;
const pdf: Record<string, string> = {};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'casefile-reading-'));
  const fx = buildFixtureCase(join(dir, 'case.casefile'), PASS);
  svc = createService();
  await svc.api.openCase({ path: fx.path, passphrase: PASS });
  for (const p of ['icc', 'public']) {
    pdf[p] = join(dir, `${p}.pdf`);
    await svc.api.exportPdf({ profile: p, outPath: pdf[p] });
  }
  // A case whose dated events all fall in one year, with an undated asylum step.
  await svc.api.createCase({ path: join(dir, 'one-year.casefile'), passphrase: PASS, title: 'One year' });
  await svc.api.addEvent({ title: 'Deserted', date: { text: '3 March 2023', value: '2023-03-03', precision: 'day' } });
  await svc.api.addEvent({ title: 'Crossed the border', date: { text: 'September 2023', value: '2023-09', precision: 'month' } });
  await svc.api.addAsylumStep({ country: 'LT', stage: 'interview' });
  await svc.api.addAsylumStep({ country: 'LT', stage: 'applied', date: '2023-10-02', precision: 'day' });
  pdf.oneYear = join(dir, 'one-year.pdf');
  await svc.api.exportPdf({ profile: 'asylum', outPath: pdf.oneYear });
}, 180_000);

afterAll(() => {
  svc?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('reading an export', () => {
  it('a non-public summary is marked confidential on every page; the public one is not', () => {
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(pdfinfo(pdf.icc))?.[1]);
    expect(pages).toBeGreaterThan(5);
    const marks = pdftotext(pdf.icc).match(/CONFIDENTIAL — for International Criminal Court, Office of the Prosecutor only/g) ?? [];
    expect(marks.length).toBe(pages);
    expect(pdftotext(pdf.public)).not.toContain('CONFIDENTIAL');
  });

  it('asylum stages in words, in procedure order (an undated interview after the dated application)', () => {
    const text = pdftotext(pdf.oneYear);
    expect(text).toContain('Application made — Lithuania');
    expect(text).toContain('Current stage: Interview — Lithuania');
    expect(text.indexOf('Application made — Lithuania')).toBeLessThan(text.indexOf('date not recorded Interview — Lithuania'));
    expect(pdftotext(pdf.icc)).toContain('Intends to apply for asylum — Netherlands');
    expect(pdftotext(pdf.icc)).not.toMatch(/NL · intends|· applied ·/);
  });

  it('the timeline caption names the one year and the axis its months', () => {
    const text = pdftotext(pdf.oneYear);
    expect(text).toContain('All dated events, 2023');
    expect(text).not.toContain('2023–2023');
    for (const m of ['Apr', 'Jun', 'Aug']) expect(text).toContain(m);
  });

  it('the custody appendix shows details as readable text, not JSON', () => {
    const text = pdftotext(pdf.icc);
    const appendix = text.slice(text.indexOf('6. Custody appendix', text.indexOf('Contents') + 200));
    expect(appendix).toContain('fields: ');
    expect(appendix).not.toMatch(/\{"/);
  });
});
