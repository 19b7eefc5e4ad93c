/**
 * Inspects what `electron-vite build` actually produces: the preload is one CommonJS file that requires
 * nothing but `electron` and exposes exactly `window.casefile`; the main bundle passes the window options
 * and session rules from window-options.ts/security.ts; the renderer has no inline script and its CSP is
 * the one main sends; the built service worker answers the contract on a real encrypted file.
 */
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP_METHODS } from '../../src/main/channels';
import { ServiceClient } from '../../src/main/service-client';
import { CONTENT_SECURITY_POLICY, webPreferences, windowOptions } from '../../src/main/window-options';
import { OPERATION_NAMES } from '../../src/shared/api';
import { PASS, useTempDir } from '../helpers/tmp';

const ROOT = resolve(import.meta.dirname, '../..');
let out: string;

beforeAll(async () => {
  // Inside the checkout so the built worker resolves its dependencies from node_modules, as `out/` does.
  mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
  // realpath: in a git worktree node_modules is a symlink, and the built main reports the resolved path.
  out = realpathSync(mkdtempSync(join(ROOT, 'node_modules/.cache/casefile-build-')));
  // Asynchronous: a synchronous build blocks the test worker, and past a minute vitest reports its own
  // RPC as timed out (seen on a loaded machine) even though every test passed.
  await promisify(execFile)(
    process.execPath,
    [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--outDir', out, '--logLevel', 'error'],
    { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
  );
}, 180_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

interface Exposed {
  name: string;
  value: Record<string, unknown>;
}

/** Run the built preload with a stand-in `electron` module and capture what it exposes and sends. */
function loadPreload() {
  const source = readFileSync(join(out, 'preload/index.cjs'), 'utf8');
  const exposed: Exposed[] = [];
  const invoked: unknown[][] = [];
  const required: string[] = [];
  let answer: unknown = { ok: true, value: 'fine' };
  const electron = {
    contextBridge: { exposeInMainWorld: (name: string, value: Record<string, unknown>) => exposed.push({ name, value }) },
    ipcRenderer: {
      invoke: async (...args: unknown[]) => {
        invoked.push(args);
        return answer;
      },
      send: (...args: unknown[]) => invoked.push(['send', ...args]),
      on: () => undefined,
      removeListener: () => undefined,
    },
  };
  const module = { exports: {} };
  runInNewContext(source, {
    require: (id: string) => {
      required.push(id);
      if (id !== 'electron') throw new Error(`preload requires ${id}`);
      return electron;
    },
    module,
    exports: module.exports,
    Date,
    Map,
    Promise,
  });
  return { exposed, invoked, required, setAnswer: (a: unknown) => (answer = a) };
}

describe('the built preload', () => {
  it('is one CommonJS file that requires nothing but electron', () => {
    expect(readdirSync(join(out, 'preload'))).toEqual(['index.cjs']);
    const source = readFileSync(join(out, 'preload/index.cjs'), 'utf8');
    const requires = [...source.matchAll(/require\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);
    expect(new Set(requires)).toEqual(new Set(['electron']));
    expect(source).not.toMatch(/^\s*import\s/m);
    expect(source).not.toMatch(/\bimport\(/);
    // zod stays out of the preload: the operation names are fixed at build time.
    expect(source).not.toMatch(/ZodError|_zod/);
  });

  it('exposes exactly window.casefile: every contract operation plus desktop, no ipcRenderer', () => {
    const { exposed, required } = loadPreload();
    expect(required).toEqual(['electron']);
    expect(exposed.map((e) => e.name)).toEqual(['casefile']);
    const api = exposed[0].value;
    expect(Object.keys(api).sort()).toEqual([...OPERATION_NAMES, 'desktop'].sort());
    for (const name of OPERATION_NAMES) expect(typeof api[name]).toBe('function');
    const desktop = api.desktop as Record<string, unknown>;
    expect(Object.keys(desktop).sort()).toEqual([...DESKTOP_METHODS, 'onLocked', 'droppedFiles'].sort());
    const flat = JSON.stringify(Object.keys(api)) + JSON.stringify(Object.keys(desktop));
    expect(flat).not.toMatch(/ipc|send|invoke|require/i);
  });

  it('forwards a call on its own channel and turns an error result into a plain {code, message}', async () => {
    const { exposed, invoked, setAnswer } = loadPreload();
    const api = exposed[0].value as Record<string, (i: unknown) => Promise<unknown>>;
    await expect(api.caseInfo({})).resolves.toBe('fine');
    expect(invoked[0][0]).toBe('casefile:caseInfo');
    expect(invoked[0][2]).toEqual({});
    setAnswer({ ok: false, error: { code: 'WRONG_PASSPHRASE', message: 'Wrong passphrase.' } });
    await expect(api.openCase({ path: '/x', passphrase: 'y' })).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
      message: 'Wrong passphrase.',
    });
  });
});

describe('the built main process', () => {
  const main = () => readFileSync(join(out, 'main/index.js'), 'utf8');

  it('passes the secure window options from window-options.ts', () => {
    const prefs = webPreferences('/p/index.cjs', false);
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
    });
    expect(webPreferences('/p', true).devTools).toBe(true);
    expect(windowOptions('/p/index.cjs', false).webPreferences).toEqual(prefs);
    // …and the bundle really builds every window from them, with the preload we inspected above.
    const src = main();
    expect(src).toMatch(/new BrowserWindow\(windowOptions\([^)]*"\.\.\/preload\/index\.cjs"\)/);
    expect(src.match(/new BrowserWindow\(/g)).toHaveLength(1);
    for (const flag of ['contextIsolation: true', 'sandbox: true', 'nodeIntegration: false', 'webSecurity: true', 'webviewTag: false'])
      expect(src).toContain(flag);
    // DevTools only in development (an unpackaged run with the dev server URL).
    expect(src).toMatch(/devServerUrl = !app\.isPackaged \? process\.env\.ELECTRON_RENDERER_URL : void 0/);
  });

  it('installs the session and navigation rules', () => {
    const src = main();
    for (const rule of [
      'app.enableSandbox()',
      'requestSingleInstanceLock()',
      'webRequest.onBeforeRequest(',
      'webRequest.onHeadersReceived(',
      'setPermissionRequestHandler(',
      'setPermissionCheckHandler(',
      'setSpellCheckerEnabled(false)',
      '"will-navigate"',
      '"will-redirect"',
      '"will-attach-webview"',
      'setWindowOpenHandler(',
      'action: "deny"',
      '"will-download"',
    ]) {
      expect(src, rule).toContain(rule);
    }
    expect(src).toMatch(/installSessionRules\(session\.defaultSession/);
    expect(src).toMatch(/installContentsRules\(app/);
  });

  it('never imports a network module', () => {
    const files = [
      join(out, 'main/index.js'),
      join(out, 'main/service-worker.js'),
      ...readdirSync(join(out, 'main/chunks')).map((f) => join(out, 'main/chunks', f)),
    ];
    for (const f of files)
      expect(readFileSync(f, 'utf8'), f).not.toMatch(
        /from ["'](node:)?(https?|net|dgram|tls)["']|require\(["'](node:)?(https?|net|dgram|tls)["']\)/,
      );
  });
});

describe('the built main process, run against a recording electron stub', () => {
  const tmp = useTempDir();

  it('creates its window with the secure options and answers requests, navigation and permissions as designed', () => {
    const stdout = execFileSync(process.execPath, [join(ROOT, 'test/desktop/stub/main-smoke.mjs'), out], {
      cwd: ROOT,
      env: { ...process.env, STUB_USER_DATA: tmp(), ELECTRON_RENDERER_URL: '' },
      encoding: 'utf8',
    });
    const r = JSON.parse(stdout.trim().split('\n').pop() ?? '{}');
    expect(r.calls).toEqual(expect.arrayContaining([['enableSandbox'], ['requestSingleInstanceLock']]));
    expect(r.windows).toHaveLength(1);
    expect(r.windows[0]).toEqual(windowOptions(join(out, 'preload/index.cjs'), false));
    expect(r.loaded).toEqual([['file', join(out, 'renderer/index.html')]]);
    // One IPC channel per contract operation plus the desktop helpers, and the cancel channel.
    expect([...r.ipcHandle].sort()).toEqual(
      [...OPERATION_NAMES.map((n) => `casefile:${n}`), ...DESKTOP_METHODS.map((n) => `casefile-desktop:${n}`), 'casefile-dropped'].sort(),
    );
    expect(r.ipcOn).toEqual(['casefile-cancel']);
    // The session lets through the app's own files (and inert data: URLs) and cancels everything else.
    const pageUrl = r.rendererIndex as string;
    expect(r.requestDecisions).toEqual({
      [pageUrl]: false,
      [pageUrl.replace('index.html', 'assets/x.js')]: false,
      [pageUrl.replace('renderer/index.html', 'main/index.js')]: true,
      'file:///etc/passwd': true,
      'https://example.org/': true,
      'http://localhost:5173/': true,
      'data:image/png;base64,AAAA': false,
    });
    expect(r.csp).toEqual([CONTENT_SECURITY_POLICY]);
    expect(r.permission).toBe(false);
    expect(r.permissionCheck).toBe(false);
    expect(r.spellChecker).toBe(false);
    expect(r.prevented).toEqual({ 'will-navigate': true, 'will-redirect': true, 'will-attach-webview': true, 'will-frame-navigate': true });
    expect(r.windowOpen).toEqual({ action: 'deny' });
    expect(r.downloadPrevented).toBe(true);
  });
});

describe('the built renderer', () => {
  it('has no inline script, and its CSP meta tag is the policy main sends', () => {
    const html = readFileSync(join(out, 'renderer/index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc="\.\/assets\//);
      expect(body.trim()).toBe('');
    }
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    // frame-ancestors is ignored in a meta tag; everything else must match the header exactly.
    expect(meta).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''));
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('contains no eval and no remote URL loads', () => {
    const js = readdirSync(join(out, 'renderer/assets')).filter((f) => f.endsWith('.js'));
    for (const f of js) {
      const src = readFileSync(join(out, 'renderer/assets', f), 'utf8');
      expect(src).not.toMatch(/\beval\(|new Function\(/);
    }
  });
});

describe('the built service worker', () => {
  const tmp = useTempDir();

  it('answers the contract on a real encrypted file, with typed errors', async () => {
    const worker = join(out, 'main/service-worker.js');
    expect(existsSync(worker)).toBe(true);
    const client = new ServiceClient(worker, { ...process.env, CASEFILE_NATIVE_BINDING: '' });
    try {
      const path = join(tmp(), 'w.casefile');
      const created = await client.call('createCase', { path, passphrase: PASS, title: 'Worker' }).result;
      expect(created).toMatchObject({ ok: true, value: { title: 'Worker' } });
      expect(await client.call('closeCase', {}).result).toEqual({ ok: true, value: { closed: true } });
      const wrong = await client.call('openCase', { path, passphrase: 'nope' }).result;
      expect(wrong).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
      const unknown = await client.call('dropEverything', {}).result;
      expect(unknown).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      const bytes = new Uint8Array([0, 1, 2, 255]);
      await client.call('openCase', { path, passphrase: PASS }).result;
      const added = await client.call('addSource', { fileName: 'b.bin', bytes }).result;
      expect(added.ok).toBe(true);
      const id = (added as { value: { source: { id: string } } }).value.source.id;
      const back = (await client.call('getSourceBytes', { id }).result) as { ok: true; value: { bytes: Uint8Array } };
      expect([...back.value.bytes]).toEqual([0, 1, 2, 255]);
    } finally {
      await client.dispose();
    }
  });

  it('locking while an import runs cancels it, waits for it, and leaves a case that verifies', async () => {
    const client = new ServiceClient(join(out, 'main/service-worker.js'), { ...process.env, CASEFILE_NATIVE_BINDING: '' });
    try {
      const path = join(tmp(), 'lock.casefile');
      expect((await client.call('createCase', { path, passphrase: PASS, title: 'Lock' }).result).ok).toBe(true);
      const files = Array.from({ length: 200 }, (_, i) => ({
        fileName: `report-${i}.txt`,
        bytes: new TextEncoder().encode(
          `Report ${i}. The sergeant said prisoners were shot near the river on 3 March 2022. Witness ${i} confirmed it.`,
        ),
      }));
      const progress: number[] = [];
      const importing = client.call('importFiles', { files }, (p) => progress.push(p.done));
      // Lock as soon as the import has made progress: the close must not run under it.
      await expect.poll(() => progress.length, { timeout: 60_000 }).toBeGreaterThan(0);
      const closed = await client.call('closeCase', {}).result;
      const imported = await importing.result;
      expect(closed).toEqual({ ok: true, value: { closed: true } });
      // The batch stopped at a file boundary: what was imported is listed, the rest is marked cancelled.
      expect(imported.ok, JSON.stringify(imported).slice(0, 300)).toBe(true);
      const { results } = (imported as { ok: true; value: { results: { ok: boolean; error?: { code: string } }[] } }).value;
      const done = results.filter((r) => r.ok).length;
      expect(done).toBeGreaterThan(0);
      expect(done).toBeLessThan(files.length);
      expect(results.slice(done).every((r) => r.error?.code === 'CANCELLED')).toBe(true);

      expect((await client.call('openCase', { path, passphrase: PASS }).result).ok).toBe(true);
      const report = (await client.call('verify', {}).result) as { ok: true; value: { ok: boolean; problems: unknown[] } };
      expect(report.value.problems).toEqual([]);
      const sources = (await client.call('listSources', {}).result) as { ok: true; value: unknown[] };
      // Every file the batch reported imported is in the case, and nothing else.
      expect(sources.value.length).toBe(done);
    } finally {
      await client.dispose();
    }
  });
});
