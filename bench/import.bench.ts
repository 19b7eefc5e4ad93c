/**
 * Import benchmark: the cleaning step (htmlparser2 + main-content scoring + furniture filter) against
 * the common alternative, Mozilla Readability on jsdom, on the same HTML strings, in the same process,
 * one after the other. Also the whole of stages 1–3 (bytes in: decode → clean → describe) for scale.
 *
 * Inputs: the five seeds and every fixture under test/fixtures (unseen articles, the suggestion
 * stage's articles, the hostile page), each as HTML: HTML documents as decoded, plain text wrapped
 * as <p> paragraphs (the same string goes to both cleaners). Repeated so each run sees a few hundred
 * articles. Prints articles per second, peak heap growth and RSS growth, and the ratios; and, for
 * the inputs with hand-checked expectations, how many must-keep / must-drop checks each one passes.
 *
 *   npm run bench -- import          (or: npx tsx bench/import.bench.ts)
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { clean } from '../src/core/ingest/clean';
import { decode } from '../src/core/ingest/decode';
import { readDocument } from '../src/core/ingest';

v8.setFlagsFromString('--expose_gc');
const gc = vm.runInNewContext('gc') as () => void;

const ROOT = resolve(import.meta.dirname, '..');
const REPEAT = Number(process.env.BENCH_REPEAT ?? 12);

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

interface Result {
  name: string;
  articles: number;
  seconds: number;
  perSecond: number;
  peakHeapMiB: number;
  rssMiB: number;
}

async function measure(name: string, inputs: Input[], fn: (i: Input) => unknown | Promise<unknown>): Promise<Result> {
  for (const i of inputs) await fn(i); // warm-up
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  const rss0 = process.memoryUsage().rss;
  let peak = heap0;
  const t0 = performance.now();
  let n = 0;
  for (let r = 0; r < REPEAT; r++) {
    for (const i of inputs) {
      await fn(i);
      n++;
    }
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  const seconds = (performance.now() - t0) / 1000;
  const rss1 = process.memoryUsage().rss;
  gc();
  return { name, articles: n, seconds, perSecond: n / seconds, peakHeapMiB: (peak - heap0) / 1048576, rssMiB: (rss1 - rss0) / 1048576 };
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
const kib = inputs.reduce((n, i) => n + i.html.length, 0) / 1024;
console.log(`inputs: ${inputs.length} articles (${kib.toFixed(0)} KiB of HTML), each repeated ${REPEAT}×; Node ${process.version}`);

const results: Result[] = [];
results.push(await measure('casefile clean (htmlparser2)', inputs, (i) => ours(i.html)));
results.push(await measure('Readability on jsdom', inputs, (i) => readability(i.html)));
results.push(await measure('casefile stages 1-3 (bytes → decode → clean → describe)', inputs, (i) => readDocument(i.bytes, i.name)));

const pad = (s: string, n: number) => s.padEnd(n);
console.log(
  `\n${pad('', 58)} ${'articles/s'.padStart(11)} ${'ms/article'.padStart(11)} ${'peak heap Δ'.padStart(12)} ${'RSS Δ'.padStart(9)}`,
);
for (const r of results) {
  console.log(
    `${pad(r.name, 58)} ${r.perSecond.toFixed(0).padStart(11)} ${((r.seconds * 1000) / r.articles).toFixed(2).padStart(11)} ${`${r.peakHeapMiB.toFixed(1)} MiB`.padStart(12)} ${`${r.rssMiB.toFixed(1)} MiB`.padStart(9)}`,
  );
}
const [a, b] = results;
console.log(
  `\nratio (casefile clean ÷ Readability+jsdom): ${(a.perSecond / b.perSecond).toFixed(1)}× the throughput, ${(a.peakHeapMiB / Math.max(b.peakHeapMiB, 0.01)).toFixed(2)}× the peak heap growth`,
);

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
