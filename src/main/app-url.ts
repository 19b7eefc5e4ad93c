/**
 * Which URLs are the app's own: files under the built renderer folder (or the dev server in
 * development). Everything else is cancelled at the session level and refused as an IPC sender.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface AppOrigin {
  /** Absolute path of the built renderer folder (out/renderer). */
  rendererDir: string;
  /** The electron-vite dev server URL in development, else undefined. */
  devServerUrl?: string;
}

export function isAppUrl(url: string, origin: AppOrigin): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === 'file:') {
    // A host (a UNC share on Windows) is never the app. The URL parser already empties "localhost", and
    // on POSIX fileURLToPath refuses any other host too, so this only decides on Windows.
    // Stryker disable next-line ConditionalExpression: equivalent on POSIX (fileURLToPath refuses a host)
    if (u.host !== '') return false;
    let p: string;
    try {
      p = fileURLToPath(u);
    } catch {
      return false;
    }
    const rel = relative(resolve(origin.rendererDir), resolve(p));
    // Inside the folder: not the folder itself, not above it ("..", "../x"); a name that merely starts
    // with two dots ("..x") is inside.
    return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
  }
  if (origin.devServerUrl) {
    const dev = new URL(origin.devServerUrl);
    if (
      (u.protocol === 'http:' || u.protocol === 'ws:') &&
      u.host === dev.host &&
      (u.hostname === 'localhost' || u.hostname === '127.0.0.1')
    )
      return true;
  }
  return false;
}

/** URLs that never touch the network and that the CSP already governs (images inlined as data:). */
export function isInertUrl(url: string): boolean {
  return url.startsWith('data:') || url.startsWith('devtools:') || url.startsWith('chrome-extension:');
}

/** The parts of an IPC event the sender check reads (IpcMainEvent and IpcMainInvokeEvent both have them). */
export interface SenderEvent {
  senderFrame: { url: string } | null;
  sender: { id: number; mainFrame: unknown };
}

/**
 * An IPC call is trusted only from the top-level frame of one of the app's own windows showing one of
 * the app's own pages: not from an iframe, not after a navigation elsewhere, not from a window we did
 * not open.
 */
export function isTrustedSender(event: SenderEvent, origin: AppOrigin, isAppWindow: (webContentsId: number) => boolean): boolean {
  const frame = event.senderFrame;
  if (!frame || frame !== event.sender.mainFrame) return false;
  return isAppUrl(frame.url, origin) && isAppWindow(event.sender.id);
}
