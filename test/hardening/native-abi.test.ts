/**
 * The Electron build of the SQLite module must carry Electron's module version. Before the fix the
 * script reported success for a binary built for Node (115) and rebuilt node_modules' own copy. Here
 * the check runs for real, against node_modules' copy (read only) and against Electron copies placed in
 * a temp folder: one with Node's module version (refused), one with Electron's (accepted), none (refused).
 * Nothing here builds, loads or writes the shared binary; its bytes are compared before and after.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { abiFor, BINARY, MODULE, moduleVersionOf } from '../../scripts/native-abi.mjs';
import { fileSha } from '../helpers/fs';
import { useTempDir } from '../helpers/tmp';

const ROOT = resolve(import.meta.dirname, '../..');
const SCRIPT = join(ROOT, 'scripts/build-native-electron.mjs');
const ROOT_BINARY = join(ROOT, 'node_modules', MODULE, BINARY);
const electronVersion = (JSON.parse(readFileSync(join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
const tmp = useTempDir();

/** A stand-in Electron copy: only the symbol the check reads, for the given module version. */
function fakeElectronCopy(moduleVersion: number | null): string {
  const dir = join(tmp(), `electron-${moduleVersion ?? 'none'}`);
  const bin = join(dir, 'node_modules', MODULE, BINARY);
  mkdirSync(join(bin, '..'), { recursive: true });
  if (moduleVersion !== null) writeFileSync(bin, Buffer.from(`\x7fELF....node_register_module_v${moduleVersion}\0....`, 'latin1'));
  return dir;
}

function check(electronDir: string) {
  const r = spawnSync(process.execPath, [SCRIPT, '--check'], {
    env: { ...process.env, CASEFILE_NATIVE_ELECTRON_DIR: electronDir },
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout + r.stderr };
}

describe('native module versions (node-abi)', () => {
  it("node_modules' copy is built for this Node", () => {
    expect(moduleVersionOf(ROOT_BINARY)).toBe(Number(process.versions.modules));
  });

  it('the check refuses an Electron copy with Node’s module version, accepts Electron’s, refuses none; the root copy is untouched', () => {
    const before = { sha: fileSha(ROOT_BINARY), mtime: statSync(ROOT_BINARY).mtimeMs };
    const electronAbi = abiFor('electron', electronVersion);
    expect(electronAbi).not.toBe(Number(process.versions.modules));

    const wrong = check(fakeElectronCopy(Number(process.versions.modules)));
    expect(wrong.code).toBe(1);
    expect(wrong.out).toContain(
      `is built for module version ${process.versions.modules}, but electron ${electronVersion} needs ${electronAbi}`,
    );
    expect(wrong.out).toMatch(/native: FAILED/);

    const right = check(fakeElectronCopy(electronAbi));
    expect(right.out).not.toMatch(/FAILED/);
    expect(right.code).toBe(0);

    const missing = check(fakeElectronCopy(null));
    expect(missing.code).toBe(1);
    expect(missing.out).toMatch(/is missing \(electron .* needs module version/);

    expect({ sha: fileSha(ROOT_BINARY), mtime: statSync(ROOT_BINARY).mtimeMs }).toEqual(before);
  });
});
