/**
 * PDF/A-3b that holds up, checked with independent tools on a signed export of the multilingual fixture
 * case: the Info dictionary (pdfinfo) and the XMP packet (pdfinfo -meta) agree on producer, creation and
 * modification dates and title, and the packet stays well-formed XML when the case title carries & and <;
 * qpdf --json finds tables tagged as tables (Table → TR → TH/TD) and /Lang on the passages in Russian,
 * Ukrainian, Romanian and German.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService, type CasefileService } from '../../src/core/service';
import { PASS } from '../helpers/tmp';
import { buildFixtureCase } from './fixture';
import { pdfinfo } from './poppler';

let dir: string;
let svc: CasefileService;
let pdf: string;
let els: StructElement[] = [];
let structText = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'casefile-pdfa-'));
  const fx = buildFixtureCase(join(dir, 'case.casefile'), PASS);
  svc = createService();
  await svc.api.openCase({ path: fx.path, passphrase: PASS });
  await svc.api.renameCase({ title: 'Salikov & Partners <draft>' });
  pdf = join(dir, 'icc.pdf');
  await svc.api.exportPdf({ profile: 'icc', outPath: pdf, preparedBy: 'Anna Investigator' });
  // qpdf and poppler run asynchronously: a synchronous child would hold up this test worker.
  els = await structElements();
  structText = (await promisify(execFile)('pdfinfo', ['-struct-text', pdf], { encoding: 'utf8', maxBuffer: 1 << 28 })).stdout;
}, 240_000);

afterAll(() => {
  svc?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const xmpValue = (meta: string, tag: string) => {
  const m = new RegExp(`<${tag}>(?:<rdf:Alt><rdf:li xml:lang="x-default">)?([^<]*)`).exec(meta);
  return m?.[1] ?? null;
};
const infoValue = (info: string, key: string) => new RegExp(`^${key}:\\s+(.*)$`, 'm').exec(info)?.[1] ?? null;
const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

type QpdfObject = { value?: Record<string, unknown> };
interface StructElement {
  id: string;
  type: string;
  parent: string | null;
  lang: string | null;
}
async function structElements(): Promise<StructElement[]> {
  const { stdout } = await promisify(execFile)('qpdf', ['--json', '--json-key=qpdf', '--json-stream-data=none', pdf], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const json = JSON.parse(stdout) as { qpdf: [unknown, Record<string, QpdfObject>] };
  return Object.entries(json.qpdf[1])
    .map(([id, o]) => ({ id, v: o.value }))
    .filter(({ v }) => v && typeof v['/S'] === 'string' && typeof v['/P'] === 'string')
    .map(({ id, v }) => ({
      id: id.replace(/^obj:/, ''),
      type: String(v!['/S']),
      parent: String(v!['/P']),
      lang: typeof v!['/Lang'] === 'string' ? (v!['/Lang'] as string).replace(/^u:/, '') : null,
    }));
}

describe('PDF/A-3b metadata and structure', () => {
  it('Info and XMP agree on producer, dates and title; the XMP escapes & and <', () => {
    const info = pdfinfo(pdf, '-isodates');
    const meta = pdfinfo(pdf, '-meta');
    expect(xmpValue(meta, 'pdf:Producer')).toBe(infoValue(info, 'Producer'));
    expect(xmpValue(meta, 'xmp:CreatorTool')).toBe(infoValue(info, 'Creator'));
    expect(xmpValue(meta, 'xmp:CreateDate')).toBe(infoValue(info, 'CreationDate'));
    expect(xmpValue(meta, 'xmp:ModifyDate')).toBe(infoValue(info, 'ModDate'));
    expect(xmpValue(meta, 'xmp:MetadataDate')).toBe(infoValue(info, 'ModDate'));
    expect(infoValue(info, 'Title')).toBe('Evidence summary: Salikov & Partners <draft>');
    expect(unescapeXml(xmpValue(meta, 'dc:title') ?? '')).toBe(infoValue(info, 'Title'));
    expect(meta).toContain('Salikov &amp; Partners &lt;draft&gt;');
    expect(meta).not.toContain('& Partners <draft>');
  });

  it('tables are tagged as tables: TD and TH inside TR, TR inside Table (qpdf --json)', () => {
    const byId = new Map(els.map((e) => [e.id, e]));
    const count = (t: string) => els.filter((e) => e.type === t).length;
    expect(count('/Table')).toBeGreaterThan(5);
    expect(count('/TH')).toBeGreaterThan(10);
    expect(count('/TD')).toBeGreaterThan(10);
    for (const e of els.filter((x) => x.type === '/TD' || x.type === '/TH')) expect(byId.get(e.parent!)?.type).toBe('/TR');
    for (const e of els.filter((x) => x.type === '/TR')) expect(byId.get(e.parent!)?.type).toBe('/Table');
    // The custody appendix's header row is tagged TH (the one on later pages is an artifact).
    expect(structText).toMatch(/TH[^\n]*\n\s+"Entry hash \(first 24 hex\)"/);
  });

  it('passages in other languages carry their /Lang', () => {
    const langs = new Set(els.map((e) => e.lang));
    for (const l of ['ru', 'uk', 'ro', 'de', 'en']) expect(langs).toContain(l);
  });
});
