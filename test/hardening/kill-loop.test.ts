/**
 * The short, bounded version of bench/kill-loop.bench.ts: the real CLI is SIGKILLed during import,
 * export, re-key and backup, and after each kill the case must open (with the old or the new
 * passphrase), verify, keep every committed row, and leave no partial file once reopened. Against the
 * in-place re-key this failed within two kills (a case neither passphrase opened). No timing is asserted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KILL_OPS, killLoop } from '../../bench/kill/harness';

const dir = mkdtempSync(join(tmpdir(), 'casefile-kill-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kill loop (bounded)', () => {
  for (const op of KILL_OPS) {
    it(`${op}: a SIGKILL at any moment loses nothing and leaves nothing half-written`, { timeout: 600_000 }, async () => {
      const r = await killLoop(op, { kills: 2, dir, padMiB: op === 'rekey' || op === 'backup' ? 2 : 0 });
      expect(r.problems).toEqual([]);
      expect(r.kills).toBeGreaterThanOrEqual(1);
      expect(r.reopens).toBe(r.runs);
      expect(r.unopenable).toBe(0);
      expect(r.verifyPasses).toBe(r.reopens);
      expect(r.rowsLost).toBe(0);
      expect(r.partialsLeft).toBe(0);
      expect(r.badOutputs).toBe(0);
    });
  }
});
