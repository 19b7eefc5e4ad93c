/**
 * The demo case: a new case file holding the sample articles from `seeds/` (expected.json, the
 * hand-checked reading, is not an article and is skipped), imported through the normal pipeline.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CasefileError } from '../../shared/errors';

/** Where the seed articles are: $CASEFILE_SEEDS_DIR, else the nearest `seeds/` above this module or the working directory. */
export function findSeedsDir(): string {
  const fromEnv = process.env.CASEFILE_SEEDS_DIR;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const starts: string[] = [];
  try {
    starts.push(dirname(fileURLToPath(import.meta.url)));
  } catch {
    /* not an ES module URL (bundled): fall through */
  }
  starts.push(process.cwd());
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  if (resourcesPath) starts.push(resourcesPath);
  for (const start of starts) {
    let dir = resolve(start);
    for (let i = 0; i < 8; i++) {
      const candidate = join(dir, 'seeds');
      if (existsSync(join(candidate, 'expected.json')) && statSync(candidate).isDirectory()) return candidate;
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  throw new CasefileError(
    'NOT_FOUND',
    'The sample articles (seeds/) were not found next to Casefile; set CASEFILE_SEEDS_DIR to their folder.',
  );
}

export function seedFiles(dir = findSeedsDir()): { fileName: string; bytes: Uint8Array }[] {
  return readdirSync(dir)
    .filter((f) => f !== 'expected.json' && !f.startsWith('.') && statSync(join(dir, f)).isFile())
    .sort()
    .map((f) => ({ fileName: f, bytes: new Uint8Array(readFileSync(join(dir, f))) }));
}
