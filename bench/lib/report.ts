/** The results of a bench run: one table in the terminal, one JSON file under bench/results/. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { type Figure, fmt } from './measure';

export function table(figures: Figure[]): string {
  const head = ['bench', 'figure', 'size', 'subject', 'cold', 'min', 'median', 'peer', 'peer median', 'ratio', 'goal'];
  const rows = figures.map((f) => {
    const v = (x: number) => (f.unit === 'count' ? String(x) : fmt(x));
    return [
      f.bench,
      f.figure,
      f.size === undefined ? '' : f.size.toLocaleString('en'),
      f.subject,
      v(f.stats.cold),
      v(f.stats.min),
      `${v(f.stats.median)} ${f.unit}`,
      f.peer ?? '',
      f.peerStats ? `${v(f.peerStats.median)} ${f.unit}` : '',
      f.ratio === undefined ? '' : `${f.ratio.toFixed(2)}×`,
      f.goal === undefined ? (f.note ?? '') : `${f.pass ? 'ok' : 'MISSED'}${f.note ? ` (${f.note})` : ''}`,
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i >= 4 && i <= 6 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function machineDescription(): { cpu: string; cores: number; memoryGiB: number; node: string; platform: string } {
  const c = cpus();
  return {
    cpu: c[0]?.model ?? 'unknown',
    cores: c.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

/** Write the run as JSON (bench/results/<timestamp>.json and latest.json); returns the path written. */
export function writeResults(
  dir: string,
  run: {
    startedAt: string;
    seconds: number;
    loadBefore: number[];
    loadAfter: number[];
    benches: string[];
    /** Each bench's wall time, its CPU time with its children's, and the load when it ended (where the budget goes). */
    perBench?: { bench: string; seconds: number; cpuSeconds: number | null; loadAfter: number[] }[];
  },
  figures: Figure[],
): string {
  mkdirSync(dir, { recursive: true });
  const body = `${JSON.stringify({ ...run, machine: machineDescription(), figures }, null, 2)}\n`;
  const file = join(dir, `${run.startedAt.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, body);
  writeFileSync(join(dir, 'latest.json'), body);
  return file;
}
