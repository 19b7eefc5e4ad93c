/**
 * The main-process side of the service worker: start it, call operations, forward progress, cancel.
 * No electron import, so the e2e harness uses exactly this class against the same built worker file.
 */
import { Worker } from 'node:worker_threads';
import type { Progress } from '../shared/api';
import type { SerializedError } from '../shared/errors';
import type { CallResult, FromWorker, ToWorker } from './protocol';

interface Pending {
  resolve: (r: CallResult) => void;
  onProgress?: (p: Progress) => void;
  cancelFlag?: Int32Array;
}

export class ServiceClient {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private exited: SerializedError | null = null;
  private disposedWaiters: (() => void)[] = [];

  constructor(workerFile: string, env: NodeJS.ProcessEnv = process.env) {
    this.worker = new Worker(workerFile, { env });
    this.worker.on('message', (m: FromWorker) => this.onMessage(m));
    this.worker.on('error', (e) => this.fail(`The case service stopped: ${e.message.slice(0, 200)}`));
    this.worker.on('exit', () => this.fail('The case service stopped.'));
  }

  private onMessage(m: FromWorker): void {
    if (m.type === 'progress') this.pending.get(m.id)?.onProgress?.(m.progress);
    else if (m.type === 'result') {
      const p = this.pending.get(m.id);
      this.pending.delete(m.id);
      p?.resolve(m.ok ? { ok: true, value: m.value } : { ok: false, error: m.error });
    } else if (m.type === 'disposed') {
      for (const w of this.disposedWaiters.splice(0)) w();
    }
  }

  private fail(message: string): void {
    this.exited ??= { code: 'INTERNAL', message };
    for (const [, p] of this.pending) p.resolve({ ok: false, error: this.exited });
    this.pending.clear();
    for (const w of this.disposedWaiters.splice(0)) w();
  }

  private post(m: ToWorker): void {
    this.worker.postMessage(m);
  }

  /** Call one operation. `cancel` (from the returned handle) aborts a long operation in the worker. */
  call(op: string, input: unknown, onProgress?: (p: Progress) => void): { id: number; result: Promise<CallResult> } {
    const id = this.nextId++;
    if (this.exited) return { id, result: Promise.resolve({ ok: false, error: this.exited }) };
    // Closing (a lock) cancels whatever runs. Through the shared flags, because a long call may not let
    // the worker read messages until it is done; the worker then waits for the calls to stop, and closes.
    if (op === 'closeCase') for (const p of this.pending.values()) if (p.cancelFlag) Atomics.store(p.cancelFlag, 0, 1);
    const shared = new SharedArrayBuffer(4);
    const cancelFlag = new Int32Array(shared);
    const result = new Promise<CallResult>((resolve) => this.pending.set(id, { resolve, onProgress, cancelFlag }));
    this.post({ type: 'call', id, op, input, cancelFlag: shared });
    return { id, result };
  }

  cancel(id: number): void {
    const p = this.pending.get(id);
    if (!p) return;
    if (p.cancelFlag) Atomics.store(p.cancelFlag, 0, 1);
    this.post({ type: 'cancel', id });
  }

  /** Close the open case (if any) and stop the worker. */
  async dispose(): Promise<void> {
    if (!this.exited) {
      await new Promise<void>((resolve) => {
        this.disposedWaiters.push(resolve);
        this.post({ type: 'dispose' });
      });
    }
    await this.worker.terminate();
  }
}
