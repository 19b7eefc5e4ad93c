/**
 * SIGKILLs import, export, re-key (passwd) and backup at random moments, many times each, and reports
 * runs, kills, reopens, verify passes, committed rows lost and partial outputs left (bench/kill/harness.ts).
 *   npm run bench -- kill-loop                     40 kills each, 16 MiB case for re-key and backup
 *   KILLS=10 PAD_MIB=2 npm run bench -- kill-loop  a quicker look
 *   KILL_ROOT=/other/checkout npm run bench -- kill-loop   run another checkout's CLI (e.g. before a fix)
 *   KILL_OPS=rekey,backup npm run bench -- kill-loop
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanUp, formatReports, KILL_OPS, type KillOp, killLoop, type KillReport } from './kill/harness';

const kills = Number(process.env.KILLS ?? 40);
const padMiB = Number(process.env.PAD_MIB ?? 16);
const ops = (process.env.KILL_OPS?.split(',') ?? KILL_OPS) as KillOp[];
const dir = mkdtempSync(join(tmpdir(), 'casefile-kill-'));
const reports: KillReport[] = [];
try {
  for (const op of ops) {
    const pad = op === 'rekey' || op === 'backup' ? padMiB : 0;
    reports.push(await killLoop(op, { kills, dir, padMiB: pad, root: process.env.KILL_ROOT, log: (l) => console.log(l) }));
  }
} finally {
  cleanUp(dir);
}
console.log(`\n${formatReports(reports)}`);
for (const r of reports) for (const p of r.problems.slice(0, 5)) console.log(`  ${r.op}: ${p}`);
