/**
 * Search: the FTS5 index (the search op, ranked, with snippets) against a LIKE '%term%' scan of the same
 * clean texts, on the same encrypted case file, interleaved, at least 5 runs, at three sizes.
 * The corpus is bench/lib/casegen's (fixed seed): articles in five languages, each with a 20,000-word
 * Zipf vocabulary in its own alphabet, log-normal lengths (median about 3 KB). Planted in it, at known
 * rates: a rare name (1 article in 200), a Romanian word with a cedilla (1 in 150, searched without
 * it), and two words that occur together in 1 article in 700 (each alone far more often). Queries:
 * - the rare name; the word without its diacritic (LIKE is given the exact spelling: it cannot fold);
 * - the corpus's most frequent word (in almost every English article) and a word of middling frequency;
 * - the two words (FTS: both, ANDed; the LIKE peer also asks for both, so it does the same job).
 * Both LIKE peers run: LIMIT 50 (stops early on a common word) and over all rows (the true scan).
 *   BENCH_SEARCH_SIZES=1000,3000,10000 npm run bench -- search
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { texts } from './lib/casegen';
import { interleaved, record } from './lib/measure';
import { CaseContext, nowIso } from '../src/core/context';
import { search } from '../src/core/ops/search';
import { CaseStore } from '../src/core/store/case-store';
import { newId } from '../src/shared/ids';

const SIZES = (process.env.BENCH_SEARCH_SIZES ?? '1000,3000,10000').split(',').map(Number);
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 5));

/** Insert `word` at a random word boundary of `text`. */
function plant(text: string, word: string, r: () => number): string {
  const spaces = [...text.matchAll(/ /g)].map((m) => m.index);
  const at = spaces[Math.floor(r() * spaces.length)] ?? text.length;
  return `${text.slice(0, at)} ${word}${text.slice(at)}`;
}

function seed(ctx: CaseContext, n: number): { common: string; middling: string } {
  const t = texts(42);
  const freq = new Map<string, number>();
  for (let start = 0; start < n; start += 500) {
    ctx.write((db) => {
      const src = db.prepare(
        'INSERT INTO sources (id, sha256, bytes, size, media_type, file_name, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      );
      const txt = db.prepare(
        "INSERT INTO source_texts (id, source_id, kind, language, title, text, created_at) VALUES (?, ?, 'clean', ?, ?, ?, ?)",
      );
      for (let i = start; i < Math.min(n, start + 500); i++) {
        const a = t.article();
        let body = a.text;
        if (i % 200 === 0) body = plant(body, 'Salikov', t.rng);
        if (i % 150 === 7) body = plant(body, 'soldaţi', t.rng);
        if (i % 100 === 3) body = plant(body, 'Korolev', t.rng);
        if (i % 7 === 0) body = plant(body, 'basement', t.rng);
        // Word frequencies of the English articles (document counts), to pick a common and a middling word.
        if (a.lang === 'en' && i < 2000) for (const w of new Set(body.toLowerCase().match(/\p{L}+/gu))) freq.set(w, (freq.get(w) ?? 0) + 1);
        const bytes = Buffer.from(body);
        const id = newId('source');
        src.run(id, createHash('sha256').update(bytes).digest('hex'), bytes, bytes.length, 'text/plain', `a${i}.txt`, nowIso());
        txt.run(newId('sourceText'), id, a.lang, a.title, body, nowIso());
      }
      return { result: null, custody: { action: 'bench.seed', entity: 'case', entityId: null, details: { from: start } } };
    });
  }
  const ranked = [...freq].filter(([w]) => !['salikov', 'korolev', 'basement'].includes(w)).sort((a, b) => b[1] - a[1]);
  // The middling word: in about 2% of the English articles.
  const docs = Math.min(n, 2000) * 0.02;
  const middling = ranked.find(([, c]) => c <= docs)?.[0] ?? ranked[ranked.length >> 1][0];
  return { common: ranked[0][0], middling };
}

const dir = mkdtempSync(join(tmpdir(), 'casefile-bench-search-'));
try {
  for (const size of SIZES) {
    const store = CaseStore.create(join(dir, `search-${size}.casefile`), 'bench passphrase', `search bench ${size}`);
    const ctx = new CaseContext(store);
    const t0 = Date.now();
    const { common, middling } = seed(ctx, size);
    console.log(`${size} sources seeded in ${((Date.now() - t0) / 1000).toFixed(1)} s; common word "${common}", middling "${middling}"`);
    const like = (terms: string[], limit: boolean) =>
      ctx.db.prepare(
        `SELECT id FROM source_texts WHERE ${terms.map(() => "text LIKE '%' || ? || '%'").join(' AND ')}${limit ? ' LIMIT 50' : ''}`,
      );
    for (const [label, query, likeTerms] of [
      ['rare name', 'salikov', ['salikov']],
      ['without its diacritic (soldati → soldaţi)', 'soldati', ['soldaţi']],
      ['the most frequent word', common, [common]],
      ['a middling word', middling, [middling]],
      ['two words, both required', 'Korolev basement', ['Korolev', 'basement']],
    ] as const) {
      const limited = like([...likeTerms], true);
      const all = like([...likeTerms], false);
      let hits = 0;
      let matches = 0;
      const m = await interleaved(
        [
          // (A run that returned a number would be taken for its own duration: these return nothing.)
          {
            name: 'fts',
            run: () => {
              hits = search(ctx, { query, limit: 50 }).hits.length;
            },
          },
          {
            name: 'like50',
            run: () => {
              limited.all(...likeTerms);
            },
          },
          {
            name: 'likeAll',
            run: () => {
              matches = all.all(...likeTerms).length;
            },
          },
        ],
        RUNS,
      );
      const fts = m.get('fts')!;
      for (const [peer, name] of [
        ['like50', "LIKE '%term%' LIMIT 50"],
        ['likeAll', "LIKE '%term%' over every text"],
      ] as const) {
        const p = m.get(peer)!;
        record({
          bench: 'search',
          figure: `${label}`,
          size,
          subject: 'FTS5 search (ranked top 50, snippets)',
          stats: fts,
          unit: 'ms',
          peer: name,
          peerStats: p,
          ratio: fts.median / p.median,
          note: `${hits} hits shown; LIKE finds ${matches} texts (a substring also inside other words)`,
        });
      }
    }
    store.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
