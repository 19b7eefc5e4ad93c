/**
 * The Chromium project's stand-in for the preload: installed in the page before any app script runs, it
 * builds `window.casefile` over the contract's operation names and forwards every call through a page
 * binding to the harness (which runs main's dispatcher and the real service worker). Same result and error
 * shapes as src/preload/index.ts. Bytes cross as {$bytes: base64}. This function is serialised by
 * Playwright, so it must not reference anything outside itself.
 */
export interface ShimConfig {
  operations: string[];
  desktopMethods: string[];
}

export function installCasefileShim(config: ShimConfig): void {
  type Result = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string; details?: unknown } };
  const w = window as unknown as Record<string, unknown>;
  const invoke = (...args: unknown[]) => (w.__casefileInvoke as (...a: unknown[]) => Promise<string>)(...args);

  const encode = (v: unknown): unknown => {
    if (v instanceof Uint8Array) {
      let s = '';
      for (let i = 0; i < v.length; i += 0x8000) s += String.fromCharCode(...v.subarray(i, i + 0x8000));
      return { $bytes: btoa(s) };
    }
    if (Array.isArray(v)) return v.map(encode);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, encode(x)]));
    return v;
  };
  const decode = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(decode);
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.$bytes === 'string' && Object.keys(o).length === 1) return Uint8Array.from(atob(o.$bytes), (c) => c.charCodeAt(0));
      return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, decode(x)]));
    }
    return v;
  };
  const unwrap = (json: string): unknown => {
    const r = decode(JSON.parse(json)) as Result;
    if (r.ok) return r.value;
    throw { name: 'CasefileError', code: r.error.code, message: r.error.message, details: r.error.details };
  };

  const progress = new Map<string, (p: unknown) => void>();
  const locked = new Set<(reason: string) => void>();
  w.__casefileProgress = (id: string, p: unknown) => progress.get(id)?.(p);
  w.__casefileLocked = (reason: string) => locked.forEach((l) => l(reason));

  let counter = 0;
  const api: Record<string, unknown> = {};
  for (const name of config.operations) {
    api[name] = async (input: unknown, options?: { onProgress?: (p: unknown) => void; signal?: AbortSignal }) => {
      const callId = `${Date.now().toString(36)}-${++counter}`;
      options?.signal?.throwIfAborted();
      const onAbort = () => void invoke('cancel', callId, '');
      if (options?.onProgress) progress.set(callId, options.onProgress);
      options?.signal?.addEventListener('abort', onAbort, { once: true });
      try {
        return unwrap(await invoke('op:' + name, callId, JSON.stringify(encode(input ?? {}))));
      } finally {
        progress.delete(callId);
        options?.signal?.removeEventListener('abort', onAbort);
      }
    };
  }
  const desktop: Record<string, unknown> = {
    // The harness stands in for Electron's webUtils.getPathForFile: it knows the files a spec is about to
    // drop (answerDrop) and hands back their paths by name, as the shell does, allowed for import only.
    async droppedFiles(files: readonly File[]) {
      const names = Array.from(files, (f) => (f instanceof File ? f.name : '')).filter(Boolean);
      return unwrap(await invoke('dropped', '', JSON.stringify(names)));
    },
    onLocked(listener: (reason: string) => void) {
      locked.add(listener);
      return () => locked.delete(listener);
    },
  };
  for (const name of config.desktopMethods) {
    desktop[name] = async (arg?: unknown) => unwrap(await invoke('desktop:' + name, '', JSON.stringify(encode(arg ?? null))));
  }
  api.desktop = Object.freeze(desktop);
  Object.defineProperty(window, 'casefile', { value: Object.freeze(api), writable: false, configurable: false, enumerable: true });
}
