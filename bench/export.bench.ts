/**
 * Export of a large case: 1,000 allegations (2 evidence links each), 200 sources (~6 KB originals),
 * 300 events, 200 statements; interleaved with its peer, at least 5 rounds:
 * - Casefile: exportPdf (icc profile) through the service, in a fresh process per round
 *   (bench/lib/case-child.ts: unlock, then two exports, cold and warm; peak RSS from the OS);
 * - peer: Chromium printing the same content as HTML (`page.pdf()`, A4): the same evidence-summary model
 *   (buildModel, icc profile) rendered as one HTML page (cover, allegations by category with provisions,
 *   grades and excerpts, timeline, testimony, source annex, custody appendix), then setContent + pdf in a
 *   browser already running. The peer does less than Casefile: no fonts embedded by us, no PDF/A, no tags
 *   beyond Chromium's, no attachments, no signature, no ledger entry. Chromium's memory is spread over
 *   several processes and is not reported.
 * Run: npm run bench -- export
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CaseContext, nowIso } from '../src/core/context';
import { addSource } from '../src/core/ops/sources';
import { buildModel, type EvidenceModel } from '../src/core/report/model';
import { BUILTIN_PROFILES } from '../src/core/report/profiles';
import { CaseStore } from '../src/core/store/case-store';
import { CRIME_CATEGORIES } from '../src/shared/domain';
import { newId } from '../src/shared/ids';
import { interleaved, record, stats } from './lib/measure';
import { caseChild } from './lib/run-child';

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

const esc = (v: unknown) =>
  String(v ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);

/** The evidence-summary model as one HTML document, for Chromium to print. */
function modelHtml(m: EvidenceModel): string {
  const rows = (cells: unknown[][]) => cells.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(m.caseTitle)}</title><style>
body{font-family:'DejaVu Sans',sans-serif;font-size:10pt} h2{break-before:page} table{border-collapse:collapse;width:100%}
td{border:1px solid #999;padding:2px 4px;vertical-align:top} blockquote{margin:4px 16px;color:#333}</style></head><body>
<h1>${esc(m.caseTitle)}</h1><p>For ${esc(m.recipient)}, ${esc(m.createdAt)}; custody head #${esc(m.custodyHead?.seq)} ${esc(m.custodyHead?.hash)}</p>
<h2>Subject</h2><table>${rows(m.subject.fields.map((f) => [f.label, f.value]))}</table>
${m.categories
  .map(
    (c) =>
      `<h2>${esc(c.label)}</h2><p>${c.provisions.map((p) => esc(`${p.code} ${p.title ?? ''}`)).join('; ')}</p>${c.allegations
        .map(
          (a) =>
            `<h3>${esc(a.ref)} ${esc(a.place)} ${esc(a.date.text)}</h3><p>${esc(a.description)}</p><p>Grade ${esc(a.grade)}; ${esc(
              a.corroboration.explanation,
            )}</p>${a.evidence.map((e) => `<blockquote>${esc(e.excerpt)} (${esc(e.sourceRef)}, ${esc(e.grade)})</blockquote>`).join('')}`,
        )
        .join('')}`,
  )
  .join('')}
<h2>Timeline</h2><table>${rows(m.timeline.map((e) => [e.ref, e.date.text ?? e.date.value, e.title, e.place]))}</table>
<h2>Testimony</h2>${m.testimony.map((t) => `<p><b>${esc(t.speaker)}</b>: ${esc(t.text)}</p>`).join('')}
<h2>Sources</h2><table>${rows(m.sources.map((x) => [x.ref, x.title ?? x.fileName, x.outlet, x.sha256]))}</table>
<h2>Custody</h2><table>${rows(m.custody.map((c) => Object.values(c)))}</table></body></html>`;
}

const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 5));
const CHROMIUM = process.env.CASEFILE_CHROMIUM ?? '/usr/bin/chromium';

const tb = performance.now();
buildBigCase();
console.log(
  `case built in ${((performance.now() - tb) / 1000).toFixed(1)} s: ${N_ALLEGATIONS} allegations, ${N_SOURCES} sources, 300 events, 200 statements`,
);

const child = await caseChild();
const { chromium } = await import('@playwright/test');
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
const casefile: Record<string, number>[] = [];
let chromiumBytes = 0;
try {
  await interleaved(
    [
      {
        name: 'casefile',
        run: () => {
          const r = child('export', path, PASS, join(dir, 'out'));
          casefile.push(r);
          return r.warmExport;
        },
      },
      {
        name: 'chromium',
        run: async () => {
          const ctx = new CaseContext(CaseStore.open(path, PASS));
          const t0 = performance.now();
          let html: string;
          try {
            const { model } = buildModel(ctx, BUILTIN_PROFILES.icc, {
              recipient: 'ICC OTP',
              preparedBy: 'bench',
              exportId: 'exp_BENCH',
              createdAt: nowIso(),
              assignPseudonyms: true,
            });
            html = modelHtml(model);
          } finally {
            ctx.store.close();
          }
          const page = await browser.newPage();
          page.setDefaultTimeout(300_000);
          page.on('crash', () => console.error('export bench: the Chromium page crashed'));
          await page.setContent(html, { waitUntil: 'load' });
          chromiumBytes = (await page.pdf({ format: 'A4' })).length;
          await page.close();
          return performance.now() - t0;
        },
      },
    ],
    RUNS,
  ).then((m) => {
    const peer = m.get('chromium')!;
    const warm = stats(casefile.map((r) => r.warmExport));
    const cold = stats(casefile.map((r) => r.coldExport));
    const mib = (n: number) => `${(n / 2 ** 20).toFixed(1)} MiB`;
    record({
      bench: 'export',
      figure: 'evidence summary PDF of 1,000 allegations (warm: second export in the process)',
      size: N_ALLEGATIONS,
      subject: 'Casefile exportPdf (pdfkit, PDF/A-3b, signed)',
      stats: warm,
      unit: 'ms',
      peer: 'Chromium page.pdf() of the same model as HTML',
      peerStats: peer,
      ratio: warm.median / peer.median,
      note: `${mib(casefile[0].bytes)} PDF vs ${mib(chromiumBytes)}`,
    });
    record({
      bench: 'export',
      figure: 'the same, first export in a fresh process (cold)',
      size: N_ALLEGATIONS,
      subject: 'Casefile exportPdf',
      stats: cold,
      unit: 'ms',
      peer: 'Chromium page.pdf()',
      peerStats: peer,
      ratio: cold.median / peer.median,
    });
    record({
      bench: 'export',
      figure: 'peak RSS, unlock and two exports',
      size: N_ALLEGATIONS,
      subject: 'Casefile exportPdf',
      stats: stats(casefile.map((r) => r.maxRssMiB)),
      unit: 'MiB',
    });
  });
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
