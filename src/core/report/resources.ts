/** Locate `resources/` (fonts, taxonomy) from the source tree, a build, or CASEFILE_RESOURCES. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | null | undefined;

export function resourcesDir(): string | null {
  if (cached !== undefined) return cached;
  const candidates: string[] = [];
  if (process.env.CASEFILE_RESOURCES) candidates.push(resolve(process.env.CASEFILE_RESOURCES));
  let here: string | null = null;
  try {
    here = dirname(fileURLToPath(import.meta.url));
  } catch {
    here = null;
  }
  for (let d = here; d;) {
    candidates.push(join(d, 'resources'));
    const up = dirname(d);
    if (up === d) break;
    d = up;
  }
  candidates.push(join(process.cwd(), 'resources'));
  cached = candidates.find((c) => existsSync(join(c, 'fonts', 'DejaVuSans.ttf'))) ?? null;
  return cached;
}

export function fontPath(file: string): string {
  const dir = resourcesDir();
  if (!dir) throw new Error('Casefile resources (fonts) not found; set CASEFILE_RESOURCES to the resources folder.');
  return join(dir, 'fonts', file);
}
