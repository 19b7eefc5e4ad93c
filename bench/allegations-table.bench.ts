/**
 * The allegations table at 50,000 allegations in Chromium (issue #11): the app's table — virtualised
 * (TanStack Virtual), its rows paged, sorted and filtered by the core — against the same rows and columns
 * in one table without virtualisation (every row in the DOM, in the app's own table markup and styles,
 * sorted and filtered in the page as a client-side table would). Three figures, each a ratio of medians,
 * the two interleaved (the order rotating each round), BENCH_TABLE_RUNS rounds (at least 5):
 * - scroll: jump to a point of the table until the rows there are drawn with their data;
 * - sort: re-sort by date (up, then down) until the first row is the expected allegation;
 * - filter: a text filter set (Cyrillic, another case) or cleared, until the count and the first row are right.
 * Timed inside the page (performance.now, from the action until the frame that shows the right rows has
 * been painted), so no round trip to Playwright counts. The virtualised side includes its calls to the core
 * (allegationRows, through the same dispatcher and service worker as the app); the peer's rows are given
 * to it up front, untimed, and its one-off build of 50,000 rows is reported apart.
 * The case is the e2e spec's (e2e/seed/fifty-thousand.ts, written by the core in a child process); the
 * app is the built renderer in Debian's Chromium with the real service, as the e2e harness runs it (it is
 * built here when out/ lacks it).
 * Run only when named (bench/run.ts OPT_IN): the peer lays out 50,000 rows for every sort and filter
 * run. At load 20–23 on this shared 2-core machine (session 5) building it once took 72 s, the scroll
 * phase 85 s, and the run was stopped after 25 minutes still in the sort phase; at load 13–17 a whole run
 * took 12 minutes: beyond `npm run bench`'s budget.
 *   npm run bench -- allegations-table          (BENCH_TABLE_RUNS=5 rounds; at least 5)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContextOptions, chromium } from '@playwright/test';
import { launchInChromium } from '../e2e/harness/chromium';
import { PASS } from '../e2e/models/NewCaseScreen';
import { allegation, CATEGORIES, N, PLACES, sourcesOf } from '../e2e/seed/big-case';
import { SettingsStore } from '../src/main/settings-store';
import { fmt, interleaved, record } from './lib/measure';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = Math.max(5, Number(process.env.BENCH_TABLE_RUNS ?? 5));
const CHROMIUM = process.env.CASEFILE_CHROMIUM ?? '/usr/bin/chromium';

/** A row as the peer shows it: the table's twelve columns, as text. */
type PeerRow = { id: string; cells: string[]; date: string };

const seeded = Array.from({ length: N }, (_, i) => allegation(i));
const peerRows: PeerRow[] = seeded.map((a) => ({
  id: a.id,
  date: a.date,
  cells: [
    a.label,
    CATEGORIES.find((c) => c.id === a.category)!
      .provisions.slice(0, 2)
      .join(', '),
    a.description,
    PLACES[a.i % PLACES.length],
    a.date,
    a.i % 3 === 0 ? `Commander ${a.i % 97}` : '',
    'civilian',
    'reported',
    '',
    a.status,
    String(sourcesOf(a.i).length),
    a.i % 10 === 0 ? 'yes' : '',
  ],
}));
const byLabel = [...seeded].sort((a, b) => a.label.toLowerCase().localeCompare(b.label.toLowerCase()) || a.i - b.i);
const byDate = (desc: boolean) => [...seeded].sort((a, b) => (desc ? -1 : 1) * a.date.localeCompare(b.date) || a.i - b.i)[0].description;
const FILTER = 'БАХМУТ';
const inBakhmut = seeded.filter((a) => PLACES[a.i % PLACES.length] === 'Бахмут');

function ensureBuilt(): void {
  if (existsSync(join(ROOT, 'out/renderer/index.html')) && existsSync(join(ROOT, 'out/main/service-worker.js'))) return;
  const b = spawnSync(process.execPath, [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (b.status !== 0) throw new Error('building the app (electron-vite build) failed');
}

if (!existsSync(CHROMIUM)) {
  console.log(`allegations-table: no Chromium at ${CHROMIUM} (set CASEFILE_CHROMIUM); not run`);
} else {
  ensureBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'casefile-bench-table-'));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--host-resolver-rules=MAP * ~NOTFOUND'] });
  let app: Awaited<ReturnType<typeof launchInChromium>> | undefined;
  try {
    const t0 = Date.now();
    const path = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'e2e/seed/fifty-thousand.ts'), dir, PASS], {
      encoding: 'utf8',
      cwd: ROOT,
    })
      .trim()
      .split('\n')
      .at(-1)!;
    console.log(`case of ${N} allegations seeded in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    // tsx compiles with esbuild's keepNames, which wraps functions in __name(…): the functions the harness
    // and this bench send to the page (the window.casefile shim, the evaluated steps) need it there too.
    const named = {
      newContext: async (options?: BrowserContextOptions) => {
        const context = await browser.newContext(options);
        await context.addInitScript('globalThis.__name = (f) => f;');
        return context;
      },
    } as Browser;
    // An hour before the app locks itself: a slow run on a loaded machine must not lock mid-measurement.
    new SettingsStore(join(dir, 'userData')).update({ autoLockSeconds: 3600 });
    app = await launchInChromium(named, dir);
    const { page } = app.harness;
    page.setDefaultTimeout(120_000);
    await app.harness.answerOpenDialog(path);
    await page.getByRole('button', { name: /Open case file/ }).click();
    await page.getByLabel('Passphrase', { exact: true }).fill(PASS);
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await page.getByRole('navigation', { name: 'Case sections' }).getByRole('link', { name: 'Allegations', exact: true }).click();
    await page.locator('tbody tr[data-index="0"][data-row-id]').waitFor();

    // The peer: the app's own table (its thead and classes) cloned beside it, every row in its tbody.
    const built = await page.evaluate(
      ({ rows, expected }) => {
        const w = window as unknown as Record<string, unknown>;
        w.__expected = expected;
        const t0 = performance.now();
        const original = document.querySelector('.table-scroll')!;
        const scroll = original.cloneNode(false) as HTMLElement;
        scroll.classList.add('bench-every-row');
        const table = document.createElement('table');
        table.append(original.querySelector('thead')!.cloneNode(true));
        const body = document.createElement('tbody');
        const byId = new Map<string, HTMLTableRowElement>();
        for (const r of rows) {
          const tr = document.createElement('tr');
          tr.dataset.rowId = r.id;
          for (const c of r.cells) {
            const td = document.createElement('td');
            td.textContent = c;
            tr.append(td);
          }
          byId.set(r.id, tr);
          body.append(tr);
        }
        table.append(body);
        scroll.append(table);
        original.parentElement!.append(scroll);
        void scroll.scrollHeight; // layout of every row
        Object.assign(w, { __peer: { rows, byId, body, scroll } });
        return performance.now() - t0;
      },
      { rows: peerRows, expected: byLabel.map((a) => a.description) },
    );
    console.log(`the peer table of ${N} rows built and laid out in ${fmt(built)} ms (once, not in the figures)`);

    /** The page waits for a condition, a frame at a time, then for the frame that shows it; returns ms since t0. */
    const helpers = `
      window.__frame = () => new Promise((r) => requestAnimationFrame(() => r()));
      window.__until = async (t0, ok, what) => {
        while (!ok()) {
          if (performance.now() - t0 > 120000) throw new Error('timed out waiting for ' + what);
          await window.__frame();
        }
        // Two frames: the second starts once the first, which drew the rows, has been painted.
        await window.__frame();
        await window.__frame();
        return performance.now() - t0;
      };
      window.__setSearch = (v) => {
        const label = [...document.querySelectorAll('label')].find((l) => l.textContent.includes('Search allegations'));
        const input = document.getElementById(label.htmlFor);
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, v);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      };
      window.__peerShow = (rows) => {
        const p = window.__peer;
        p.body.replaceChildren(...rows.map((r) => p.byId.get(r.id)));
        void p.scroll.scrollHeight;
      };
    `;
    await page.evaluate(helpers);
    /** Each figure is recorded as soon as its phase ends: a run stopped later still reports it. */
    const recordPhase = (figure: string, s: Awaited<ReturnType<typeof interleaved>>, started: number) => {
      const v = s.get('virtualised')!;
      const e = s.get('every row')!;
      const f = record({
        bench: 'allegations-table',
        figure: `Chromium: ${figure}`,
        size: N,
        subject: 'virtualised, paged by the core',
        stats: v,
        unit: 'ms',
        peer: 'every row in the DOM, sorted/filtered in the page',
        peerStats: e,
        ratio: v.median / e.median,
        note: `min ratio ${(v.min / e.min).toFixed(2)}; the peer's rows were given to it up front, and building them took ${fmt(built)} ms once`,
      });
      console.log(
        `${figure}: virtualised median ${fmt(v.median)} ms, every row ${fmt(e.median)} ms, ratio ${f.ratio!.toFixed(2)} (phase ${((Date.now() - started) / 1000).toFixed(0)} s)`,
      );
    };

    let phase = Date.now();
    // ── Scroll: the same points of the table, the rows there drawn with their data ──
    const points = [0.5, 0.25, 0.9, 0.1, 0.75, 0.4, 0.6];
    let vp = 0;
    let pp = 0;
    const scroll = await interleaved(
      [
        {
          name: 'virtualised',
          run: () =>
            page.evaluate(
              (f) => {
                const w = window as unknown as Record<string, (...a: unknown[]) => Promise<number>> & { __expected: string[] };
                const el = document.querySelector('.table-scroll:not(.bench-every-row)') as HTMLElement;
                const t0 = performance.now();
                el.scrollTop = f * (el.scrollHeight - el.clientHeight);
                const box = el.getBoundingClientRect();
                return w.__until(
                  t0,
                  () => {
                    const rows = [...el.querySelectorAll<HTMLTableRowElement>('tbody tr[data-index]')].filter((tr) => {
                      const r = tr.getBoundingClientRect();
                      return r.bottom > box.top && r.top < box.bottom;
                    });
                    return (
                      rows.length > 3 &&
                      rows.every((tr) => tr.dataset.rowId && tr.textContent!.includes(w.__expected[Number(tr.dataset.index)]))
                    );
                  },
                  `the rows at ${f} of the table`,
                );
              },
              points[vp++ % points.length],
            ),
        },
        {
          name: 'every row',
          run: () =>
            page.evaluate(
              (f) => {
                const w = window as unknown as Record<string, (...a: unknown[]) => Promise<number>>;
                const el = document.querySelector('.bench-every-row') as HTMLElement;
                const t0 = performance.now();
                el.scrollTop = f * (el.scrollHeight - el.clientHeight);
                void el.scrollTop;
                return w.__until(t0, () => true, 'a frame');
              },
              points[pp++ % points.length],
            ),
        },
      ],
      RUNS,
    );
    recordPhase('scroll to a point of the table until its rows are drawn with data', scroll, phase);
    phase = Date.now();
    await page.evaluate(() => {
      (document.querySelector('.table-scroll:not(.bench-every-row)') as HTMLElement).scrollTop = 0;
      (document.querySelector('.bench-every-row') as HTMLElement).scrollTop = 0;
    });

    // ── Sort by date, up then down: the first row is the expected allegation ──
    const firsts = [byDate(false), byDate(true)];
    let vs = 0;
    let ps = 0;
    const sort = await interleaved(
      [
        {
          name: 'virtualised',
          run: () =>
            page.evaluate(
              (want) => {
                const w = window as unknown as Record<string, (...a: unknown[]) => Promise<number>>;
                const t0 = performance.now();
                const th = [...document.querySelectorAll('.table-scroll:not(.bench-every-row) th')].find((h) =>
                  h.textContent?.startsWith('Date'),
                );
                th!.querySelector('button')!.click();
                return w.__until(
                  t0,
                  () =>
                    !!document
                      .querySelector('.table-scroll:not(.bench-every-row) tbody tr[data-index="0"][data-row-id]')
                      ?.textContent?.includes(want),
                  `the first row to be ${want}`,
                );
              },
              firsts[vs++ % 2],
            ),
        },
        {
          name: 'every row',
          run: () =>
            page.evaluate(
              (desc) => {
                const w = window as unknown as Record<string, (...a: unknown[]) => Promise<number>> & {
                  __peer: { rows: { id: string; date: string }[] };
                  __peerShow(rows: unknown[]): void;
                };
                const t0 = performance.now();
                const rows = w.__peer.rows
                  .map((r, i) => ({ r, i }))
                  .sort((a, b) => (desc ? -1 : 1) * a.r.date.localeCompare(b.r.date) || a.i - b.i)
                  .map((x) => x.r);
                w.__peerShow(rows);
                return w.__until(t0, () => true, 'a frame');
              },
              ps++ % 2 === 1,
            ),
        },
      ],
      RUNS,
    );

    // ── Filter by text: the count and the first row are right (then cleared, untimed) ──
    recordPhase('re-sort by date until the first row shows', sort, phase);
    phase = Date.now();
    // The rows keep the order the sort runs left (read from the heading): the first match follows it.
    const desc =
      (await page.locator('.table-scroll:not(.bench-every-row) th[aria-sort]').first().getAttribute('aria-sort')) === 'descending';
    const expectFirst = [...inBakhmut].sort((a, b) => (desc ? -1 : 1) * a.date.localeCompare(b.date) || a.i - b.i)[0].description;
    // Each run changes the filter: on (even runs), off again (odd runs); both wait for the count and first row.
    const firstUnfiltered = [...seeded].sort((a, b) => (desc ? -1 : 1) * a.date.localeCompare(b.date) || a.i - b.i)[0].description;
    let vf = 0;
    let pf = 0;
    const filter = await interleaved(
      [
        {
          name: 'virtualised',
          run: () => {
            const on = vf++ % 2 === 0;
            return page.evaluate(
              ({ text, count, want }) => {
                const w = window as unknown as Record<string, (...a: unknown[]) => Promise<number>> & { __setSearch(v: string): void };
                const t0 = performance.now();
                w.__setSearch(text);
                return w.__until(
                  t0,
                  () =>
                    document.querySelector('.table-count')?.textContent === count &&
                    !!document
                      .querySelector('.table-scroll:not(.bench-every-row) tbody tr[data-index="0"][data-row-id]')
                      ?.textContent?.includes(want),
                  `${count} and ${want}`,
                );
              },
              on
                ? { text: FILTER, count: `${inBakhmut.length} of ${N} rows`, want: expectFirst }
                : { text: '', count: `${N} rows`, want: firstUnfiltered },
            );
          },
        },
        {
          name: 'every row',
          run: () =>
            page.evaluate(
              ({ text, count }) => {
                const w = window as unknown as Record<string, (...a: unknown[]) => Promise<number>> & {
                  __peer: { rows: { cells: string[] }[] };
                  __peerShow(rows: unknown[]): void;
                };
                const t0 = performance.now();
                const needle = text.toLocaleLowerCase();
                const rows = w.__peer.rows.filter((r) => r.cells.some((c) => c.toLocaleLowerCase().includes(needle)));
                if (rows.length !== count) throw new Error(`the peer's filter found ${rows.length}, not ${count}`);
                w.__peerShow(rows);
                return w.__until(t0, () => true, 'a frame');
              },
              pf++ % 2 === 0 ? { text: FILTER, count: inBakhmut.length } : { text: '', count: N },
            ),
        },
      ],
      RUNS,
    );
    recordPhase(`set or clear a text filter (“${FILTER}”, ${inBakhmut.length} rows) until count and first row show`, filter, phase);
  } catch (e) {
    if (app) console.error(app.logs.slice(-30).join('\n'));
    throw e;
  } finally {
    await app?.close();
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
