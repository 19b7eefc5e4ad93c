/**
 * Full-text search over source texts, statements, allegations, people and timeline events, answered from
 * the FTS5 index (unicode61, remove_diacritics 2: "Salikov" finds "SALIKOV", "soldati" finds "soldaţi"; ё and е are
 * searched as each other, below, since unicode61 does not fold them).
 * Triggers on each table keep the index current (migrations 1 and 7); this module only reads it.
 * User input never reaches FTS5 syntax: every term is quoted, so AND/OR/NEAR/*, colons and brackets are
 * just text. A trailing * on a term asks for a prefix match; "double quotes" keep a phrase together.
 */
import type { z } from 'zod';
import type { SearchKind, SearchResult } from '../../shared/contract/search';
import type { CaseContext } from '../context';

const OPEN = '\u0001';
const CLOSE = '\u0002';

/**
 * The spellings of a word a Russian or Belarusian text may use for it: ё is often written е, and FTS5's
 * unicode61 folds neither into the other ("Семенов" would miss "Семёнов"). A typed ё also finds е; a typed
 * е finds ё at any of its places, up to three of them (2³ spellings; beyond that the word as typed).
 */
function yoSpellings(word: string): string[] {
  if (/[ёЁ]/.test(word)) return [word, word.replaceAll('ё', 'е').replaceAll('Ё', 'Е')];
  const chars = [...word];
  const at = chars.flatMap((c, i) => (c === 'е' || c === 'Е' ? [i] : []));
  if (at.length === 0 || at.length > 3) return [word];
  const out: string[] = [];
  for (let mask = 0; mask < 1 << at.length; mask++) {
    const v = [...chars];
    at.forEach((i, bit) => {
      if (mask & (1 << bit)) v[i] = v[i] === 'е' ? 'ё' : 'Ё';
    });
    out.push(v.join(''));
  }
  return out;
}

/** Every spelling of a phrase (each word's spellings combined), or the phrase as typed past `MAX_SPELLINGS`. */
const MAX_SPELLINGS = 16;
function phraseSpellings(words: string[]): string[] {
  let out = [''];
  for (const w of words) {
    const next = out.flatMap((p) => yoSpellings(w).map((v) => (p ? `${p} ${v}` : v)));
    if (next.length > MAX_SPELLINGS) return [words.join(' ')];
    out = next;
  }
  return out;
}

/** Turn what a person typed into a safe FTS5 MATCH expression (terms ANDed), or '' when nothing is searchable. */
export function toFtsQuery(input: string): string {
  const parts: string[] = [];
  for (const m of input.matchAll(/"([^"]*)"?|([^\s"]+)/g)) {
    const raw = m[1] ?? m[2] ?? '';
    const words = raw.match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length === 0) continue;
    const prefix = m[2] !== undefined && /\*$/.test(raw) ? '*' : '';
    const spellings = phraseSpellings(words).map((p) => `"${p}"${prefix}`);
    parts.push(spellings.length === 1 ? spellings[0] : `(${spellings.join(' OR ')})`);
  }
  // Explicit AND: FTS5 joins bare phrases implicitly, but not a bracketed group and what follows it.
  return parts.join(' AND ');
}

function unmark(s: string): { snippet: string; highlights: [number, number][] } {
  let out = '';
  const highlights: [number, number][] = [];
  let open = -1;
  for (const ch of s) {
    if (ch === OPEN) open = out.length;
    else if (ch === CLOSE) {
      if (open >= 0) highlights.push([open, out.length]);
      open = -1;
    } else out += ch;
  }
  return { snippet: out.replace(/\s+/g, ' '), highlights: fixAfterCollapse(out, highlights) };
}

/** Whitespace collapsing shifts offsets; recompute them on the collapsed string. */
function fixAfterCollapse(raw: string, hs: [number, number][]): [number, number][] {
  const map: number[] = [];
  let j = 0;
  let prevSpace = false;
  for (let i = 0; i <= raw.length; i++) {
    map.push(j);
    if (i === raw.length) break;
    const sp = /\s/.test(raw[i]);
    if (!(sp && prevSpace)) j++;
    prevSpace = sp;
  }
  return hs.map(([a, b]) => [map[a], map[b]]);
}

/**
 * Where the snippet's first match lies in the full text. snippet() copies the text between tokens
 * verbatim and adds '…' where it cut, so the chunk around the first match is a substring of the body.
 */
export function matchOffsets(body: string, markedSnippet: string): [number, number] | null {
  const chunk = markedSnippet.split('…').find((c) => c.includes(OPEN));
  if (!chunk) return null;
  const open = chunk.indexOf(OPEN);
  const close = chunk.indexOf(CLOSE, open);
  if (close < 0) return null;
  const plain = chunk.replace(new RegExp(`[${OPEN}${CLOSE}]`, 'g'), '');
  const at = body.indexOf(plain);
  if (at >= 0) return [at + open, at + close - 1];
  // The snippet came from another column (the title): the first place the matched word is in the text.
  const word = chunk.slice(open + 1, close);
  const i = body.toLocaleLowerCase().indexOf(word.toLocaleLowerCase());
  return i >= 0 ? [i, i + word.length] : null;
}

export function search(ctx: CaseContext, input: { query: string; kinds?: string[]; limit: number }): z.input<typeof SearchResult> {
  const fts = toFtsQuery(input.query);
  if (!fts) return { query: input.query, ftsQuery: '', hits: [] };
  const kinds = input.kinds?.length ? input.kinds : null;
  const kindFilter = kinds ? `AND kind IN (${kinds.map(() => '?').join(', ')})` : '';
  const score = 'bm25(search_index, 0, 0, 0, 2.0, 1.0)';
  // Rank first, then make snippets for the rows kept only: snippet() on every match of a common word
  // would cost more than the search itself.
  const rows = ctx.db
    .prepare(
      `SELECT kind, ref_id, source_id, title, snippet(search_index, -1, '${OPEN}', '${CLOSE}', '…', 24) AS snip, ${score} AS score,
              CASE WHEN kind = 'source' THEN body END AS body,
              CASE WHEN kind = 'statement' THEN (SELECT json_array(span_start, span_end) FROM statements WHERE id = ref_id) END AS span
       FROM search_index
       WHERE search_index MATCH ? AND rowid IN (SELECT rowid FROM search_index WHERE search_index MATCH ? ${kindFilter} ORDER BY ${score} LIMIT ?)
       ORDER BY score`,
    )
    .all(fts, fts, ...(kinds ?? []), input.limit) as {
    kind: SearchKind;
    ref_id: string;
    source_id: string | null;
    title: string;
    snip: string;
    score: number;
    body: string | null;
    span: string | null;
  }[];
  const spanOf = (r: (typeof rows)[number]): [number, number] | [null, null] => {
    if (r.body !== null) return matchOffsets(r.body, r.snip) ?? [null, null];
    const s = r.span ? (JSON.parse(r.span) as [number | null, number | null]) : null;
    return s && s[0] !== null && s[1] !== null ? [s[0], s[1]] : [null, null];
  };
  return {
    query: input.query,
    ftsQuery: fts,
    hits: rows.map((r) => {
      const [spanStart, spanEnd] = spanOf(r);
      return { kind: r.kind, refId: r.ref_id, sourceId: r.source_id, title: r.title, ...unmark(r.snip), rank: r.score, spanStart, spanEnd };
    }),
  };
}
