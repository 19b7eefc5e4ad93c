/**
 * IPC generated from the contract: one `casefile:<op>` handler per operation. Each handler checks that the
 * sender is the app's own top-level page, validates the input with the operation's zod schema, lets only
 * paths the user chose for that field's purpose through (path-gate.ts), and forwards it to the window's
 * service worker. Results come back as `{ok, value} | {ok: false, error}` so the error code survives the
 * trip to the renderer.
 */
import { resolve } from 'node:path';
import type { IpcMain, IpcMainEvent, IpcMainInvokeEvent } from 'electron';
import { invalidInput } from '../core/bind';
import { type Contract, contract as casefileContract, OPERATION_NAMES, type OperationName } from '../shared/api';
import { CasefileError, serializeError } from '../shared/errors';
import { CANCEL_CHANNEL, CHANNEL_PREFIX } from './channels';
import type { PathGate } from './path-gate';
import type { CallResult } from './protocol';
import type { ServiceClient } from './service-client';
import { UnlockThrottle } from './unlock-throttle';

/** What IPC needs to know about the window a call came from. */
export interface CallerWindow {
  id: number;
  client: ServiceClient;
  /** Path of the case open in this window, if any. */
  openPath: string | null;
  /** Renderer call id → worker call id, for cancel. */
  inFlight: Map<string, number>;
  sendProgress(callId: string, progress: unknown): void;
}

export interface IpcDeps {
  ipcMain: IpcMain;
  /** Built from the same contract (its path fields come from the schemas). */
  gate: PathGate;
  /** The operations served (default: the Casefile contract; tests pass their own). */
  contract?: Contract;
  isTrustedSender(event: IpcMainInvokeEvent | IpcMainEvent): boolean;
  windowFor(event: IpcMainInvokeEvent | IpcMainEvent): CallerWindow | undefined;
  /** Another window that has this case open, if any (it is focused by the callee). */
  windowWithCase(path: string, except: CallerWindow): CallerWindow | undefined;
  focus(window: CallerWindow): void;
  caseOpened(window: CallerWindow, path: string, op: OperationName): void;
  caseClosed(window: CallerWindow): void;
  /** A case file was destroyed: it leaves the recent list. */
  caseDestroyed?(path: string): void;
  log(message: string): void;
}

const fail = (e: unknown): CallResult => ({ ok: false, error: serializeError(e) });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function opensCase(value: unknown): value is { path: string; caseId: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { path?: unknown }).path === 'string' &&
    typeof (value as { caseId?: unknown }).caseId === 'string'
  );
}

/** The per-call logic, free of Electron types: main registers it on ipcMain, the e2e harness on a page binding. */
export type Dispatch = (win: CallerWindow, name: string, callId: unknown, rawInput: unknown) => Promise<CallResult>;

export function createDispatcher(deps: Omit<IpcDeps, 'ipcMain' | 'isTrustedSender' | 'windowFor'>): Dispatch {
  const throttle = new UnlockThrottle();
  const unlocks = new SerialQueue();
  const contract = deps.contract ?? casefileContract;
  return async (win, rawName, callId, rawInput) => {
    if (!Object.hasOwn(contract, rawName))
      return fail(new CasefileError('INVALID_INPUT', `Unknown operation: ${String(rawName).slice(0, 60)}`));
    const name = rawName as OperationName;
    const spec = contract[name] as Contract[string];
    try {
      // The gate checks the PARSED input, at the fields the schema declares as paths (see path-gate.ts).
      deps.gate.screen(rawInput);
      const parsed = spec.input.safeParse(rawInput ?? {});
      if (!parsed.success) throw invalidInput(name, parsed.error);
      const input = deps.gate.check(name, parsed.data);
      const path = typeof (input as { path?: unknown })?.path === 'string' ? resolve((input as { path: string }).path) : null;

      if (path) {
        const other = deps.windowWithCase(path, win);
        if (other) {
          deps.focus(other);
          throw new CasefileError('IN_USE', 'This case file is already open in another Casefile window.');
        }
      }
      const execute = async (): Promise<CallResult> => {
        if (name === 'openCase' && path) {
          const wait = throttle.delayFor(path);
          if (wait > 0) await sleep(wait);
        }
        const id = typeof callId === 'string' && callId.length <= 64 ? callId : null;
        const call = win.client.call(name, input, spec.long === true && id ? (p) => win.sendProgress(id, p) : undefined);
        if (id) win.inFlight.set(id, call.id);
        const outcome = await call.result;
        if (id) win.inFlight.delete(id);
        if (name === 'openCase' && path) {
          if (outcome.ok) throttle.succeeded(path);
          else if (outcome.error.code === 'WRONG_PASSPHRASE') throttle.failed(path);
        }
        return outcome;
      };
      // Unlock attempts run one at a time (across all windows), so the growing delay cannot be
      // side-stepped by firing many wrong passphrases in parallel.
      const result = name === 'openCase' ? await unlocks.run(execute) : await execute();
      // Opening or creating closes the window's previous case first; on failure the window has none.
      if (!result.ok && (name === 'openCase' || name === 'createCase')) deps.caseClosed(win);
      if (result.ok && opensCase(result.value)) {
        // A case opened or created here may be opened again (it joins the recent list), and is a case
        // from now on: never an export or backup target.
        const opened = deps.gate.allow(result.value.path, 'open-case');
        deps.caseOpened(win, opened, name);
      }
      if (result.ok && name === 'closeCase') deps.caseClosed(win);
      // A restored case is a case file the user named as a new case: it may be opened next, as a created one.
      const restored = result.ok && name === 'restoreCase' ? (result.value as { path?: unknown } | null)?.path : undefined;
      if (typeof restored === 'string') deps.gate.allow(restored, 'open-case');
      if (result.ok && name === 'destroyCase' && path) {
        // The service closed it first if it was open here; the path names no case any more.
        if (win.openPath && resolve(win.openPath) === path) deps.caseClosed(win);
        deps.gate.forget(path);
        deps.caseDestroyed?.(path);
      }
      return result;
    } catch (e) {
      return fail(e);
    }
  };
}

export function registerContractHandlers(deps: IpcDeps): void {
  const dispatch = createDispatcher(deps);
  for (const name of OPERATION_NAMES) {
    deps.ipcMain.handle(CHANNEL_PREFIX + name, async (event, callId: unknown, rawInput: unknown): Promise<CallResult> => {
      if (!deps.isTrustedSender(event)) {
        deps.log(`refused ${name}: sender is not the app's own page`);
        return fail(new CasefileError('INVALID_INPUT', 'Refused: this request did not come from Casefile.'));
      }
      const win = deps.windowFor(event);
      if (!win) return fail(new CasefileError('INTERNAL', 'No window for this request.'));
      return dispatch(win, name, callId, rawInput);
    });
  }

  deps.ipcMain.on(CANCEL_CHANNEL, (event, callId: unknown) => {
    if (!deps.isTrustedSender(event) || typeof callId !== 'string') return;
    const win = deps.windowFor(event);
    const workerId = win?.inFlight.get(callId);
    if (win && workerId !== undefined) win.client.cancel(workerId);
  });
}

/** Runs async jobs strictly one after another, in call order. */
class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(job: () => Promise<T>): Promise<T> {
    const next = this.tail.then(job, job);
    this.tail = next.catch(() => undefined);
    return next;
  }
}
