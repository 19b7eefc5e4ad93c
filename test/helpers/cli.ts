/** Run the real `casefile` binary (bin/casefile.mjs, which runs the bundle in out/cli) as a child process. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const CLI = resolve(__dirname, '../../bin/casefile.mjs');

export function runCli(args: string[], env: Record<string, string> = {}, input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    env: { ...process.env, ...env },
    input: input ?? '',
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
