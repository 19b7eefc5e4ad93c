/**
 * Runs bench/lib/case-child.ts in a fresh process, bundled once with esbuild (packages external) so each
 * run starts as fast as the real CLI does; returns the JSON line the child prints (its phases in ms and
 * its peak RSS from the OS).
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export async function caseChild(): Promise<(mode: string, path: string, passphrase: string, ...args: string[]) => Record<string, number>> {
  const { build } = await import('esbuild');
  const outdir = join(ROOT, 'out/bench/case-child');
  const outfile = join(outdir, 'case-child.mjs');
  await build({
    entryPoints: [join(ROOT, 'bench/lib/case-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    // As the CLI is built (scripts/build-cli.mjs): the service's dynamic imports stay chunks loaded when
    // used, so a child that does not export never loads pdfkit, signpdf or mammoth (in one bundle their
    // imports were hoisted to the top: 1.5-8 s of every child's start at load 14, more than the work timed).
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    outdir,
    logLevel: 'silent',
  });
  return (mode, path, passphrase, ...args) => {
    const r = spawnSync(process.execPath, [outfile, mode, path, passphrase, ...args], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`case-child ${mode} exited ${r.status}: ${r.stderr}`);
    return JSON.parse(r.stdout.trim().split('\n').pop() as string) as Record<string, number>;
  };
}
