/**
 * The Electron main process: one window per open case, each with its own service worker thread; secure
 * defaults everywhere (see window-options.ts and security.ts); native dialogs; the recent list; locking on
 * system suspend or screen lock.
 */
import { existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { app, BrowserWindow, dialog, ipcMain, Menu, powerMonitor, session, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron';
import { serializeError } from '../shared/errors';
import type { ChosenFile, FileFilter } from '../preload/desktop';
import { type AppOrigin, isTrustedSender as isAppSender } from './app-url';
import { DESKTOP_METHODS, DESKTOP_PREFIX, DROPPED_CHANNEL, LOCKED_CHANNEL, PROGRESS_CHANNEL } from './channels';
import { type CallerWindow, registerContractHandlers } from './ipc';
import { DIALOG_PURPOSES, dialogPurpose, PathGate } from './path-gate';
import type { PathPurpose } from '../shared/contract/paths';
import { installContentsRules, installSessionRules } from './security';
import { ServiceClient } from './service-client';
import { SettingsStore } from './settings-store';
import { windowOptions } from './window-options';

const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const isDev = Boolean(devServerUrl);
const rendererDir = resolve(__dirname, '../renderer');
const origin: AppOrigin = { rendererDir, devServerUrl };
const log = (m: string) => console.warn(`[casefile] ${m}`);

// Tests (and careful users) can keep the profile folder elsewhere.
if (process.env.CASEFILE_USER_DATA) app.setPath('userData', resolve(process.env.CASEFILE_USER_DATA));
app.enableSandbox();

/** The SQLite module built for Electron's ABI (scripts/build-native-electron.mjs); packaged builds are rebuilt by electron-builder. */
function nativeBindingEnv(): NodeJS.ProcessEnv {
  if (process.env.CASEFILE_NATIVE_BINDING || app.isPackaged) return process.env;
  const built = join(app.getAppPath(), '.native-electron/node_modules/better-sqlite3-multiple-ciphers/build/Release/better_sqlite3.node');
  if (!existsSync(built))
    log('the Electron build of the SQLite module is missing: run `node scripts/build-native-electron.mjs` (npm start does)');
  return { ...process.env, CASEFILE_NATIVE_BINDING: built };
}

interface AppWindow extends CallerWindow {
  win: BrowserWindow;
}

const windows = new Map<number, AppWindow>();
const gate = new PathGate();
const demoPaths = new Set<string>();
let settings: SettingsStore;

function createWindow(): AppWindow {
  const win = new BrowserWindow(windowOptions(join(__dirname, '../preload/index.cjs'), isDev));
  const client = new ServiceClient(join(__dirname, 'service-worker.js'), nativeBindingEnv());
  const entry: AppWindow = {
    id: win.webContents.id,
    win,
    client,
    openPath: null,
    inFlight: new Map(),
    sendProgress: (callId, progress) => {
      if (!win.isDestroyed()) win.webContents.send(PROGRESS_CHANNEL, callId, progress);
    },
  };
  windows.set(entry.id, entry);
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    windows.delete(entry.id);
    void client.dispose();
  });
  if (devServerUrl) void win.loadURL(devServerUrl);
  else void win.loadFile(join(rendererDir, 'index.html'));
  return entry;
}

function isTrustedSender(event: IpcMainInvokeEvent | IpcMainEvent): boolean {
  return isAppSender(event, origin, (id) => windows.has(id));
}

function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** A file dropped on the window: allowed for one purpose only, to be imported. */
function droppedForImport(path: string): ChosenFile {
  const p = gate.allow(path, 'import');
  return { path: p, name: basename(p) };
}

/** A path the user chose in a dialog, remembered by the gate for that purpose only. */
function chosen(path: string, purpose: PathPurpose): ChosenFile {
  const p = gate.allow(path, purpose);
  return { path: p, name: basename(p) };
}

const CASE_FILTERS: FileFilter[] = [{ name: 'Case files', extensions: ['casefile'] }];
const CASE_DIALOG_TITLES = {
  'open-case': 'Open case file',
  'restore-source': 'Choose the backup to restore',
  'destroy-case': 'Choose the case file to destroy',
} as const satisfies Record<(typeof DIALOG_PURPOSES)['chooseCaseFile'][number], string>;

/** Windows: a file chosen in a dialog is not added to the recent documents (other platforms ignore it). */
const NOT_RECENT = ['dontAddToRecent'] as const;

/** Main-only operations the renderer reaches through window.casefile.desktop. */
function registerDesktopHandlers(): void {
  const handlers: Record<(typeof DESKTOP_METHODS)[number], (win: AppWindow, arg: unknown) => unknown> = {
    async chooseCaseFile(w, opts) {
      const purpose = dialogPurpose('chooseCaseFile', opts);
      const r = await dialog.showOpenDialog(w.win, {
        title: CASE_DIALOG_TITLES[purpose as keyof typeof CASE_DIALOG_TITLES],
        // Destroying starts at the case open in this window (the user still chooses it in the dialog).
        defaultPath: purpose === 'destroy-case' && w.openPath ? w.openPath : undefined,
        properties: ['openFile', ...NOT_RECENT],
        filters: CASE_FILTERS,
      });
      return r.canceled || !r.filePaths[0] ? null : chosen(r.filePaths[0], purpose);
    },
    async chooseNewCaseFile(w, suggested) {
      const name = typeof suggested === 'string' && /^[\w .-]{1,80}$/.test(suggested) ? suggested : 'New case.casefile';
      const r = await dialog.showSaveDialog(w.win, {
        title: 'New case file',
        defaultPath: join(app.getPath('documents'), name),
        filters: CASE_FILTERS,
        properties: ['showOverwriteConfirmation', 'createDirectory', ...NOT_RECENT],
      });
      if (r.canceled || !r.filePath) return null;
      return chosen(r.filePath.endsWith('.casefile') ? r.filePath : `${r.filePath}.casefile`, 'create-case');
    },
    async chooseFiles(w, opts) {
      const o = (opts ?? {}) as { title?: string; filters?: FileFilter[]; multiple?: boolean };
      const r = await dialog.showOpenDialog(w.win, {
        title: typeof o.title === 'string' ? o.title.slice(0, 100) : 'Choose files',
        properties: o.multiple === false ? ['openFile', ...NOT_RECENT] : ['openFile', 'multiSelections', ...NOT_RECENT],
        filters: Array.isArray(o.filters) ? o.filters : undefined,
      });
      const purpose = dialogPurpose('chooseFiles', opts);
      return r.canceled ? [] : r.filePaths.map((p) => chosen(p, purpose));
    },
    async chooseSavePath(w, opts) {
      const o = (opts ?? {}) as { title?: string; defaultName?: string; filters?: FileFilter[] };
      const r = await dialog.showSaveDialog(w.win, {
        title: typeof o.title === 'string' ? o.title.slice(0, 100) : 'Save',
        defaultPath: typeof o.defaultName === 'string' ? join(app.getPath('documents'), basename(o.defaultName)) : undefined,
        filters: Array.isArray(o.filters) ? o.filters : undefined,
        // The Export screen passes overwrite: true because the dialog asked; on Linux it only asks with this.
        properties: ['showOverwriteConfirmation', 'createDirectory', ...NOT_RECENT],
      });
      return r.canceled || !r.filePath ? null : chosen(r.filePath, dialogPurpose('chooseSavePath', opts));
    },
    demoCasePath() {
      const p = join(tmpdir(), `casefile-demo-${randomBytes(6).toString('hex')}.casefile`);
      demoPaths.add(resolve(p));
      return chosen(p, 'create-case');
    },
    recentFiles: () => settings.recent(),
    forgetRecent: (_w, path) => (typeof path === 'string' ? settings.forget(path) : settings.recent()),
    getSettings: () => settings.settings(),
    setSettings: (_w, patch) => settings.update(patch),
  };
  // Dropped files: the paths come from the preload (webUtils.getPathForFile on the File objects the user
  // dropped); only existing regular files are allowed, and only to be imported.
  ipcMain.handle(DROPPED_CHANNEL, (event, paths: unknown) => {
    if (!isTrustedSender(event) || !windows.get(event.sender.id))
      return { ok: false, error: { code: 'INVALID_INPUT', message: 'Refused: this request did not come from Casefile.' } };
    const list = Array.isArray(paths) ? paths.filter((p): p is string => typeof p === 'string' && p.length > 0 && p.length <= 4096) : [];
    return {
      ok: true,
      value: list
        .slice(0, 10_000)
        .filter(isRegularFile)
        .map((p) => droppedForImport(p)),
    };
  });
  for (const [name, fn] of Object.entries(handlers)) {
    ipcMain.handle(DESKTOP_PREFIX + name, async (event, arg: unknown) => {
      const w = windows.get(event.sender.id);
      if (!isTrustedSender(event) || !w)
        return { ok: false, error: { code: 'INVALID_INPUT', message: 'Refused: this request did not come from Casefile.' } };
      try {
        return { ok: true, value: await fn(w, arg) };
      } catch (e) {
        return { ok: false, error: serializeError(e) };
      }
    });
  }
}

async function lockAll(reason: string): Promise<void> {
  await Promise.all(
    [...windows.values()].map(async (w) => {
      if (!w.openPath) return;
      await w.client.call('closeCase', {}).result;
      w.openPath = null;
      if (!w.win.isDestroyed()) w.win.webContents.send(LOCKED_CHANNEL, reason);
    }),
  );
}

function buildMenu(): void {
  const template: Electron.MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    { label: 'File', submenu: [{ label: 'New window', accelerator: 'CmdOrCtrl+Shift+N', click: () => createWindow() }, { role: 'quit' }] },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: isDev ? [{ role: 'reload' }, { role: 'toggleDevTools' }] : [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }],
    },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const w = [...windows.values()][0]?.win;
    if (w) {
      if (w.isMinimized()) w.restore();
      w.focus();
    } else createWindow();
  });

  installContentsRules(app, origin, log);

  void app.whenReady().then(() => {
    settings = new SettingsStore(app.getPath('userData'));
    // The recent list is for opening again, nothing else.
    for (const r of settings.recent()) gate.allow(r.path, 'open-case');
    installSessionRules(session.defaultSession, origin, log);
    registerContractHandlers({
      ipcMain,
      gate,
      isTrustedSender,
      windowFor: (e) => windows.get(e.sender.id),
      windowWithCase: (path, except) => [...windows.values()].find((w) => w !== except && w.openPath === path),
      focus: (w) => (w as AppWindow).win.focus(),
      caseOpened: (w, path) => {
        w.openPath = path;
        if (!demoPaths.has(path)) settings.remember(path);
      },
      caseClosed: (w) => {
        w.openPath = null;
      },
      caseDestroyed: (path) => settings.forget(path),
      log,
    });
    registerDesktopHandlers();
    buildMenu();
    powerMonitor.on('suspend', () => void lockAll('suspend'));
    powerMonitor.on('lock-screen', () => void lockAll('lock-screen'));
    createWindow();
    app.on('activate', () => {
      if (windows.size === 0) createWindow();
    });
  });

  let quitting = false;
  app.on('before-quit', (event) => {
    if (quitting) return;
    quitting = true;
    event.preventDefault();
    // Close every case (the database is shut cleanly) before the process goes.
    void Promise.allSettled([...windows.values()].map((w) => w.client.dispose())).then(() => app.exit(0));
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
