/**
 * Articles the extractor was not written against: test/fixtures/ingest/unseen (formats and encodings
 * the seeds do not have; expectations written before the first run) and the suggestion stage's
 * articles in test/fixtures/articles (language only: they are plain UTF-8 text).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docx, paragraphsOf, pdf, readStages } from './documents';

const DIR = resolve(__dirname, '../fixtures/ingest/unseen');
interface Unseen {
  file: string;
  make?: 'docx' | 'pdf';
  from?: string;
  format: string;
  encoding: string | null;
  language: string;
  title?: string;
  outlet?: string;
  publishedAt?: string;
  mustContain: string[];
  mustNotContain: string[];
}
const unseen = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')).articles as Unseen[];

async function bytesOf(a: Unseen): Promise<Uint8Array> {
  if (a.make === 'docx') return docx(paragraphsOf(readFileSync(join(DIR, a.from!), 'utf8')));
  if (a.make === 'pdf') return pdf(paragraphsOf(readFileSync(join(DIR, a.from!), 'utf8')));
  return new Uint8Array(readFileSync(join(DIR, a.file)));
}

describe.each(unseen)('unseen $file', (a) => {
  it(`decodes as ${a.format} / ${a.encoding ?? 'binary'} and describes it`, async () => {
    const r = await readStages(await bytesOf(a), a.file);
    expect(r.source.format).toBe(a.format);
    expect(r.source.encoding).toBe(a.encoding);
    expect(r.language).toBe(a.language);
    if (a.title !== undefined) expect(r.title).toBe(a.title);
    if (a.outlet !== undefined) expect(r.outlet).toBe(a.outlet);
    if (a.publishedAt !== undefined) expect(r.publishedAt?.date).toBe(a.publishedAt);
    for (const s of a.mustContain) expect(r.text).toContain(s);
    for (const s of a.mustNotContain) expect(r.text).not.toContain(s);
  });
});

describe('the suggestion stage’s articles (never seen by the language detector)', () => {
  const dir = resolve(__dirname, '../fixtures/articles');
  const articles = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')).articles as { file: string; language: string }[];
  it.each(articles)('$file is $language', async ({ file, language }) => {
    const r = await readStages(new Uint8Array(readFileSync(join(dir, file))), file);
    expect(r.language).toBe(language);
    expect(r.title).not.toBeNull();
  });
});
