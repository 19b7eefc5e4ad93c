/** The custody log (hash-chained record of every change and export) and verification of the case. */
import { z } from 'zod';
import { op } from './define';
import { Empty } from './fields';

export const CustodyHead = z.object({ seq: z.number().int(), hash: z.string() });

export const VerifyProblem = z.object({
  kind: z.enum(['custody', 'source', 'schema']),
  seq: z.number().int().optional(),
  sourceId: z.string().optional(),
  message: z.string(),
});
export const VerifyReport = z.object({
  ok: z.boolean(),
  custodyEntries: z.number().int(),
  sourcesChecked: z.number().int(),
  head: CustodyHead.nullable(),
  problems: z.array(VerifyProblem),
});
export type VerifyReport = z.infer<typeof VerifyReport>;

export const CustodyEntry = z.object({
  seq: z.number().int(),
  at: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  prevHash: z.string(),
  hash: z.string(),
});
export type CustodyEntry = z.infer<typeof CustodyEntry>;

export const custodyContract = {
  custodyLog: op({
    summary: 'Custody log entries, oldest first.',
    input: z
      .object({ afterSeq: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(10000).default(1000) })
      .default({ afterSeq: 0, limit: 1000 }),
    output: z.array(CustodyEntry),
  }),
  verify: op({
    summary: 'Recompute the custody chain and every source hash.',
    input: Empty,
    output: VerifyReport,
    long: true,
  }),
};
