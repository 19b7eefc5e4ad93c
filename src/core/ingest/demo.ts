/**
 * The demo cases: a case file holds one defector, so the sample articles in `seeds/` make one case per
 * defector, each imported through the normal pipeline. seeds/expected.json (the hand-checked reading, not
 * an article) says whom each article is about; articles about no one defector (a news report on the war)
 * join the richest case as context. The richest case — the one with the most alleged crimes — comes first.
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

export interface DemoCase {
  /** Stable id from the defector's name, e.g. "igor-salikov". */
  id: string;
  subject: string;
  title: string;
  files: string[];
  /** How many alleged crimes the hand-checked reading finds in its articles (what "richest" means). */
  allegations: number;
}

export interface ExpectedArticle {
  file: string;
  subject: { name: string; rank?: string | null; aliases?: string[] } | null;
  asylum: { status: string; country: string }[];
  allegations: { category: string; evidence: string; basis: string }[];
  selfIncriminating?: string[];
  dates: string[];
  quotes: { speaker: string; startsWith: string }[];
  /** People the article names in a public office: the investigator marks them public figures. */
  publicFigures?: { name: string; role: string }[];
  /** What the subject's claim rests on (shared/asylum-grounds.ts codes) and the passage that says so. */
  asylumGrounds?: { code: string; evidence: string; note?: string }[];
}

export function expectedReading(dir = findSeedsDir()): ExpectedArticle[] {
  const parsed = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { articles?: ExpectedArticle[] };
  return Array.isArray(parsed.articles) ? parsed.articles : [];
}

const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** One case per defector named in expected.json, richest first; articles about no defector join the richest. */
export function demoCases(dir = findSeedsDir()): DemoCase[] {
  const expected = expectedReading(dir);
  const files = seedFiles(dir).map((f) => f.fileName);
  const cases = new Map<string, DemoCase>();
  const context: string[] = [];
  for (const file of files) {
    const a = expected.find((x) => x.file === file);
    if (!a?.subject) {
      context.push(file);
      continue;
    }
    const id = slug(a.subject.name);
    const c = cases.get(id) ?? { id, subject: a.subject.name, title: `Demo case: ${a.subject.name}`, files: [], allegations: 0 };
    c.files.push(file);
    c.allegations += a.allegations.length;
    cases.set(id, c);
  }
  const sorted = [...cases.values()].sort((x, y) => y.allegations - x.allegations || y.files.length - x.files.length);
  // Seeds whose reading names no defector (a folder of articles set as CASEFILE_SEEDS_DIR) make one case.
  if (!sorted.length) sorted.push({ id: 'sample-articles', subject: 'the sample articles', title: 'Demo case', files: [], allegations: 0 });
  for (const file of context) {
    sorted[0].files.push(file);
    sorted[0].allegations += expected.find((x) => x.file === file)?.allegations.length ?? 0;
  }
  return sorted;
}
