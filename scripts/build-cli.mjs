#!/usr/bin/env node
/**
 * Bundles the `casefile` command (src/cli) into plain JavaScript under out/cli/, so it starts without a
 * TypeScript transpiler. `npm install` / `npm ci` run it (the `prepare` script); bin/casefile.mjs runs it
 * again when a source file changed since the last build, so a dev checkout never runs stale code.
 *
 * Our own code is bundled, and zod (see BUNDLED). Every other package stays external and loads from
 * node_modules as installed, so the native SQLite module, pdfjs-dist's worker and fonts, pdfkit's font
 * data and the i18n JSON files resolve exactly as they do for the app. The bundle is split at dynamic imports: what a command does not
 * use (PDF rendering, document import) is a separate chunk it never loads.
 *
 * Layout: out/cli/<content hash>/casefile.mjs (+ chunks), and out/cli/current.json naming the build and
 * the size and mtime of every source file that went into it. A build directory is written under a
 * temporary name and renamed into place, and current.json is replaced by rename, so concurrent runs
 * (parallel tests) never see half a build. Old builds are removed after a day (a running command may still
 * load a chunk from the one it started with).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_ROOT = resolve(here, '..');
const KEEP_OLD_BUILDS_MS = 24 * 3600 * 1000;
/**
 * Packages bundled in rather than loaded from node_modules: pure JavaScript that every command needs.
 * zod is about 220 small module files; resolving and loading them one by one took longer than
 * everything else a command does at start.
 */
const BUNDLED = ['zod'];

/**
 * zod re-exports its ~60 message translations as `z.locales`, so a bundle that uses `z` keeps them all
 * (a third of zod's size, parsed at every start). Casefile's messages are its own and zod's default is
 * English: the bundle gets a `locales` with English only.
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer) ? { path: join(args.resolveDir, args.path), namespace: 'zod-locales' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(join(dirname(args.path), 'en.js'))};`,
      resolveDir: dirname(args.path),
    }));
  },
};

/**
 * Build the CLI bundle for the checkout at `root` into `<root>/out/cli` (or `outDir`).
 * Returns the path of the entry file.
 */
export async function buildCli({ root = DEFAULT_ROOT, outDir = join(root, 'out', 'cli') } = {}) {
  const { build } = await import('esbuild');
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const external = Object.keys(pkg.dependencies ?? {})
    .filter((name) => !BUNDLED.includes(name))
    .flatMap((name) => [name, `${name}/*`]);
  const result = await build({
    absWorkingDir: root,
    entryPoints: { casefile: 'src/cli/index.ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external,
    plugins: [zodEnglishOnly],
    // Less to parse at every start; names are kept, so stack traces still read.
    minifyWhitespace: true,
    minifySyntax: true,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    outdir: 'out/cli/build',
    write: false,
    metafile: true,
    logLevel: 'silent',
    legalComments: 'none',
  });
  const buildRoot = join(root, 'out/cli/build');
  const hash = createHash('sha256');
  for (const f of [...result.outputFiles].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    hash.update(relative(buildRoot, f.path)).update('\0').update(f.contents);
  }
  const id = hash.digest('hex').slice(0, 16);
  const target = join(outDir, id);
  mkdirSync(outDir, { recursive: true });
  if (!exists(join(target, 'casefile.mjs'))) {
    const tmp = join(outDir, `.tmp-${process.pid}-${Date.now()}`);
    for (const f of result.outputFiles) {
      const dest = join(tmp, relative(buildRoot, f.path));
      mkdirSync(dirname(dest), { recursive: true });
      writeFileSync(dest, f.contents);
    }
    try {
      renameSync(tmp, target);
    } catch (e) {
      // Another process finished the same build first: its files are identical to ours.
      rmSync(tmp, { recursive: true, force: true });
      if (!exists(join(target, 'casefile.mjs'))) throw e;
    }
  }
  // The sources that went into the bundle (and this script: a change to how it builds is a change too).
  const inputs = [...Object.keys(result.metafile.inputs), relative(root, fileURLToPath(import.meta.url))]
    .filter((p) => !p.includes('node_modules'))
    .sort()
    .map((p) => {
      const st = statSync(join(root, p));
      return [p, st.size, st.mtimeMs];
    });
  const manifest = join(outDir, 'current.json');
  const tmpManifest = `${manifest}.${process.pid}.tmp`;
  writeFileSync(tmpManifest, JSON.stringify({ build: id, inputs }));
  renameSync(tmpManifest, manifest);
  removeOldBuilds(outDir, id);
  return join(target, 'casefile.mjs');
}

/**
 * The current build: `{ entry, stale }`, stale when a source file that went into it changed size or mtime
 * or is gone (about a millisecond: one stat per source file); null when there is no build.
 */
export function currentBuild({ root = DEFAULT_ROOT, outDir = join(root, 'out', 'cli') } = {}) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(outDir, 'current.json'), 'utf8'));
  } catch {
    return null;
  }
  const entry = join(outDir, manifest.build, 'casefile.mjs');
  if (!exists(entry)) return null;
  for (const [file, size, mtimeMs] of manifest.inputs) {
    let st;
    try {
      st = statSync(join(root, file));
    } catch {
      return { entry, stale: true };
    }
    if (st.size !== size || st.mtimeMs !== mtimeMs) return { entry, stale: true };
  }
  return { entry, stale: false };
}

/** The entry of an up-to-date build, building one first when there is none or it is stale. */
export async function ensureCliBuild(opts = {}) {
  const found = currentBuild(opts);
  return found && !found.stale ? found.entry : buildCli(opts);
}

function exists(p) {
  try {
    statSync(p);
    return true;
  } catch {
    return false;
  }
}

function removeOldBuilds(outDir, keep) {
  const now = Date.now();
  for (const name of readdirSync(outDir)) {
    if (name === keep || name === 'current.json') continue;
    const p = join(outDir, name);
    try {
      if (now - statSync(p).mtimeMs > KEEP_OLD_BUILDS_MS) rmSync(p, { recursive: true, force: true });
    } catch {
      /* removed by a concurrent build */
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const entry = await buildCli();
  process.stdout.write(`casefile CLI bundled: ${relative(DEFAULT_ROOT, entry)}\n`);
}
