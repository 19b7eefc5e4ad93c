/** The real `casefile` binary: exit codes, passphrase handling, tamper detection. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseStore } from '../../src/core/store/case-store';
import { LATEST_SCHEMA_VERSION } from '../../src/core/store/migrations';
import { createService } from '../../src/core/service';
import { CLI, CLI_TEST_TIMEOUT, runCli } from '../helpers/cli';
import { fileSha } from '../helpers/fs';
import { PASS, useTempDir } from '../helpers/tmp';

const tmp = useTempDir();
const env = { CASEFILE_PASSPHRASE: PASS };

async function caseWithSources(path: string) {
  const { api, dispose } = createService();
  await api.createCase({ path, passphrase: PASS, title: 'CLI case' });
  const a = await api.addSource({ fileName: 'a.txt', bytes: new TextEncoder().encode('first original') });
  const b = await api.addSource({ fileName: 'b.txt', bytes: new TextEncoder().encode('second original') });
  await api.updateProfile({ fullName: 'Ivan Korolev' });
  await api.closeCase({});
  dispose();
  return { a: a.source, b: b.source };
}

describe('casefile CLI', { timeout: CLI_TEST_TIMEOUT }, () => {
  it('--help works and lists the commands', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['new', 'info', 'verify', 'passwd']) expect(r.stdout).toContain(`casefile ${c}`);
  });

  it('unknown command and missing arguments exit 2', async () => {
    expect((await runCli(['frobnicate'])).code).toBe(2);
    expect((await runCli(['info'])).code).toBe(2);
  });

  it('new → info --json → verify, with the passphrase from the environment', async () => {
    const path = join(tmp(), 'cli.casefile');
    const created = await runCli(['new', path, '--title', 'Korolev'], env);
    expect(created.code, created.stderr).toBe(0);
    expect(existsSync(path)).toBe(true);
    const info = await runCli(['info', path, '--json'], env);
    expect(info.code, info.stderr).toBe(0);
    const parsed = JSON.parse(info.stdout);
    expect(parsed.title).toBe('Korolev');
    expect(parsed.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(parsed.custodyHead.hash).toMatch(/^[0-9a-f]{64}$/);
    const v = await runCli(['verify', path], env);
    expect(v.code, v.stderr).toBe(0);
    expect(v.stdout).toMatch(/^OK:/);
  });

  it('reads the passphrase from piped standard input when no variable is set', async () => {
    const path = join(tmp(), 'pipe.casefile');
    expect((await runCli(['new', path], {}, `${PASS}\n`)).code).toBe(0);
    const info = await runCli(['info', path, '--json'], { CASEFILE_PASSPHRASE: '' }, `${PASS}\n`);
    expect(info.code, info.stderr).toBe(0);
  });

  it('wrong passphrase: exit 3 and the file SHA-256 unchanged', async () => {
    const path = join(tmp(), 'wrong.casefile');
    expect((await runCli(['new', path], env)).code).toBe(0);
    const before = fileSha(path);
    const r = await runCli(['info', path], { CASEFILE_PASSPHRASE: 'nope' });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/passphrase is not right/);
    expect(fileSha(path)).toBe(before);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('a file from a newer version: exit 4', async () => {
    const path = join(tmp(), 'newer.casefile');
    const store = CaseStore.create(path, PASS);
    store.db.pragma('user_version = 999');
    store.close();
    const r = await runCli(['info', path], env);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/newer version/);
  });

  it('a file held open by another process: exit 4', async () => {
    const path = join(tmp(), 'busy.casefile');
    CaseStore.create(path, PASS).close();
    const holder = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        `
      const { CaseStore } = await import(${JSON.stringify(join(__dirname, '../../src/core/store/case-store.ts'))});
      const s = CaseStore.open(${JSON.stringify(path)}, ${JSON.stringify(PASS)});
      process.stdout.write('held\\n');
      setTimeout(() => s.close(), 60000);
      process.stdin.on('data', () => { s.close(); process.exit(0); });
    `,
      ],
      { stdio: ['pipe', 'pipe', 'inherit'] },
    );
    await new Promise<void>((res, rej) => {
      holder.stdout.on('data', (d: Buffer) => d.toString().includes('held') && res());
      holder.on('exit', (c) => rej(new Error(`holder exited ${c}`)));
    });
    try {
      const r = await runCli(['info', path], env);
      expect(r.code).toBe(4);
      expect(r.stderr).toMatch(/open in another window or program/);
    } finally {
      holder.stdin.write('x');
      await new Promise((res) => holder.on('exit', res));
    }
  });

  it('passwd changes the passphrase', async () => {
    const path = join(tmp(), 'pw.casefile');
    expect((await runCli(['new', path], env)).code).toBe(0);
    const r = await runCli(['passwd', path], { ...env, CASEFILE_NEW_PASSPHRASE: 'a whole new passphrase' });
    expect(r.code, r.stderr).toBe(0);
    expect((await runCli(['info', path], env)).code).toBe(3);
    expect((await runCli(['info', path], { CASEFILE_PASSPHRASE: 'a whole new passphrase' })).code).toBe(0);
  });

  it('tampered source bytes (triggers dropped, as an attacker would): verify exits 1 and names the source', async () => {
    const path = join(tmp(), 'tamper-src.casefile');
    const { a } = await caseWithSources(path);
    const store = CaseStore.open(path, PASS);
    store.db.exec('DROP TRIGGER sources_immutable_update');
    store.db.prepare("UPDATE sources SET bytes = CAST('forged original' AS BLOB), size = 15 WHERE id = ?").run(a.id);
    store.close();
    const r = await runCli(['verify', path], env);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(a.id);
    expect(r.stdout).toMatch(/do not match the SHA-256/);
  });

  it('tampered custody entry: verify exits 1 and names the entry', async () => {
    const path = join(tmp(), 'tamper-log.casefile');
    await caseWithSources(path);
    const store = CaseStore.open(path, PASS);
    store.db.exec('DROP TRIGGER custody_append_only_update');
    store.db.exec(`UPDATE custody_log SET details = '{"fields":["nothing"]}' WHERE action = 'profile.update'`);
    const seq = (store.db.prepare("SELECT seq FROM custody_log WHERE action = 'profile.update'").get() as { seq: number }).seq;
    store.close();
    const r = await runCli(['verify', path, '--json'], env);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.ok).toBe(false);
    expect(report.problems[0]).toMatchObject({ kind: 'custody', seq });
  });

  it('a deleted custody entry breaks the chain', async () => {
    const path = join(tmp(), 'tamper-del.casefile');
    await caseWithSources(path);
    const store = CaseStore.open(path, PASS);
    store.db.exec('DROP TRIGGER custody_append_only_delete');
    store.db.exec('DELETE FROM custody_log WHERE seq = 2');
    store.close();
    const r = await runCli(['verify', path], env);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/custody entry 3/);
  });
});

export { CLI };

describe('weak passphrases', { timeout: CLI_TEST_TIMEOUT }, () => {
  it('new warns on a weak passphrase (the same estimate as the app) but still creates the case', async () => {
    const path = join(tmp(), 'weak.casefile');
    const r = await runCli(['new', path], { CASEFILE_PASSPHRASE: 'password' });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Warning: weak passphrase/);
    const strong = await runCli(['new', join(tmp(), 'strong.casefile')], { CASEFILE_PASSPHRASE: 'tundra-violin-copper-harbour-97' });
    expect(strong.stderr).not.toMatch(/weak passphrase/);
  });
});
