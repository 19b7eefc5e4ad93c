/**
 * Project "electron": the real app through Playwright's _electron, with a fresh userData folder per test.
 * Native dialogs are answered by replacing dialog.showOpenDialog/showSaveDialog in the main process.
 * Runs only when an Electron binary is present (see electronBinary()); e2e/run.mjs says so when it is not.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { _electron } from '@playwright/test';
import { type AppHarness, recordRequests } from './types';

const ROOT = resolve(import.meta.dirname, '../..');

/** The Electron executable if it is installed, without triggering the electron package's lazy download. */
export function electronBinary(): string | null {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const p = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, process.platform === 'win32' ? 'electron.exe' : 'electron');
    return existsSync(p) ? p : null;
  }
  const pathFile = join(ROOT, 'node_modules/electron/path.txt');
  if (!existsSync(pathFile)) return null;
  const bin = join(ROOT, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(bin) ? bin : null;
}

export async function launchInElectron(
  dir: string,
  serviceEnv: Record<string, string> = {},
): Promise<{ harness: AppHarness; close(): Promise<void>; logs: string[] }> {
  const executablePath = electronBinary();
  if (!executablePath) throw new Error('No Electron binary: node_modules/electron/dist is missing (it could not be downloaded here).');
  const logs: string[] = [];
  const app = await _electron.launch({
    executablePath,
    args: [ROOT],
    env: { ...process.env, ...serviceEnv, CASEFILE_USER_DATA: join(dir, 'userData') } as Record<string, string>,
  });
  app.process().stderr?.on('data', (d: Buffer) => logs.push(d.toString()));
  const requests = recordRequests(app.context());
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  const appUrlPrefix = new URL('.', page.url()).href;

  const answer = (kind: 'open' | 'save', path: string) =>
    app.evaluate(
      ({ dialog }, [k, p]) => {
        if (k === 'open')
          dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: p.split('\n') })) as typeof dialog.showOpenDialog;
        else dialog.showSaveDialog = (async () => ({ canceled: false, filePath: p })) as typeof dialog.showSaveDialog;
      },
      [kind, path] as const,
    );

  const harness: AppHarness = {
    kind: 'electron',
    page,
    dir,
    requests,
    appUrlPrefix,
    answerSaveDialog: (p) => answer('save', p),
    answerOpenDialog: (...p) => answer('open', p.join('\n')),
    answerDrop: async () => {
      throw new Error(
        'A drop of real files cannot be simulated in Electron (webUtils.getPathForFile needs files from the OS); the chromium project covers it.',
      );
    },
    systemLock: async () => {
      await app.evaluate(({ powerMonitor }) => powerMonitor.emit('suspend'));
    },
  };
  return { harness, logs, close: () => app.close() };
}
