#!/usr/bin/env node
/**
 * `npm run test:mutation [group …]`: Stryker over each group of groups.mjs in turn (all groups when none
 * is named), then the mutation score per module and in total, and every mutant excluded by a
 * `// Stryker disable` comment with its reason. Not part of `npm test`.
 *   CASEFILE_MUTATION_CONCURRENCY=1   one test runner per group (default 2, the machine's cores)
 *   CASEFILE_MUTATION_LANES=1         one group at a time (default 2)
 *   npm run test:mutation -- --report-only   print the table from the last reports without running
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { GROUPS } from './groups.mjs';

const root = join(fileURLToPath(import.meta.url), '../../..');
const args = process.argv.slice(2);
const reportOnly = args.includes('--report-only');
const oneAt = args.indexOf('--one');
const oneGroup = oneAt >= 0 ? args[oneAt + 1] : undefined;
const names = oneGroup ? [] : args.filter((a) => !a.startsWith('--'));
for (const n of names) if (!GROUPS[n]) throw new Error(`No mutation group "${n}". Groups: ${Object.keys(GROUPS).join(', ')}`);
const groups = names.length ? names : Object.keys(GROUPS);

const started = Date.now();
const minutes = [];
/**
 * CPU minutes of every finished child process (Stryker and its test runners), from /proc/self/stat's
 * cutime + cstime (USER_HZ = 100): unlike wall time it does not grow with what else runs on the machine,
 * so two runs at different loads compare. Null off Linux.
 */
function childCpuMinutes() {
  try {
    const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(f[13]) + Number(f[14])) / 100 / 60;
  } catch {
    return null;
  }
}
/**
 * The tests' case files go to a memory file system when the machine has one (CASEFILE_MUTATION_TMPDIR
 * names another directory, or "" for the system's temporary directory): every commit to a case file syncs
 * (WAL, synchronous = FULL), and a mutation run commits hundreds of thousands of times. The files are the
 * same encrypted files on either; only the syncs, which no mutant changes, cost nothing in memory.
 */
const tmpBase = process.env.CASEFILE_MUTATION_TMPDIR ?? (existsSync('/dev/shm') ? '/dev/shm' : '');
const tmp = tmpBase && !oneGroup ? mkdtempSync(join(tmpBase, 'casefile-mutation-')) : undefined;
/**
 * Two groups run at once (CASEFILE_MUTATION_LANES), each with its own Stryker and test runners: a group
 * alone leaves a core idle while Stryker instruments, while one runner makes the initial test run, and
 * at its last mutants. The groups that took the most CPU last time go first, so the two lanes end together.
 */
const lanes = Math.max(1, Number(process.env.CASEFILE_MUTATION_LANES ?? 2));
const cpuFile = (g) => join(root, 'reports/mutation', g, 'cpu-minutes.json');
const lastCpu = (g) => {
  try {
    return JSON.parse(readFileSync(cpuFile(g), 'utf8')).cpu;
  } catch {
    return Infinity; // never run here: first, since its cost is unknown
  }
};

/** One group's Stryker, its output prefixed with the group's name; resolves to [exit code, CPU minutes]. */
function runGroup(g) {
  return new Promise((done) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--one', g], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, CASEFILE_MUTATION_GROUP: g, ...(tmp ? { TMPDIR: tmp } : {}) },
    });
    let cpu = null;
    for (const [from, to] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ])
      createInterface({ input: from }).on('line', (line) => {
        const m = /^mutation-cpu-minutes (\S+)$/.exec(line);
        if (m) cpu = Number(m[1]);
        else to.write(`[${g}] ${line}\n`);
      });
    child.on('close', (code) => done([code, cpu]));
  });
}

if (oneGroup) {
  // A lane's child: Stryker for one group, then the CPU it and its test runners used (they are its
  // children, reaped by it, so their time is in its own children's total).
  const r = spawnSync(process.execPath, [join(root, 'node_modules/@stryker-mutator/core/bin/stryker.js'), 'run'], {
    cwd: root,
    stdio: 'inherit',
  });
  const cpu = childCpuMinutes();
  if (cpu !== null) console.log(`mutation-cpu-minutes ${cpu}`);
  process.exit(r.status ?? 1);
} else if (!reportOnly) {
  if (tmp) console.log(`mutation: the tests' temporary files in ${tmp}`);
  const queue = [...groups].sort((a, b) => lastCpu(b) - lastCpu(a));
  console.log(`mutation: ${queue.join(', ')}, ${lanes} at a time`);
  let failed = null;
  const lane = async () => {
    while (queue.length && failed === null) {
      const g = queue.shift();
      const t = Date.now();
      console.log(`\nmutation: group ${g} started`);
      const [code, cpu] = await runGroup(g);
      minutes.push([g, (Date.now() - t) / 60_000, cpu]);
      console.log(`\nmutation: group ${g} ended (exit ${code}) after ${((Date.now() - t) / 60_000).toFixed(1)} min`);
      if (code !== 0) failed = [g, code];
      else if (cpu !== null) writeFileSync(cpuFile(g), JSON.stringify({ cpu, at: new Date().toISOString() }));
    }
  };
  await Promise.all(Array.from({ length: lanes }, lane));
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  if (failed) {
    console.error(`mutation: group ${failed[0]} failed (exit ${failed[1]})`);
    process.exit(failed[1] ?? 1);
  }
  minutes.sort((a, b) => groups.indexOf(a[0]) - groups.indexOf(b[0]));
}

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);
const rows = [];
const excluded = [];
const staticSkipped = new Map(); // group → static mutants not run (ignoreStatic), which are no exclusion
let detected = 0;
let valid = 0;
for (const g of groups) {
  const file = join(root, 'reports/mutation', g, 'mutation.json');
  if (!existsSync(file)) {
    console.log(`mutation: no report for group ${g} yet`);
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  for (const [path, f] of Object.entries(report.files)) {
    let d = 0;
    let v = 0;
    const survivors = [];
    for (const m of f.mutants) {
      if (DETECTED.has(m.status)) d++;
      if (DETECTED.has(m.status) || UNDETECTED.has(m.status)) v++;
      if (UNDETECTED.has(m.status)) survivors.push(m);
      if (m.status === 'Ignored' && /^Static mutant/.test(m.statusReason ?? '')) staticSkipped.set(g, (staticSkipped.get(g) ?? 0) + 1);
      else if (m.status === 'Ignored')
        excluded.push({ path: relative(root, path), line: m.location.start.line, mutator: m.mutatorName, reason: m.statusReason });
    }
    detected += d;
    valid += v;
    rows.push({ group: g, module: relative(root, path), mutants: v, detected: d, survived: v - d, score: v ? (100 * d) / v : 100 });
  }
}

const pad = (s, n) => String(s).padEnd(n);
const W = Math.max(48, ...rows.map((r) => r.module.length + 2));
console.log(`\n${pad('group', 14)}${pad('module', W)}${pad('mutants', 9)}${pad('killed', 8)}${pad('survived', 10)}score`);
for (const r of rows)
  console.log(
    `${pad(r.group, 14)}${pad(r.module, W)}${pad(r.mutants, 9)}${pad(r.detected, 8)}${pad(r.survived, 10)}${r.score.toFixed(1)} %`,
  );
for (const g of groups) {
  const rs = rows.filter((r) => r.group === g);
  if (!rs.length) continue;
  const v = rs.reduce((n, r) => n + r.mutants, 0);
  const d = rs.reduce((n, r) => n + r.detected, 0);
  console.log(`${pad(g, 14)}${pad('(group)', W)}${pad(v, 9)}${pad(d, 8)}${pad(v - d, 10)}${v ? ((100 * d) / v).toFixed(1) : '—'} %`);
}
console.log(
  `${pad('total', 14 + W)}${pad(valid, 9)}${pad(detected, 8)}${pad(valid - detected, 10)}${valid ? ((100 * detected) / valid).toFixed(1) : '—'} %`,
);
if (staticSkipped.size)
  console.log(
    `\nstatic mutants not run (module-level data; see the profiles group): ${[...staticSkipped].map(([g, n]) => `${g} ${n}`).join(', ')}`,
  );
if (excluded.length) {
  console.log('\nexcluded (Stryker disable comments):');
  for (const e of excluded) console.log(`  ${e.path}:${e.line} ${e.mutator}: ${e.reason}`);
}
const cpuTotal = minutes.some(([, , c]) => c === null) ? null : minutes.reduce((sum, [, , c]) => sum + c, 0);
if (minutes.length)
  console.log(
    `\n${minutes.map(([g, m, c]) => `${g} ${m.toFixed(1)} min${c === null ? '' : ` (CPU ${c.toFixed(1)})`}`).join(', ')}; total ${((Date.now() - started) / 60_000).toFixed(1)} min${cpuTotal === null ? '' : `, CPU ${cpuTotal.toFixed(1)} min on ${availableParallelism()} cores`} (load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')})`,
  );
