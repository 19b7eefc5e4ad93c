/**
 * The preload: one sandbox-compatible CommonJS file (requires nothing but `electron`) that exposes exactly
 * one object, `window.casefile`. Its operations are generated over the contract's OPERATION_NAMES (fixed at
 * build time), so a new operation appears without editing this file; `desktop` holds the main-only helpers. No raw
 * ipcRenderer, no Node, no event objects ever reach the page.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { CallOptions, CasefileApi, Progress } from '../shared/api';
import type { SerializedError } from '../shared/errors';
import {
  CANCEL_CHANNEL,
  CHANNEL_PREFIX,
  DESKTOP_METHODS,
  DESKTOP_PREFIX,
  DROPPED_CHANNEL,
  LOCKED_CHANNEL,
  PROGRESS_CHANNEL,
} from '../main/channels';
import type { CasefileWindowApi, DesktopApi } from './desktop';

/** Filled in at build time from the contract (electron.vite.config.ts): the preload itself carries no zod. */
declare const __CASEFILE_OPERATIONS__: readonly string[];

type Result = { ok: true; value: unknown } | { ok: false; error: SerializedError };

/** Errors cross contextBridge as plain objects: an Error's own fields (the code) would be dropped. */
function unwrap(r: Result): unknown {
  if (r && r.ok) return r.value;
  const error: SerializedError = r && !r.ok ? r.error : { code: 'INTERNAL', message: 'No answer from Casefile.' };
  throw { name: 'CasefileError', code: error.code, message: error.message, details: error.details };
}

const progressListeners = new Map<string, (p: Progress) => void>();
ipcRenderer.on(PROGRESS_CHANNEL, (_event, callId: string, progress: Progress) => progressListeners.get(callId)?.(progress));

let counter = 0;
function operation(name: string) {
  return async (input: unknown, options?: CallOptions): Promise<unknown> => {
    const callId = `${Date.now().toString(36)}-${++counter}`;
    options?.signal?.throwIfAborted();
    const onAbort = () => ipcRenderer.send(CANCEL_CHANNEL, callId);
    if (options?.onProgress) progressListeners.set(callId, options.onProgress);
    options?.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      return unwrap(await ipcRenderer.invoke(CHANNEL_PREFIX + name, callId, input));
    } finally {
      progressListeners.delete(callId);
      options?.signal?.removeEventListener('abort', onAbort);
    }
  };
}

function generateApi(): CasefileApi {
  const api: Record<string, ReturnType<typeof operation>> = {};
  for (const name of __CASEFILE_OPERATIONS__) api[name] = operation(name);
  return api as CasefileApi;
}

function generateDesktop(): Omit<DesktopApi, 'onLocked' | 'droppedFiles'> {
  const d: Record<string, (arg?: unknown) => Promise<unknown>> = {};
  for (const name of DESKTOP_METHODS) d[name] = async (arg?: unknown) => unwrap(await ipcRenderer.invoke(DESKTOP_PREFIX + name, arg));
  return d as unknown as Omit<DesktopApi, 'onLocked' | 'droppedFiles'>;
}

const desktop = {
  ...generateDesktop(),
  // Takes File objects, never strings: the page cannot name a path, only hand over what the user dropped.
  async droppedFiles(files: readonly File[]) {
    const paths = Array.from(files, (f) => (f instanceof File ? webUtils.getPathForFile(f) : '')).filter((p) => p.length > 0);
    return unwrap(await ipcRenderer.invoke(DROPPED_CHANNEL, paths)) as Awaited<ReturnType<DesktopApi['droppedFiles']>>;
  },
  onLocked(listener: (reason: string) => void): () => void {
    const handler = (_event: unknown, reason: string) => listener(String(reason));
    ipcRenderer.on(LOCKED_CHANNEL, handler);
    return () => ipcRenderer.removeListener(LOCKED_CHANNEL, handler);
  },
} satisfies DesktopApi;

const casefile = { ...generateApi(), desktop } satisfies CasefileWindowApi;

contextBridge.exposeInMainWorld('casefile', casefile);
