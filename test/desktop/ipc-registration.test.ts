/**
 * The handlers the app really registers (registerContractHandlers), not only the dispatcher behind them:
 * every operation's channel refuses a call from anything but the app's own page before the service sees
 * it, and so does the cancel channel. ipcMain is a recording stand-in (Electron cannot start here); the
 * sender check itself (isTrustedSender) is tested on the event shapes Electron hands over.
 */
import { describe, expect, it } from 'vitest';
import { isTrustedSender, type SenderEvent } from '../../src/main/app-url';
import { CANCEL_CHANNEL, CHANNEL_PREFIX } from '../../src/main/channels';
import { type CallerWindow, type IpcDeps, registerContractHandlers } from '../../src/main/ipc';
import { PathGate } from '../../src/main/path-gate';
import type { CallResult } from '../../src/main/protocol';
import type { ServiceClient } from '../../src/main/service-client';
import { OPERATION_NAMES } from '../../src/shared/api';

type Handler = (event: unknown, ...args: unknown[]) => unknown;

function setup() {
  const handlers = new Map<string, Handler>();
  const listeners = new Map<string, Handler>();
  const serviceCalls: string[] = [];
  const cancels: number[] = [];
  const logs: string[] = [];
  const client = {
    call: (op: string) => {
      serviceCalls.push(op);
      return { id: 7, result: Promise.resolve({ ok: true, value: null } as CallResult) };
    },
    cancel: (id: number) => cancels.push(id),
  } as unknown as ServiceClient;
  const win: CallerWindow = { id: 1, client, openPath: null, inFlight: new Map([['call-1', 7]]), sendProgress: () => undefined };
  const trusted = new WeakSet<object>();
  const deps: IpcDeps = {
    ipcMain: {
      handle: (channel: string, fn: Handler) => handlers.set(channel, fn),
      on: (channel: string, fn: Handler) => listeners.set(channel, fn),
    } as unknown as IpcDeps['ipcMain'],
    gate: new PathGate(),
    isTrustedSender: (event) => trusted.has(event),
    windowFor: () => win,
    windowWithCase: () => undefined,
    focus: () => undefined,
    caseOpened: () => undefined,
    caseClosed: () => undefined,
    log: (m) => logs.push(m),
  };
  registerContractHandlers(deps);
  const trustedEvent = () => {
    const e = {};
    trusted.add(e);
    return e;
  };
  return { handlers, listeners, serviceCalls, cancels, logs, trustedEvent };
}

describe('registerContractHandlers', () => {
  it('registers one handler per contract operation, and the cancel listener', () => {
    const { handlers, listeners } = setup();
    expect([...handlers.keys()].sort()).toEqual(OPERATION_NAMES.map((n) => CHANNEL_PREFIX + n).sort());
    expect(listeners.has(CANCEL_CHANNEL)).toBe(true);
  });

  it('every channel refuses an untrusted sender before the service is called, and logs the refusal', async () => {
    const { handlers, serviceCalls, logs } = setup();
    for (const name of OPERATION_NAMES) {
      const result = (await handlers.get(CHANNEL_PREFIX + name)!({}, 'c', {})) as CallResult;
      expect(result, name).toEqual({
        ok: false,
        error: expect.objectContaining({ message: expect.stringMatching(/did not come from Casefile/) }),
      });
    }
    expect(serviceCalls).toEqual([]);
    expect(logs).toHaveLength(OPERATION_NAMES.length);
    expect(logs[0]).toMatch(/sender is not the app's own page/);
  });

  it('a trusted sender reaches the service (the refusal above is the sender check, not a broken handler)', async () => {
    const { handlers, serviceCalls, trustedEvent } = setup();
    const result = (await handlers.get(`${CHANNEL_PREFIX}closeCase`)!(trustedEvent(), 'c', {})) as CallResult;
    expect(result.ok).toBe(true);
    expect(serviceCalls).toEqual(['closeCase']);
  });

  it('cancel is obeyed only from a trusted sender', () => {
    const { listeners, cancels, trustedEvent } = setup();
    const cancel = listeners.get(CANCEL_CHANNEL)!;
    cancel({}, 'call-1');
    expect(cancels).toEqual([]);
    cancel(trustedEvent(), 'call-1');
    expect(cancels).toEqual([7]);
  });
});

describe('isTrustedSender', () => {
  const origin = { rendererDir: '/opt/casefile/out/renderer' };
  const page = 'file:///opt/casefile/out/renderer/index.html';
  const event = (url: string | null, opts: { iframe?: boolean; id?: number } = {}): SenderEvent => {
    const frame = url === null ? null : { url };
    return { senderFrame: frame, sender: { id: opts.id ?? 3, mainFrame: opts.iframe ? { url: page } : frame } };
  };
  const known = (id: number) => id === 3;

  it('trusts the top-level frame of an app window showing an app page', () => {
    expect(isTrustedSender(event(page), origin, known)).toBe(true);
  });
  it('refuses a sub-frame, even on an app page', () => {
    expect(isTrustedSender(event(page, { iframe: true }), origin, known)).toBe(false);
  });
  it('refuses a frame that has gone (null senderFrame)', () => {
    expect(isTrustedSender(event(null), origin, known)).toBe(false);
  });
  it('refuses a page outside the app (a file elsewhere, a web page)', () => {
    expect(isTrustedSender(event('file:///tmp/evil.html'), origin, known)).toBe(false);
    expect(isTrustedSender(event('https://example.invalid/'), origin, known)).toBe(false);
  });
  it('refuses a window the app did not open', () => {
    expect(isTrustedSender(event(page, { id: 9 }), origin, known)).toBe(false);
  });
});
