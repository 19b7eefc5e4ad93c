// Runs the built main bundle against the stub and prints, as JSON, what it set up and how its rules answer.
// Usage: node main-smoke.mjs <out dir>
import { register } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

register('./hooks.mjs', import.meta.url);
const out = process.argv[2];
await import(pathToFileURL(join(out, 'main/index.js')).href);
await new Promise((r) => setTimeout(r, 50));

const record = globalThis.__electronRecord;
const { app, defaultSession } = { app: (await import('electron')).app, defaultSession: record.defaultSession };

const rendererIndex = pathToFileURL(join(out, 'renderer/index.html')).href;
const urls = [
  rendererIndex,
  pathToFileURL(join(out, 'renderer/assets/x.js')).href,
  pathToFileURL(join(out, 'main/index.js')).href,
  'file:///etc/passwd',
  'https://example.org/',
  'http://localhost:5173/',
  'data:image/png;base64,AAAA',
];
const requestDecisions = {};
for (const url of urls) record.session.onBeforeRequest({ url }, (r) => (requestDecisions[url] = r.cancel));

let headers;
record.session.onHeadersReceived({ responseHeaders: {} }, (r) => (headers = r.responseHeaders));
let permission;
record.session.permissionRequest(null, 'media', (v) => (permission = v));

// A new web contents gets the navigation and window-open rules.
const contents = Object.assign(
  new (class {
    constructor() {
      this.l = {};
    }
    on(e, f) {
      (this.l[e] ??= []).push(f);
    }
  })(),
  { setWindowOpenHandler: (f) => (contents.openHandler = f) },
);
app.emit('web-contents-created', {}, contents);
const prevented = {};
for (const ev of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
  for (const f of contents.l[ev] ?? []) f({ preventDefault: () => (prevented[ev] = true) }, 'https://example.org/');
}
for (const f of contents.l['will-frame-navigate'] ?? [])
  f({ isMainFrame: false, url: 'https://example.org/', preventDefault: () => (prevented['will-frame-navigate'] = true) });
let downloadPrevented = false;
defaultSession.emit('will-download', { preventDefault: () => (downloadPrevented = true) });

console.log(
  JSON.stringify({
    windows: record.windows,
    loaded: record.loaded,
    calls: record.calls,
    ipcHandle: record.ipcHandle,
    ipcOn: record.ipcOn,
    requestDecisions,
    rendererIndex,
    csp: headers?.['Content-Security-Policy'],
    permission,
    permissionCheck: record.session.permissionCheck?.(),
    spellChecker: record.session.spellChecker,
    prevented,
    windowOpen: contents.openHandler?.({ url: 'https://example.org/' }),
    downloadPrevented,
  }),
);
process.exit(0);
