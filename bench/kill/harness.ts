/**
 * The kill loop: run a real `casefile` command (import, export, passwd, backup) in a child process,
 * SIGKILL it at a random moment, then reopen the case in this process and check what a crash must never
 * do: leave a case that no passphrase opens, lose rows that were committed before the run, leave a case
 * that fails `verify`, or leave a partial output (`*.part`) behind once the case has been reopened.
 *
 * Used by bench/kill-loop.bench.ts (many kills, with figures) and test/hardening/kill-loop.test.ts (a
 * few kills, the same checks). No timing is asserted anywhere: the kill moment is only spread over the
 * time one uninterrupted run took.
 */
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, watch, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createService } from '../../src/core/service';

export const KILL_OPS = ['import', 'export', 'rekey', 'backup'] as const;
export type KillOp = (typeof KILL_OPS)[number];

export interface KillReport {
  op: KillOp;
  runs: number;
  kills: number;
  completed: number;
  reopens: number;
  unopenable: number;
  verifyPasses: number;
  rowsLost: number;
  partialsLeft: number;
  /** Finished outputs (PDF, backup) that are not what the case says they are. */
  badOutputs: number;
  caseBytes: number;
  problems: string[];
}

export interface KillOptions {
  /** Stop after this many runs that were really killed mid-way. */
  kills: number;
  /** Working folder (created; the caller removes it). */
  dir: string;
  /** Pad the case with this many MiB of incompressible originals (re-key and backup copy the whole file). */
  padMiB?: number;
  /** Checkout whose bin/casefile.mjs is run (default: this one). */
  root?: string;
  log?: (line: string) => void;
}

const PASS_A = 'kill loop passphrase one';
const PASS_B = 'kill loop passphrase two';
const here = import.meta.dirname;
const ARTICLES = resolve(here, '../../test/fixtures/articles');

interface CaseState {
  passphrase: string;
  sourceIds: Set<string>;
  exportIds: Map<string, string>;
  custodyEntries: number;
  verifyOk: boolean;
  problems: string[];
}

/** Open the case with whichever passphrase works, verify it, read what it holds, close it. */
async function inspect(path: string, passphrases: string[]): Promise<CaseState | null> {
  for (const passphrase of passphrases) {
    const service = createService();
    try {
      await service.api.openCase({ path, passphrase });
    } catch (e) {
      service.dispose();
      if ((e as { code?: string }).code === 'WRONG_PASSPHRASE') continue;
      return null;
    }
    try {
      const { api } = service;
      const report = await api.verify({});
      const sources = await api.listSources({});
      const exports = await api.listExports({});
      const info = await api.caseInfo({});
      return {
        passphrase,
        sourceIds: new Set(sources.map((s) => s.id)),
        exportIds: new Map(exports.map((x) => [x.exportId, x.sha256])),
        custodyEntries: info.counts.custodyEntries,
        verifyOk: report.ok,
        problems: report.problems.map((p) => p.message),
      };
    } finally {
      service.dispose();
    }
  }
  return null;
}

function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

function partialsIn(dir: string): string[] {
  return readdirSync(dir).filter((n) => /\.part(-journal|-wal|-shm)?$/.test(n));
}

interface Child {
  args: string[];
  env: Record<string, string>;
}

interface RunResult {
  killed: boolean;
  code: number | null;
  ms: number;
  /** When the command first created a file other than the case's own -wal/-shm (a journal, a .part, an output). */
  firstWriteMs: number | null;
  stderr: string;
}

/** When to kill: `at` ms after the start, or `afterWrite` ms after the command's first new file appears. */
type KillAt = { at: number } | { afterWrite: number } | null;

function runChild(root: string, child: Child, watchDirs: string[], killAt: KillAt): Promise<RunResult> {
  return new Promise((done) => {
    const started = process.hrtime.bigint();
    const elapsed = () => Number(process.hrtime.bigint() - started) / 1e6;
    const p = spawn(process.execPath, [join(root, 'bin/casefile.mjs'), ...child.args], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...child.env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timers: NodeJS.Timeout[] = [];
    let firstWriteMs: number | null = null;
    const watchers = watchDirs.map((d) =>
      watch(d, (_event, name) => {
        if (firstWriteMs !== null || !name || /\.casefile-(wal|shm)$/.test(name) || !existsSync(join(d, name))) return;
        firstWriteMs = elapsed();
        if (killAt && 'afterWrite' in killAt) {
          if (killAt.afterWrite === 0) p.kill('SIGKILL');
          else timers.push(setTimeout(() => p.kill('SIGKILL'), killAt.afterWrite));
        }
      }),
    );
    if (killAt && 'at' in killAt) timers.push(setTimeout(() => p.kill('SIGKILL'), killAt.at));
    p.on('exit', (code, signal) => {
      for (const t of timers) clearTimeout(t);
      for (const w of watchers) w.close();
      done({ killed: signal === 'SIGKILL', code, ms: elapsed(), firstWriteMs, stderr });
    });
  });
}

async function setUpCase(path: string, padMiB: number): Promise<void> {
  const service = createService();
  const { api } = service;
  try {
    await api.createCase({ path, passphrase: PASS_A, title: 'Kill loop' });
    const files = readdirSync(ARTICLES)
      .filter((n) => n.endsWith('.txt'))
      .slice(0, 6)
      .map((n) => ({ fileName: n, bytes: new Uint8Array(readFileSync(join(ARTICLES, n))) }));
    await api.importFiles({ files });
    for (let i = 0; i < padMiB; i++) await api.addSource({ fileName: `padding-${i}.bin`, bytes: new Uint8Array(randomBytes(1 << 20)) });
  } finally {
    service.dispose();
  }
}

/** Fresh input files for one import run (distinct bytes each run, so nothing is a duplicate). */
function importFiles(dir: string, run: number): string[] {
  const out = join(dir, `in-${run}`);
  mkdirSync(out, { recursive: true });
  const names = readdirSync(ARTICLES).filter((n) => n.endsWith('.txt'));
  return names.slice(0, 10).map((n, i) => {
    const p = join(out, `${run}-${i}-${n}`);
    writeFileSync(p, `${readFileSync(join(ARTICLES, n), 'utf8')}\n\nRun ${run}, copy ${i}.\n`);
    return p;
  });
}

export async function killLoop(op: KillOp, opts: KillOptions): Promise<KillReport> {
  const root = opts.root ?? resolve(here, '../..');
  const log = opts.log ?? (() => {});
  const dir = join(opts.dir, op);
  mkdirSync(dir, { recursive: true });
  const casePath = join(dir, 'case.casefile');
  const outDir = join(dir, 'out');
  mkdirSync(outDir, { recursive: true });
  await setUpCase(casePath, opts.padMiB ?? 0);
  const report: KillReport = {
    op,
    runs: 0,
    kills: 0,
    completed: 0,
    reopens: 0,
    unopenable: 0,
    verifyPasses: 0,
    rowsLost: 0,
    partialsLeft: 0,
    badOutputs: 0,
    caseBytes: readFileSync(casePath).byteLength,
    problems: [],
  };
  let state = await inspect(casePath, [PASS_A]);
  if (!state) throw new Error('kill loop: the fresh case does not open');

  const childFor = (run: number): Child => {
    const env = { CASEFILE_PASSPHRASE: state!.passphrase };
    switch (op) {
      case 'import':
        return { args: ['import', casePath, ...importFiles(`${dir}-in`, run)], env };
      case 'export':
        return { args: ['export', casePath, '--pdf', join(outDir, `run-${run}.pdf`), '--profile', 'icc'], env };
      case 'rekey':
        return { args: ['passwd', casePath], env: { ...env, CASEFILE_NEW_PASSPHRASE: state!.passphrase === PASS_A ? PASS_B : PASS_A } };
      case 'backup':
        return { args: ['backup', casePath, join(outDir, `run-${run}.casefile`)], env };
    }
  };

  // One uninterrupted run first: how long the command takes here and when it starts writing, so the
  // kills spread over the whole run (odd runs) and over the writing itself (even runs).
  const watchDirs = [dir, outDir];
  const calibration = await runChild(root, childFor(0), watchDirs, null);
  if (calibration.code !== 0) throw new Error(`kill loop: ${op} does not complete: ${calibration.stderr.slice(0, 400)}`);
  const span = calibration.ms;
  const writeSpan = calibration.firstWriteMs === null ? null : Math.max(1, span - calibration.firstWriteMs);
  state = (await inspect(casePath, [PASS_A, PASS_B]))!;
  log(
    `${op}: one run takes ${Math.round(span)} ms, writing ${writeSpan === null ? '?' : Math.round(writeSpan)} ms (case ${(report.caseBytes / 1048576).toFixed(1)} MiB)`,
  );

  for (let run = 1; report.kills < opts.kills && run <= opts.kills * 4; run++) {
    const before = state!;
    const killAt: KillAt =
      run % 2 === 0 && writeSpan !== null
        ? // skewed towards the first write (every fourth run at once): a partial file may exist only for milliseconds
          { afterWrite: run % 4 === 0 ? 0 : Math.round(writeSpan * Math.random() ** 3) }
        : { at: Math.round(span * (0.15 + 0.9 * Math.random())) };
    const delay = 'at' in killAt ? `${killAt.at} ms after the start` : `${killAt.afterWrite} ms after its first write`;
    const r = await runChild(root, childFor(run), watchDirs, killAt);
    report.runs++;
    if (r.killed) report.kills++;
    else if (r.code === 0) report.completed++;
    else report.problems.push(`run ${run}: exit ${r.code}: ${r.stderr.slice(0, 200)}`);

    const after = await inspect(casePath, [before.passphrase, before.passphrase === PASS_A ? PASS_B : PASS_A]);
    if (!after) {
      report.unopenable++;
      report.problems.push(`run ${run} (killed ${delay}): the case opens with neither passphrase`);
      break;
    }
    report.reopens++;
    if (after.verifyOk) report.verifyPasses++;
    else report.problems.push(`run ${run}: verify failed: ${after.problems.slice(0, 2).join('; ')}`);
    let lost = 0;
    for (const id of before.sourceIds) if (!after.sourceIds.has(id)) lost++;
    for (const id of before.exportIds.keys()) if (!after.exportIds.has(id)) lost++;
    if (after.custodyEntries < before.custodyEntries) lost += before.custodyEntries - after.custodyEntries;
    if (lost) report.problems.push(`run ${run}: ${lost} committed rows lost`);
    report.rowsLost += lost;

    // After the reopen, nothing half-written may remain beside the case or in the output folder.
    const left = [...partialsIn(outDir), ...partialsIn(dir)];
    if (left.length) report.problems.push(`run ${run}: left ${left.join(', ')}`);
    report.partialsLeft += left.length;
    report.badOutputs += await checkOutputs(op, outDir, after, report.problems);
    state = after;
    if (run % 10 === 0) log(`${op}: ${report.runs} runs, ${report.kills} kills`);
  }
  return report;
}

/** Every finished PDF must be in the ledger with its hash; every finished backup must open and verify. */
async function checkOutputs(op: KillOp, outDir: string, state: CaseState, problems: string[]): Promise<number> {
  let bad = 0;
  for (const name of readdirSync(outDir)) {
    const p = join(outDir, name);
    if (op === 'export' && name.endsWith('.pdf')) {
      const sha = sha256File(p);
      if (![...state.exportIds.values()].includes(sha)) {
        bad++;
        problems.push(`${name} is not in the export ledger`);
      }
      rmSync(p);
    }
    if (op === 'backup' && name.endsWith('.casefile')) {
      const copy = await inspect(p, [state.passphrase]);
      if (!copy?.verifyOk) {
        bad++;
        problems.push(`${name} does not open or verify`);
      }
      rmSync(p);
    }
  }
  return bad;
}

export function formatReports(reports: KillReport[]): string {
  const cols = [
    'op',
    'runs',
    'kills',
    'completed',
    'reopens',
    'unopenable',
    'verifyPasses',
    'rowsLost',
    'partialsLeft',
    'badOutputs',
  ] as const;
  const rows = reports.map((r) => cols.map((c) => String(r[c])));
  const widths = cols.map((c, i) => Math.max(c.length, ...rows.map((r) => r[i].length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  return [line(cols), ...rows.map(line)].join('\n');
}

export function cleanUp(dir: string): void {
  if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
}
