/**
 * The renderer's cache rules (src/renderer/src/data/staleness.ts) cover every operation of the contract:
 * a new operation must be classified as a read, a session change or a write that names what it changes,
 * or counts on screen could go stale after it.
 */
import { describe, expect, it } from 'vitest';
import { OPERATION_NAMES } from '../../src/shared/api';
import { READS, SESSION_CHANGES, staleAfter, WRITES } from '../../src/renderer/src/data/staleness';

describe('renderer staleness table', () => {
  it('classifies every operation of the contract exactly once', () => {
    const classified = [...READS, ...SESSION_CHANGES, ...Object.keys(WRITES)];
    const unclassified = OPERATION_NAMES.filter((n) => !classified.includes(n));
    expect(unclassified, 'add these to READS, SESSION_CHANGES or WRITES in src/renderer/src/data/staleness.ts').toEqual([]);
    expect(classified.filter((n, i) => classified.indexOf(n) !== i)).toEqual([]);
    expect(classified.filter((n) => !(OPERATION_NAMES as readonly string[]).includes(n))).toEqual([]);
  });

  it('every write refreshes the counts and the custody log', () => {
    for (const name of Object.keys(WRITES) as (keyof typeof WRITES)[]) {
      const stale = staleAfter(name);
      expect(stale).not.toBe('all');
      expect(stale).toEqual(expect.arrayContaining(['caseInfo', 'custodyLog']));
    }
  });

  it('an accept refreshes the suggestions and every record list', () => {
    expect(staleAfter('acceptSuggestion')).toEqual(
      expect.arrayContaining(['listSuggestions', 'listAllegations', 'listStatements', 'timeline', 'asylumOverview', 'getProfile']),
    );
    expect(staleAfter('importFiles')).toEqual(expect.arrayContaining(['listSources', 'listSuggestions', 'search']));
    expect(staleAfter('exportPdf')).toEqual(expect.arrayContaining(['listExports', 'caseInfo']));
  });

  it('reads invalidate nothing', () => {
    for (const r of READS) expect(staleAfter(r)).toEqual([]);
  });
});
