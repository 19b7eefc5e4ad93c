/**
 * A case at three sizes (generated, fixed seed: bench/lib/casegen.ts), each measurement in a fresh child
 * process (bench/lib/case-child.ts) with its peak RSS from the OS, peers interleaved, at least 5 runs:
 * - unlock to the overview's data, against one key derivation (the floor) and against the pre-#15 path
 *   (quick_check at unlock, the overview built from every allegation and event);
 * - the allegations table's data (its first window and chart through the service's paged op, then a
 *   re-sort with filters), cold and warm, against building every allegation (the list before paging, up
 *   to BENCH_LIST_MAX allegations) and one allegation at a time (pre-#15, up to BENCH_LEGACY_MAX records);
 *   the filtered re-sort, the first call to read every row, also against reading each page of the table
 *   once in a fresh process (the floor of any text filter's first call), and what that floor is made of;
 * - verify, per record, at each size (linear?), and its unrecorded-source query with and without the
 *   custody index of migration 5;
 * - a write through the service (writeLogged, so with the stored corroboration's refresh): addStatement
 *   on the most-linked source against upsertPerson, whose write the counts do not follow, in CPU time.
 *   BENCH_SIZES=1000,10000 npm run bench -- case-scale       (default 1000,10000,100000)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCase, shapeFor } from './lib/casegen';
import { caseChild } from './lib/run-child';
import { fmt, interleaved, nowMs, record, stats, type Stats } from './lib/measure';
import { CaseContext } from '../src/core/context';
import { caseInfo } from '../src/core/ops/case-info';
import { CaseStore } from '../src/core/store/case-store';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 5));
/** Above this many records the pre-#15 peers are not run (30-45 s per run at 10,000: most of the budget). */
const LEGACY_MAX = Number(process.env.BENCH_LEGACY_MAX ?? 1_000);
/** Above this many allegations the whole-list peer is not run (13 s per run at 50,000). */
const LIST_MAX = Number(process.env.BENCH_LIST_MAX ?? 5_000);
const PASS = 'bench passphrase: a generated case';

const child = await caseChild();

/** Interleave child runs of several modes; collect any number of fields of each. */
async function measure(modes: string[], path: string, runs: number) {
  const got = new Map<string, Record<string, number>[]>(modes.map((m) => [m, []]));
  await interleaved(
    // The run returns nothing: the harness would take a returned number (push's new length) as its duration.
    modes.map((m) => ({
      name: m,
      run: () => {
        got.get(m)!.push(child(m, path, PASS));
      },
    })),
    runs,
  );
  const field = (mode: string, f: (r: Record<string, number>) => number): Stats => stats(got.get(mode)!.map(f));
  return field;
}

/**
 * What a read-only command pays for its access entry (`case.open` in the custody log: a commit, synced,
 * and the checkpoint at close): the same open → caseInfo → close with and without it, interleaved.
 */
async function accessEntryCost(path: string): Promise<void> {
  const run = (withEntry: boolean) => () => {
    const store = CaseStore.open(path, PASS);
    const ctx = new CaseContext(store);
    const t0 = nowMs();
    if (withEntry) ctx.write(() => ({ result: null, custody: { action: 'case.open', entity: 'case', entityId: store.meta().caseId } }));
    caseInfo(ctx);
    store.close();
    return nowMs() - t0;
  };
  const m = await interleaved(
    [
      { name: 'with', run: run(true) },
      { name: 'without', run: run(false) },
    ],
    RUNS,
  );
  const withEntry = m.get('with')!;
  const without = m.get('without')!;
  record({
    bench: 'case-scale',
    figure: 'a read-only command: info after the key, with its access entry',
    subject: 'case.open entry + info + close',
    stats: withEntry,
    unit: 'ms',
    peer: 'info + close, no entry',
    peerStats: without,
    ratio: withEntry.median / without.median,
    note: `the entry costs ${fmt(withEntry.median - without.median)} ms`,
  });
}

const dir = mkdtempSync(join(tmpdir(), 'casefile-bench-scale-'));
const verifyPerRecord: { size: number; perK: Stats }[] = [];
try {
  for (const size of SIZES) {
    const path = join(dir, `case-${size}.casefile`);
    const t0 = nowMs();
    const store = CaseStore.create(path, PASS, `Generated case of ${size} records`);
    const ctx = new CaseContext(store);
    const shape = shapeFor(size);
    generateCase((fn) => ctx.write((db) => ({ result: null, custody: fn(db).custody as never })), shape, 20261201);
    store.checkpoint();
    const mib = store.fileSize() / 2 ** 20;
    store.close();
    console.log(
      `${size} records: ${shape.sources} sources, ${shape.allegations} allegations, ${shape.events} events, ${shape.statements} statements; ` +
        `${mib.toFixed(1)} MiB, generated in ${fmt((nowMs() - t0) / 1000)} s`,
    );
    const legacy = size <= LEGACY_MAX;

    const f = await measure(['key', 'overview', ...(legacy ? ['legacy'] : [])], path, RUNS);
    const key = f('key', (r) => r.key);
    const overview = f('overview', (r) => r.unlock + r.overview);
    const afterKey = overview.median - key.median;
    record({
      bench: 'case-scale',
      figure: 'unlock to overview data',
      size,
      subject: 'open + overview',
      stats: overview,
      unit: 'ms',
      peer: 'key derivation alone',
      peerStats: key,
      ratio: overview.median / key.median,
      goal: size >= 100_000 ? 'under 300 ms after key derivation at 100,000 records' : undefined,
      pass: size >= 100_000 ? afterKey < 300 : undefined,
      note: `${fmt(afterKey)} ms after key derivation`,
    });
    if (legacy) {
      const old = f('legacy', (r) => r.unlock + r.overview);
      record({
        bench: 'case-scale',
        figure: 'unlock to overview data, vs before',
        size,
        subject: 'open + overview',
        stats: overview,
        unit: 'ms',
        peer: 'quick_check + every allegation (pre-#15)',
        peerStats: old,
        ratio: overview.median / old.median,
      });
    }
    record({
      bench: 'case-scale',
      figure: 'peak RSS, unlock to overview',
      size,
      subject: 'open + overview',
      stats: f('overview', (r) => r.maxRssMiB),
      unit: 'MiB',
    });

    const whole = shape.allegations <= LIST_MAX;
    const l = await measure(['table', 'scan', ...(whole ? ['list'] : []), ...(legacy ? ['list-legacy'] : [])], path, RUNS);
    const cold = l('table', (r) => r.coldTable);
    const big = shape.allegations >= 50_000;
    record({
      bench: 'case-scale',
      figure: 'allegations table: first window (100 rows by category) and chart, first call',
      size: shape.allegations,
      subject: 'allegationRows + allegationCounts',
      stats: cold,
      unit: 'ms',
      peer: whole ? 'every allegation built (listAllegations, before paging)' : undefined,
      peerStats: whole ? l('list', (r) => r.coldTable) : undefined,
      ratio: whole ? cold.median / l('list', (r) => r.coldTable).median : undefined,
      goal: big ? '50,000 rows sorted and filtered under 300 ms' : undefined,
      pass: big ? cold.median < 300 : undefined,
      note: `CPU time ${fmt(l('table', (r) => r.coldTableCpu).median)} ms (median)`,
    });
    record({
      bench: 'case-scale',
      figure: 'allegations table: re-sorted by date, text and status filters',
      size: shape.allegations,
      subject: 'allegationRows',
      stats: l('table', (r) => r.warmTable),
      unit: 'ms',
      peer: whole ? 'listAllegations again, sorted and filtered in JS' : undefined,
      peerStats: whole ? l('list', (r) => r.warmTable) : undefined,
      ratio: whole ? l('table', (r) => r.warmTable).median / l('list', (r) => r.warmTable).median : undefined,
      goal: big ? '50,000 rows sorted and filtered under 300 ms' : undefined,
      pass: big ? l('table', (r) => r.warmTable).median < 300 : undefined,
      note: `CPU time ${fmt(l('table', (r) => r.warmTableCpu).median)} ms (median)`,
    });
    const scan = l('scan', (r) => r.scan);
    const scanCpu = l('scan', (r) => r.scanCpu);
    const resortCpu = l('table', (r) => r.warmTableCpu);
    const pages = l('scan', (r) => r.pages).median;
    record({
      bench: 'case-scale',
      figure: "allegations table: the filtered re-sort vs reading every page of the table once (a text filter's floor)",
      size: shape.allegations,
      subject: 'allegationRows, re-sorted and filtered',
      stats: l('table', (r) => r.warmTable),
      unit: 'ms',
      peer: `every page of the table read once, cold (${pages} pages)`,
      peerStats: scan,
      ratio: l('table', (r) => r.warmTable).median / scan.median,
      note:
        `CPU ${fmt(resortCpu.median)} vs ${fmt(scanCpu.median)} ms (the query: ${fmt(resortCpu.median - scanCpu.median)} ms); of the floor, ` +
        `reading and decrypting the pages into reused buffers ${fmt(l('scan', (r) => r.recycledCpu).median)} ms, ` +
        `touching as many fresh memory pages (what a page cache filled from nothing costs) ${fmt((l('scan', (r) => r.touchUsPerPage).median * pages) / 1000)} ms on this machine`,
    });
    if (legacy)
      record({
        bench: 'case-scale',
        figure: 'every allegation built, vs one at a time',
        size: shape.allegations,
        subject: 'listAllegations via service',
        stats: l('list', (r) => r.coldTable),
        unit: 'ms',
        peer: 'one allegation at a time (pre-#15)',
        peerStats: l('list-legacy', (r) => r.list),
        ratio: l('list', (r) => r.coldTable).median / l('list-legacy', (r) => r.list).median,
      });
    record({
      bench: 'case-scale',
      figure: 'peak RSS, allegations table',
      size: shape.allegations,
      subject: 'allegationRows + allegationCounts',
      stats: l('table', (r) => r.maxRssMiB),
      unit: 'MiB',
      peer: whole ? 'listAllegations' : undefined,
      peerStats: whole ? l('list', (r) => r.maxRssMiB) : undefined,
      ratio: whole ? l('table', (r) => r.maxRssMiB).median / l('list', (r) => r.maxRssMiB).median : undefined,
    });

    if (size === SIZES[Math.min(1, SIZES.length - 1)]) await accessEntryCost(path);

    const v = await measure(['verify'], path, RUNS);
    const ver = v('verify', (r) => r.verify);
    const records = size;
    verifyPerRecord.push({ size, perK: v('verify', (r) => (r.verify / records) * 1000) });
    record({
      bench: 'case-scale',
      figure: 'verify',
      size,
      subject: 'verify',
      stats: ver,
      unit: 'ms',
      note: `${fmt((ver.median / records) * 1000)} ms per 1,000 records`,
    });
    record({
      bench: 'case-scale',
      figure: 'unrecorded-source check',
      size: shape.sources,
      subject: 'with custody_log_entity',
      stats: v('verify', (r) => r.unrecordedIndexed),
      unit: 'ms',
      peer: 'NOT INDEXED (pre-migration 5)',
      peerStats: v('verify', (r) => r.unrecordedScan),
      ratio: v('verify', (r) => r.unrecordedIndexed).median / v('verify', (r) => r.unrecordedScan).median,
    });

    // Last at each size: it adds statements and people to the case.
    const w = await measure(['writes'], path, RUNS);
    const linked = w('writes', (r) => r.linkedAllegations).median;
    for (const phase of ['Warm', 'Cold'] as const) {
      const st = w('writes', (r) => r[`statement${phase}`]);
      const pe = w('writes', (r) => r[`person${phase}`]);
      record({
        bench: 'case-scale',
        figure: `a write through the service, CPU: addStatement on the most-linked source vs upsertPerson, ${phase === 'Warm' ? 'warm (median of 6 in one process)' : 'first in a process'}`,
        size,
        subject: `addStatement (${linked} allegations linked)`,
        stats: st,
        unit: 'ms',
        peer: 'upsertPerson',
        peerStats: pe,
        ratio: st.median / pe.median,
        note: 'user+sys of the child, per call',
      });
    }
  }
  if (verifyPerRecord.length > 1) {
    const first = verifyPerRecord[0];
    const last = verifyPerRecord[verifyPerRecord.length - 1];
    const growth = last.perK.median / first.perK.median;
    record({
      bench: 'case-scale',
      figure: `verify per 1,000 records, ${last.size.toLocaleString('en')} vs ${first.size.toLocaleString('en')}`,
      size: last.size,
      subject: `at ${last.size.toLocaleString('en')}`,
      stats: last.perK,
      unit: 'ms',
      peer: `at ${first.size.toLocaleString('en')}`,
      peerStats: first.perK,
      ratio: growth,
      goal: 'linear: the per-record cost grows at most 2× over a 100× larger case',
      pass: growth <= 2,
    });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
