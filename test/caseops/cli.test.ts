/** The case-operation commands of the real `casefile` binary. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { PASS, useTempDir } from '../helpers/tmp';
import { dmitriMeduza, salikovNpo, salikovPolitico } from './articles';
import { caseWith } from './fixture';

const tmp = useTempDir();
const env = { CASEFILE_PASSPHRASE: PASS };

async function closedCase() {
  const c = await caseWith(tmp(), [salikovNpo, salikovPolitico, dmitriMeduza]);
  await c.api.closeCase({});
  c.dispose();
  return c;
}

describe('casefile case-operation commands', () => {
  // Each command is a fresh process (Node start-up + key derivation): give a loaded machine room.
  it('suggestions → accept (with --edit) → reject → allegations → timeline → search', { timeout: 300_000 }, async () => {
    const { path, seeded } = await closedCase();
    const list = await runCli(['suggestions', path, '--source', seeded[0].sourceId, '--json'], env);
    expect(list.code, list.stderr).toBe(0);
    const sugg = JSON.parse(list.stdout) as { id: string; kind: string }[];
    expect(sugg.every((s) => typeof s.id === 'string')).toBe(true);
    const human = await runCli(['suggestions', path], env);
    expect(human.stdout).toContain('allegation killing-hors-de-combat [first-hand]');

    const allegation = sugg.filter((s) => s.kind === 'allegation').map((s) => s.id);
    const acc = await runCli(['accept', path, allegation[0], '--edit', '{"reliability":"F","credibility":"3"}'], env);
    expect(acc.code, acc.stderr).toBe(0);
    expect(acc.stdout).toMatch(/^accepted sug_\w+ → allegation alg_\w+/);
    const again = await runCli(['accept', path, allegation[0]], env);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already accepted');
    expect((await runCli(['accept', path, allegation[1], '--edit', '{not json'], env)).code).toBe(2);

    const rej = await runCli(['reject', path, allegation[1]], env);
    expect(rej.code, rej.stderr).toBe(0);
    const all = await runCli(['accept', path, '--kind', 'date'], env);
    expect(all.code, all.stderr).toBe(0);
    expect(all.stdout.match(/accepted/g)).toHaveLength(4);

    const al = await runCli(['allegations', path, '--json'], env);
    expect(al.code, al.stderr).toBe(0);
    const parsed = JSON.parse(al.stdout) as { category: string; evidence: { grade: string }[]; corroboration: { explanation: string } }[];
    expect(parsed).toHaveLength(1);
    expect(parsed[0]).toMatchObject({
      category: 'killing-hors-de-combat',
      evidence: [{ grade: 'F3' }],
      corroboration: { explanation: '1 source, 1 independent' },
    });
    const alText = await runCli(['allegations', path, '--category', 'killing-hors-de-combat'], env);
    expect(alText.stdout).toContain('8(2)(b)(vi) War crime of killing or wounding a person hors de combat');
    expect((await runCli(['allegations', path, '--category', 'torture', '--json'], env)).stdout.trim()).toBe('[]');
    expect((await runCli(['allegations', path, '--category', 'nonsense'], env)).code).toBe(2);

    const tl = await runCli(['timeline', path], env);
    expect(tl.code, tl.stderr).toBe(0);
    const lines = tl.stdout.split('\n').filter((l) => /^\d{4}/.test(l));
    expect(lines.map((l) => l.split(' ')[0])).toEqual(['2022', '2022-06', '2022-07', '2023-08-03']);
    expect(JSON.parse((await runCli(['timeline', path, '--json'], env)).stdout).events).toHaveLength(4);

    const s = await runCli(['search', path, 'salikov'], env);
    expect(s.code, s.stderr).toBe(0);
    expect(s.stdout).toContain('[Salikov]');
    const sj = JSON.parse((await runCli(['search', path, 'take', 'no', 'prisoners', '--json'], env)).stdout) as { hits: unknown[] };
    expect(sj.hits).toHaveLength(1);

    // Every command that changed something left custody entries; the chain still verifies.
    expect((await runCli(['verify', path], env)).code).toBe(0);
  });

  it('dump → restore → dump, and restore refuses a dump without originals', { timeout: 300_000 }, async () => {
    const { path } = await closedCase();
    const dump = await runCli(['dump', path, '--with-originals'], env);
    expect(dump.code, dump.stderr).toBe(0);
    const first = JSON.parse(dump.stdout) as Record<string, unknown>;
    expect(first).toMatchObject({ format: 'casefile-case-json', version: 1, includesOriginals: true });
    const jsonFile = join(tmp(), 'case.json');
    writeFileSync(jsonFile, dump.stdout);
    const target = join(tmp(), 'restored.casefile');
    const r = await runCli(['restore', jsonFile, target], env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Restored 3 source(s)');
    expect((await runCli(['verify', target], env)).code).toBe(0);
    const second = JSON.parse((await runCli(['dump', target, '--with-originals'], env)).stdout) as Record<string, unknown>;
    expect({ ...second, exportedAt: 0, case: 0 }).toEqual({ ...first, exportedAt: 0, case: 0 });

    const lean = join(tmp(), 'lean.json');
    writeFileSync(lean, (await runCli(['dump', path], env)).stdout);
    const refused = await runCli(['restore', lean, join(tmp(), 'lean.casefile')], env);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--with-originals');
    expect((await runCli(['restore', join(tmp(), 'missing.json'), join(tmp(), 'x.casefile')], env)).code).toBe(2);
  });
});
