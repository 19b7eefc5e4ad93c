#!/usr/bin/env node
/**
 * `npm run test:e2e`: build the app, then run the Playwright specs.
 *   - project "chromium" always runs: Debian's Chromium + the built renderer + the real service in a worker;
 *   - project "electron" runs when an Electron binary is installed; when it is not, this says so plainly.
 * Extra arguments go to `playwright test` (e.g. a spec file or `-g pattern`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const started = Date.now();
const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env }).status ?? 1;

if (!process.env.CASEFILE_E2E_SKIP_BUILD) {
  console.log('e2e: building the app (electron-vite build)…');
  if (run(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--logLevel', 'warn']) !== 0)
    process.exit(1);
}

const chromium = process.env.CASEFILE_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`e2e: no Chromium at ${chromium} (apt-get install chromium, or set CASEFILE_CHROMIUM). The Chromium project cannot run.`);
  process.exit(1);
}

function electronBinary() {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return join(process.env.ELECTRON_OVERRIDE_DIST_PATH, 'electron');
  const pathFile = join(root, 'node_modules/electron/path.txt');
  if (!existsSync(pathFile)) return null;
  const bin = join(root, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(bin) ? bin : null;
}

const projects = ['--project', 'chromium'];
const electron = electronBinary();
if (electron) {
  const nativeOk = existsSync(
    join(root, '.native-electron/node_modules/better-sqlite3-multiple-ciphers/build/Release/better_sqlite3.node'),
  );
  if (!nativeOk && run(process.execPath, [join(root, 'scripts/build-native-electron.mjs')]) !== 0) {
    console.log('e2e: project "electron" NOT run: building the SQLite module for Electron failed (see above).');
  } else {
    projects.push('--project', 'electron');
  }
} else {
  console.log(
    'e2e: project "electron" NOT run: no Electron binary in node_modules/electron/dist (it is downloaded on first use, and this machine cannot download it). ' +
      'The same specs run in project "chromium" against the built renderer with the real service.',
  );
}

const status = run(process.execPath, [
  join(root, 'node_modules/@playwright/test/cli.js'),
  'test',
  '--config',
  join(root, 'e2e/playwright.config.ts'),
  ...process.argv.slice(2),
  ...projects,
]);
console.log(
  `e2e: finished in ${((Date.now() - started) / 1000).toFixed(1)} s (projects: ${projects.filter((p) => p !== '--project').join(', ')})`,
);
process.exit(status);
