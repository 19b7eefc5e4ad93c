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
const post = (m: FromWorker) => port.postMessage(m);

async function call(id: number, op: string, input: unknown): Promise<void> {
  if (!Object.hasOwn(contract, op)) {
    post({ type: 'result', id, ok: false, error: serializeError(new CasefileError('INVALID_INPUT', `Unknown operation: ${op}`)) });
    return;
  }
  const name = op as OperationName;
  const controller = new AbortController();
  running.set(id, controller);
  try {
    const fn = service.api[name] as (input: unknown, o: object) => Promise<unknown>;
    const value = await fn(input, {
      signal: controller.signal,
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

port.on('message', (m: ToWorker) => {
  switch (m.type) {
    case 'call':
      void call(m.id, m.op, m.input);
      break;
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
