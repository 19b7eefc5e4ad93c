/**
 * The renderer's data layer: every contract operation is either a query (cached, keyed by its name and
 * input) or a mutation (which marks stale what it changes, see ./staleness.ts). Screens use these hooks
 * and never keep their own copies of case data, so a count shown anywhere is refreshed by any change.
 */
import { type QueryClient, queryOptions, type UseMutationResult, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CallOptions, CasefileContract, OperationName } from '../../../shared/api';
import { casefile, toUiError, type UiError } from '../api';
import { staleAfter } from './staleness';

export type OpInput<N extends OperationName> = z.input<CasefileContract[N]['input']>;
export type OpOutput<N extends OperationName> = z.output<CasefileContract[N]['output']>;

/** Query keys: ['op', name, input]. Invalidating ['op', name] covers every input of that operation. */
export function opKey<N extends OperationName>(name: N, input?: OpInput<N>): readonly unknown[] {
  return input === undefined ? ['op', name] : ['op', name, input];
}

function call<N extends OperationName>(name: N, input: OpInput<N>, options?: CallOptions): Promise<OpOutput<N>> {
  const fn = casefile()[name] as unknown as (i: OpInput<N>, o?: CallOptions) => Promise<OpOutput<N>>;
  return fn(input, options);
}

/** Options for a read, usable with useQuery, prefetchQuery or ensureQueryData. */
export function opQuery<N extends OperationName>(name: N, input: OpInput<N>) {
  return queryOptions<OpOutput<N>, UiError>({
    queryKey: opKey(name, input),
    queryFn: async () => {
      try {
        return await call(name, input);
      } catch (e) {
        throw toUiError(e);
      }
    },
  });
}

/** A read of the open case. `enabled: false` holds it back (e.g. until an id is known). */
export function useOp<N extends OperationName>(name: N, input: OpInput<N>, options: { enabled?: boolean } = {}) {
  return useQuery({ ...opQuery(name, input), ...options });
}

export interface OpCall<N extends OperationName> {
  input: OpInput<N>;
  options?: CallOptions;
}

/** Mark stale every cached read that operation `name` can have changed (active ones refetch at once). */
export async function invalidateAfter(client: QueryClient, name: OperationName): Promise<void> {
  const stale = staleAfter(name);
  if (stale === 'all') await client.invalidateQueries({ queryKey: ['op'] });
  else await Promise.all(stale.map((read) => client.invalidateQueries({ queryKey: opKey(read) })));
}

/**
 * A change to the case. `run(input, options)` resolves with the result or rejects with a UiError; the
 * cache is brought up to date before it resolves, and also when a long operation fails half-way (an
 * import of ten files where two fail still stored eight).
 */
export type OpMutation<N extends OperationName> = UseMutationResult<OpOutput<N>, UiError, OpCall<N>> & {
  run(input: OpInput<N>, options?: CallOptions): Promise<OpOutput<N>>;
};

export function useOpMutation<N extends OperationName>(name: N): OpMutation<N> {
  const client = useQueryClient();
  const mutation = useMutation<OpOutput<N>, UiError, OpCall<N>>({
    mutationFn: async ({ input, options }) => {
      try {
        return await call(name, input, options);
      } catch (e) {
        throw toUiError(e);
      }
    },
    onSettled: () => invalidateAfter(client, name),
  });
  return { ...mutation, run: (input: OpInput<N>, options?: CallOptions) => mutation.mutateAsync({ input, options }) };
}
