/** The five seed articles through the real pipeline: what the decode/clean/describe stages own in seeds/expected.json. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractReading } from '../../src/core/ingest';
import { Reading } from '../../src/shared/reading';

const SEEDS = resolve(__dirname, '../../seeds');
interface SeedExpectation {
  file: string;
  language: string;
  title?: string;
  publishedAt?: string;
  mustContain: string[];
  mustNotContain: string[];
}
const expected = JSON.parse(readFileSync(join(SEEDS, 'expected.json'), 'utf8')).articles as SeedExpectation[];

describe.each(expected)('seed $file', (a) => {
  const bytes = new Uint8Array(readFileSync(join(SEEDS, a.file)));
  const reading = extractReading(bytes, a.file);

  it('is a valid Reading with the source recorded exactly', async () => {
    const r = await reading;
    expect(Reading.parse(r)).toEqual(r);
    expect(r.source.bytes).toBe(bytes.byteLength);
    expect(r.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(r.source.encoding).toBe('utf-8');
    expect(r.source.detection).toMatch(/format: .*encoding: utf-8/);
    expect(r.extractor).toMatch(/^casefile-ingest\//);
  });

  it(`is detected as ${a.language}`, async () => {
    expect((await reading).language).toBe(a.language);
  });

  if (a.title) it('has the expected title', async () => expect((await reading).title).toBe(a.title));
  if (a.publishedAt) it('has the expected publication date', async () => expect((await reading).publishedAt?.date).toBe(a.publishedAt));

  it('keeps every mustContain sentence', async () => {
    const { text } = await reading;
    for (const s of a.mustContain) expect(text).toContain(s);
  });

  it('loses every mustNotContain piece of furniture or markup', async () => {
    const { text } = await reading;
    for (const s of a.mustNotContain) expect(text).not.toContain(s);
  });

  it('keeps paragraphs as blank-line separated blocks, without stray whitespace', async () => {
    const { text } = await reading;
    expect(text.split('\n\n').length).toBeGreaterThan(3);
    expect(text).not.toMatch(/\n{3,}|^\s|\s$| {2,}|\t|\r/);
  });
});

describe('seed formats', () => {
  it('reads the WordPress fragment of seed 000 as such, and seed 001 publication date as a day', async () => {
    const r0 = await extractReading(new Uint8Array(readFileSync(join(SEEDS, expected[0].file))), expected[0].file);
    expect(r0.source.format).toBe('wordpress-json-fragment');
    expect(r0.text.startsWith('One of Vladimir Putin’s most significant officers')).toBe(true);
    expect(r0.text.endsWith('We will not give up what is ours.”')).toBe(true);
    const r1 = await extractReading(new Uint8Array(readFileSync(join(SEEDS, expected[1].file))), expected[1].file);
    expect(r1.publishedAt).toEqual({ text: '11.04.2023', date: '2023-04-11', precision: 'day' });
    expect(r1.text).toContain('11.04.2023'); // the date line stays in the text for the date suggestions
  });

  it('keeps the dateline of seed 004 and reads it as its publication date', async () => {
    const r = await extractReading(new Uint8Array(readFileSync(join(SEEDS, expected[4].file))), expected[4].file);
    expect(r.publishedAt).toEqual({ text: 'Tuesday, November 29, 2022', date: '2022-11-29', precision: 'day' });
    expect(r.text).toContain('Source: Seznam Zpravy');
    expect(r.text).not.toContain('New York'); // the weather widget's place line
  });
});
