/** The contract is merged from one part per domain; a name declared twice is refused, not overwritten. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CONTRACT_PARTS, contract, OPERATION_NAMES } from '../../src/shared/api';
import { mergeContracts, op } from '../../src/shared/contract/define';

const ping = (summary: string) => op({ summary, input: z.object({}), output: z.null() });

describe('mergeContracts', () => {
  it('refuses an operation name declared in two parts, naming both parts', () => {
    const a = { ping: ping('first'), pong: ping('pong') };
    const b = { ping: ping('second') };
    expect(() => mergeContracts({ a, b })).toThrow('Operation "ping" is declared in both the "a" and the "b" contract parts.');
  });

  it('refuses a part that redeclares an operation of the real contract', () => {
    expect(() => mergeContracts({ ...CONTRACT_PARTS, extra: { openCase: ping('another openCase') } })).toThrow(
      /"openCase" is declared in both the "case" and the "extra"/,
    );
  });

  it('keeps every operation of every part, each exactly as its part declares it', () => {
    const declared = Object.values(CONTRACT_PARTS).flatMap((part) => Object.keys(part));
    expect(new Set(declared).size).toBe(declared.length);
    expect([...OPERATION_NAMES].sort()).toEqual([...declared].sort());
    for (const part of Object.values(CONTRACT_PARTS)) {
      for (const [name, spec] of Object.entries(part)) expect(contract[name as keyof typeof contract]).toBe(spec);
    }
  });
});
