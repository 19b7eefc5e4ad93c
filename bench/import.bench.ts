/**
 * Import benchmark: the cleaning step (htmlparser2 + main-content scoring + furniture filter) against
 * the common alternative, Mozilla Readability on jsdom, on the same HTML strings, interleaved, at least
 * 5 rounds of BENCH_IMPORT_ARTICLES articles each (default 200: the inputs below cycled, so 1,000 mixed
 * articles per peer over 5 rounds). Also the whole of stages 1-3 (bytes in: decode → clean → describe)
 * for scale. Peak memory is the OS's peak RSS of a child process that cleans one round with one peer only
 * (`process.resourceUsage().maxRSS`; 20 articles), against a child that loads the same modules and cleans nothing.
 *
 * Inputs: the five seeds and every fixture under test/fixtures (unseen articles, the suggestion
 * stage's articles, the hostile page), each as HTML: HTML documents as decoded, plain text wrapped
 * as <p> paragraphs (the same string goes to both cleaners). For the inputs with hand-checked
 * expectations it also prints how many must-keep / must-drop checks each one passes.
 *
 *   npm run bench -- import          (or: npx tsx bench/import.bench.ts)
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { clean } from '../src/core/ingest/clean';
import { decode } from '../src/core/ingest/decode';
import { readDocument } from '../src/core/ingest';
import { interleaved, record, stats } from './lib/measure';

const ROOT = resolve(import.meta.dirname, '..');
const ARTICLES = Number(process.env.BENCH_IMPORT_ARTICLES ?? 200);
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 5));
/**
 * Articles a memory child cleans (its peak RSS is what one peer holds at once, not a sum over rounds). 20,
 * not 50: the 15 memory children (Readability's at 163 ms an article) were a minute of the bench's budget.
 */
const RSS_ARTICLES = Math.min(ARTICLES, 20);

interface Input {
  name: string;
  bytes: Uint8Array;
  html: string;
  mustContain: string[];
  mustNotContain: string[];
  /** The input was HTML to begin with (not plain text wrapped in <p> for the comparison). */
  native: boolean;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

async function loadInputs(): Promise<Input[]> {
  const files: { path: string; must?: { mustContain: string[]; mustNotContain: string[] } }[] = [];
  const addDir = (dir: string, expectations?: string) => {
    if (!existsSync(dir)) return;
    const exp =
      expectations && existsSync(expectations)
        ? (JSON.parse(readFileSync(expectations, 'utf8')).articles as { file: string; mustContain?: string[]; mustNotContain?: string[] }[])
        : [];
    for (const f of readdirSync(dir).sort()) {
      if (f === 'expected.json' || f.endsWith('.json.md')) continue;
      const e = exp.find((x) => x.file === f);
      files.push({
        path: join(dir, f),
        must: e ? { mustContain: e.mustContain ?? [], mustNotContain: e.mustNotContain ?? [] } : undefined,
      });
    }
  };
  addDir(join(ROOT, 'seeds'), join(ROOT, 'seeds/expected.json'));
  addDir(join(ROOT, 'test/fixtures/ingest/unseen'), join(ROOT, 'test/fixtures/ingest/unseen/expected.json'));
  addDir(join(ROOT, 'test/fixtures/articles'));
  files.push({ path: join(ROOT, 'test/fixtures/ingest/hostile.html') });
  const inputs: Input[] = [];
  for (const f of files) {
    const bytes = new Uint8Array(readFileSync(f.path));
    let doc;
    try {
      doc = await decode(bytes, f.path);
    } catch {
      continue;
    }
    if (doc.format === 'pdf' || doc.format === 'docx') continue;
    const html =
      doc.kind === 'html'
        ? doc.content
        : `<!doctype html><html><head><meta charset="utf-8"></head><body>${doc.content
            .split(/\n\s*\n|\r?\n/)
            .filter((p) => p.trim())
            .map((p) => `<p>${esc(p.trim())}</p>`)
            .join('\n')}</body></html>`;
    // Markdown syntax means nothing to an HTML extractor: such inputs are timed but not judged.
    const judged = doc.format !== 'markdown';
    inputs.push({
      name: f.path.slice(ROOT.length + 1),
      bytes,
      html,
      mustContain: judged ? (f.must?.mustContain ?? []) : [],
      mustNotContain: judged ? (f.must?.mustNotContain ?? []) : [],
      native: doc.kind === 'html',
    });
  }
  return inputs;
}

const quiet = new VirtualConsole(); // jsdom: do not print CSS/script warnings

function readability(html: string): string {
  // No scripts run and no resources load (jsdom's defaults), as for ours.
  const dom = new JSDOM(html, { virtualConsole: quiet });
  const article = new Readability(dom.window.document).parse();
  const text = article?.textContent ?? '';
  dom.window.close();
  return text;
}

function ours(html: string): string {
  return clean({ kind: 'html', content: html, format: 'html' }).text;
}

const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ');

function quality(inputs: Input[], fn: (html: string) => string): { kept: number; keep: number; dropped: number; drop: number } {
  const q = { kept: 0, keep: 0, dropped: 0, drop: 0 };
  for (const i of inputs) {
    const text = norm(fn(i.html));
    for (const s of i.mustContain) {
      q.keep++;
      if (text.includes(norm(s))) q.kept++;
    }
    for (const s of i.mustNotContain) {
      if (/^[<\\"]|\\n|&[#a-z0-9]+;$|^\s+$/.test(s)) continue; // markup/escape checks: meaningless once both parsed the same HTML
      q.drop++;
      if (!text.includes(norm(s))) q.dropped++;
    }
  }
  return q;
}

const inputs = await loadInputs();
/** One round: ARTICLES articles, the inputs cycled. */
const round = Array.from({ length: ARTICLES }, (_, i) => inputs[i % inputs.length]);
const PEERS: Record<string, (i: Input) => unknown> = {
  clean: (i) => ours(i.html),
  readability: (i) => readability(i.html),
  stages: (i) => readDocument(i.bytes, i.name),
  none: () => null,
};

if (process.argv[2] === '--rss') {
  // Child: one round with one peer, then the peak RSS the OS counted for this process.
  const fn = PEERS[process.argv[3]];
  for (const i of round) await fn(i);
  process.stdout.write(`${process.resourceUsage().maxRSS / 1024}\n`);
} else {
  const kib = inputs.reduce((n, i) => n + i.html.length, 0) / 1024;
  console.log(
    `inputs: ${inputs.length} articles (${kib.toFixed(0)} KiB of HTML), ${ARTICLES} a round, ${RUNS} rounds; Node ${process.version}`,
  );
  // Both loaded and compiled before the first round.
  for (const i of inputs) {
    ours(i.html);
    readability(i.html);
  }
  const perRound = async (name: string) => {
    for (const i of round) await PEERS[name](i);
  };
  const m = await interleaved(
    ['clean', 'readability', 'stages'].map((name) => ({ name, run: () => perRound(name) })),
    RUNS,
  );
  const perArticle = (x: ReturnType<typeof m.get> & object) => ({
    ...x,
    cold: x.cold / ARTICLES,
    min: x.min / ARTICLES,
    median: x.median / ARTICLES,
  });
  const clean = perArticle(m.get('clean')!);
  const rd = perArticle(m.get('readability')!);
  record({
    bench: 'import',
    figure: 'cleaning step, ms per article',
    size: ARTICLES * RUNS,
    subject: 'casefile clean (htmlparser2)',
    stats: clean,
    unit: 'ms',
    peer: 'Readability on jsdom',
    peerStats: rd,
    ratio: clean.median / rd.median,
  });
  record({
    bench: 'import',
    figure: 'stages 1-3 (decode, clean, describe), ms per article',
    size: ARTICLES * RUNS,
    subject: 'casefile readDocument',
    stats: perArticle(m.get('stages')!),
    unit: 'ms',
    peer: 'Readability on jsdom (cleaning only)',
    peerStats: rd,
    ratio: perArticle(m.get('stages')!).median / rd.median,
  });
  const rss: Record<string, number[]> = { clean: [], readability: [], none: [] };
  await interleaved(
    Object.keys(rss).map((name) => ({
      name,
      run: () => {
        const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/import.bench.ts'), '--rss', name], {
          cwd: ROOT,
          encoding: 'utf8',
          env: { ...process.env, BENCH_IMPORT_ARTICLES: String(RSS_ARTICLES) },
        });
        if (r.status !== 0) throw new Error(`import child ${name}: ${r.stderr}`);
        rss[name].push(Number(r.stdout.trim()));
      },
    })),
    3,
  );
  const rssStats = (name: string) => stats(rss[name]);
  for (const name of ['clean', 'readability'])
    record({
      bench: 'import',
      figure: `peak RSS, ${RSS_ARTICLES} articles`,
      subject: name === 'clean' ? 'casefile clean' : 'Readability on jsdom',
      stats: rssStats(name),
      unit: 'MiB',
      peer: 'the same child, cleaning nothing',
      peerStats: rssStats('none'),
      ratio: rssStats(name).median / rssStats('none').median,
    });
  const judged = inputs.filter((i) => i.mustContain.length);
  console.log(
    `\nquality on the ${judged.length} inputs with hand-checked expectations (same HTML to both; these are the importer's own test fixtures, so its rules have seen them):`,
  );
  for (const [label, subset] of [
    ['all', inputs],
    ['HTML pages only', inputs.filter((i) => i.native)],
  ] as const) {
    const qa = quality(subset, ours);
    const qb = quality(subset, readability);
    console.log(`  ${label} (${subset.filter((i) => i.mustContain.length).length} inputs)`);
    console.log(
      `    casefile clean:        kept ${qa.kept}/${qa.keep} must-keep sentences, dropped ${qa.dropped}/${qa.drop} must-drop pieces of furniture`,
    );
    console.log(
      `    Readability on jsdom:  kept ${qb.kept}/${qb.keep} must-keep sentences, dropped ${qb.dropped}/${qb.drop} must-drop pieces of furniture`,
    );
  }
}
