/**
 * Nothing is written outside the case: import, export, lock, unlock, backup and hand-over run in a child
 * process with its own HOME, TMPDIR and working folder, under strace, which lists every file any thread
 * of it created or renamed into place, anywhere on the machine. Only the case (and its companions while
 * open), the outputs the user chose, and the files the test put there may appear; and no file outside
 * the case files carries case content that the user did not ask to write out (the PDF does, by design).
 */
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../helpers/tmp';

const tmp = useTempDir();
const ROOT = resolve(import.meta.dirname, '../..');

/** Paths the traced processes created (O_CREAT opens that succeeded, mkdir, rename/link targets). */
function createdPaths(trace: string, cwd: string): Set<string> {
  const out = new Set<string>();
  const abs = (p: string) => resolve(cwd, p);
  for (const line of trace.split('\n')) {
    if (/= -1 /.test(line)) continue; // failed calls created nothing
    let m = /\bopenat\((?:AT_FDCWD|\d+), "([^"]+)", [^)]*O_CREAT/.exec(line) ?? /\bopen\("([^"]+)", [^)]*O_CREAT/.exec(line);
    if (m) out.add(abs(m[1]));
    m = /\bmkdir(?:at)?\((?:AT_FDCWD, )?"([^"]+)"/.exec(line);
    if (m) out.add(abs(m[1]));
    m = /\brename(?:at2?)?\((?:AT_FDCWD, )?"[^"]+", (?:AT_FDCWD, )?"([^"]+)"/.exec(line);
    if (m) out.add(abs(m[1]));
    m = /\b(?:sym)?link(?:at)?\((?:AT_FDCWD, )?"[^"]+", (?:AT_FDCWD, )?"([^"]+)"/.exec(line);
    if (m) out.add(abs(m[1]));
  }
  return out;
}

async function run(cmd: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv }) {
  try {
    await promisify(execFile)(cmd, args, { ...opts, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stderr: '' };
  } catch (e) {
    const err = e as { code?: number; stderr?: string };
    return { code: typeof err.code === 'number' ? err.code : 1, stderr: String(err.stderr ?? e) };
  }
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
}

describe('nothing written outside the case', () => {
  it(
    'import, export, lock, backup and hand-over create only the case, its companions and the chosen outputs',
    { timeout: 600_000 },
    async () => {
      const base = tmp();
      const work = join(base, 'work');
      const home = join(base, 'home');
      const tmpdir = join(base, 'tmp');
      for (const d of [work, home, tmpdir]) mkdirSync(d);
      writeFileSync(
        join(work, 'article.html'),
        '<html><head><title>Defector speaks</title></head><body><article><h1>Defector speaks</h1><p>Marker Zhukovsky, a former sergeant, said MARKER-ARTICLE-2291 prisoners were shot near the river in March 2022.</p></article></body></html>',
      );
      expect(spawnSync('strace', ['-V']).status, 'strace is needed (apt-get install strace; .ci/run installs it)').toBe(0);
      const traceFile = join(base, 'trace.txt');
      // Asynchronous: a synchronous child blocks the test worker, and on a loaded machine vitest then reports
      // its own RPC as timed out.
      const r = await run(
        'strace',
        [
          '-f',
          '-qq',
          '-e',
          'trace=open,openat,creat,mkdir,mkdirat,rename,renameat,renameat2,link,linkat,symlink,symlinkat',
          '-o',
          traceFile,
          process.execPath,
          '--import',
          pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href,
          join(ROOT, 'test/hardening/scripts/daily-work.ts'),
          work,
        ],
        {
          cwd: work,
          env: { ...process.env, HOME: home, TMPDIR: tmpdir, TSX_DISABLE_CACHE: '1', XDG_CACHE_HOME: join(home, '.cache') },
        },
      );
      expect(r.code, r.stderr).toBe(0);
      const created = [...createdPaths(readFileSync(traceFile, 'utf8'), work)].filter((p) => !p.startsWith(base + '/trace'));
      expect(created.length).toBeGreaterThan(3); // the trace saw the work (a trace that sees nothing proves nothing)

      const inWork = (p: string) => !relative(work, p).startsWith('..');
      const allowedInWork =
        /^(case|backup|handover)\.casefile(\.[\w-]+\.(tmp|part))?(-wal|-shm|-journal)?$|^summary\.pdf(\.[\w.-]+\.part)?$/;
      const outside = created.filter((p) => !inWork(p) && !p.startsWith('/dev/') && !p.startsWith('/proc/'));
      expect(outside, 'files created outside the work folder').toEqual([]);
      const unexpected = created.filter((p) => inWork(p) && p !== work && !allowedInWork.test(relative(work, p)));
      expect(unexpected, 'files in the work folder other than the case, its companions and the chosen outputs').toEqual([]);

      // What is left: the three case files and the PDF; no companion, no partial, nothing in HOME or TMPDIR.
      expect(readdirSync(work).sort()).toEqual(['article.html', 'backup.casefile', 'case.casefile', 'handover.casefile', 'summary.pdf']);
      expect(filesUnder(home)).toEqual([]);
      expect(filesUnder(tmpdir)).toEqual([]);
      // The case files are encrypted: no marker in any byte.
      for (const f of ['case.casefile', 'backup.casefile', 'handover.casefile']) {
        const bytes = readFileSync(join(work, f));
        expect(statSync(join(work, f)).size).toBeGreaterThan(0);
        for (const marker of ['MARKER-PASTED-4410', 'MARKER-ARTICLE-2291', 'Zhukovsky', 'SQLite format 3'])
          expect(bytes.includes(marker), `${f}: ${marker}`).toBe(false);
      }
    },
  );
});
