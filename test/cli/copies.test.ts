/** `casefile backup` / `handover` / `restore-backup`: the real binary writes verified copies and says so. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_TEST_TIMEOUT, runCli } from '../helpers/cli';
import { fileSha } from '../helpers/fs';
import { PASS, useTempDir } from '../helpers/tmp';

const tmp = useTempDir();
const env = { CASEFILE_PASSPHRASE: PASS };
const COLLEAGUE = 'a different long passphrase for the colleague';

describe('casefile copies', { timeout: CLI_TEST_TIMEOUT }, () => {
  it('backup and handover open the case, write a verified copy, print it, and leave the case closed', async () => {
    const dir = tmp();
    const path = join(dir, 'c.casefile');
    expect((await runCli(['new', path, '--title', 'Copies'], env)).code).toBe(0);

    const backup = await runCli(['backup', path, join(dir, 'b.casefile')], env);
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(/^Backup .*b\.casefile \(.+\), verified\nsha256 [0-9a-f]{64}\ncustody entry #\d+\n$/);
    expect(backup.stdout).toContain(`sha256 ${fileSha(join(dir, 'b.casefile'))}`);

    const handover = await runCli(['handover', path, join(dir, 'h.casefile'), '--recipient', 'Colleague', '--json'], {
      ...env,
      CASEFILE_NEW_PASSPHRASE: COLLEAGUE,
    });
    expect(handover.code, handover.stderr).toBe(0);
    const r = JSON.parse(handover.stdout) as { path: string; sha256: string; custodySeq: number };
    expect(r.sha256).toBe(fileSha(join(dir, 'h.casefile')));
    // The copy opens with the colleague's passphrase only; the case itself was closed again (it opens).
    expect((await runCli(['verify', join(dir, 'h.casefile')], { CASEFILE_PASSPHRASE: COLLEAGUE })).code).toBe(0);
    expect((await runCli(['verify', join(dir, 'h.casefile')], env)).code).not.toBe(0);
    const info = await runCli(['info', path, '--json'], env);
    expect(info.code, info.stderr).toBe(0);
    expect((JSON.parse(info.stdout) as { custodyHead: { seq: number } }).custodyHead.seq).toBeGreaterThanOrEqual(r.custodySeq);

    const restored = await runCli(['restore-backup', join(dir, 'b.casefile'), join(dir, 'r.casefile')], env);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(/^Restored .*r\.casefile/);
    expect(existsSync(join(dir, 'r.casefile'))).toBe(true);
  });
});
