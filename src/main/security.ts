/**
 * Session- and app-level rules: every request that is not the app's own files is cancelled, the CSP is
 * sent as a header, permissions are denied, downloads refused, and no web contents may navigate, open
 * windows or attach webviews.
 */
import type { App, Session } from 'electron';
import { type AppOrigin, isAppUrl, isInertUrl } from './app-url';
import { CONTENT_SECURITY_POLICY } from './window-options';

export function installSessionRules(session: Session, origin: AppOrigin, log: (m: string) => void): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAppUrl(details.url, origin) || isInertUrl(details.url);
    if (!allowed) log(`blocked request: ${originOf(details.url)}`);
    callback({ cancel: !allowed });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
        'X-Content-Type-Options': ['nosniff'],
      },
    });
  });
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setSpellCheckerEnabled(false);
  session.on('will-download', (event) => event.preventDefault());
}

export function installContentsRules(app: App, origin: AppOrigin, log: (m: string) => void): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      log(`blocked navigation: ${originOf(url)}`);
      event.preventDefault();
    });
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-frame-navigate', (event) => {
      if (!event.isMainFrame || !isAppUrl(event.url, origin)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      log(`blocked window.open: ${originOf(url)}`);
      return { action: 'deny' };
    });
  });
}

/** Only scheme and host go to the log: a full URL can carry case content (and stderr may be journald). */
export function originOf(url: string): string {
  try {
    const u = new URL(url);
    return u.host ? `${u.protocol}//${u.host}` : u.protocol;
  } catch {
    return '(unparseable URL)';
  }
}
