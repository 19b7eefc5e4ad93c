/** Runs every benchmark in bench/ (files named *.bench.ts), each printing ratios against a named peer. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = import.meta.dirname;
const only = process.argv[2];
const files = readdirSync(dir).filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)));
if (files.length === 0) console.log('bench: no benchmarks yet');
for (const f of files) {
  console.log(`\n=== ${f}`);
  await import(join(dir, f));
}
