/** `casefile edit` and `casefile delete` through the real binary: fields from --help, values checked by the service. */
import { describe, expect, it } from 'vitest';
import { runCli as runBinary } from '../helpers/cli';
import { PASS, useTempDir } from '../helpers/tmp';
import { salikovNpo } from './articles';
import { caseWith } from './fixture';

const tmp = useTempDir();
const env = { CASEFILE_PASSPHRASE: PASS };

const runCli = (args: string[]) => runBinary(args, env);

describe('casefile edit / delete', () => {
  it('lists the fields of every kind in --help', { timeout: 120_000 }, async () => {
    const help = await runCli(['edit', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('allegation (updateAllegation):');
    expect(help.stdout).toMatch(/--victimStatus civilian\|prisoner-of-war\|hors-de-combat\|own-troops\|unknown/);
    expect(help.stdout).toContain('--liability JSON array');
    expect(help.stdout).toMatch(/--reliability A\|B\|C\|D\|E\|F \(empty: clear it\)/);
    expect(help.stdout).toContain('origin (renameOrigin):');
    const del = await runCli(['delete', '--help']);
    expect(del.stdout).toContain('allegation|evidence|element-link|statement|event|asylum-step|disclosure|person|origin|decision');
  });

  it(
    'edits an allegation and a grade, deletes the allegation; the custody log names fields and the hash',
    { timeout: 300_000 },
    async () => {
      const c = await caseWith(tmp(), [salikovNpo]);
      const a = await c.api.addAllegation({
        category: 'torture',
        description: 'Beatings',
        place: 'Wrong village',
        evidence: [{ sourceId: c.seeded[0].sourceId }],
      });
      await c.api.closeCase({});
      c.dispose();

      const ed = await runCli(['edit', c.path, 'allegation', a.id, '--place', '', '--victimStatus', 'prisoner-of-war', '--json']);
      expect(ed.code, ed.stderr).toBe(0);
      expect(JSON.parse(ed.stdout)).toMatchObject({ id: a.id, place: null, victimStatus: 'prisoner-of-war' });
      const grade = await runCli(['edit', c.path, 'evidence', a.evidence[0].id, '--reliability', 'B', '--credibility', '2']);
      expect(grade.code, grade.stderr).toBe(0);
      expect(grade.stdout).toBe(`changed evidence ${a.evidence[0].id}: reliability, credibility\n`);
      const bad = await runCli(['edit', c.path, 'allegation', a.id, '--victimStatus', 'martian']);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('victimStatus');
      const unknown = await runCli(['edit', c.path, 'statement', a.id, '--place', 'x']);
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toContain('A statement has no field --place');

      const del = await runCli(['delete', c.path, 'allegation', a.id]);
      expect(del.code, del.stderr).toBe(0);
      expect(del.stdout).toMatch(new RegExp(`^deleted allegation ${a.id} \\(sha256 [0-9a-f]{64}\\); also 1 evidence link deleted\\n$`));
      const left = await runCli(['allegations', c.path, '--json']);
      expect(JSON.parse(left.stdout)).toEqual([]);
      const gone = await runCli(['delete', c.path, 'allegation', a.id]);
      expect(gone.code).toBe(2);
    },
  );

  it('takes a source off a timeline event (edit event --removeSources)', { timeout: 300_000 }, async () => {
    const c = await caseWith(tmp(), [salikovNpo]);
    const src = c.seeded[0].sourceId;
    const ev = await c.api.addEvent({
      title: 'Orders given',
      sources: [
        { sourceId: src, start: 0, end: 5 },
        { sourceId: src, start: 10, end: 15 },
      ],
    });
    await c.api.closeCase({});
    c.dispose();

    const rm = JSON.stringify([{ sourceId: src, start: 10 }]);
    const ed = await runCli(['edit', c.path, 'event', ev.id, '--removeSources', rm]);
    expect(ed.code, ed.stderr).toBe(0);
    expect(ed.stdout).toBe(`changed event ${ev.id}: removeSources\n`);
    const t = JSON.parse((await runCli(['timeline', c.path, '--json'])).stdout) as { events: { sources: { spanStart: number }[] }[] };
    expect(t.events[0].sources.map((s) => s.spanStart)).toEqual([0]);
    // The same link again: it no longer dates the event.
    const again = await runCli(['edit', c.path, 'event', ev.id, '--removeSources', rm]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`Source ${src} does not date event ${ev.id} at 10.`);
  });
});
