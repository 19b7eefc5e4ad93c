/**
 * File paths are a type, not a name. Through main's real per-call IPC logic (createDispatcher) with a
 * recording service client: a path is accepted only for the purpose the user chose it for, a case file
 * (opened, created or recent) is never an export target, and neither nesting depth nor `__proto__` keys
 * carry a path past the gate. Then the contract itself: every field that holds a path is a FilePath.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type CallerWindow, createDispatcher } from '../../src/main/ipc';
import { PathGate } from '../../src/main/path-gate';
import type { CallResult } from '../../src/main/protocol';
import type { ServiceClient } from '../../src/main/service-client';
import { type Contract, contract, op } from '../../src/shared/api';
import { FilePath, PATH_PURPOSE_NAMES, pathFields, pathPurposeOf, walkSchema } from '../../src/shared/contract/paths';

function recordingWindow(answer: (op: string, input: unknown) => CallResult = () => ({ ok: true, value: null })) {
  const calls: { op: string; input: unknown }[] = [];
  const client = {
    call: (name: string, input: unknown) => {
      calls.push({ op: name, input });
      return { id: calls.length, result: Promise.resolve(answer(name, input)) };
    },
    cancel: () => undefined,
  } as unknown as ServiceClient;
  const win: CallerWindow = { id: 1, client, openPath: null, inFlight: new Map(), sendProgress: () => undefined };
  return { win, calls };
}

function setup(c: Contract = contract, caseDestroyed?: (path: string) => void) {
  const gate = new PathGate(c);
  const dispatch = createDispatcher({
    gate,
    contract: c,
    windowWithCase: () => undefined,
    focus: () => undefined,
    caseOpened: (w, path) => {
      w.openPath = path;
    },
    caseClosed: (w) => {
      w.openPath = null;
    },
    caseDestroyed,
    log: () => undefined,
  });
  return { gate, dispatch };
}

const refusedBeforeTheService = { ok: false, error: { code: 'INVALID_INPUT' } };

describe('path gate, through the IPC dispatcher', () => {
  it('refuses an export over a case file from the recent list, even with overwrite and the path chosen in the Save dialog', async () => {
    const { gate, dispatch } = setup();
    const recent = gate.allow('/cases/other.casefile', 'open-case'); // as main does for the recent list
    const { win, calls } = recordingWindow();
    expect(await dispatch(win, 'exportPdf', 'e1', { profile: 'icc', outPath: recent, overwrite: true })).toMatchObject(
      refusedBeforeTheService,
    );
    gate.allow(recent, 'export-target'); // the user picked that very file in the Save dialog
    expect(await dispatch(win, 'exportPdf', 'e2', { profile: 'icc', outPath: recent, overwrite: true })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/is a case file/) },
    });
    expect(calls).toEqual([]);
    // A real export target goes through, made absolute.
    const pdf = gate.allow('/exports/../exports/summary.pdf', 'export-target');
    expect(await dispatch(win, 'exportPdf', 'e3', { profile: 'icc', outPath: pdf, overwrite: true })).toMatchObject({ ok: true });
    expect(calls).toEqual([{ op: 'exportPdf', input: { profile: 'icc', outPath: '/exports/summary.pdf', overwrite: true } }]);
  });

  it('a backup or hand-over copy is never written over a case file, and a restore reads only a backup chosen for it', async () => {
    const { gate, dispatch } = setup();
    const recent = gate.allow('/cases/other.casefile', 'open-case');
    gate.allow(recent, 'backup-target');
    gate.allow(recent, 'handover-target');
    const { win, calls } = recordingWindow();
    const isACase = { ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/is a case file/) } };
    expect(await dispatch(win, 'backupCase', 'b1', { destPath: recent, passphrase: 'p' })).toMatchObject(isACase);
    expect(
      await dispatch(win, 'handOverCase', 'b2', { destPath: recent, passphrase: 'p', newPassphrase: 'q', recipient: 'Jana' }),
    ).toMatchObject(isACase);
    // A backup chosen to restore is a case file from then on: no export or backup goes over it either.
    const backup = gate.allow('/backups/case-backup.casefile', 'restore-source');
    gate.allow(backup, 'export-target');
    expect(await dispatch(win, 'exportPdf', 'b3', { profile: 'icc', outPath: backup, overwrite: true })).toMatchObject(isACase);
    // Purposes stay apart: a backup target cannot be restored from or destroyed, a recent case cannot be destroyed.
    const target = gate.allow('/backups/new-backup.casefile', 'backup-target');
    const dest = gate.allow('/cases/restored.casefile', 'create-case');
    expect(await dispatch(win, 'restoreCase', 'b4', { backupPath: target, destPath: dest, passphrase: 'p' })).toMatchObject(
      refusedBeforeTheService,
    );
    expect(await dispatch(win, 'destroyCase', 'b5', { path: recent, passphrase: 'p' })).toMatchObject(refusedBeforeTheService);
    expect(calls).toEqual([]);
    expect(await dispatch(win, 'backupCase', 'b6', { destPath: target, passphrase: 'p' })).toMatchObject({ ok: true });
    expect(await dispatch(win, 'restoreCase', 'b7', { backupPath: backup, destPath: dest, passphrase: 'p' })).toMatchObject({ ok: true });
    expect(calls.map((c) => c.op)).toEqual(['backupCase', 'restoreCase']);
  });

  it('a case opened or created in the window becomes a case: openable again, never an export target', async () => {
    const { gate, dispatch } = setup();
    const path = gate.allow('/cases/new.casefile', 'create-case');
    gate.allow(path, 'export-target');
    const { win, calls } = recordingWindow((name, input) =>
      name === 'createCase' ? { ok: true, value: { path: (input as { path: string }).path, caseId: 'case_1' } } : { ok: true, value: null },
    );
    expect(await dispatch(win, 'createCase', 'c1', { path, passphrase: 'p' })).toMatchObject({ ok: true });
    expect(await dispatch(win, 'exportPdf', 'c2', { outPath: path, overwrite: true })).toMatchObject(refusedBeforeTheService);
    await dispatch(win, 'closeCase', 'c3', {});
    expect(await dispatch(win, 'openCase', 'c4', { path, passphrase: 'p' })).toMatchObject({ ok: true });
    expect(calls.map((c) => c.op)).toEqual(['createCase', 'closeCase', 'openCase']);
  });

  it('a restored case may be opened next; a destroyed case closes in its window and is forgotten (no use without a new choice)', async () => {
    const destroyed: string[] = [];
    const { gate, dispatch } = setup(contract, (path) => destroyed.push(path));
    const backup = gate.allow('/backups/b.casefile', 'restore-source');
    const dest = gate.allow('/cases/restored.casefile', 'create-case');
    const { win, calls } = recordingWindow((name, input) =>
      name === 'restoreCase'
        ? { ok: true, value: { path: (input as { destPath: string }).destPath } }
        : name === 'openCase'
          ? { ok: true, value: { path: (input as { path: string }).path, caseId: 'case_1' } }
          : { ok: true, value: { files: [], bytes: 0 } },
    );
    // Chosen as a new case file only: not openable before the restore made it a case.
    expect(await dispatch(win, 'openCase', 'r0', { path: dest, passphrase: 'p' })).toMatchObject(refusedBeforeTheService);
    expect(await dispatch(win, 'restoreCase', 'r1', { backupPath: backup, destPath: dest, passphrase: 'p' })).toMatchObject({ ok: true });
    expect(await dispatch(win, 'openCase', 'r2', { path: dest, passphrase: 'p' })).toMatchObject({ ok: true });
    expect(win.openPath).toBe(dest);

    gate.allow(dest, 'destroy-case');
    expect(await dispatch(win, 'destroyCase', 'r3', { path: dest, passphrase: 'p' })).toMatchObject({ ok: true });
    expect(win.openPath).toBeNull();
    expect(destroyed).toEqual([dest]);
    expect(gate.isCaseFile(dest)).toBe(false);
    expect(await dispatch(win, 'openCase', 'r4', { path: dest, passphrase: 'p' })).toMatchObject(refusedBeforeTheService);
    expect(calls.map((c) => c.op)).toEqual(['restoreCase', 'openCase', 'destroyCase']);
  });

  it('a path chosen for one purpose is refused for another (a document to import cannot be opened as a case)', async () => {
    const { gate, dispatch } = setup();
    const doc = gate.allow('/docs/article.html', 'import');
    const pdf = gate.allow('/exports/summary.pdf', 'export-target');
    const { win, calls } = recordingWindow();
    expect(await dispatch(win, 'openCase', 'p1', { path: doc, passphrase: 'p' })).toMatchObject(refusedBeforeTheService);
    expect(await dispatch(win, 'createCase', 'p2', { path: pdf, passphrase: 'p' })).toMatchObject(refusedBeforeTheService);
    expect(await dispatch(win, 'verifyExport', 'p3', { pdfPath: pdf })).toMatchObject(refusedBeforeTheService);
    expect(await dispatch(win, 'importJson', 'p4', { path: doc, passphrase: 'p', data: {} })).toMatchObject(refusedBeforeTheService);
    expect(calls).toEqual([]);
  });

  it('refuses a path hidden seven levels deep under own __proto__ keys', async () => {
    const { dispatch } = setup();
    const { win, calls } = recordingWindow();
    // What JSON or a structured clone delivers: "__proto__" as an own key. Copying such an object key by key
    // sets a prototype instead, and zod then reads `outPath` through the prototype chain.
    let nested = '{"outPath":"/cases/victim.casefile","overwrite":true}';
    for (let i = 0; i < 7; i++) nested = `{"__proto__":${nested}}`;
    const raw = JSON.parse(`{"profile":"icc","__proto__":${nested}}`) as unknown;
    expect(await dispatch(win, 'exportPdf', 'x1', raw)).toMatchObject(refusedBeforeTheService);
    expect(await dispatch(win, 'updateProfile', 'x2', JSON.parse('{"notes":"x","constructor":{"prototype":{}}}'))).toMatchObject(
      refusedBeforeTheService,
    );
    expect(calls).toEqual([]);
  });

  it('follows the schema to a path however deep it is declared (no depth limit to hide behind)', async () => {
    let deep: z.ZodType = z.object({ outPath: FilePath('export-target') });
    for (const key of ['g', 'f', 'e', 'd', 'c', 'b', 'a']) deep = z.object({ [key]: deep });
    const test = { deepExport: op({ summary: 'a path seven levels down', input: deep, output: z.null() }) };
    const { gate, dispatch } = setup(test);
    const { win, calls } = recordingWindow();
    const at = (outPath: string) => ({ a: { b: { c: { d: { e: { f: { g: { outPath } } } } } } } });
    expect(await dispatch(win, 'deepExport', 'd1', at('/cases/victim.casefile'))).toMatchObject(refusedBeforeTheService);
    expect(calls).toEqual([]);
    const pdf = gate.allow('/exports/deep.pdf', 'export-target');
    expect(await dispatch(win, 'deepExport', 'd2', at(pdf))).toMatchObject({ ok: true });
    expect(calls).toEqual([{ op: 'deepExport', input: at(pdf) }]);
  });
});

/** Fields of string schemas whose name says "path" but that are not a FilePath. */
function unbrandedPaths(c: Contract): string[] {
  const found: string[] = [];
  for (const [name, spec] of Object.entries(c)) {
    walkSchema(spec.input, [], (s, at) => {
      const key = at.at(-1);
      const type = (s as unknown as { _zod: { def: { type: string } } })._zod.def.type;
      if (type === 'string' && typeof key === 'string' && /(path|paths|dir|folder)$/i.test(key) && !pathPurposeOf(s))
        found.push(`${name}.${at.map((k) => (typeof k === 'string' ? k : '[]')).join('.')}`);
    });
  }
  return found;
}

describe('the contract declares its paths', () => {
  it('a field holding a path without the FilePath brand fails this check', () => {
    const bad = {
      saveSomewhere: op({
        summary: 'test',
        input: z.object({ outPath: z.string(), nested: z.object({ targets: z.array(z.object({ backupPath: z.string().optional() })) }) }),
        output: z.null(),
      }),
    };
    expect(unbrandedPaths(bad)).toEqual(['saveSomewhere.outPath', 'saveSomewhere.nested.targets.[].backupPath']);
    expect(unbrandedPaths(contract)).toEqual([]);
  });

  it('lists every path field of the contract with its purpose', () => {
    const table = Object.entries(contract).flatMap(([name, spec]) =>
      pathFields(spec.input).map((f) => `${name}.${f.at.map((k) => (typeof k === 'string' ? k : '[]')).join('.')}: ${f.purpose}`),
    );
    expect(table.sort()).toEqual([
      'backupCase.destPath: backup-target',
      'buildDemo.path: create-case',
      'createCase.path: create-case',
      'destroyCase.path: destroy-case',
      'exportPdf.outPath: export-target',
      'handOverCase.destPath: handover-target',
      'importJson.path: create-case',
      'importPaths.paths.[]: import',
      'openCase.path: open-case',
      'restoreCase.backupPath: restore-source',
      'restoreCase.destPath: create-case',
      'verifyExport.pdfPath: verify-export',
    ]);
    for (const line of table) expect(PATH_PURPOSE_NAMES).toContain(line.split(': ')[1]);
  });

  it('refuses a schema the gate cannot follow (a union holding a path)', () => {
    const hidden = z.object({ target: z.union([z.object({ outPath: FilePath('export-target') }), z.object({ bytes: z.boolean() })]) });
    expect(() => pathFields(hidden)).toThrow(/may hide a file path/);
    expect(() => new PathGate({ hidden: op({ summary: 'test', input: hidden, output: z.null() }) })).toThrow(/may hide a file path/);
  });
});
