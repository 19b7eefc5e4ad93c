/**
 * Export time and memory for a large case: 1,000 allegations (2 evidence links each), 200 sources
 * (~6 KB originals, 150 attached), 300 events, 200 statements. Peers, measured in the same process:
 *  - "model → JSON": the same evidence-summary model built and serialised (what a text export would cost);
 *  - "pdfkit, empty": a pdfkit document with the same fonts and one empty page (the library floor).
 * Run: npm run bench -- export
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { CaseContext, nowIso } from '../src/core/context';
import { addSource } from '../src/core/ops/sources';
import { buildManifest, manifestJson } from '../src/core/report/manifest';
import { buildModel } from '../src/core/report/model';
import { BUILTIN_PROFILES } from '../src/core/report/profiles';
import { fontPath } from '../src/core/report/resources';
import { createService } from '../src/core/service';
import { CaseStore } from '../src/core/store/case-store';
import { CRIME_CATEGORIES } from '../src/shared/domain';
import { newId } from '../src/shared/ids';

const N_ALLEGATIONS = 1000;
const N_SOURCES = 200;
const PASS = 'bench passphrase';

const dir = mkdtempSync(join(tmpdir(), 'casefile-bench-export-'));
const path = join(dir, 'big.casefile');

function buildBigCase(): void {
  const store = CaseStore.create(path, PASS, 'Benchmark case — Бенчмарк — încercare');
  const ctx = new CaseContext(store);
  const now = nowIso();
  const para = (i: number) =>
    `Свідок ${i} розповів про події в Оленівці; soldații încărcau televizoare în camioane; Wohnblöcke in Charkiw wurden beschossen (${i}). `;
  const sources: { id: string; textId: string; text: string }[] = [];
  for (let i = 0; i < N_SOURCES; i++) {
    const text = Array.from({ length: 40 }, (_, k) => para(i * 100 + k)).join('\n');
    const { source } = addSource(ctx, {
      fileName: `source-${i}.txt`,
      bytes: new Uint8Array(Buffer.from(text, 'utf8')),
      mediaType: 'text/plain',
      claimedOutlet: `Outlet ${i % 37}`,
    });
    sources.push({ id: source.id, textId: newId('sourceText'), text });
  }
  ctx.write((db) => {
    const ins = db.prepare(
      "INSERT INTO source_texts (id, source_id, kind, language, title, outlet, text, created_at) VALUES (?, ?, 'clean', 'uk', ?, ?, ?, ?)",
    );
    sources.forEach((s, i) => ins.run(s.textId, s.id, `Стаття ${i}: свідчення`, `Outlet ${i % 37}`, s.text, now));
    return { result: null, custody: { action: 'bench.texts', entity: 'source_text', details: { count: sources.length } } };
  });
  ctx.write((db) => {
    const insA = db.prepare(
      `INSERT INTO allegations (id, category, provisions_json, description, place, date_text, date_value, date_precision, victims, victim_status, reliability, credibility, created_at, updated_at)
       VALUES (?, ?, '[]', ?, ?, ?, ?, ?, ?, 'civilian', 'C', '3', ?, ?)`,
    );
    const insE = db.prepare(
      `INSERT INTO evidence_links (id, allegation_id, source_id, source_text_id, span_start, span_end, excerpt, basis, reliability, credibility, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'first-hand', 'F', '3', ?)`,
    );
    for (let i = 0; i < N_ALLEGATIONS; i++) {
      const id = newId('allegation');
      const cat = CRIME_CATEGORIES[i % CRIME_CATEGORIES.length];
      const month = String((i % 12) + 1).padStart(2, '0');
      insA.run(
        id,
        cat,
        `Allegation ${i}: residents were detained and beaten; жителів тримали в підвалі.`,
        'Оленівка',
        `${month}/2022`,
        `2022-${month}`,
        'month',
        'residents',
        now,
        now,
      );
      for (const k of [i % N_SOURCES, (i * 7 + 3) % N_SOURCES]) {
        const s = sources[k];
        const start = (i % 30) * 10;
        insE.run(newId('evidence'), id, s.id, s.textId, start, start + 120, s.text.slice(start, start + 120), now);
      }
    }
    const insEv = db.prepare(
      'INSERT INTO events (id, title, date_value, date_precision, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    for (let i = 0; i < 300; i++) {
      const precision = ['day', 'month', 'season', 'year'][i % 4];
      const v =
        precision === 'day'
          ? `2022-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`
          : precision === 'year'
            ? '2021'
            : `2023-0${(i % 9) + 1}`;
      insEv.run(newId('event'), `Event ${i} — подія`, v, precision, now, now);
    }
    const insS = db.prepare(
      "INSERT INTO statements (id, text, speaker_name, source_id, language, basis, created_at, updated_at) VALUES (?, ?, ?, ?, 'uk', 'first-hand', ?, ?)",
    );
    for (let i = 0; i < 200; i++) insS.run(newId('statement'), para(i), `Witness ${i}`, sources[i % N_SOURCES].id, now, now);
    return { result: null, custody: { action: 'bench.facts', entity: 'allegation', details: { count: N_ALLEGATIONS } } };
  });
  store.close();
}

function peakRss<T>(fn: () => Promise<T>): Promise<{ result: T; ms: number; peakMiB: number; baseMiB: number }> {
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const t0 = performance.now();
  return fn().then((result) => {
    const ms = performance.now() - t0;
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, ms, peakMiB: peak / 1048576, baseMiB: base / 1048576 };
  });
}

function emptyPdf(): Promise<number> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ autoFirstPage: false, pdfVersion: '1.7', subset: 'PDF/A-3b', tagged: true } as PDFKit.PDFDocumentOptions);
    let n = 0;
    doc.on('data', (c: Buffer) => (n += c.length));
    doc.on('end', () => resolve(n));
    doc.registerFont('sans', fontPath('DejaVuSans.ttf'));
    doc.addPage();
    doc.font('sans').fontSize(10).text('x');
    doc.end();
  });
}

const tb = performance.now();
buildBigCase();
console.log(
  `case built in ${((performance.now() - tb) / 1000).toFixed(1)} s: ${N_ALLEGATIONS} allegations, ${N_SOURCES} sources, 300 events, 200 statements`,
);

// Peer 1: the same model, serialised as JSON (run twice; the second, warm run is reported).
const modelOnce = () =>
  peakRss(async () => {
    const ctx = new CaseContext(CaseStore.open(path, PASS));
    try {
      const t0 = performance.now();
      const { model } = buildModel(ctx, BUILTIN_PROFILES.icc, {
        recipient: 'ICC OTP',
        preparedBy: 'bench',
        exportId: 'exp_BENCH',
        createdAt: nowIso(),
        assignPseudonyms: true,
      });
      const json = JSON.stringify(model) + manifestJson(buildManifest(model));
      return { bytes: json.length, ms: performance.now() - t0 };
    } finally {
      ctx.store.close();
    }
  });
await modelOnce();
const modelRun = await modelOnce();
// Peer 2: pdfkit with no content.
const empty = await peakRss(() => emptyPdf());

// The real thing, through the service, for two profiles.
const svc = createService();
await svc.api.openCase({ path, passphrase: PASS });
const runs: Record<string, Awaited<ReturnType<typeof peakRss<{ size: number; pages: number }>>>> = {};
for (const profile of ['icc', 'public']) {
  const out = join(dir, `${profile}.pdf`);
  runs[profile] = await peakRss(async () => {
    const r = await svc.api.exportPdf({ profile, outPath: out });
    return { size: r.size, pages: 0 };
  });
  runs[profile].result.size = statSync(out).size;
}
svc.dispose();

const mib = (n: number) => `${n.toFixed(0)} MiB`;
console.log(
  `peer "model → JSON" (icc):      ${modelRun.result.ms.toFixed(0)} ms, ${(modelRun.result.bytes / 1048576).toFixed(1)} MiB of JSON`,
);
console.log(`peer "pdfkit, empty document":  ${empty.ms.toFixed(0)} ms`);
for (const [p, r] of Object.entries(runs)) {
  console.log(
    `exportPdf ${p.padEnd(7)} ${r.ms.toFixed(0).padStart(6)} ms  ${(r.result.size / 1048576).toFixed(1)} MiB PDF  peak RSS ${mib(r.peakMiB)} (start ${mib(r.baseMiB)})  ` +
      `= ${(r.ms / modelRun.result.ms).toFixed(1)}× model→JSON, ${(r.ms / empty.ms).toFixed(0)}× empty pdfkit`,
  );
}
rmSync(dir, { recursive: true, force: true });
