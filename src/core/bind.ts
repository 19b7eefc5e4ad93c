/**
 * Binds handlers to the contract: every call parses its input with the contract's zod schema (so a
 * front end cannot bypass validation) and checks its output, and every error leaves as a CasefileError.
 */
import { z } from 'zod';
import type { CallOptions, ClientOf, Contract, HandlersOf } from '../shared/contract/define';
import { CasefileError } from '../shared/errors';
import { damagedPageError, isCorrupt } from './store/errors';

export function invalidInput(name: string, error: z.ZodError): CasefileError {
  const issues = error.issues.slice(0, 5).map((i) => `${i.path.length ? i.path.join('.') : 'input'}: ${i.message}`);
  return new CasefileError('INVALID_INPUT', `Invalid input for ${name}: ${issues.join('; ')}`, { issues });
}

export function bindContract<C extends Contract>(contract: C, handlers: HandlersOf<C>): ClientOf<C> {
  const client = {} as Record<string, (input: unknown, options?: CallOptions) => Promise<unknown>>;
  for (const name of Object.keys(contract)) {
    const spec = contract[name];
    const handler = handlers[name] as (input: unknown, options: CallOptions) => unknown;
    client[name] = async (input: unknown, options: CallOptions = {}) => {
      const parsed = spec.input.safeParse(input ?? {});
      if (!parsed.success) throw invalidInput(name, parsed.error);
      options.signal?.throwIfAborted();
      let result: unknown;
      try {
        result = await handler(parsed.data, options);
      } catch (e) {
        if (e instanceof CasefileError) throw e;
        if ((e as Error)?.name === 'AbortError')
          throw new CasefileError('CANCELLED', 'Cancelled. Nothing was changed by the cancelled step.');
        // A page that fails its authentication when read (unlock no longer reads them all, see case-store.ts).
        if (isCorrupt(e)) throw damagedPageError(e);
        throw e;
      }
      const out = spec.output.safeParse(result);
      if (!out.success) {
        throw new CasefileError('INTERNAL', `Casefile produced an invalid result for ${name}; please report this.`, {
          issues: out.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`),
        });
      }
      return out.data;
    };
  }
  return client as ClientOf<C>;
}
