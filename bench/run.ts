/**
 * Runs every benchmark in bench/ (files named *.bench.ts, but the kill loop; `npm run bench -- NAME[,NAME]`
 * runs those whose file name contains a NAME), then prints one table of every recorded figure and writes it as JSON under
 * bench/results/ with the machine and its load average before and after.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { figures, machine, selfAndChildrenCpuMs } from './lib/measure';
import { machineDescription, table, writeResults } from './lib/report';

const dir = import.meta.dirname;
const only = process.argv[2]?.split(',');
/**
 * Run only when named (`npm run bench -- kill-loop`): 160 SIGKILLed commands would take most of the budget;
 * the Chromium table bench lays out 50,000 DOM rows for each of its peer's runs (stopped unfinished after
 * 25 minutes at load 20–23).
 */
const OPT_IN = ['kill-loop.bench.ts', 'allegations-table.bench.ts'];
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts') && (only ? only.some((o) => f.includes(o)) : !OPT_IN.includes(f)))
  .sort();
if (files.length === 0) console.log('bench: no benchmarks yet');
const startedAt = new Date().toISOString();
const loadBefore = machine().load;
const t0 = Date.now();
/**
 * CPU seconds used so far by this process and by the children it has waited for. On a loaded machine a
 * bench's wall time mostly measures the load; its CPU time is about what it takes on a quiet one.
 */
function cpuSeconds(): number | null {
  const ms = selfAndChildrenCpuMs();
  return ms === null ? null : ms / 1000;
}
const perBench: { bench: string; seconds: number; cpuSeconds: number | null; loadAfter: number[] }[] = [];
for (const f of files) {
  console.log(`\n=== ${f}`);
  const t1 = Date.now();
  const c1 = cpuSeconds();
  await import(join(dir, f));
  const c2 = cpuSeconds();
  const cpu = c1 === null || c2 === null ? null : Math.round(c2 - c1);
  perBench.push({ bench: f, seconds: Math.round((Date.now() - t1) / 1000), cpuSeconds: cpu, loadAfter: machine().load });
  console.log(`=== ${f}: ${perBench.at(-1)!.seconds} s, ${cpu ?? '?'} s of CPU with its children (load ${machine().load.join(' ')})`);
}
if (figures.length) {
  const m = machineDescription();
  console.log(`\n=== results (${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}; load before ${loadBefore.join(' ')})`);
  console.log(table(figures));
  const file = writeResults(
    join(dir, 'results'),
    { startedAt, seconds: Math.round((Date.now() - t0) / 1000), loadBefore, loadAfter: machine().load, benches: files, perBench },
    figures,
  );
  console.log(`\nwritten: ${file} (and latest.json); load after ${machine().load.join(' ')}`);
}
