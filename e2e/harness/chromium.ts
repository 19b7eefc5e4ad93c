/**
 * Project "chromium": Debian's Chromium loads the BUILT renderer (out/renderer) from a fake origin that
 * exists only inside Playwright's router — nothing is fetched from any network, and any request elsewhere
 * is recorded and aborted. `window.casefile` is bound to the real service: main's own dispatcher
 * (path gate, zod validation, unlock throttle, recent list) in front of the built service worker
 * (out/main/service-worker.js) running in a Node worker thread, on real encrypted files.
 */
import { readFileSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import type { Browser, BrowserContext } from '@playwright/test';
import { CHANNEL_PREFIX, DESKTOP_METHODS } from '../../src/main/channels';
import { type CallerWindow, createDispatcher } from '../../src/main/ipc';
import { dialogPurpose, PathGate } from '../../src/main/path-gate';
import type { PathPurpose } from '../../src/shared/contract/paths';
import { ServiceClient } from '../../src/main/service-client';
import { SettingsStore } from '../../src/main/settings-store';
import { CONTENT_SECURITY_POLICY } from '../../src/main/window-options';
import { contract, OPERATION_NAMES } from '../../src/shared/api';
import { serializeError } from '../../src/shared/errors';
import { installCasefileShim } from './shim';
import { type AppHarness, recordRequests } from './types';

export const APP_ORIGIN = 'http://casefile.test';
const ROOT = resolve(import.meta.dirname, '../..');
/** Operations that report progress and can be cancelled: their outcome goes into the app log. */
const LONG_OPERATIONS: ReadonlySet<string> = new Set(OPERATION_NAMES.filter((n) => contract[n].long === true));
const RENDERER = join(ROOT, 'out/renderer');
const WORKER = join(ROOT, 'out/main/service-worker.js');
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

const encode = (v: unknown): unknown => {
  if (v instanceof Uint8Array) return { $bytes: Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64') };
  if (Array.isArray(v)) return v.map(encode);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, encode(x)]));
  return v;
};
const decode = (v: unknown): unknown => {
  if (Array.isArray(v)) return v.map(decode);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.$bytes === 'string' && Object.keys(o).length === 1) return new Uint8Array(Buffer.from(o.$bytes, 'base64'));
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, decode(x)]));
  }
  return v;
};

export interface ChromiumApp {
  harness: AppHarness;
  close(): Promise<void>;
  logs: string[];
}

export async function launchInChromium(browser: Browser, dir: string, serviceEnv: Record<string, string> = {}): Promise<ChromiumApp> {
  const logs: string[] = [];
  const saveAnswers: string[] = [];
  const openAnswers: string[] = [];
  const dropAnswers = new Map<string, string>();
  const gate = new PathGate();
  const settings = new SettingsStore(join(dir, 'userData'));
  const client = new ServiceClient(WORKER, { ...process.env, CASEFILE_NATIVE_BINDING: '', ...serviceEnv });
  let demoCount = 0;

  const context: BrowserContext = await browser.newContext({
    serviceWorkers: 'block',
    viewport: { width: 1200, height: 800 },
    acceptDownloads: false,
  });
  const requests = recordRequests(context);
  const page = await context.newPage();
  page.on('console', (m) => logs.push(`[console.${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => logs.push(`[pageerror] ${e.message}`));

  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== APP_ORIGIN) {
      logs.push(`[blocked] ${url.href}`);
      return route.abort('blockedbyclient');
    }
    const file = resolve(RENDERER, `.${decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)}`);
    const rel = relative(RENDERER, file);
    if (rel.startsWith('..')) return route.fulfill({ status: 404, body: '' });
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch {
      return route.fulfill({ status: 404, body: '' });
    }
    return route.fulfill({
      status: 200,
      body,
      headers: {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
      },
    });
  });

  const win: CallerWindow = {
    id: 1,
    client,
    openPath: null,
    inFlight: new Map(),
    sendProgress: (callId, progress) =>
      void page
        .evaluate(
          ([id, p]) => (window as unknown as { __casefileProgress?: (i: unknown, p: unknown) => void }).__casefileProgress?.(id, p),
          [callId, progress] as const,
        )
        .catch(() => {}),
  };
  const dispatch = createDispatcher({
    gate,
    windowWithCase: () => undefined,
    focus: () => {},
    caseOpened: (w, path) => {
      w.openPath = path;
      if (!basename(path).startsWith('demo-')) settings.remember(path);
    },
    caseClosed: (w) => {
      w.openPath = null;
    },
    caseDestroyed: (path) => settings.forget(path),
    log: (m) => logs.push(`[main] ${m}`),
  });
  const chosen = (p: string, purpose: PathPurpose) => ({ path: gate.allow(p, purpose), name: basename(p) });
  const desktop: Record<(typeof DESKTOP_METHODS)[number], (arg: unknown) => unknown> = {
    chooseCaseFile: (o) => (openAnswers.length ? chosen(openAnswers.shift()!, dialogPurpose('chooseCaseFile', o)) : null),
    chooseNewCaseFile: () => (saveAnswers.length ? chosen(saveAnswers.shift()!, 'create-case') : null),
    chooseFiles: (o) => openAnswers.splice(0).map((p) => chosen(p, dialogPurpose('chooseFiles', o))),
    chooseSavePath: (o) => (saveAnswers.length ? chosen(saveAnswers.shift()!, dialogPurpose('chooseSavePath', o)) : null),
    demoCasePath: () => chosen(join(dir, `demo-${++demoCount}.casefile`), 'create-case'),
    recentFiles: () => settings.recent(),
    forgetRecent: (p) => (typeof p === 'string' ? settings.forget(p) : settings.recent()),
    getSettings: () => settings.settings(),
    setSettings: (patch) => settings.update(patch),
  };
  for (const r of settings.recent()) gate.allow(r.path, 'open-case');

  await context.exposeBinding('__casefileInvoke', async (source, channel: string, callId: string, payload: string) => {
    // Same sender rule as main: only the app's own top-level page may call.
    if (source.frame !== source.page.mainFrame() || !source.frame.url().startsWith(`${APP_ORIGIN}/`)) {
      return JSON.stringify({ ok: false, error: { code: 'INVALID_INPUT', message: 'Refused: this request did not come from Casefile.' } });
    }
    if (channel === 'dropped') {
      const names = JSON.parse(payload) as string[];
      const value = names.flatMap((n) => {
        const p = dropAnswers.get(n);
        dropAnswers.delete(n);
        return p ? [chosen(p, 'import')] : [];
      });
      return JSON.stringify({ ok: true, value });
    }
    if (channel === 'cancel') {
      const id = win.inFlight.get(callId);
      // Logged, so that a spec failing on a cancel says whether the cancel reached a running call.
      logs.push(`[harness] cancel ${callId}: ${id === undefined ? 'no such call in flight' : `worker call ${id} flagged`}`);
      if (id !== undefined) client.cancel(id);
      return JSON.stringify({ ok: true, value: null });
    }
    const arg = decode(JSON.parse(payload));
    if (channel.startsWith('op:')) {
      const started = Date.now();
      const result = await dispatch(win, channel.slice(3), callId, arg);
      if (LONG_OPERATIONS.has(channel.slice(3)))
        logs.push(`[harness] ${channel.slice(3)} ${callId}: ${result.ok ? 'ok' : result.error.code} after ${Date.now() - started} ms`);
      return JSON.stringify(encode(result));
    }
    if (channel.startsWith('desktop:')) {
      const fn = (desktop as Record<string, (a: unknown) => unknown>)[channel.slice(8)];
      if (!fn) return JSON.stringify({ ok: false, error: { code: 'INVALID_INPUT', message: 'Unknown desktop method' } });
      try {
        return JSON.stringify(encode({ ok: true, value: await fn(arg) }));
      } catch (e) {
        return JSON.stringify({ ok: false, error: serializeError(e) });
      }
    }
    return JSON.stringify({ ok: false, error: { code: 'INVALID_INPUT', message: `Unknown channel ${CHANNEL_PREFIX}${channel}` } });
  });
  await context.addInitScript(installCasefileShim, { operations: [...OPERATION_NAMES], desktopMethods: [...DESKTOP_METHODS] });

  await page.goto(`${APP_ORIGIN}/index.html`);

  const harness: AppHarness = {
    kind: 'chromium',
    page,
    dir,
    requests,
    appUrlPrefix: `${APP_ORIGIN}/`,
    answerSaveDialog: async (p) => void saveAnswers.push(p),
    answerOpenDialog: async (...p) => void openAnswers.push(...p),
    answerDrop: async (paths) => {
      for (const p of paths) dropAnswers.set(basename(p), p);
    },
    systemLock: async () => {
      if (win.openPath) await client.call('closeCase', {}).result;
      win.openPath = null;
      await page.evaluate(() => (window as unknown as { __casefileLocked: (r: string) => void }).__casefileLocked('suspend'));
    },
  };
  return {
    harness,
    logs,
    close: async () => {
      await context.close();
      await client.dispose();
    },
  };
}
