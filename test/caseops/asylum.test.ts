/**
 * Asylum records through the service on a real encrypted case: whose step (the subject's, or another
 * person's of the case), grounds of the claim and risks on return (codes from shared/asylum-grounds.ts,
 * each write custody-logged, undoable, deletable), the public-figure mark suggested from the role; and
 * `casefile asylum` / `edit asylum-ground` / `delete asylum-ground` through the real binary.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService, type CasefileService } from '../../src/core/service';
import { runCli as runBinary } from '../helpers/cli';
import { PASS } from '../helpers/tmp';

let dir: string;
let svc: CasefileService;
let path: string;

const runCli = (args: string[]) => runBinary(args, { CASEFILE_PASSPHRASE: PASS });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'casefile-asylum-'));
  path = join(dir, 'asylum.casefile');
  svc = createService();
  await svc.api.createCase({ path, passphrase: PASS, title: 'Asylum case' });
  await svc.api.updateProfile({ fullName: 'Igor Salikov' });
}, 60_000);

afterAll(() => {
  svc?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('asylum steps: whose step', () => {
  it('a step is the subject’s unless it names another person of the case; an unknown person is refused', async () => {
    const sister = await svc.api.upsertPerson({ name: 'Olena Salikova', role: 'sister' });
    const own = await svc.api.addAsylumStep({ country: 'NL', stage: 'intends' });
    const hers = await svc.api.addAsylumStep({ country: 'DE', stage: 'applied', personId: sister.id });
    expect(own.personId).toBeNull();
    expect(hers.personId).toBe(sister.id);
    await expect(svc.api.addAsylumStep({ country: 'DE', stage: 'applied', personId: 'per_NOBODY00000000' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    // Deleting her record would make her step look like the subject's: refused, nothing lost.
    await expect(svc.api.deleteRecord({ kind: 'person', id: sister.id })).rejects.toThrow(/1 asylum step\(s\) recorded as theirs/);
    expect((await svc.api.listPeople({})).some((p) => p.id === sister.id)).toBe(true);
    // Merged into another record of her, the step follows.
    const alias = await svc.api.upsertPerson({ name: 'O. Salikova', role: 'relative' });
    await svc.api.mergePeople({ keepId: alias.id, mergeId: sister.id });
    const de = (await svc.api.asylumOverview({})).countries.find((c) => c.country === 'DE');
    expect(de?.steps[0].personId).toBe(alias.id);
    // Back to the subject's own.
    expect((await svc.api.updateAsylumStep({ id: hers.id, personId: null })).personId).toBeNull();
  });
});

describe('grounds of the claim and risks on return', () => {
  it('add, change, undo and delete; the kind follows the code; custody names the code, never the note', async () => {
    const g = await svc.api.addAsylumGround({ code: 'refusal-of-military-service', note: 'Refused an order to execute civilians.' });
    expect(g).toMatchObject({ kind: 'ground', code: 'refusal-of-military-service', note: 'Refused an order to execute civilians.' });
    const r = await svc.api.addAsylumGround({ code: 'prosecution-for-desertion', note: 'Wanted at home address in Tver.' });
    expect(r.kind).toBe('risk');
    expect((await svc.api.asylumOverview({})).grounds.map((x) => x.code)).toEqual([
      'refusal-of-military-service',
      'prosecution-for-desertion',
    ]);
    const log = await svc.api.custodyLog({});
    const entry = log.find((e) => e.entityId === r.id);
    expect(entry).toMatchObject({
      action: 'asylum-ground.add',
      entity: 'asylum-ground',
      details: { kind: 'risk', code: 'prosecution-for-desertion' },
    });
    expect(JSON.stringify(log)).not.toContain('Tver');

    // Changing the code to a risk code makes it a risk.
    expect((await svc.api.updateAsylumGround({ id: g.id, code: 'punishment-for-refusal' })).kind).toBe('risk');
    await svc.api.undoLastChange({});
    expect((await svc.api.asylumOverview({})).grounds.find((x) => x.id === g.id)).toMatchObject({
      kind: 'ground',
      code: 'refusal-of-military-service',
    });

    await expect(svc.api.addAsylumGround({ code: 'fear' as never })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(svc.api.addAsylumGround({ code: 'religion', spanStart: 1, spanEnd: 4 })).rejects.toThrow(/needs the source/);

    const del = await svc.api.deleteRecord({ kind: 'asylum-ground', id: r.id });
    expect(del.hash).toMatch(/^[0-9a-f]{64}$/);
    expect((await svc.api.asylumOverview({})).grounds.map((x) => x.id)).toEqual([g.id]);
  });
});

describe('public figures', () => {
  it('a new person is a public figure when the role names a public office; witnesses, relatives, journalists are protected; the mark can be changed', async () => {
    const mark = async (name: string, role: string | null) => (await svc.api.upsertPerson({ name, role })).publicFigure;
    expect(await mark('Marija Zakharova', 'spokesperson')).toBe(true);
    expect(await mark('Dmitry Peskov', 'пресс-секретарь президента')).toBe(true);
    expect(await mark('Roman Lis', 'witness')).toBe(false);
    expect(await mark('Anna Lis', 'mother')).toBe(false);
    expect(await mark('Ivan Reporter', 'journalist')).toBe(false);
    expect(await mark('Somebody', null)).toBe(false);
    const putin = await svc.api.upsertPerson({ name: 'Vladimir Putin', role: 'speaker' });
    expect(putin.publicFigure).toBe(false);
    expect((await svc.api.upsertPerson({ id: putin.id, publicFigure: true })).publicFigure).toBe(true);
    expect((await svc.api.upsertPerson({ name: 'A Minister Witness', role: 'minister', publicFigure: false })).publicFigure).toBe(false);
  });
});

describe('casefile asylum', () => {
  it(
    'records a ground and a risk, lists them with the steps, edits and deletes one; --codes lists the legal basis',
    { timeout: 300_000 },
    async () => {
      await svc.api.closeCase({});
      const codes = await runCli(['asylum', '--codes']);
      expect(codes.code, codes.stderr).toBe(0);
      expect(codes.stdout).toContain('refusal-of-military-service');
      expect(codes.stdout).toMatch(/UK RF\) Art\. 338 \(desertion\) \(reference not yet checked against the text\) \[M\]/);

      const add = await runCli([
        'asylum',
        path,
        '--risk',
        'prosecution-for-unauthorised-absence',
        '--note',
        'Left the unit in May.',
        '--json',
      ]);
      expect(add.code, add.stderr).toBe(0);
      const id = (JSON.parse(add.stdout) as { id: string }).id;
      const bad = await runCli(['asylum', path, '--ground', 'prosecution-for-desertion']);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/Unknown ground "prosecution-for-desertion": one of refusal-of-military-service/);

      const list = await runCli(['asylum', path]);
      expect(list.code, list.stderr).toBe(0);
      expect(list.stdout).toMatch(/NL {2}now: intends/);
      expect(list.stdout).toContain('Political opinion: Refusal to fight');
      expect(list.stdout).toContain(
        `${id}  Prosecution: Prosecution for leaving the unit without authorisation (СОЧ) — Left the unit in May.`,
      );

      const edit = await runCli(['edit', path, 'asylum-ground', id, '--note', 'Left the unit in June.']);
      expect(edit.code, edit.stderr).toBe(0);
      expect((await runCli(['asylum', path])).stdout).toContain('Left the unit in June.');
      const del = await runCli(['delete', path, 'asylum-ground', id]);
      expect(del.code, del.stderr).toBe(0);
      expect((await runCli(['asylum', path])).stdout).not.toContain(id);
    },
  );
});
