/**
 * Corroboration: how many INDEPENDENT sources support an allegation. Sources are merged into one origin
 * when (1) the investigator gave their evidence links the same origin key, (2) they share an outlet —
 * one is published by, or cites, an outlet the other also is published by or cites (cited outlets come
 * from the importer's reading and the source's outlet suggestions; rejected outlet suggestions are left
 * out) — or (3) they carry the same quote (≥ 25 letters), i.e. the same interview. Merging is transitive.
 * When in doubt this errs towards fewer independent sources, and every merge says why.
 */
import { Corroboration } from '../../shared/contract/allegations';
import type { CaseContext } from '../context';
import { parseJson } from './source-spans';

interface LinkLite {
  sourceId: string;
  originKey: string | null;
}

interface SourceFacts {
  id: string;
  outlets: Map<string, string>; // normalised key → display name
  /** `inner`: the key's words but its first and last (which a substring match may cut). */
  quotes: { key: string; text: string; inner: string[] }[];
  body: string; // normalised clean text
  /** The body's words: a quote whose inner words are not all here cannot be in it (checked before searching). */
  words: Set<string>;
}

export const normOutlet = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');

const normText = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const MIN_QUOTE_LETTERS = 25;

function sourceFacts(ctx: CaseContext, sourceId: string): SourceFacts {
  const outlets = new Map<string, string>();
  const add = (name: string | null | undefined) => {
    if (!name) return;
    const k = normOutlet(name);
    if (k && !outlets.has(k)) outlets.set(k, name);
  };
  const src = ctx.db.prepare('SELECT claimed_outlet FROM sources WHERE id = ?').get(sourceId) as
    { claimed_outlet: string | null } | undefined;
  add(src?.claimed_outlet);
  const texts = ctx.db
    .prepare("SELECT outlet, text, reading_json FROM source_texts WHERE source_id = ? AND kind = 'clean'")
    .all(sourceId) as {
    outlet: string | null;
    text: string;
    reading_json: string | null;
  }[];
  const rejected = new Set<string>();
  const sugg = ctx.db
    .prepare("SELECT payload_json, status, result_id FROM suggestions WHERE source_id = ? AND kind = 'outlet'")
    .all(sourceId) as {
    payload_json: string;
    status: string;
    result_id: string | null;
  }[];
  for (const s of sugg) {
    const name = parseJson<{ name?: string }>(s.payload_json, {}).name;
    if (s.status === 'rejected' && name) rejected.add(normOutlet(name));
  }
  const quotes: { key: string; text: string }[] = [];
  let body = '';
  for (const t of texts) {
    add(t.outlet);
    body += ` ${normText(t.text)}`;
    const reading = parseJson<{ citedOutlets?: string[]; quotes?: { text: string }[] }>(t.reading_json, {});
    for (const o of reading.citedOutlets ?? []) if (!rejected.has(normOutlet(o))) add(o);
    for (const q of reading.quotes ?? []) quotes.push({ key: normText(q.text), text: q.text });
  }
  for (const s of sugg) {
    if (s.status === 'rejected') continue;
    // An accepted outlet suggestion records the (possibly edited) name as its result id.
    add(s.status === 'accepted' && s.result_id ? s.result_id : parseJson<{ name?: string }>(s.payload_json, {}).name);
  }
  for (const st of ctx.db.prepare('SELECT text FROM statements WHERE source_id = ?').all(sourceId) as { text: string }[]) {
    quotes.push({ key: normText(st.text), text: st.text });
  }
  return {
    id: sourceId,
    outlets,
    quotes: quotes
      .filter((q) => q.key.replace(/ /g, '').length >= MIN_QUOTE_LETTERS)
      .map((q) => ({ ...q, inner: q.key.split(' ').slice(1, -1) })),
    body,
    words: new Set(body.split(' ')),
  };
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
  pairs: Map<string, PairReason[]>;
}

export const corroborationCache = (): CorroborationCache => ({ facts: new Map(), pairs: new Map() });

type PairReason = { a: string; b: string; kind: 'key' | 'outlet' | 'quote'; label: string; key: string };

/**
 * Whether the normalised body contains the normalised quote. The quote's first and last words may be cut
 * (a substring match), its inner words must be whole words of the body: most bodies fail that at once.
 */
function carries(f: SourceFacts, quote: SourceFacts['quotes'][number]): boolean {
  for (const w of quote.inner) if (!f.words.has(w)) return false;
  return f.body.includes(quote.key);
}

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

export function corroborate(
  ctx: CaseContext,
  allegationId: string,
  links: LinkLite[],
  cache: CorroborationCache = corroborationCache(),
): Corroboration {
  const ids = [...new Set(links.map((l) => l.sourceId))];
  const parent = new Map(ids.map((id) => [id, id]));
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r) as string;
    parent.set(x, r);
    return r;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(rb, ra);
  };
  const reasonsByPair: PairReason[] = [];

  // (1) Investigator's explicit origin keys.
  const byKey = new Map<string, string[]>();
  for (const l of links) if (l.originKey) byKey.set(l.originKey, [...(byKey.get(l.originKey) ?? []), l.sourceId]);
  for (const [k, srcs] of byKey) {
    for (const s of srcs.slice(1)) if (s !== srcs[0]) reasonsByPair.push({ a: srcs[0], b: s, kind: 'key', label: k, key: `key:${k}` });
  }
  if (ids.length > 1) {
    const facts = ids.map((id) => {
      let f = cache.facts.get(id);
      if (!f) cache.facts.set(id, (f = sourceFacts(ctx, id)));
      return f;
    });
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
