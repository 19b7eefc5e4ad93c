/**
 * Origins of evidence in Chromium against the real core (issue #11): two links to different sources count
 * as two independent sources until the investigator gives both the same origin (one interview, reported
 * twice); then they count once, and the reasoning says why. The origin is renamed and deleted (on every
 * link that carries it), and the deletion undone. Each step is checked through the service.
 */
import { expect, test } from '../fixtures';
import { AllegationEditor } from '../models/AllegationEditor';
import { AllegationsScreen } from '../models/AllegationsScreen';
import { CaseShell } from '../models/CaseShell';
import { createCase, lock, unlock } from '../pages';

const FIRST = 'A former sergeant said the battalion looted shops in the town in March 2022.';
const SECOND = 'Residents described soldiers carrying televisions out of the shops that spring.';

test('origins: two links given one origin count once; rename it, delete it, undo the deletion', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  await createCase(app, { title: 'Origins spec' });
  const made = await page.evaluate(
    async ([a, b]) => {
      const s1 = await window.casefile.importText({ text: a, title: 'Sergeant interview' });
      const s2 = await window.casefile.importText({ text: b, title: 'Residents report' });
      // Another allegation citing the first source: an origin is renamed and deleted on its link too.
      const other = await window.casefile.addAllegation({
        category: 'torture',
        description: 'Beatings',
        evidence: [{ sourceId: s1.sourceId! }],
      });
      const mine = await window.casefile.addAllegation({
        category: 'pillage',
        description: 'Shops looted in the town',
        evidence: [{ sourceId: s1.sourceId! }, { sourceId: s2.sourceId! }],
      });
      return { mine, other };
    },
    [FIRST, SECOND],
  );
  const api = {
    keys: (id: string) => page.evaluate(async (i) => (await window.casefile.getAllegation({ id: i })).evidence.map((e) => e.originKey), id),
    corroboration: () => page.evaluate((i) => window.casefile.corroboration({ allegationId: i }), made.mine.id),
    last: async () => (await page.evaluate(() => window.casefile.custodyLog({}))).at(-1),
  };
  await page.evaluate((id) => window.casefile.updateEvidence({ id, originKey: 'interview-2023' }), made.other.evidence[0].id);

  await lock(app);
  await unlock(app);
  await new CaseShell(page).goTo('Allegations');
  await new AllegationsScreen(page).row('Shops looted').click();
  const editor = new AllegationEditor(page);
  await editor.waitFor();
  await expect(editor.corroboration).toHaveText('2 sources, 2 independent');
  // The origin in use elsewhere in the case is not listed here: no link of this allegation carries it.
  await expect(editor.origins()).toHaveCount(0);

  // Both links: one origin. Corroboration counts them once and says why.
  await editor.origin(1).fill('interview-2023');
  await editor.setOrigin(1).click();
  await expect.poll(() => api.keys(made.mine.id)).toEqual(['interview-2023', null]);
  await editor.origin(2).fill('interview-2023');
  await editor.origin(2).press('Enter');
  await expect.poll(() => api.keys(made.mine.id)).toEqual(['interview-2023', 'interview-2023']);
  await expect(editor.corroboration).toHaveText(
    '2 sources, 1 independent: both were marked by the investigator as origin “interview-2023”',
  );
  expect(await api.corroboration()).toMatchObject({ sources: 2, independent: 1, groups: [{ key: 'key:interview-2023' }] });
  await expect(editor.origins()).toHaveText(['interview-2023 (2 link(s) here) Rename origin interview-2023 Delete origin interview-2023…']);

  // Rename: every link that carries it, the other allegation's too; one custody entry.
  await editor.renameOrigin('interview-2023', 'Kyiv interview, March 2023');
  await expect(editor.origin(1)).toHaveValue('Kyiv interview, March 2023');
  expect(await api.keys(made.mine.id)).toEqual(['Kyiv interview, March 2023', 'Kyiv interview, March 2023']);
  expect(await api.keys(made.other.id)).toEqual(['Kyiv interview, March 2023']);
  expect(await api.last()).toMatchObject({ action: 'origin.rename', entity: 'origin', details: { links: 3 } });

  // Delete: Cancel keeps it; Delete origin takes it off every link; the links stay.
  const origins = page.getByRole('region', { name: 'Origins' });
  await origins.getByRole('button', { name: 'Delete origin Kyiv interview, March 2023…' }).click();
  await origins.getByRole('button', { name: 'Cancel', exact: true }).click();
  expect(await api.keys(made.mine.id)).toEqual(['Kyiv interview, March 2023', 'Kyiv interview, March 2023']);
  await origins.getByRole('button', { name: 'Delete origin Kyiv interview, March 2023…' }).click();
  await origins.getByRole('button', { name: 'Delete origin', exact: true }).click();
  await expect(editor.origins()).toHaveCount(0);
  await expect(editor.corroboration).toHaveText('2 sources, 2 independent');
  expect(await api.keys(made.mine.id)).toEqual([null, null]);
  expect(await api.keys(made.other.id)).toEqual([null]);
  expect(await api.last()).toMatchObject({ action: 'origin.delete', details: { links: 3 } });
  await expect(editor.origin(1)).toHaveValue('');

  // Undo brings the origin back on all three links.
  expect(await page.evaluate(() => window.casefile.lastChange({}))).toMatchObject({ action: 'origin.delete', undoable: true });
  await page.getByRole('button', { name: 'Undo: delete origin' }).click();
  await expect(editor.origins()).toHaveCount(1);
  expect(await api.keys(made.mine.id)).toEqual(['Kyiv interview, March 2023', 'Kyiv interview, March 2023']);
  expect(await api.keys(made.other.id)).toEqual(['Kyiv interview, March 2023']);

  // Clearing one link's origin by hand: an empty field clears it (null, not an empty name).
  await editor.origin(2).fill('');
  await page.getByRole('button', { name: 'Set origin of evidence 2' }).click();
  await expect.poll(() => api.keys(made.mine.id)).toEqual(['Kyiv interview, March 2023', null]);
  await expect(editor.corroboration).toHaveText('2 sources, 2 independent');
});
