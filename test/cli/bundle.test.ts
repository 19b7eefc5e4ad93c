/**
 * The `casefile` command ships as bundled JavaScript (scripts/build-cli.mjs → out/cli, run by
 * bin/casefile.mjs): built on first run in a checkout that has none, rebuilt when a source changed, never
 * transpiled at start, and each command loads only the packages it uses.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CLI, CLI_TEST_TIMEOUT, runNode } from '../helpers/cli';
import { PASS, useTempDir } from '../helpers/tmp';

const ROOT = resolve(__dirname, '../..');
const TRACE = join(ROOT, 'test/helpers/trace-imports.mjs');
const COUNT_KEYS = join(ROOT, 'test/helpers/count-key-derivations.mjs');
const tmp = useTempDir();

/**
 * Run a `bin/casefile.mjs` with every module it imports recorded and its SQLCipher keyings counted;
 * returns the result, those URLs and the count.
 */
async function traced(bin: string, args: string[], env: Record<string, string> = {}) {
  const tag = Math.random().toString(36).slice(2);
  const log = join(tmp(), `imports-${tag}.txt`);
  const keyLog = join(tmp(), `keys-${tag}.txt`);
  writeFileSync(log, '');
  writeFileSync(keyLog, '');
  const r = await runNode(['--import', TRACE, '--import', COUNT_KEYS, bin, ...args], {
    ...env,
    CASEFILE_TRACE_IMPORTS: log,
    CASEFILE_COUNT_KEYS: keyLog,
  });
  const urls = readFileSync(log, 'utf8').split('\n').filter(Boolean);
  const keyings = Number(readFileSync(keyLog, 'utf8').trim() || NaN);
  return { code: r.code, stdout: r.stdout, stderr: r.stderr, urls, keyings };
}

/** The packages (node_modules/<name>) among imported URLs. */
function packages(urls: string[]): Set<string> {
  const out = new Set<string>();
  for (const u of urls) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(u);
    if (m) out.add(m[1]);
  }
  return out;
}

const HEAVY = ['pdfkit', 'mammoth', 'pdfjs-dist', 'node-forge', '@signpdf/signpdf', 'htmlparser2'];
const TRANSPILERS = ['tsx', 'esbuild', 'typescript'];

/** A checkout of its own: the CLI's sources copied (so a test may change them), node_modules shared. */
function scratchCheckout(): string {
  const root = join(tmp(), 'checkout');
  mkdirSync(root);
  for (const d of ['src', 'bin', 'scripts']) cpSync(join(ROOT, d), join(root, d), { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(root, 'package.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
  symlinkSync(join(ROOT, 'resources'), join(root, 'resources'));
  return root;
}

describe('the bundled casefile command', { timeout: CLI_TEST_TIMEOUT }, () => {
  it('builds itself on first run, reuses the build, and rebuilds when a source changes', async () => {
    const root = scratchCheckout();
    const bin = join(root, 'bin/casefile.mjs');
    expect(existsSync(join(root, 'out/cli'))).toBe(false);

    const first = await traced(bin, ['--help']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('casefile new FILE');
    const built = JSON.parse(readFileSync(join(root, 'out/cli/current.json'), 'utf8')) as { build: string; inputs: [string][] };
    expect(existsSync(join(root, 'out/cli', built.build, 'casefile.mjs'))).toBe(true);
    expect(built.inputs.map((i) => i[0])).toContain('src/cli/main.ts');
    expect(packages(first.urls).has('esbuild')).toBe(true); // it did build

    // Second run: the build is current, so no bundler and no transpiler is loaded at all.
    const second = await traced(bin, ['--help']);
    expect(second.code).toBe(0);
    for (const t of TRANSPILERS) expect(packages(second.urls).has(t), t).toBe(false);
    expect(second.urls.some((u) => u.endsWith('.ts'))).toBe(false);
    expect(second.urls).toContain(`file://${join(root, 'out/cli', built.build, 'casefile.mjs')}`);

    // A changed source is picked up on the next run (a dev checkout never runs stale code).
    const main = join(root, 'src/cli/main.ts');
    writeFileSync(main, readFileSync(main, 'utf8').replace("'Commands:'", "'Commands (changed here):'"));
    const third = await traced(bin, ['--help']);
    expect(third.code, third.stderr).toBe(0);
    expect(third.stdout).toContain('Commands (changed here):');
    const rebuilt = JSON.parse(readFileSync(join(root, 'out/cli/current.json'), 'utf8')) as { build: string };
    expect(rebuilt.build).not.toBe(built.build);

    // The build works as a whole: a real encrypted case made and read by the scratch checkout's bundle.
    const path = join(tmp(), 'scratch.casefile');
    const env = { CASEFILE_PASSPHRASE: PASS };
    expect((await traced(bin, ['new', path, '--title', 'Bundled'], env)).code).toBe(0);
    const info = await traced(bin, ['info', path, '--json'], env);
    expect(info.code, info.stderr).toBe(0);
    expect(JSON.parse(info.stdout)).toMatchObject({ title: 'Bundled' });

    // Sources that do not build: the command says so and stops, rather than running the older build.
    writeFileSync(main, `${readFileSync(main, 'utf8')}\nexport const broken = ;\n`);
    const broken = await traced(bin, ['--help']);
    expect(broken.code).toBe(5);
    expect(broken.stderr).toMatch(/could not be built.*main\.ts/s);
  });

  it('--help loads no package at all; info and verify load the store but no PDF or import code', async () => {
    const help = await traced(CLI, ['--help']);
    expect(help.code).toBe(0);
    expect([...packages(help.urls)]).toEqual([]);
    // Nor zod, which is bundled into a chunk of its own: the command table defers the contract to the
    // commands that run (edit's fields, the asylum codes), so --help and a mistyped name load none of it.
    const unknown = await traced(CLI, ['no-such-command']);
    expect(unknown.code).toBe(2);
    for (const run of [help, unknown]) {
      const ours = run.urls.filter((u) => u.includes('/out/cli/'));
      expect(ours.length).toBeGreaterThan(0);
      for (const u of ours) expect(readFileSync(fileURLToPath(u), 'utf8'), u).not.toContain('"ZodObject"');
    }

    const path = join(tmp(), 'lean.casefile');
    const env = { CASEFILE_PASSPHRASE: PASS };
    expect((await traced(CLI, ['new', path], env)).code).toBe(0);
    const info = await traced(CLI, ['info', path], env);
    expect(info.code, info.stderr).toBe(0);
    const loaded = packages(info.urls);
    expect(loaded.has('better-sqlite3-multiple-ciphers')).toBe(true);
    expect(loaded.has('zod')).toBe(false); // bundled in (scripts/build-cli.mjs): not ~220 files from node_modules
    for (const h of [...HEAVY, ...TRANSPILERS]) expect(loaded.has(h), h).toBe(false);

    const verify = await traced(CLI, ['verify', path], env);
    expect(verify.code, verify.stderr).toBe(0);
    for (const h of HEAVY) expect(packages(verify.urls).has(h), h).toBe(false);

    // Each command keys its one connection once (one PBKDF2 derivation); --help never touches SQLCipher.
    expect(help.keyings).toBe(0);
    expect(info.keyings).toBe(1);
    expect(verify.keyings).toBe(1);
  });

  it('the commands that need a heavy package load it (so the trace above can see one)', async () => {
    const path = join(tmp(), 'heavy.casefile');
    const env = { CASEFILE_PASSPHRASE: PASS };
    expect((await traced(CLI, ['new', path], env)).code).toBe(0);
    const pdf = join(tmp(), 'out.pdf');
    const exp = await traced(CLI, ['export', path, '--pdf', pdf, '--profile', 'icc'], env);
    expect(exp.code, exp.stderr).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const loaded = packages(exp.urls);
    for (const p of ['pdfkit', 'node-forge', '@signpdf/signpdf']) expect(loaded.has(p), p).toBe(true);
    expect(loaded.has('mammoth')).toBe(false);
    expect(exp.keyings).toBe(1);

    const extract = await traced(CLI, ['extract', join(ROOT, 'seeds/000_9f892a361a7853cd.txt'), '--json']);
    expect(extract.code, extract.stderr).toBe(0);
    expect(JSON.parse(extract.stdout)).toHaveProperty('text');
    expect(packages(extract.urls).has('htmlparser2')).toBe(true);
    expect(packages(extract.urls).has('pdfkit')).toBe(false);
  });
});
