/** The main process's pure rules: which URLs are the app's own, the path gate, settings/recent, throttle. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isAppUrl } from '../../src/main/app-url';
import { z } from 'zod';
import { dialogPurpose, PathGate } from '../../src/main/path-gate';
import { contract, op } from '../../src/shared/api';
import { FilePath } from '../../src/shared/contract/paths';
import { SettingsStore } from '../../src/main/settings-store';
import { unlockDelayMs, UnlockThrottle } from '../../src/main/unlock-throttle';
import { estimateStrength } from '../../src/shared/passphrase-strength';
import { useTempDir } from '../helpers/tmp';

// Renderer modules belong to the web TypeScript project; load them at run time (vitest transpiles them).
const RENDERER = '../../src/renderer/src';
const { unlockDelaySeconds } = (await import(`${RENDERER}/unlock-delay`)) as { unlockDelaySeconds(n: number): number };

describe('isAppUrl', () => {
  const origin = { rendererDir: '/opt/casefile/out/renderer' };
  it('accepts only files under the renderer folder', () => {
    expect(isAppUrl(pathToFileURL('/opt/casefile/out/renderer/index.html').href, origin)).toBe(true);
    expect(isAppUrl(pathToFileURL('/opt/casefile/out/renderer/assets/a.js').href, origin)).toBe(true);
    expect(isAppUrl('file:///opt/casefile/out/renderer/../main/index.js', origin)).toBe(false);
    expect(isAppUrl('file:///opt/casefile/out/renderer-evil/index.html', origin)).toBe(false);
    expect(isAppUrl('file:///etc/passwd', origin)).toBe(false);
    expect(isAppUrl('file://remote-host/opt/casefile/out/renderer/index.html', origin)).toBe(false);
    expect(isAppUrl('https://example.org/', origin)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', origin)).toBe(false);
    expect(isAppUrl('not a url', origin)).toBe(false);
  });
  it('accepts the dev server only in development, and only on localhost', () => {
    const dev = { ...origin, devServerUrl: 'http://localhost:5173' };
    expect(isAppUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAppUrl('ws://localhost:5173/', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('https://localhost:5173/', dev)).toBe(false);
  });
});

describe('PathGate', () => {
  // The same cases as when the gate went by field name, now through schemas: the real contract's path
  // fields, and a small contract with a list of paths and a nested one.
  const extra = {
    importPaths: op({ summary: 'test', input: z.object({ paths: z.array(FilePath('import')) }), output: z.null() }),
    nestedPath: op({ summary: 'test', input: z.object({ nested: z.object({ filePath: FilePath('import') }) }), output: z.null() }),
  };
  it('lets through only paths handed out by a dialog, in every field the schema declares a path', () => {
    const gate = new PathGate({ ...contract, ...extra });
    const chosen = gate.allow('/cases/a.casefile', 'open-case');
    expect(gate.check('openCase', { path: '/cases/a.casefile', passphrase: 'x' })).toEqual({ path: chosen, passphrase: 'x' });
    expect(gate.check('openCase', { path: '/cases/../cases/a.casefile' })).toEqual({ path: chosen });
    expect(() => gate.check('openCase', { path: '/cases/b.casefile' })).toThrow(/Choose the file/);
    expect(() => gate.check('exportPdf', { outPath: '/tmp/x.pdf' })).toThrow(/Choose the file/);
    gate.allow('/cases/a.casefile', 'import');
    expect(() => gate.check('importPaths', { paths: ['/cases/a.casefile', '/etc/shadow'] })).toThrow(/Choose the file/);
    expect(() => gate.check('nestedPath', { nested: { filePath: '/etc/shadow' } })).toThrow(/Choose the file/);
    expect(gate.check('updateProfile', { notes: '/not/a/path/field' })).toEqual({ notes: '/not/a/path/field' });
    const bytes = new Uint8Array([1, 2]);
    expect((gate.check('addSource', { fileName: 'a.txt', bytes }) as { bytes: Uint8Array }).bytes).toBe(bytes);
  });

  it('accepts a path only for the purpose it was chosen for', () => {
    const gate = new PathGate();
    const doc = gate.allow('/docs/article.html', 'import');
    expect(() => gate.check('openCase', { path: doc, passphrase: 'x' })).toThrow(/Choose the file/);
    expect(() => gate.check('exportPdf', { outPath: doc })).toThrow(/Choose the file/);
    const pdf = gate.allow('/out/summary.pdf', 'export-target');
    expect(gate.check('exportPdf', { outPath: pdf })).toEqual({ outPath: pdf });
    expect(() => gate.check('createCase', { path: pdf, passphrase: 'x' })).toThrow(/Choose the file/);
  });

  it('knows the purpose of each dialog, and a renderer cannot ask a dialog for another kind of path', () => {
    expect(dialogPurpose('chooseFiles', undefined)).toBe('import');
    expect(dialogPurpose('chooseFiles', { purpose: 'verify-export' })).toBe('verify-export');
    expect(dialogPurpose('chooseFiles', { purpose: 'open-case' })).toBe('import');
    expect(dialogPurpose('chooseSavePath', {})).toBe('export-target');
    expect(dialogPurpose('chooseSavePath', { purpose: 'backup-target' })).toBe('backup-target');
    expect(dialogPurpose('chooseSavePath', { purpose: 'create-case' })).toBe('export-target');
  });
});

describe('SettingsStore', () => {
  const tmp = useTempDir();
  it('keeps paths only, persists them, forgets on request, and keeps none when told', () => {
    const dir = tmp();
    const s = new SettingsStore(dir);
    expect(s.settings()).toEqual({ keepRecent: true, autoLockSeconds: 600 });
    s.remember('/cases/a.casefile');
    s.remember('/cases/b.casefile');
    s.remember('/cases/a.casefile');
    expect(new SettingsStore(dir).recent().map((r) => r.path)).toEqual(['/cases/a.casefile', '/cases/b.casefile']);
    expect(s.forget('/cases/a.casefile').map((r) => r.name)).toEqual(['b.casefile']);
    s.update({ keepRecent: false });
    s.remember('/cases/c.casefile');
    expect(new SettingsStore(dir).recent()).toEqual([]);
    const onDisk = readFileSync(join(dir, 'casefile-settings.json'), 'utf8');
    expect(onDisk).not.toContain('b.casefile');
    expect(() => s.update({ autoLockSeconds: 0 })).toThrow();
    expect(() => s.update({ somethingElse: 1 })).toThrow();
  });
});

describe('unlock throttle', () => {
  it('grows the wait after repeated failures and resets on success, same schedule in main and the UI', () => {
    expect([0, 1, 2, 3, 4, 5, 20].map(unlockDelayMs)).toEqual([0, 0, 1000, 2000, 4000, 8000, 30000]);
    for (const n of [0, 1, 2, 3, 7, 12]) expect(unlockDelaySeconds(n) * 1000).toBe(unlockDelayMs(n));
    const t = new UnlockThrottle();
    for (let i = 0; i < 3; i++) t.failed('/a');
    expect(t.delayFor('/a')).toBe(2000);
    expect(t.delayFor('/b')).toBe(0);
    t.succeeded('/a');
    expect(t.delayFor('/a')).toBe(0);
  });
});

describe('passphrase strength', () => {
  it('warns clearly about weak passphrases and accepts long random ones', () => {
    for (const weak of ['password', 'qwerty12', 'aaaaaaaaaaaa', '12345678', 'Passw0rd!']) {
      const s = estimateStrength(weak);
      expect(s.level, weak).toBeLessThan(2);
      expect(s.warning, weak).toBeTruthy();
    }
    const strong = estimateStrength('copper lantern orbit meadow thistle harbour');
    expect(strong.level).toBeGreaterThanOrEqual(3);
    expect(strong.warning).toBeNull();
    expect(estimateStrength('').level).toBe(0);
  });
});
