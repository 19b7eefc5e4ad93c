/**
 * Corroboration: how many INDEPENDENT sources support an allegation. Sources are merged into one origin
 * when (1) the investigator gave their evidence links the same origin key, (2) they share an outlet —
 * one is published by, or cites, an outlet the other also is published by or cites (cited outlets come
 * from the importer's reading and the source's outlet suggestions; rejected outlet suggestions are left
 * out) — or (3) they carry the same quote (≥ 25 letters), i.e. the same interview. Merging is transitive.
 * When in doubt this errs towards fewer independent sources, and every merge says why.
 */
import { Corroboration } from '../../shared/contract/allegations';
import type { ReadableDB } from '../context';
import { parseJson } from './source-spans';

/** What the corroboration reads through: an open case (CaseContext), or a write's own handle made readable. */
export interface CaseReader {
  readonly db: ReadableDB;
}

interface LinkLite {
  sourceId: string;
  originKey: string | null;
}

interface SourceFacts {
  id: string;
  outlets: Map<string, string>; // normalised key → display name
  quotes: { key: string; text: string }[];
  body: string; // normalised clean text
}

export const normOutlet = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** Whether a UTF-16 unit is part of a word (a letter or a digit): 1 yes, 2 no, 0 not classified yet. */
const IN_WORD = new Uint8Array(0x10000);
const isWordChar = (ch: string) => /^[\p{L}\p{N}]$/u.test(ch);
for (let c = 0; c < 0x80; c++) IN_WORD[c] = isWordChar(String.fromCharCode(c)) ? 1 : 2;
const MARKS = /\p{M}/gu;

/**
 * The text as quotes are compared: decomposed (NFKD), accents dropped, lower case, one space between
 * words — what `s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()`
 * gives (test/caseops/corroboration-normalise.test.ts holds it to that), with the last step, a regular
 * expression matched once per word, done by one pass over the characters: a window's sources are about a
 * megabyte of text. (Lower case comes before the spaces, as there: Greek's final sigma looks past
 * punctuation.)
 */
export function normText(s: string): string {
  MARKS.lastIndex = 0;
  let t = s.normalize('NFKD');
  if (MARKS.test(t)) t = t.replace(MARKS, '');
  t = t.toLowerCase();
  const words: string[] = [];
  let from = -1; // start of the word being read
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    let inWord: boolean;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && (t.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      inWord = isWordChar(t.slice(i, i + 2)); // beyond the BMP: the pair is one character
      width = 2;
    } else {
      if (IN_WORD[c] === 0) IN_WORD[c] = isWordChar(String.fromCharCode(c)) ? 1 : 2;
      inWord = IN_WORD[c] === 1;
    }
    if (inWord) {
      if (from < 0) from = i;
    } else if (from >= 0) {
      words.push(t.slice(from, i));
      from = -1;
    }
    i += width - 1;
  }
  if (from >= 0) words.push(t.slice(from));
  return words.join(' ');
}

const MIN_QUOTE_LETTERS = 25;

/** Rows of one query for many sources, by source (in the order SQLite gives them: rowid). */
function bySource<T extends { source_id: string }>(ctx: CaseReader, sql: string, ids: readonly string[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of ctx.db.prepare(sql).all(JSON.stringify(ids)) as T[]) {
    const list = out.get(r.source_id);
    if (list) list.push(r);
    else out.set(r.source_id, [r]);
  }
  return out;
}

/**
 * What a source's clean texts give the corroboration: per text its outlet and the outlets its reading
 * cites (in order: the first name of an outlet is the one shown), the reading's quotes, and the whole text
 * normalised. Kept apart from the rest of the facts (claimed outlet, outlet suggestions, statements) so that
 * a change to those does not read and normalise the text again (ops/independent-sources.ts keeps these
 * across writes).
 */
export interface TextFacts {
  outlets: { outlet: string | null; cited: string[] }[];
  quotes: { key: string; text: string }[];
  body: string;
}

/**
 * The facts of many sources at once: four queries for all of them (not four per source), each source's
 * text normalised once; the texts of sources `texts` already holds are not read again (those read are
 * added to it).
 */
function sourceFacts(ctx: CaseReader, sourceIds: readonly string[], texts: Map<string, TextFacts>): Map<string, SourceFacts> {
  const IN = 'IN (SELECT value FROM json_each(?))';
  const claimed = bySource<{ source_id: string; claimed_outlet: string | null }>(
    ctx,
    // The index, not the row: the claimed outlet comes after the original's bytes (migration 10).
    `SELECT id AS source_id, claimed_outlet FROM sources INDEXED BY sources_outlet WHERE id ${IN}`,
    sourceIds,
  );
  const unread = sourceIds.filter((id) => !texts.has(id));
  if (unread.length) {
    const textsOf = bySource<{ source_id: string; outlet: string | null; text: string; reading_json: string | null }>(
      ctx,
      `SELECT source_id, outlet, text, reading_json FROM source_texts WHERE source_id ${IN} AND kind = 'clean' ORDER BY source_id, rowid`,
      unread,
    );
    for (const id of unread) {
      const t: TextFacts = { outlets: [], quotes: [], body: '' };
      for (const row of textsOf.get(id) ?? []) {
        const reading = parseJson<{ citedOutlets?: string[]; quotes?: { text: string }[] }>(row.reading_json, {});
        t.outlets.push({ outlet: row.outlet, cited: reading.citedOutlets ?? [] });
        t.body += ` ${normText(row.text)}`;
        for (const q of reading.quotes ?? []) t.quotes.push({ key: normText(q.text), text: q.text });
      }
      texts.set(id, t);
    }
  }
  const suggestionsOf = bySource<{ source_id: string; payload_json: string; status: string; result_id: string | null }>(
    ctx,
    `SELECT source_id, payload_json, status, result_id FROM suggestions WHERE source_id ${IN} AND kind = 'outlet' ORDER BY source_id, rowid`,
    sourceIds,
  );
  const statementsOf = bySource<{ source_id: string; text: string }>(
    ctx,
    `SELECT source_id, text FROM statements WHERE source_id ${IN} ORDER BY source_id, rowid`,
    sourceIds,
  );
  const out = new Map<string, SourceFacts>();
  for (const sourceId of sourceIds) {
    const outlets = new Map<string, string>();
    const add = (name: string | null | undefined) => {
      if (!name) return;
      const k = normOutlet(name);
      if (k && !outlets.has(k)) outlets.set(k, name);
    };
    add(claimed.get(sourceId)?.[0]?.claimed_outlet);
    const rejected = new Set<string>();
    const sugg = suggestionsOf.get(sourceId) ?? [];
    for (const s of sugg) {
      const name = parseJson<{ name?: string }>(s.payload_json, {}).name;
      if (s.status === 'rejected' && name) rejected.add(normOutlet(name));
    }
    const text = texts.get(sourceId) as TextFacts;
    for (const t of text.outlets) {
      add(t.outlet);
      for (const o of t.cited) if (!rejected.has(normOutlet(o))) add(o);
    }
    const quotes = [...text.quotes];
    for (const s of sugg) {
      if (s.status === 'rejected') continue;
      // An accepted outlet suggestion records the (possibly edited) name as its result id.
      add(s.status === 'accepted' && s.result_id ? s.result_id : parseJson<{ name?: string }>(s.payload_json, {}).name);
    }
    for (const st of statementsOf.get(sourceId) ?? []) quotes.push({ key: normText(st.text), text: st.text });
    out.set(sourceId, {
      id: sourceId,
      outlets,
      quotes: quotes.filter((q) => q.key.replace(/ /g, '').length >= MIN_QUOTE_LETTERS),
      body: text.body,
    });
  }
  return out;
}

const short = (s: string, n = 40) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1).trimEnd()}…` : t;
};

/**
 * What the corroboration of many allegations shares, for one list: each source's facts (its outlets,
 * quotes and whole normalised text) read and normalised once, and each pair of sources compared once,
 * not again for every allegation they support together.
 */
export interface CorroborationCache {
  facts: Map<string, SourceFacts>;
  /** What each source's clean texts give (the part of its facts that costs reading and normalising). */
  texts: Map<string, TextFacts>;
  pairs: Map<string, PairReason[]>;
  /**
   * Whether two sources are one origin by their facts (outlet or quote), for counts only (see
   * independentCount); held both ways (a → b and b → a), so one source's pairs can be dropped.
   */
  sameOrigin: Map<string, Map<string, boolean>>;
}

export const corroborationCache = (): CorroborationCache => ({
  facts: new Map(),
  texts: new Map(),
  pairs: new Map(),
  sameOrigin: new Map(),
});

/**
 * Drops what the cache knows of the sources named: their facts and the comparisons with them, and (when
 * `texts`) what their texts gave. For a cache kept across writes (ops/independent-sources.ts).
 */
export function forgetSources(cache: CorroborationCache, sourceIds: Iterable<string>, texts: boolean): void {
  for (const id of sourceIds) {
    cache.facts.delete(id);
    if (texts) cache.texts.delete(id);
    const pairs = cache.sameOrigin.get(id);
    if (!pairs) continue;
    for (const other of pairs.keys()) cache.sameOrigin.get(other)?.delete(id);
    cache.sameOrigin.delete(id);
  }
}

/** Reads, in one go, the facts of the sources named that the cache does not hold yet. */
export function prefetchFacts(ctx: CaseReader, sourceIds: Iterable<string>, cache: CorroborationCache): void {
  const missing = [...new Set(sourceIds)].filter((id) => !cache.facts.has(id));
  if (missing.length) for (const [id, f] of sourceFacts(ctx, missing, cache.texts)) cache.facts.set(id, f);
}

type PairReason = { a: string; b: string; kind: 'key' | 'outlet' | 'quote'; label: string; key: string };

/**
 * Whether the normalised body contains the normalised quote (a substring: its first and last words may be
 * cut). One search of the body; a set of the body's words to rule most bodies out first cost more to build
 * (for the 200 sources of a window, half the corroboration's time) than the searches it saved.
 */
const carries = (f: SourceFacts, quote: SourceFacts['quotes'][number]) => f.body.includes(quote.key);

/** Why two sources are one origin (shared outlet, same quote): nothing when they are independent. */
function comparePair(a: SourceFacts, b: SourceFacts): PairReason[] {
  const reasons: PairReason[] = [];
  // (2) shared outlet
  for (const [k, name] of a.outlets) {
    if (b.outlets.has(k)) {
      reasons.push({ a: a.id, b: b.id, kind: 'outlet', label: name, key: `outlet:${k}` });
      break;
    }
  }
  // (3) same quote (same interview)
  const q = a.quotes.find((x) => carries(b, x)) ?? b.quotes.find((x) => carries(a, x));
  if (q) reasons.push({ a: a.id, b: b.id, kind: 'quote', label: short(q.text), key: `quote:${q.key.slice(0, 32)}` });
  return reasons;
}

/** Sources merged into origins (transitively): each id's group, and how many groups there are. */
function unionFind(ids: readonly string[]) {
  const parent = new Map(ids.map((id) => [id, id]));
  let groups = ids.length;
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r) as string;
    parent.set(x, r);
    return r;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) {
      parent.set(rb, ra);
      groups--;
    }
  };
  return { find, union, groups: () => groups };
}

/**
 * How many independent sources `links` have: the number of groups corroborate() finds, without its
 * reasons and explanation. The merges are the same (origin keys, then shared outlet or quote), but a pair
 * already in one group is not compared, and a shared outlet stops the comparison before the quotes are
 * searched: for a stored count of every allegation (ops/independent-sources.ts) the quote searches were
 * most of the time. test/caseops/independent-sources.test.ts holds it equal to corroborate().
 */
export function independentCount(ctx: CaseReader, links: readonly LinkLite[], cache: CorroborationCache = corroborationCache()): number {
  const ids = [...new Set(links.map((l) => l.sourceId))];
  if (ids.length < 2) return ids.length;
  const { find, union, groups } = unionFind(ids);
  const firstOfKey = new Map<string, string>();
  for (const l of links) {
    if (!l.originKey) continue;
    const first = firstOfKey.get(l.originKey);
    if (first === undefined) firstOfKey.set(l.originKey, l.sourceId);
    else union(first, l.sourceId);
  }
  prefetchFacts(ctx, ids, cache);
  const facts = ids.map((id) => cache.facts.get(id) as SourceFacts);
  for (let i = 0; i < facts.length; i++) {
    for (let j = i + 1; j < facts.length; j++) {
      const a = facts[i].id;
      const b = facts[j].id;
      if (find(a) === find(b)) continue;
      let same = cache.sameOrigin.get(a)?.get(b);
      if (same === undefined) {
        same = sameOrigin(facts[i], facts[j]);
        for (const [x, y] of [
          [a, b],
          [b, a],
        ]) {
          const m = cache.sameOrigin.get(x);
          if (m) m.set(y, same);
          else cache.sameOrigin.set(x, new Map([[y, same]]));
        }
      }
      if (same) union(a, b);
    }
  }
  return groups();
}

/** comparePair's test without its reasons: a shared outlet, or a quote of one carried by the other. */
function sameOrigin(a: SourceFacts, b: SourceFacts): boolean {
  for (const k of a.outlets.keys()) if (b.outlets.has(k)) return true;
  return a.quotes.some((x) => carries(b, x)) || b.quotes.some((x) => carries(a, x));
}

export function corroborate(
  ctx: CaseReader,
  allegationId: string,
  links: LinkLite[],
  cache: CorroborationCache = corroborationCache(),
): Corroboration {
  const ids = [...new Set(links.map((l) => l.sourceId))];
  const { find, union } = unionFind(ids);
  const reasonsByPair: PairReason[] = [];

  // (1) Investigator's explicit origin keys.
  const byKey = new Map<string, string[]>();
  for (const l of links) if (l.originKey) byKey.set(l.originKey, [...(byKey.get(l.originKey) ?? []), l.sourceId]);
  for (const [k, srcs] of byKey) {
    for (const s of srcs.slice(1)) if (s !== srcs[0]) reasonsByPair.push({ a: srcs[0], b: s, kind: 'key', label: k, key: `key:${k}` });
  }
  if (ids.length > 1) {
    prefetchFacts(ctx, ids, cache);
    const facts = ids.map((id) => cache.facts.get(id) as SourceFacts);
    for (let i = 0; i < facts.length; i++) {
      for (let j = i + 1; j < facts.length; j++) {
        const pairKey = `${facts[i].id}\0${facts[j].id}`;
        let reasons = cache.pairs.get(pairKey);
        if (!reasons) cache.pairs.set(pairKey, (reasons = comparePair(facts[i], facts[j])));
        reasonsByPair.push(...reasons);
      }
    }
  }
  for (const r of reasonsByPair) union(r.a, r.b);

  const groups = new Map<string, string[]>();
  for (const id of ids) groups.set(find(id), [...(groups.get(find(id)) ?? []), id]);
  const out = [...groups.values()].map((members) => {
    if (members.length === 1) return { key: `source:${members[0]}`, sourceIds: members, reason: 'single source' };
    const rs = reasonsByPair.filter((r) => members.includes(r.a));
    const both = members.length === 2 ? 'both' : `all ${members.length}`;
    const phrases = [
      ...new Set(
        rs.map((r) =>
          r.kind === 'outlet'
            ? `cite ${r.label}`
            : r.kind === 'quote'
              ? `carry the quote “${r.label}”`
              : `were marked by the investigator as origin “${r.label}”`,
        ),
      ),
    ];
    return { key: rs[0].key, sourceIds: members, reason: `${both} ${phrases.join(' and ')}` };
  });
  const independent = out.length;
  const merged = out.filter((g) => g.sourceIds.length > 1);
  const explanation =
    ids.length === 0
      ? 'no evidence linked yet'
      : `${ids.length} source${ids.length === 1 ? '' : 's'}, ${independent} independent${merged.length ? `: ${merged.map((g) => g.reason).join('; ')}` : ''}`;
  return Corroboration.parse({ allegationId, sources: ids.length, independent, groups: out, explanation });
}
