#!/usr/bin/env node
/**
 * Builds the SQLite module (better-sqlite3-multiple-ciphers) for Electron's ABI into .native-electron/,
 * leaving node_modules' Node build alone for the CLI and the tests. The desktop app's main process points
 * CASEFILE_NATIVE_BINDING at the result (src/main/index.ts). Run by `npm start` / `npm run dev`; it does
 * nothing when the build is already there for this Electron version, module version, platform and arch.
 *
 * Compiling needs Electron's headers (node-gyp fetches them once, or set npm_config_nodedir to a local
 * copy) and a C++ toolchain. Packaged apps do not use this: electron-builder rebuilds the module itself.
 *
 *   node scripts/build-native-electron.mjs            build if missing or outdated
 *   node scripts/build-native-electron.mjs --force    rebuild
 *   node scripts/build-native-electron.mjs --check    exit 0 if up to date, 1 if not (no build)
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MODULE = 'better-sqlite3-multiple-ciphers';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, '.native-electron');
const moduleDir = join(target, 'node_modules', MODULE);
const binary = join(moduleDir, 'build', 'Release', 'better_sqlite3.node');
const stampFile = join(target, 'stamp.json');
const args = new Set(process.argv.slice(2));

const readJson = (p) => JSON.parse(readFileSync(p, 'utf8'));
const electronVersion = readJson(join(root, 'node_modules/electron/package.json')).version;
const moduleVersion = readJson(join(root, 'node_modules', MODULE, 'package.json')).version;
const stamp = { electron: electronVersion, module: moduleVersion, platform: process.platform, arch: process.arch };

function upToDate() {
  if (!existsSync(binary) || !existsSync(stampFile)) return false;
  try {
    return JSON.stringify(readJson(stampFile)) === JSON.stringify(stamp);
  } catch {
    return false;
  }
}

if (!args.has('--force') && upToDate()) {
  if (!args.has('--quiet'))
    console.log(`native: ${MODULE} ${moduleVersion} for Electron ${electronVersion} is up to date (.native-electron/)`);
  process.exit(0);
}
if (args.has('--check')) {
  console.log(`native: ${MODULE} for Electron ${electronVersion} is missing or outdated; run node scripts/build-native-electron.mjs`);
  process.exit(1);
}

console.log(
  `native: building ${MODULE} ${moduleVersion} for Electron ${electronVersion} (${process.platform}-${process.arch}) into .native-electron/ …`,
);
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
try {
  await rebuild({ buildPath: target, electronVersion, onlyModules: [MODULE], force: true, buildFromSource: true, mode: 'sequential' });
} catch (e) {
  console.error(`native: the build failed: ${e instanceof Error ? e.message : e}`);
  console.error(
    'native: it needs a C++ toolchain (python3, make, g++) and Electron headers (downloaded once by node-gyp, or npm_config_nodedir).',
  );
  process.exit(1);
}
if (!existsSync(binary)) {
  console.error(`native: the build finished but ${binary} is missing`);
  process.exit(1);
}
writeFileSync(stampFile, JSON.stringify(stamp));
console.log(`native: done: ${binary}`);
