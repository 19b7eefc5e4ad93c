/**
 * The source annex names each source as a recipient cites it: kind of source, publisher, publication
 * date, language, URL and the reliability grade given on its excerpts — read back from the exported PDF
 * with poppler. A price tag the importer took for the outlet is not shown as the publisher, and no
 * source is headed by its file name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { useTempDir } from '../helpers/tmp';
import { caseWith, span } from '../caseops/fixture';
import { pdftotext } from './poppler';

const tmp = useTempDir();
let text = '';
let dispose: (() => void) | null = null;

const JUNK = 'Paratrooper Ivanov says his company shot two prisoners near Bakhmut in May 2023.';
const HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Paratrooper describes the killing of prisoners | Kyiv Herald</title>
<meta property="og:site_name" content="Kyiv Herald"><meta property="og:url" content="https://kyivherald.example/2023/05/paratrooper">
<meta property="article:published_time" content="2023-05-04T10:00:00Z"></head><body><article>
<h1>Paratrooper describes the killing of prisoners</h1>
<p>A former paratrooper told the Kyiv Herald that his company shot two prisoners of war near Bakhmut in May 2023.</p>
<p>He said he saw the order being given by the company commander and that nobody objected to it at the time.</p>
</article></body></html>`;

beforeAll(async () => {
  const dir = tmp();
  const c = await caseWith(dir, [{ fileName: 'ivanov-2023.txt', text: JUNK, outlet: '• USD100.00', title: '' }]);
  dispose = c.dispose;
  const { api } = c;
  const {
    results: [imported],
  } = await api.importFiles({ files: [{ fileName: 'kh-0504.html', bytes: new TextEncoder().encode(HTML) }] });
  expect(imported.ok, JSON.stringify(imported)).toBe(true);
  await api.importText({ text: 'Notes typed in by the investigator after a call with the witness about the Bakhmut events.' });
  const [junk, article] = await api.listSources({});
  const articleText = await api.getSourceText({ sourceId: article.id });
  const at = span(articleText.text, 'his company shot two prisoners of war');
  await api.addAllegation({
    category: 'killing-hors-de-combat',
    description: 'Two prisoners of war shot near Bakhmut.',
    evidence: [
      { sourceId: article.id, start: at.start, end: at.end, reliability: 'B', credibility: '2' },
      { sourceId: junk.id, start: 0, end: JUNK.length },
    ],
  });
  const out = join(dir, 'icc.pdf');
  await api.exportPdf({ profile: 'icc', outPath: out, preparedBy: 'Test' });
  text = pdftotext(out);
}, 120_000);

afterAll(() => dispose?.());

const annex = () => text.slice(text.lastIndexOf('Source annex'), text.lastIndexOf('Custody appendix'));

describe('source annex', () => {
  it('names the publisher, URL, publication date, language, kind of source and reliability grade', () => {
    const a = annex();
    expect(a).toMatch(/S2 · Paratrooper describes the killing of prisoners/);
    expect(a).toMatch(/Kind of source press article \(a web page with a publisher\)/);
    expect(a).toMatch(/Publisher Kyiv Herald/);
    expect(a).toMatch(/Published 2023-05-04/);
    expect(a).toMatch(/Language English \(en\)/);
    expect(a).toMatch(/URL https:\/\/kyivherald\.example\/2023\/05\/paratrooper/);
    // The letter is the source's own grade (migration 9), with the excerpts that cite it.
    expect(a).toMatch(/S2 · [^·]*Reliability B \(Admiralty source reliability A–F, graded for the source; 1 excerpt\(s\) cited\)/);
  });

  it('a pasted text is named as such, an ungraded source says so', () => {
    const a = annex();
    expect(a).toMatch(/S3 · [^·]*Kind of source pasted text/);
    expect(a).toMatch(/S1 · [^·]*Kind of source[^·]*Publisher not recorded[^·]*Reliability not graded \(1 excerpt\(s\) cited\)/);
  });

  it('a price tag is not a publisher, and no source is headed by its file name', () => {
    expect(text).not.toContain('USD100.00');
    expect(annex()).not.toMatch(/S\d+ · (ivanov-2023\.txt|kh-0504\.html|Pasted text)/);
  });
});
