/**
 * Messages between the main process (or the e2e harness) and the service worker thread.
 * Everything here is structured-clone friendly: Uint8Array crosses as is, errors as SerializedError.
 */
import type { Progress } from '../shared/api';
import type { SerializedError } from '../shared/errors';

export type ToWorker =
  /**
   * `cancelFlag`: a shared Int32 the caller sets to 1 to cancel. The worker's signal reads it directly, so a
   * cancel is seen even while the service is busy with synchronous work and cannot process messages.
   */
  | { type: 'call'; id: number; op: string; input: unknown; cancelFlag?: SharedArrayBuffer }
  | { type: 'cancel'; id: number }
  | { type: 'dispose' };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'result'; id: number; ok: true; value: unknown }
  | { type: 'result'; id: number; ok: false; error: SerializedError }
  | { type: 'progress'; id: number; progress: Progress }
  | { type: 'disposed' };

/** What an IPC handler returns to the preload: never a thrown Error (its fields would be lost). */
export type CallResult = { ok: true; value: unknown } | { ok: false; error: SerializedError };
