/**
 * The service, off the main thread. Electron's main process starts this file in a worker thread (one per
 * window); the e2e harness starts the very same built file in a Node worker. It answers `call` messages
 * with `result`, forwards progress for long operations, and aborts a call on `cancel`.
 * It never imports electron: the native module it loads is chosen by CASEFILE_NATIVE_BINDING.
 */
import { parentPort } from 'node:worker_threads';
import { createService } from '../core/service';
import { contract, type OperationName } from '../shared/api';
import { CasefileError, serializeError } from '../shared/errors';
import type { FromWorker, ToWorker } from './protocol';

const port = parentPort;
if (!port) throw new Error('service-worker must run in a worker thread');

const service = createService();
const running = new Map<number, AbortController>();
/** Calls still in progress, to wait for when the case is closed. */
const inProgress = new Map<number, Promise<void>>();
const post = (m: FromWorker) => port.postMessage(m);

/**
 * An AbortSignal that is also aborted as soon as the caller sets the shared flag: the service checks
 * `signal.aborted` between steps of synchronous work, when this thread cannot receive messages.
 */
function sharedSignal(controller: AbortController, shared?: SharedArrayBuffer): AbortSignal {
  const signal = controller.signal;
  if (!shared) return signal;
  const flag = new Int32Array(shared);
  const nativeAborted = Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted')?.get;
  const isAborted = () => Boolean(nativeAborted?.call(signal));
  const flagged = () => {
    if (!isAborted() && Atomics.load(flag, 0) === 1) controller.abort();
    return isAborted();
  };
  Object.defineProperty(signal, 'aborted', { get: flagged });
  const throwIfAborted = signal.throwIfAborted.bind(signal);
  Object.defineProperty(signal, 'throwIfAborted', {
    value: () => {
      flagged();
      throwIfAborted();
    },
  });
  return signal;
}

async function call(id: number, op: string, input: unknown, cancelFlag?: SharedArrayBuffer): Promise<void> {
  if (!Object.hasOwn(contract, op)) {
    post({ type: 'result', id, ok: false, error: serializeError(new CasefileError('INVALID_INPUT', `Unknown operation: ${op}`)) });
    return;
  }
  const name = op as OperationName;
  const controller = new AbortController();
  const signal = sharedSignal(controller, cancelFlag);
  running.set(id, controller);
  try {
    const fn = service.api[name] as (input: unknown, o: object) => Promise<unknown>;
    const value = await fn(input, {
      signal,
      onProgress: contract[name].long
        ? (progress: { done: number; total: number; label?: string }) => post({ type: 'progress', id, progress })
        : undefined,
    });
    post({ type: 'result', id, ok: true, value });
  } catch (e) {
    post({ type: 'result', id, ok: false, error: serializeError(e) });
  } finally {
    running.delete(id);
  }
}

/**
 * Closing the case (the user's Lock, an auto-lock, a system suspend) never waits for the user and never
 * closes the database under running work: it cancels every call in progress (each stops at its next
 * step; a step's transaction commits whole or not at all), waits for them to settle, then closes.
 */
async function closeAfterRunning(m: Extract<ToWorker, { type: 'call' }>): Promise<void> {
  for (const c of running.values()) c.abort();
  await Promise.allSettled(inProgress.values());
  await call(m.id, m.op, m.input, m.cancelFlag);
}

port.on('message', (m: ToWorker) => {
  switch (m.type) {
    case 'call': {
      const done = m.op === 'closeCase' ? closeAfterRunning(m) : call(m.id, m.op, m.input, m.cancelFlag);
      inProgress.set(m.id, done);
      void done.finally(() => inProgress.delete(m.id));
      break;
    }
    case 'cancel':
      running.get(m.id)?.abort();
      break;
    case 'dispose':
      for (const c of running.values()) c.abort();
      service.dispose();
      post({ type: 'disposed' });
      break;
  }
});

post({ type: 'ready' });
