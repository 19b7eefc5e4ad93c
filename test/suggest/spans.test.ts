/**
 * Every suggestion points at the exact characters it came from: for each item of every seed and fixture,
 * text.slice(start, end) is the item's text (quotes, dates, allegations, asylum statements), and named
 * items (subject, people, places) point at a non-empty mention inside the text.
 */
import { describe, expect, it } from 'vitest';
import { expectedFixtures, expectedSeeds, readFixture, readSeed } from './helpers';
import type { Suggestions } from '../../src/core/ingest/suggest/index';

function checkSpans(r: Suggestions & { text: string }): number {
  let n = 0;
  for (const list of [r.quotes, r.dates, r.allegations, r.asylum] as { text: string; start: number; end: number }[][]) {
    for (const item of list) {
      expect(r.text.slice(item.start, item.end)).toBe(item.text);
      n++;
    }
  }
  const named = [...(r.subject ? [r.subject] : []), ...r.people, ...r.places] as { start?: number; end?: number }[];
  for (const item of named) {
    expect(item.start).toBeGreaterThanOrEqual(0);
    expect(item.end).toBeLessThanOrEqual(r.text.length);
    expect(r.text.slice(item.start, item.end).trim().length).toBeGreaterThan(0);
    n++;
  }
  return n;
}

describe('spans are exact', () => {
  it.each(expectedSeeds().map((a) => a.file))('seed %s', async (file) => {
    expect(checkSpans(await readSeed(file))).toBeGreaterThan(5);
  });

  it.each(expectedFixtures().map((a) => [a.file, a] as const))('fixture %s', async (_file, a) => {
    expect(checkSpans(await readFixture(a))).toBeGreaterThan(2);
  });
});
