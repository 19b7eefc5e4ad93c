/**
 * Run the real `casefile` binary (bin/casefile.mjs, which runs the bundle in out/cli) as a child process.
 * Asynchronous on purpose: a synchronous spawn blocks the test worker's event loop for the whole command
 * (Node start-up plus key derivation, a minute on a loaded machine), and vitest then times out the
 * worker's pending report to the main process ("Timeout calling onTaskUpdate") although every test passed.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

export const CLI = resolve(__dirname, '../../bin/casefile.mjs');

/** Each command is a fresh process with its own key derivation: tests running several give a loaded machine room. */
export const CLI_TEST_TIMEOUT = 300_000;

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `input` is written to the command's standard input (a piped passphrase); without it stdin is empty. */
export function runCli(args: string[], env: Record<string, string> = {}, input?: string): Promise<CliResult> {
  return runNode([CLI, ...args], env, input);
}

/** This Node binary with `argv` (flags, script, arguments), awaited like `runCli`. */
export function runNode(argv: string[], env: Record<string, string> = {}, input?: string): Promise<CliResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, argv, { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}
