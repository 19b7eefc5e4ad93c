/** The real `casefile` binary: extract, import (exit codes, summary, failures named), demo. */
import { truncateSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Reading } from '../../src/shared/reading';
import { CLI_TEST_TIMEOUT, runCli } from '../helpers/cli';
import { PASS, useTempDir } from '../helpers/tmp';

const tmp = useTempDir();
const env = { CASEFILE_PASSPHRASE: PASS };
const SEEDS = resolve(__dirname, '../../seeds');
const seed = (f: string) => join(SEEDS, f);

describe('casefile extract', { timeout: CLI_TEST_TIMEOUT }, () => {
  it('--json prints the reading in the DESIGN §4 shape, without a case', async () => {
    const r = await runCli(['extract', seed('001_69c30f12148dc5f1.txt'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    const reading = Reading.parse(JSON.parse(r.stdout));
    expect(reading).toMatchObject({
      language: 'en',
      title: 'Ex-Russian officer defects to Ukraine to fight Putin: report',
      publishedAt: { date: '2023-04-11', precision: 'day' },
    });
    for (const key of [
      'language',
      'title',
      'outlet',
      'publishedAt',
      'text',
      'subject',
      'people',
      'quotes',
      'dates',
      'allegations',
      'asylum',
      'citedOutlets',
      'source',
    ]) {
      expect(JSON.parse(r.stdout)).toHaveProperty(key);
    }
    expect(Object.keys(reading.source)).toEqual(
      expect.arrayContaining(['sha256', 'bytes', 'mediaType', 'encoding', 'detection', 'format']),
    );
  });

  it('without --json prints a readable summary', async () => {
    const r = await runCli(['extract', seed('003_af513c7c8f5fecbe.txt')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^File {8}.*003_af513c7c8f5fecbe\.txt/);
    expect(r.stdout).toMatch(/Language {4}ro/);
    expect(r.stdout).toMatch(/Detection {3}format: plain text; encoding: utf-8/);
  });

  it('refuses junk with exit 2 and says what the file looks like; a missing file likewise', async () => {
    const junk = join(tmp(), 'tool.bin');
    writeFileSync(junk, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]));
    const r = await runCli(['extract', junk]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('casefile extract: tool.bin is not a document Casefile can read: it looks like a program (ELF executable).\n');
    const missing = await runCli(['extract', join(tmp(), 'nope.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.txt: no such file/);
  });
});

describe('casefile import', { timeout: CLI_TEST_TIMEOUT }, () => {
  it('imports a batch, prints a summary, exits 2 naming each failed file and why', async () => {
    const path = join(tmp(), 'c.casefile');
    expect((await runCli(['new', path], env)).code).toBe(0);
    const junk = join(tmp(), 'scan.png');
    writeFileSync(junk, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
    const r = await runCli(
      ['import', path, seed('000_9f892a361a7853cd.txt'), junk, seed('002_1f8cce5eca35e82f.txt'), join(tmp(), 'missing.txt')],
      env,
    );
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/ok {4}.*000_9f892a361a7853cd\.txt: \d+ suggestions, en, wordpress-json-fragment utf-8/);
    expect(r.stdout).toMatch(/Imported 2 of 4 files, 2 failed; \d+ suggestions? to review\./);
    expect(r.stderr).toContain('2 files could not be imported:');
    expect(r.stderr).toContain(
      `FAILED ${junk}: scan.png is not a document Casefile can read: it looks like a PNG image. [UNSUPPORTED_FORMAT]`,
    );
    expect(r.stderr).toMatch(/FAILED .*missing\.txt: .*no such file\. \[NOT_FOUND\]/);

    // Again: everything already there is reported as such, and that is success.
    const again = await runCli(['import', path, seed('000_9f892a361a7853cd.txt')], env);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/already in the case \(not stored again\)/);
    expect(again.stdout).toMatch(/Imported 0 of 1 file, 1 already in the case; 0 suggestions to review\./);

    const info = JSON.parse((await runCli(['info', path, '--json'], env)).stdout);
    expect(info.counts.sources).toBe(2);
    expect((await runCli(['verify', path], env)).code).toBe(0);
  });

  it('--json prints every result', async () => {
    const path = join(tmp(), 'j.casefile');
    expect((await runCli(['new', path], env)).code).toBe(0);
    const r = await runCli(['import', path, seed('004_1d59ece23a73440c.txt'), '--json'], env);
    expect(r.code, r.stderr).toBe(0);
    const { results } = JSON.parse(r.stdout);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ ok: true, duplicate: false, language: 'en', format: 'text' });
  });

  it('needs a case and at least one file', async () => {
    expect((await runCli(['import'], env)).code).toBe(2);
    expect((await runCli(['import', join(tmp(), 'x.casefile')], env)).code).toBe(2);
  });
});

describe('casefile demo', { timeout: CLI_TEST_TIMEOUT }, () => {
  it('builds the demo case from seeds/ with the passphrase from the environment', async () => {
    const path = join(tmp(), 'demo.casefile');
    const r = await runCli(['demo', path], env);
    expect(r.code, r.stderr).toBe(0);
    // The richest defector's case by default: his article and the news report that names no defector.
    expect(r.stdout).toMatch(/^Created .*demo\.casefile \(Demo case: Igor Salikov\)\n2 sources, \d+ suggestions to review/);
    const info = JSON.parse((await runCli(['info', path, '--json'], env)).stdout);
    expect(info.counts.sources).toBe(2);
    expect((await runCli(['demo', path], env)).code).toBe(2); // exists already
  });

  it('reads the passphrase from piped standard input too', async () => {
    const path = join(tmp(), 'demo2.casefile');
    const r = await runCli(['demo', path], { CASEFILE_PASSPHRASE: '' }, `${PASS}\n`);
    expect(r.code, r.stderr).toBe(0);
    expect((await runCli(['info', path, '--json'], env)).code).toBe(0);
  });
});

describe('casefile and very large files', { timeout: CLI_TEST_TIMEOUT }, () => {
  it('refuses a file over 64 MiB before reading it', async () => {
    const big = join(tmp(), 'huge.html');
    writeFileSync(big, '');
    truncateSync(big, 65 * 1024 * 1024); // sparse: costs no disk
    const r = await runCli(['extract', big]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('casefile extract: huge.html is 65.0 MiB; the limit for one source is 64.0 MiB. It was not read.\n');
  });
});
