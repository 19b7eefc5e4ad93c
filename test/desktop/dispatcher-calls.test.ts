/**
 * What main does around each call it forwards (createDispatcher and the handlers registerContractHandlers
 * installs): the unlock delay main enforces after wrong passphrases, progress and cancel routed by the
 * renderer's call id, the window's case state after a failed open, and the plain-words refusals. The
 * service client is a recording stand-in, as in dispatcher.test.ts: what is under test is main's logic.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CANCEL_CHANNEL, CHANNEL_PREFIX } from '../../src/main/channels';
import { type CallerWindow, createDispatcher, type IpcDeps, registerContractHandlers } from '../../src/main/ipc';
import { PathGate } from '../../src/main/path-gate';
import type { CallResult } from '../../src/main/protocol';
import type { ServiceClient } from '../../src/main/service-client';

type Answer = (op: string, input: unknown) => CallResult | Promise<CallResult>;

interface Recorded {
  op: string;
  input: unknown;
  onProgress: ((p: unknown) => void) | undefined;
}

function fakeWindow(answer: Answer) {
  const calls: Recorded[] = [];
  const progress: [string, unknown][] = [];
  const cancels: number[] = [];
  const client = {
    call: (op: string, input: unknown, onProgress?: (p: unknown) => void) => {
      calls.push({ op, input, onProgress });
      return { id: 100 + calls.length, result: Promise.resolve(answer(op, input)) };
    },
    cancel: (id: number) => cancels.push(id),
  } as unknown as ServiceClient;
  const win: CallerWindow = { id: 1, client, openPath: null, inFlight: new Map(), sendProgress: (id, p) => progress.push([id, p]) };
  return { win, calls, progress, cancels };
}

function setup() {
  const gate = new PathGate();
  const closed: number[] = [];
  const opened: string[] = [];
  const dispatch = createDispatcher({
    gate,
    windowWithCase: () => undefined,
    focus: () => undefined,
    caseOpened: (_w, path) => opened.push(path),
    caseClosed: (w) => closed.push(w.id),
    log: () => undefined,
  });
  return { gate, dispatch, closed, opened };
}

const wrong: CallResult = { ok: false, error: { code: 'WRONG_PASSPHRASE', message: 'The passphrase is not right.' } };

afterEach(() => {
  vi.useRealTimers();
});

describe('the unlock delay main enforces', () => {
  it('after two wrong passphrases the third attempt reaches the service only after 1 s; a success clears the count', async () => {
    vi.useFakeTimers();
    const { dispatch, gate } = setup();
    const path = gate.allow('/cases/x.casefile', 'open-case');
    let next: CallResult = wrong;
    const a = fakeWindow(() => next);
    for (const n of [1, 2]) expect(await dispatch(a.win, 'openCase', `w${n}`, { path, passphrase: `wrong ${n}` })).toEqual(wrong);
    expect(a.calls.length).toBe(2);

    const third = dispatch(a.win, 'openCase', 'w3', { path, passphrase: 'wrong 3' });
    await vi.advanceTimersByTimeAsync(999);
    expect(a.calls.length).toBe(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(await third).toEqual(wrong);
    expect(a.calls.length).toBe(3);

    // Fourth attempt: 2 s. Let it succeed; the count is cleared, so the next attempt does not wait.
    next = { ok: true, value: { path, caseId: 'case_1' } };
    const fourth = dispatch(a.win, 'openCase', 'w4', { path, passphrase: 'right' });
    await vi.advanceTimersByTimeAsync(1999);
    expect(a.calls.length).toBe(3);
    await vi.advanceTimersByTimeAsync(1);
    expect((await fourth).ok).toBe(true);
    next = wrong;
    await dispatch(a.win, 'openCase', 'w5', { path, passphrase: 'wrong again' });
    expect(a.calls.length).toBe(5);
  });

  it('only a wrong passphrase counts: a damaged file or a file in use does not slow the next attempt', async () => {
    vi.useFakeTimers();
    const { dispatch, gate } = setup();
    const path = gate.allow('/cases/y.casefile', 'open-case');
    const a = fakeWindow(() => ({ ok: false, error: { code: 'DAMAGED', message: 'damaged' } }));
    for (const n of [1, 2, 3, 4]) await dispatch(a.win, 'openCase', `d${n}`, { path, passphrase: 'p' });
    // No timer was needed: every attempt reached the service at once.
    expect(a.calls.length).toBe(4);
  });

  it('the delay is per case file: wrong passphrases for one case do not slow another', async () => {
    vi.useFakeTimers();
    const { dispatch, gate } = setup();
    const x = gate.allow('/cases/x.casefile', 'open-case');
    const y = gate.allow('/cases/y.casefile', 'open-case');
    const a = fakeWindow(() => wrong);
    for (const n of [1, 2, 3]) {
      const attempt = dispatch(a.win, 'openCase', `x${n}`, { path: x, passphrase: 'nope' });
      await vi.advanceTimersByTimeAsync(1000);
      await attempt;
    }
    const before = a.calls.length;
    await dispatch(a.win, 'openCase', 'y1', { path: y, passphrase: 'nope' });
    expect(a.calls.length).toBe(before + 1);
  });
});

describe('progress and cancel follow the renderer call id', () => {
  it('a long operation with a call id sends its progress under that id, and is cancellable while it runs', async () => {
    const { dispatch } = setup();
    let finish!: (r: CallResult) => void;
    const a = fakeWindow(() => new Promise<CallResult>((r) => (finish = r)));
    const running = dispatch(a.win, 'verify', 'call-7', {});
    await vi.waitFor(() => expect(a.calls.length).toBe(1));
    expect(a.win.inFlight.get('call-7')).toBe(101);
    a.calls[0].onProgress?.({ done: 1, total: 3 });
    expect(a.progress).toEqual([['call-7', { done: 1, total: 3 }]]);
    finish({ ok: true, value: { ok: true } });
    await running;
    // Done: the id no longer maps to a worker call.
    expect(a.win.inFlight.has('call-7')).toBe(false);
  });

  it('an operation that is not long gets no progress callback; an id that is not a short string is not kept', async () => {
    const { dispatch } = setup();
    let finish!: (r: CallResult) => void;
    const a = fakeWindow(() => new Promise<CallResult>((r) => (finish = r)));
    const quick = dispatch(a.win, 'getProfile', 'call-1', {});
    await vi.waitFor(() => expect(a.calls.length).toBe(1));
    expect(a.calls[0].onProgress).toBeUndefined();
    expect(a.win.inFlight.get('call-1')).toBe(101);
    finish({ ok: true, value: {} });
    await quick;

    for (const badId of ['x'.repeat(65), 42, null]) {
      const call = dispatch(a.win, 'verify', badId, {});
      await vi.waitFor(() => expect(a.calls.length).toBeGreaterThan(1));
      expect(a.calls.at(-1)!.onProgress).toBeUndefined();
      expect([...a.win.inFlight.keys()]).toEqual([]);
      finish({ ok: true, value: {} });
      await call;
      a.calls.length = 1;
    }
    // 64 characters is still an id.
    const longest = 'y'.repeat(64);
    const call = dispatch(a.win, 'verify', longest, {});
    await vi.waitFor(() => expect(a.win.inFlight.has(longest)).toBe(true));
    expect(a.calls.at(-1)!.onProgress).toBeTypeOf('function');
    finish({ ok: true, value: {} });
    await call;
  });
});

describe('the window after an open or create', () => {
  it('a failed open or create leaves the window with no case; a failed other call does not', async () => {
    const { dispatch, gate, closed, opened } = setup();
    const a = fakeWindow(() => wrong);
    const open = gate.allow('/cases/a.casefile', 'open-case');
    const create = gate.allow('/cases/new.casefile', 'create-case');
    await dispatch(a.win, 'openCase', 'c1', { path: open, passphrase: 'p' });
    expect(closed).toEqual([1]);
    await dispatch(a.win, 'createCase', 'c2', { path: create, passphrase: 'a long enough passphrase 1' });
    expect(closed).toEqual([1, 1]);
    await dispatch(a.win, 'getProfile', 'c3', {});
    expect(closed).toEqual([1, 1]);
    expect(opened).toEqual([]);
  });

  it('a successful open is recorded as opened, not closed; a result without a case id opens nothing', async () => {
    const { dispatch, gate, closed, opened } = setup();
    const path = gate.allow('/cases/a.casefile', 'open-case');
    const a = fakeWindow((op) => (op === 'openCase' ? { ok: true, value: { path, caseId: 'case_9' } } : { ok: true, value: { path } }));
    await dispatch(a.win, 'openCase', 'c1', { path, passphrase: 'p' });
    expect(opened).toEqual([path]);
    expect(closed).toEqual([]);
    await dispatch(a.win, 'caseInfo', 'c2', {});
    expect(opened).toEqual([path]);
  });

  it('refusals say what happened in words: an unknown operation is named (shortened), a case open elsewhere is explained', async () => {
    const gate = new PathGate();
    const path = gate.allow('/cases/a.casefile', 'open-case');
    const other = fakeWindow(() => wrong);
    const dispatch = createDispatcher({
      gate,
      windowWithCase: () => other.win,
      focus: () => undefined,
      caseOpened: () => undefined,
      caseClosed: () => undefined,
      log: () => undefined,
    });
    const a = fakeWindow(() => wrong);
    const unknown = await dispatch(a.win, `drop${'X'.repeat(100)}`, 'c1', {});
    expect(unknown).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'INVALID_INPUT', message: `Unknown operation: drop${'X'.repeat(56)}` }),
    });
    const inUse = await dispatch(a.win, 'openCase', 'c2', { path, passphrase: 'p' });
    expect(inUse).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'IN_USE', message: 'This case file is already open in another Casefile window.' }),
    });
    expect(a.calls).toEqual([]);
  });
});

describe('the registered handlers', () => {
  type Handler = (event: unknown, ...args: unknown[]) => unknown;
  function register(windowFor: () => CallerWindow | undefined, trusted: (e: unknown) => boolean) {
    const handlers = new Map<string, Handler>();
    const listeners = new Map<string, Handler>();
    const logs: string[] = [];
    registerContractHandlers({
      ipcMain: {
        handle: (channel: string, fn: Handler) => handlers.set(channel, fn),
        on: (channel: string, fn: Handler) => listeners.set(channel, fn),
      } as unknown as IpcDeps['ipcMain'],
      gate: new PathGate(),
      isTrustedSender: trusted,
      windowFor,
      windowWithCase: () => undefined,
      focus: () => undefined,
      caseOpened: () => undefined,
      caseClosed: () => undefined,
      log: (m) => logs.push(m),
    });
    return { handlers, listeners, logs };
  }

  it('an untrusted sender is told so in words and logged by operation; a call with no window is refused as internal', async () => {
    const { handlers, logs } = register(
      () => undefined,
      (e) => e === 'trusted',
    );
    expect(await handlers.get(`${CHANNEL_PREFIX}getProfile`)!('stranger', 'c1', {})).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'INVALID_INPUT', message: 'Refused: this request did not come from Casefile.' }),
    });
    expect(logs).toEqual(["refused getProfile: sender is not the app's own page"]);
    expect(await handlers.get(`${CHANNEL_PREFIX}getProfile`)!('trusted', 'c1', {})).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'INTERNAL', message: 'No window for this request.' }),
    });
  });

  it('cancel reaches the worker call the id maps to, and nothing else', () => {
    const a = fakeWindow(() => wrong);
    a.win.inFlight.set('call-1', 7);
    let win: CallerWindow | undefined = a.win;
    const { listeners } = register(
      () => win,
      (e) => e === 'trusted',
    );
    const cancel = listeners.get(CANCEL_CHANNEL)!;
    cancel('trusted', 'call-unknown');
    cancel('trusted', 7);
    cancel('stranger', 'call-1');
    expect(a.cancels).toEqual([]);
    cancel('trusted', 'call-1');
    expect(a.cancels).toEqual([7]);
    // A window that has gone: nothing to cancel, and no error.
    win = undefined;
    expect(() => cancel('trusted', 'call-1')).not.toThrow();
    expect(a.cancels).toEqual([7]);
  });
});
