/**
 * Search over a case with 10,000 sources: the FTS5 index (search op) against a LIKE '%term%' scan of the
 * same clean texts, measured in the same process on the same encrypted case file. Prints the ratio.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CaseContext, nowIso } from '../src/core/context';
import { search } from '../src/core/ops/search';
import { CaseStore } from '../src/core/store/case-store';
import { newId } from '../src/shared/ids';

const N = Number(process.env.BENCH_SOURCES ?? 10_000);
const WORDS = (
  'soldier commander unit brigade village shelling prisoner civilian order border children deportation looting ' +
  'basement interrogation battalion artillery convoy checkpoint hospital school bridge river forest winter summer ' +
  'officer sergeant private drone trench radio report witness testimony execution surrender wounded'
).split(' ');
const RARE = ['Salikov', 'Korolev', 'Ammosov', 'Avdiivka', 'Makiivka', 'soldaţi', 'execuţii', 'Zakharova'];

function rng(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

function article(r: () => number, i: number): string {
  const words: string[] = [];
  const len = 250 + Math.floor(r() * 250);
  for (let w = 0; w < len; w++) words.push(WORDS[Math.floor(r() * WORDS.length)]);
  // About one article in fifty mentions a rare name.
  if (i % 50 === 0) words.splice(Math.floor(r() * words.length), 0, RARE[(i / 50) % RARE.length]);
  return `${words.join(' ')}.`;
}

function time<T>(fn: () => T, reps: number): { ms: number; result: T } {
  let result = fn(); // warm up
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < reps; i++) result = fn();
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6 / reps, result };
}

const dir = mkdtempSync(join(tmpdir(), 'casefile-bench-'));
try {
  const store = CaseStore.create(join(dir, 'bench.casefile'), 'bench passphrase', 'search bench');
  const ctx = new CaseContext(store);
  const r = rng(42);
  const t0 = Date.now();
  ctx.write((db) => {
    const src = db.prepare(
      'INSERT INTO sources (id, sha256, bytes, size, media_type, file_name, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const txt = db.prepare(
      "INSERT INTO source_texts (id, source_id, kind, language, title, text, created_at) VALUES (?, ?, 'clean', 'en', ?, ?, ?)",
    );
    for (let i = 0; i < N; i++) {
      const id = newId('source');
      const body = article(r, i);
      const bytes = Buffer.from(body);
      src.run(id, i.toString(16).padStart(64, '0'), bytes, bytes.length, 'text/plain', `a${i}.txt`, nowIso());
      txt.run(newId('sourceText'), id, `Article ${i}`, body, nowIso());
    }
    return { result: null, custody: { action: 'bench.seed', entity: 'case', entityId: null, details: { sources: N } } };
  });
  console.log(`seeded ${N} sources (${((Date.now() - t0) / 1000).toFixed(1)} s)`);

  const like = ctx.db.prepare("SELECT id, source_id FROM source_texts WHERE text LIKE '%' || ? || '%' LIMIT 50");
  const likeAll = ctx.db.prepare("SELECT count(*) AS n FROM source_texts WHERE text LIKE '%' || ? || '%'");
  const rows: string[][] = [];
  for (const [label, q, likeTerm] of [
    ['rare name', 'salikov', 'salikov'],
    ['diacritics (soldati → soldaţi)', 'soldati', 'soldaţi'],
    ['common word', 'interrogation', 'interrogation'],
    ['two words', 'Korolev basement', 'Korolev'],
  ] as const) {
    const fts = time(() => search(ctx, { query: q, limit: 50 }), 20);
    const scan = time(() => like.all(likeTerm), 5);
    const full = time(() => likeAll.get(likeTerm) as { n: number }, 5);
    rows.push([
      label,
      fts.ms.toFixed(2),
      String(fts.result.hits.length),
      scan.ms.toFixed(2),
      (scan.ms / fts.ms).toFixed(2),
      full.ms.toFixed(2),
      String(full.result.n),
      (full.ms / fts.ms).toFixed(2),
    ]);
  }
  console.log(
    'query                            FTS ms (ranked top 50)  hits | LIKE LIMIT 50 ms   ratio | LIKE all rows ms  matches   ratio',
  );
  for (const r of rows) {
    console.log(
      `${r[0].padEnd(32)} ${r[1].padStart(22)} ${r[2].padStart(5)} | ${r[3].padStart(16)} ${r[4].padStart(6)}× | ${r[5].padStart(16)} ${r[6].padStart(8)} ${r[7].padStart(6)}×`,
    );
  }
  console.log(
    "(peer: SELECT … FROM source_texts WHERE text LIKE '%term%' on the same case file, with LIMIT 50 and over all rows; ratio = peer ms / FTS ms. " +
      'LIKE cannot fold ţ→t or rank, so it is given the exact spelling and returns rows unranked.)',
  );
  store.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
