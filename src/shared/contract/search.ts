/** Full-text search over source texts, statements, allegations, people and timeline events. */
import { z } from 'zod';
import { op } from './define';
import { Str } from './fields';

export const SEARCH_KINDS = ['source', 'statement', 'allegation', 'person', 'event'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];
export const SearchHit = z.object({
  kind: z.enum(SEARCH_KINDS),
  /** The record's id: a source text, statement, allegation, person or event. */
  refId: z.string(),
  sourceId: z.string().nullable(),
  title: z.string(),
  /** Plain text around the match; `highlights` are [start, end) ranges into it. */
  snippet: z.string(),
  highlights: z.array(z.tuple([z.number().int(), z.number().int()])),
  /** bm25 score: lower is better. */
  rank: z.number(),
  /** Where the first match is in the source's clean text (to open the source on it), when known. */
  spanStart: z.number().int().nullable(),
  spanEnd: z.number().int().nullable(),
});
export const SearchResult = z.object({ query: z.string(), ftsQuery: z.string(), hits: z.array(SearchHit) });

export const searchContract = {
  search: op({
    summary:
      'Full-text search over source texts, statements, allegations, people (names, aliases, role, affiliation, notes, pseudonym) and timeline events (diacritics- and case-insensitive).',
    input: z.object({
      query: Str(500),
      kinds: z.array(z.enum(SEARCH_KINDS)).optional(),
      limit: z.number().int().min(1).max(500).default(50),
    }),
    output: SearchResult,
  }),
};
