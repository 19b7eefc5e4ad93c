/**
 * Main's per-call IPC logic (createDispatcher), with two windows. The service client here is a recording
 * stand-in: what is under test is what main lets through to the service, not the service itself (the
 * built worker is exercised on real files in built-output.test.ts and by the e2e specs).
 */
import { describe, expect, it } from 'vitest';
import { type CallerWindow, createDispatcher } from '../../src/main/ipc';
import { PathGate } from '../../src/main/path-gate';
import type { CallResult } from '../../src/main/protocol';
import type { ServiceClient } from '../../src/main/service-client';

function fakeWindow(id: number, answer: (op: string, input: unknown) => CallResult) {
  const calls: { op: string; input: unknown }[] = [];
  const client = {
    call: (op: string, input: unknown) => {
      calls.push({ op, input });
      return { id: calls.length, result: Promise.resolve(answer(op, input)) };
    },
    cancel: () => undefined,
  } as unknown as ServiceClient;
  const win: CallerWindow = { id, client, openPath: null, inFlight: new Map(), sendProgress: () => undefined };
  return { win, calls };
}

const info = (path: string): CallResult => ({ ok: true, value: { path, caseId: 'case_1' } });

function setup() {
  const gate = new PathGate();
  const windows: CallerWindow[] = [];
  const focused: number[] = [];
  const opened: string[] = [];
  const dispatch = createDispatcher({
    gate,
    windowWithCase: (path, except) => windows.find((w) => w !== except && w.openPath === path),
    focus: (w) => focused.push(w.id),
    caseOpened: (w, path) => {
      w.openPath = path;
      opened.push(path);
    },
    caseClosed: (w) => {
      w.openPath = null;
    },
    log: () => undefined,
  });
  return { gate, windows, focused, opened, dispatch };
}

describe('createDispatcher', () => {
  it('refuses unknown operations, unchosen paths and invalid input before the service sees them', async () => {
    const { dispatch, windows } = setup();
    const a = fakeWindow(1, (_op, input) => info((input as { path: string }).path));
    windows.push(a.win);
    expect(await dispatch(a.win, 'dropTables', 'c1', {})).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await dispatch(a.win, 'openCase', 'c2', { path: '/cases/x.casefile', passphrase: 'p' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/Choose the file/) },
    });
    expect(await dispatch(a.win, 'updateProfile', 'c3', { age: 'old' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(a.calls).toEqual([]);
  });

  it('opens a chosen case in one window and refuses it in a second, focusing the first', async () => {
    const { dispatch, windows, gate, focused, opened } = setup();
    const path = gate.allow('/cases/x.casefile', 'open-case');
    const a = fakeWindow(1, (_op, input) => info((input as { path: string }).path));
    const b = fakeWindow(2, (_op, input) => info((input as { path: string }).path));
    windows.push(a.win, b.win);
    expect(await dispatch(a.win, 'openCase', 'c1', { path, passphrase: 'p' })).toMatchObject({ ok: true });
    expect(a.win.openPath).toBe(path);
    expect(opened).toEqual([path]);
    expect(await dispatch(b.win, 'openCase', 'c2', { path, passphrase: 'p' })).toMatchObject({ ok: false, error: { code: 'IN_USE' } });
    expect(focused).toEqual([1]);
    expect(b.calls).toEqual([]);
    // Once closed in the first window, the second may open it.
    a.calls.length = 0;
    await dispatch(a.win, 'closeCase', 'c3', {});
    expect(a.win.openPath).toBeNull();
    expect(await dispatch(b.win, 'openCase', 'c4', { path, passphrase: 'p' })).toMatchObject({ ok: true });
  });

  it('forwards the validated input (defaults applied), not the raw one', async () => {
    const { dispatch, windows } = setup();
    const a = fakeWindow(1, () => ({ ok: true, value: [] }));
    windows.push(a.win);
    await dispatch(a.win, 'custodyLog', 'c1', undefined);
    expect(a.calls).toEqual([{ op: 'custodyLog', input: { afterSeq: 0, limit: 1000 } }]);
  });

  it('runs unlock attempts one at a time, so parallel wrong passphrases cannot skip the growing delay', async () => {
    const { dispatch, windows, gate } = setup();
    const path = gate.allow('/cases/x.casefile', 'open-case');
    let inFlight = 0;
    let maxInFlight = 0;
    const client = {
      call: () => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        const result = new Promise<CallResult>((res) =>
          setImmediate(() => {
            inFlight--;
            res({ ok: false, error: { code: 'WRONG_PASSPHRASE', message: 'wrong' } });
          }),
        );
        return { id: 1, result };
      },
      cancel: () => undefined,
    } as unknown as ServiceClient;
    const win: CallerWindow = { id: 9, client, openPath: null, inFlight: new Map(), sendProgress: () => undefined };
    windows.push(win);
    const results = await Promise.all([1, 2].map((n) => dispatch(win, 'openCase', `u${n}`, { path, passphrase: `wrong ${n}` })));
    expect(results.map((r) => !r.ok && r.error.code)).toEqual(['WRONG_PASSPHRASE', 'WRONG_PASSPHRASE']);
    expect(maxInFlight).toBe(1);
  });
});
