/**
 * The security-relevant options the main process passes to every window, in one place so that
 * test/desktop/built-output.test.ts can assert on exactly what main uses (and grep the bundle for it).
 */
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/** No remote origins, no inline script, no eval. Sent as a response header AND as a meta tag in index.html. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function webPreferences(preloadPath: string, isDev: boolean): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    // Middle-click would ask for a new window (denied in security.ts); do not even raise the event.
    disableBlinkFeatures: 'Auxclick',
    // The spellchecker downloads dictionaries from the network: off.
    spellcheck: false,
    devTools: isDev,
    safeDialogs: true,
  };
}

export function windowOptions(preloadPath: string, isDev: boolean): BrowserWindowConstructorOptions {
  return {
    width: 1200,
    height: 820,
    minWidth: 760,
    minHeight: 560,
    show: false,
    title: 'Casefile',
    backgroundColor: '#f6f5f2',
    autoHideMenuBar: true,
    webPreferences: webPreferences(preloadPath, isDev),
  };
}
