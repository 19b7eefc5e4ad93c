#!/usr/bin/env node
/**
 * Builds the SQLite module (better-sqlite3-multiple-ciphers) for Electron's ABI into .native-electron/,
 * leaving node_modules' Node build alone for the CLI and the tests. The desktop app's main process points
 * CASEFILE_NATIVE_BINDING at the result (src/main/index.ts). Run by `npm start` / `npm run dev`.
 *
 * Every run checks the module version inside both binaries (scripts/native-abi.mjs, node-abi): the Electron
 * copy against Electron's, node_modules' copy against this Node's, and fails loudly when either is wrong.
 * The build itself only ever sees the private copy: @electron/rebuild is given .native-electron/ as its
 * project root (without it, it walks up to the checkout and rebuilds node_modules' own copy, which the
 * CLI and every test load), and the root binary's bytes are compared before and after to prove it.
 *
 * Compiling needs Electron's headers (node-gyp fetches them once, or set npm_config_nodedir to a local
 * copy) and a C++ toolchain. Packaged apps do not use this: electron-builder rebuilds the module itself.
 *
 *   node scripts/build-native-electron.mjs            build if missing, outdated or the wrong ABI
 *   node scripts/build-native-electron.mjs --force    rebuild
 *   node scripts/build-native-electron.mjs --check    check both copies; exit 0 if right, 1 if not (no build)
 *
 * CASEFILE_NATIVE_ELECTRON_DIR overrides where the Electron copy lives (the tests use a temp folder).
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BINARY, checkBinary, checkBothCopies, MODULE } from './native-abi.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = resolve(process.env.CASEFILE_NATIVE_ELECTRON_DIR || join(root, '.native-electron'));
const moduleDir = join(target, 'node_modules', MODULE);
const binary = join(moduleDir, BINARY);
const rootBinary = join(root, 'node_modules', MODULE, BINARY);
const stampFile = join(target, 'stamp.json');
const args = new Set(process.argv.slice(2));

const readJson = (p) => JSON.parse(readFileSync(p, 'utf8'));
const electronVersion = readJson(join(root, 'node_modules/electron/package.json')).version;
const moduleVersion = readJson(join(root, 'node_modules', MODULE, 'package.json')).version;
const stamp = { electron: electronVersion, module: moduleVersion, platform: process.platform, arch: process.arch };

function fail(lines) {
  for (const l of [].concat(lines)) console.error(`native: FAILED: ${l}`);
  process.exit(1);
}

function stampMatches() {
  try {
    return JSON.stringify(readJson(stampFile)) === JSON.stringify(stamp);
  } catch {
    return false;
  }
}

const problems = checkBothCopies({ root, electronDir: target, electronVersion });
if (args.has('--check')) {
  if (problems.length) fail([...problems, 'run: node scripts/build-native-electron.mjs']);
  console.log(`native: both copies of ${MODULE} match their runtimes (Node ${process.version}, Electron ${electronVersion})`);
  process.exit(0);
}
// The Node copy is never rebuilt here (everyone's CLI and tests load it): only reported.
const nodeProblem = problems.find((p) => p.startsWith('Node copy'));
if (nodeProblem)
  fail([nodeProblem, 'reinstall the module for Node (npm rebuild in a checkout of your own); this script does not touch it']);
if (!args.has('--force') && problems.length === 0 && stampMatches()) {
  if (!args.has('--quiet')) console.log(`native: ${MODULE} ${moduleVersion} for Electron ${electronVersion} is up to date (${target})`);
  process.exit(0);
}

console.log(
  `native: building ${MODULE} ${moduleVersion} for Electron ${electronVersion} (${process.platform}-${process.arch}) into ${target} …`,
);
const rootBefore = createHash('sha256').update(readFileSync(rootBinary)).digest('hex');
rmSync(target, { recursive: true, force: true });
mkdirSync(join(target, 'node_modules'), { recursive: true });
// A private copy of the module's sources (not its Node build), plus the small packages it loads at runtime.
cpSync(join(root, 'node_modules', MODULE), moduleDir, { recursive: true, filter: (src) => !src.includes(`${MODULE}/build`) });
const require = createRequire(join(root, 'node_modules', MODULE, 'package.json'));
for (const dep of ['bindings', 'file-uri-to-path']) {
  try {
    cpSync(dirname(require.resolve(`${dep}/package.json`)), join(target, 'node_modules', dep), { recursive: true });
  } catch {
    // optional at runtime: the app passes the binary path directly (nativeBinding)
  }
}
writeFileSync(
  join(target, 'package.json'),
  JSON.stringify({ name: 'casefile-native-electron', private: true, dependencies: { [MODULE]: moduleVersion } }, null, 2),
);

const { rebuild } = await import('@electron/rebuild');
let buildError = null;
try {
  await rebuild({
    buildPath: target,
    projectRootPath: target,
    electronVersion,
    onlyModules: [MODULE],
    force: true,
    buildFromSource: true,
    mode: 'sequential',
  });
} catch (e) {
  buildError = e;
}
const rootAfter = createHash('sha256').update(readFileSync(rootBinary)).digest('hex');
if (rootAfter !== rootBefore) fail(`the build changed ${rootBinary} (node_modules' Node copy); reinstall it for Node`);
if (buildError) {
  fail([
    `the build failed: ${buildError instanceof Error ? buildError.message : buildError}`,
    'it needs a C++ toolchain (python3, make, g++) and Electron headers (downloaded once by node-gyp, or npm_config_nodedir).',
  ]);
}
const electronProblem = checkBinary(binary, 'electron', electronVersion);
if (electronProblem) {
  rmSync(stampFile, { force: true });
  fail(`the build finished, but ${electronProblem}`);
}
writeFileSync(stampFile, JSON.stringify(stamp));
console.log(`native: done: ${binary} (module version checked for Electron ${electronVersion})`);
