import { describe, expect, it } from 'vitest';
import { toRuns } from '../../src/renderer/src/text/spans';

describe('toRuns', () => {
  it('joins back to the exact text and marks each run with the spans covering it', () => {
    const text = 'Captain Ivanov said on 5 May 2023 that he left.';
    const runs = toRuns(text, [
      { id: 'q', start: 0, end: 46, kind: 'quote' },
      { id: 'p', start: 8, end: 14, kind: 'person' },
      { id: 'd', start: 23, end: 33, kind: 'date' },
    ]);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    const ivanov = runs.find((r) => r.text === 'Ivanov');
    expect(ivanov?.spans.map((s) => s.id)).toEqual(['q', 'p']);
    expect(runs.find((r) => r.text === '5 May 2023')?.spans.map((s) => s.kind)).toEqual(['quote', 'date']);
    expect(runs.at(-1)?.spans).toEqual([]);
  });

  it('ignores spans outside the text or empty', () => {
    const runs = toRuns('abc', [
      { id: 'x', start: 2, end: 9, kind: 'date' },
      { id: 'y', start: 1, end: 1, kind: 'date' },
    ]);
    expect(runs).toEqual([{ start: 0, end: 3, text: 'abc', spans: [] }]);
  });
});
