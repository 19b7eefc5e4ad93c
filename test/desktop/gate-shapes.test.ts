/**
 * The path gate on every shape a path field can take (optional, nullable, a list, a record of paths, a
 * nested object, a value of the wrong type), its refusals with their reasons, and the URL rules of
 * app-url.ts at their edges (a file URL naming a host, the renderer folder itself, an undecodable file
 * URL, the dev server on 127.0.0.1, the inert schemes). Survivors of the desktop mutation group (#16).
 */
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isAppUrl, isInertUrl } from '../../src/main/app-url';
import { PathGate } from '../../src/main/path-gate';
import { op } from '../../src/shared/api';
import { FilePath } from '../../src/shared/contract/paths';
import { CasefileError } from '../../src/shared/errors';

const out = z.null();
const shapes = {
  optionalPath: op({ summary: 'test', input: z.object({ path: FilePath('import').optional() }), output: out }),
  nullablePath: op({ summary: 'test', input: z.object({ path: FilePath('import').nullable() }), output: out }),
  listOfPaths: op({ summary: 'test', input: z.object({ paths: z.array(FilePath('import')) }), output: out }),
  recordOfPaths: op({ summary: 'test', input: z.object({ byName: z.record(z.string(), FilePath('import')) }), output: out }),
  nested: op({ summary: 'test', input: z.object({ job: z.object({ target: FilePath('export-target') }).optional() }), output: out }),
};

function refusal(fn: () => unknown): CasefileError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(CasefileError);
    return e as CasefileError;
  }
  throw new Error('expected a refusal');
}

describe('PathGate.check on every shape of path field', () => {
  const gate = new PathGate(shapes);
  const doc = gate.allow('/docs/a.html', 'import');
  const other = gate.allow('/docs/sub/../b.html', 'import');

  it('an absent or null path is nothing to check; a present one is made absolute', () => {
    expect(gate.check('optionalPath', {})).toEqual({});
    expect(gate.check('optionalPath', { path: undefined })).toEqual({ path: undefined });
    expect(gate.check('nullablePath', { path: null })).toEqual({ path: null });
    expect(gate.check('nullablePath', { path: '/docs/./a.html' })).toEqual({ path: doc });
    expect(gate.check('nested', {})).toEqual({});
  });

  it('each element of a list and each value of a record is checked, and made absolute', () => {
    expect(gate.check('listOfPaths', { paths: ['/docs/a.html', '/docs/b.html'] })).toEqual({ paths: [doc, other] });
    expect(gate.check('recordOfPaths', { byName: { first: '/docs/a.html', second: '/docs/x/../b.html' } })).toEqual({
      byName: { first: doc, second: other },
    });
    expect(refusal(() => gate.check('recordOfPaths', { byName: { first: '/docs/a.html', bad: '/etc/shadow' } })).details).toEqual({
      reason: 'path-not-chosen',
    });
    expect(refusal(() => gate.check('listOfPaths', { paths: ['/docs/a.html', '/etc/shadow'] })).details).toEqual({
      reason: 'path-not-chosen',
    });
  });

  it('a list field holding something else is left to the schema (the gate does not invent paths)', () => {
    expect(gate.check('listOfPaths', { paths: 'not-a-list' })).toEqual({ paths: 'not-a-list' });
    expect(gate.check('nested', { job: 'text' })).toEqual({ job: 'text' });
  });

  it('a path field holding a non-string is refused, with its reason', () => {
    const e = refusal(() => gate.check('nullablePath', { path: 42 }));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.message).toBe('Choose the file with the Open or Save dialog first.');
    expect(e.details).toEqual({ reason: 'path-not-a-string' });
  });

  it('a path chosen for another purpose, or never chosen, is refused with its reason', () => {
    expect(refusal(() => gate.check('nested', { job: { target: '/docs/a.html' } })).details).toEqual({ reason: 'path-not-chosen' });
    const target = gate.allow('/out/summary.pdf', 'export-target');
    expect(gate.check('nested', { job: { target: '/out/summary.pdf' } })).toEqual({ job: { target } });
  });

  it('a case file is never an export target, even chosen as one, and the refusal says so', () => {
    const g = new PathGate(shapes);
    g.allow('/cases/a.casefile', 'open-case');
    g.allow('/cases/a.casefile', 'export-target');
    const e = refusal(() => g.check('nested', { job: { target: '/cases/a.casefile' } }));
    expect(e.message).toBe('That file is a case file. Choose another name for it; nothing was written.');
    expect(e.details).toEqual({ reason: 'path-is-a-case' });
  });
});

describe('PathGate.screen', () => {
  const gate = new PathGate(shapes);
  it('names the prototype-changing key it refuses, anywhere in the input', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const raw = JSON.parse(`{"a": [null, 1, "x", {"b": {"${key}": {}}}]}`) as unknown;
      const e = refusal(() => gate.screen(raw));
      expect(e.message).toBe(`Refused: the request carries a “${key}” key.`);
      expect(e.details).toEqual({ reason: 'unusual-key' });
    }
  });
  it('passes nulls, primitives and byte arrays without looking inside them', () => {
    expect(() => gate.screen({ a: null, b: 'text', c: 3, d: new Uint8Array(4), e: [null, undefined] })).not.toThrow();
    expect(() => gate.screen(null)).not.toThrow();
    expect(() => gate.screen(undefined)).not.toThrow();
  });
});

describe('app URLs at their edges', () => {
  const origin = { rendererDir: '/opt/casefile/out/renderer' };
  it('a file URL naming a host is not the app; "localhost" is the same as no host', () => {
    expect(isAppUrl('file://fileserver/opt/casefile/out/renderer/index.html', origin)).toBe(false);
    expect(isAppUrl('file://localhost/opt/casefile/out/renderer/index.html', origin)).toBe(true);
  });
  it('the renderer folder itself is not a page of the app, a file in it is', () => {
    expect(isAppUrl(pathToFileURL('/opt/casefile/out/renderer').href, origin)).toBe(false);
    expect(isAppUrl(pathToFileURL('/opt/casefile/out/renderer/').href, origin)).toBe(false);
    expect(isAppUrl(pathToFileURL('/opt/casefile/out/renderer/..renamed/x.html').href, origin)).toBe(true);
    expect(isAppUrl(pathToFileURL('/opt/casefile/out/main/index.js').href, origin)).toBe(false);
    expect(isAppUrl(pathToFileURL('/opt/casefile/out').href, origin)).toBe(false);
  });
  it('a file URL that cannot be turned into a path is refused, not thrown', () => {
    expect(isAppUrl('file:///opt/casefile/out/renderer/a%2F..%2F..%2Fmain.js', origin)).toBe(false);
  });
  it('the dev server on 127.0.0.1 counts, a dev server on another host does not', () => {
    expect(isAppUrl('http://127.0.0.1:5173/src/main.tsx', { ...origin, devServerUrl: 'http://127.0.0.1:5173' })).toBe(true);
    expect(isAppUrl('http://dev.example:5173/', { ...origin, devServerUrl: 'http://dev.example:5173' })).toBe(false);
  });
  it('inert URLs are exactly data:, devtools: and chrome-extension: ones', () => {
    expect(isInertUrl('data:image/png;base64,AAAA')).toBe(true);
    expect(isInertUrl('devtools://devtools/bundled/inspector.html')).toBe(true);
    expect(isInertUrl('chrome-extension://abc/page.html')).toBe(true);
    for (const url of ['https://example.org/data:', 'xdata:', 'file:///tmp/x', 'https://example.org/chrome-extension:', 'devtools', ''])
      expect(isInertUrl(url), url).toBe(false);
  });
});
