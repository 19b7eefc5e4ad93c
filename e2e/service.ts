/**
 * The specs' own door to the case service, for checking what a screen wrote: the same built service
 * worker the app runs (out/main/service-worker.js), started in this process, without the app's path gate
 * (as the CLI would open a file the user names). Used to prove a backup opens and verifies, a hand-over
 * copy opens only with its new passphrase, a restored case holds what its backup held.
 */
import { join, resolve } from 'node:path';
import type { z } from 'zod';
import { ServiceClient } from '../src/main/service-client';
import type { CasefileContract, OperationName } from '../src/shared/api';

const WORKER = join(resolve(import.meta.dirname, '..'), 'out/main/service-worker.js');

export type Call = <N extends OperationName>(
  name: N,
  input: z.input<CasefileContract[N]['input']>,
) => Promise<z.output<CasefileContract[N]['output']>>;

/** Run `fn` against a fresh service; a failed call rejects with `{code, message}` as the app sees it. */
export async function withService<T>(fn: (call: Call) => Promise<T>): Promise<T> {
  const client = new ServiceClient(WORKER, { ...process.env, CASEFILE_NATIVE_BINDING: '' });
  const call: Call = async (name, input) => {
    const r = await client.call(name, input).result;
    if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
    return r.value as never;
  };
  try {
    return await fn(call);
  } finally {
    await client.dispose();
  }
}
