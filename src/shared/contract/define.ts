/**
 * The shape of one operation in the contract: a zod input, a zod output, and whether it is "long"
 * (reports progress and can be cancelled). Every front end derives its typing and validation from this.
 */
import type { z } from 'zod';

export interface OperationSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** Long operations receive a progress callback and an AbortSignal. */
  long?: boolean;
  /** One line for `--help` output and the generated docs. */
  summary: string;
}

export function op<I extends z.ZodType, O extends z.ZodType>(spec: OperationSpec<I, O>): OperationSpec<I, O> {
  return spec;
}

export interface Progress {
  done: number;
  total: number;
  label?: string;
}

export interface CallOptions {
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
}

export type Contract = Record<string, OperationSpec>;

/** The client view of a contract: each operation is an async function of its (pre-parse) input. */
export type ClientOf<C extends Contract> = {
  [K in keyof C]: (input: z.input<C[K]['input']>, options?: CallOptions) => Promise<z.output<C[K]['output']>>;
};

/** The implementation view: receives parsed input, returns the output (validated by the binder). */
export type HandlersOf<C extends Contract> = {
  [K in keyof C]: (input: z.output<C[K]['input']>, options: CallOptions) => Promise<z.input<C[K]['output']>> | z.input<C[K]['output']>;
};

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
/** The contract the named parts make together (every part's operations, each under its own name). */
export type Merged<P extends Record<string, Contract>> = UnionToIntersection<P[keyof P]>;

/**
 * Merges the contract parts (one per domain) into one contract. An operation name declared in two parts
 * is an error, not "the later one wins" as an object spread would silently do.
 */
export function mergeContracts<P extends Record<string, Contract>>(parts: P): Merged<P> {
  const merged: Record<string, OperationSpec> = {};
  const owner = new Map<string, string>();
  for (const [part, ops] of Object.entries(parts)) {
    for (const [name, spec] of Object.entries(ops)) {
      const first = owner.get(name);
      if (first !== undefined) throw new Error(`Operation "${name}" is declared in both the "${first}" and the "${part}" contract parts.`);
      owner.set(name, part);
      merged[name] = spec;
    }
  }
  return merged as Merged<P>;
}
