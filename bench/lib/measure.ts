/**
 * How every benchmark here measures, so the comparisons are fair:
 * - peers run interleaved with Casefile (A B C A B C …, the order rotating each round), so a burst of load
 *   on a shared machine hits all of them alike;
 * - at least five runs each; the first (cold: caches, JIT, page cache) is reported apart from the rest
 *   (warm), and the warm figures are min and median;
 * - memory is the peak RSS the OS counted for a child process that did only that work
 *   (`process.resourceUsage().maxRSS`), never sampled on a busy thread;
 * - every figure goes into one results list that bench/run.ts prints as a table and writes as JSON.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';

export interface Stats {
  runs: number;
  /** The first run, reported apart (cold). */
  cold: number;
  /** Warm runs (all after the first). */
  min: number;
  median: number;
}

export function stats(samples: number[]): Stats {
  if (samples.length < 2) throw new Error('need at least two runs (one cold, one warm)');
  const warm = samples.slice(1).sort((a, b) => a - b);
  const mid = warm.length >> 1;
  const median = warm.length % 2 ? warm[mid] : (warm[mid - 1] + warm[mid]) / 2;
  return { runs: samples.length, cold: samples[0], min: warm[0], median };
}

export interface Peer {
  name: string;
  /** One run; returns nothing (timed here) or its own duration in ms (when setup must not count). */
  run: () => unknown;
}

export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** Run every peer `runs` times, interleaved, the starting peer rotating each round. */
export async function interleaved(peers: Peer[], runs: number): Promise<Map<string, Stats>> {
  const samples = new Map<string, number[]>(peers.map((p) => [p.name, []]));
  for (let round = 0; round < runs; round++) {
    for (let k = 0; k < peers.length; k++) {
      const p = peers[(round + k) % peers.length];
      const t0 = nowMs();
      const own = await p.run();
      const ms = typeof own === 'number' ? own : nowMs() - t0;
      samples.get(p.name)!.push(ms);
    }
  }
  return new Map([...samples].map(([k, v]) => [k, stats(v)]));
}

/** Wall time of one child process (spawned synchronously: the parent does nothing meanwhile). */
export function timeChild(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env, cwd?: string): number {
  const t0 = nowMs();
  const r = spawnSync(cmd, args, { env, cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = nowMs() - t0;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

/**
 * CPU time (user + sys, ms) of this process's children that have been waited for, from Linux's
 * /proc/self/stat (cutime, cstime; ticks of 1/100 s), or null elsewhere. spawnSync waits for its child, so
 * the difference around one call is that child's CPU time (and its own waited-for children's): unlike
 * wall time it leaves out the time a loaded machine made the child wait for a core.
 */
export function childrenCpuMs(): number | null {
  return procStatTicks([13, 14]);
}

/** CPU time (ms) of this process and of its waited-for children (utime, stime, cutime, cstime), or null. */
export function selfAndChildrenCpuMs(): number | null {
  return procStatTicks([11, 12, 13, 14]);
}

function procStatTicks(fieldsAfterName: number[]): number | null {
  try {
    // The name (field 2) is in parentheses and may hold spaces: count the fields after it.
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return fieldsAfterName.reduce((sum, i) => sum + Number(fields[i]), 0) * 10;
  } catch {
    return null;
  }
}

/** Wall and CPU time (ms) of one child process; cpu is null where /proc is missing. */
export function timeChildCpu(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
  cwd?: string,
): { wall: number; cpu: number | null } {
  const c0 = childrenCpuMs();
  const wall = timeChild(cmd, args, env, cwd);
  const c1 = childrenCpuMs();
  return { wall, cpu: c0 === null || c1 === null ? null : c1 - c0 };
}

/** One figure in the results: a measurement of `subject` (and, when compared, its peer and the ratio). */
export interface Figure {
  bench: string;
  figure: string;
  size?: number;
  subject: string;
  stats: Stats;
  unit: 'ms' | 'MiB' | 'count';
  peer?: string;
  peerStats?: Stats;
  /** subject median / peer median. */
  ratio?: number;
  goal?: string;
  /** Whether the goal holds (when there is one). */
  pass?: boolean;
  note?: string;
}

export const figures: Figure[] = [];

export function record(f: Figure): Figure {
  figures.push(f);
  return f;
}

/** The machine and its load, stored with the results: figures from a loaded shared machine say so. */
export function machine(): { load: number[] } {
  return { load: loadavg().map((l) => Math.round(l * 100) / 100) };
}

export const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));
