// A recording stand-in for the `electron` module, so the BUILT main bundle (out/main/index.js) can run under
// plain Node and show what it really passes to BrowserWindow, the session and ipcMain (see main-smoke.mjs).
class Emitter {
  constructor() {
    this.listeners = {};
  }
  on(event, fn) {
    (this.listeners[event] ??= []).push(fn);
    return this;
  }
  once(event, fn) {
    return this.on(event, fn);
  }
  emit(event, ...args) {
    for (const fn of this.listeners[event] ?? []) fn(...args);
  }
}

export const record = { windows: [], loaded: [], calls: [], ipcHandle: [], ipcOn: [], session: {} };
globalThis.__electronRecord = record;

export const app = Object.assign(new Emitter(), {
  isPackaged: false,
  setPath: (k, v) => record.calls.push(['setPath', k, v]),
  getPath: () => process.env.STUB_USER_DATA,
  getAppPath: () => process.cwd(),
  enableSandbox: () => record.calls.push(['enableSandbox']),
  requestSingleInstanceLock: () => {
    record.calls.push(['requestSingleInstanceLock']);
    return true;
  },
  whenReady: () => Promise.resolve(),
  quit: () => undefined,
  exit: () => undefined,
});

let nextId = 1;
export class BrowserWindow extends Emitter {
  constructor(options) {
    super();
    record.windows.push(options);
    this.webContents = Object.assign(new Emitter(), { id: nextId++, send: () => undefined });
  }
  loadFile(p) {
    record.loaded.push(['file', p]);
    return Promise.resolve();
  }
  loadURL(u) {
    record.loaded.push(['url', u]);
    return Promise.resolve();
  }
  isDestroyed() {
    return false;
  }
  show() {}
  focus() {}
}

const defaultSession = Object.assign(new Emitter(), {
  webRequest: {
    onBeforeRequest: (fn) => (record.session.onBeforeRequest = fn),
    onHeadersReceived: (fn) => (record.session.onHeadersReceived = fn),
  },
  setPermissionRequestHandler: (fn) => (record.session.permissionRequest = fn),
  setPermissionCheckHandler: (fn) => (record.session.permissionCheck = fn),
  setDevicePermissionHandler: (fn) => (record.session.devicePermission = fn),
  setSpellCheckerEnabled: (v) => (record.session.spellChecker = v),
});
record.defaultSession = defaultSession;

export const session = { defaultSession };
export const ipcMain = {
  handle: (channel) => record.ipcHandle.push(channel),
  on: (channel) => record.ipcOn.push(channel),
};
export const dialog = {};
export const Menu = { buildFromTemplate: (t) => t, setApplicationMenu: () => undefined };
export const powerMonitor = new Emitter();
export default { app, BrowserWindow, session, ipcMain, dialog, Menu, powerMonitor };
