/**
 * Splitting an allegation in Chromium against the real core (issue #11): an allegation the importer made
 * from two reports of different acts is split, the second report's evidence moving to a new allegation
 * with the same qualification, which is then given its own category. Undo puts the evidence back; a
 * source linked by mistake is removed from the new allegation (the source stays). Each
 * result is checked through the service, not only on screen.
 */
import { expect, test } from '../fixtures';
import { AllegationEditor } from '../models/AllegationEditor';
import { CaseShell } from '../models/CaseShell';
import { AllegationsScreen } from '../models/AllegationsScreen';
import { createCase, lock, unlock } from '../pages';

const SHOOTING = 'A former soldier says his platoon shot two men who had surrendered near Yahidne in March 2022.';
const LOOTING = 'Residents of Yahidne say soldiers of the same unit took televisions and cars from their homes.';

test('split an allegation: the chosen evidence moves to a new allegation, recategorised; undo joins them again', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  await createCase(app, { title: 'Split spec' });
  const made = await page.evaluate(
    async ([a, b]) => {
      const s1 = await window.casefile.importText({ text: a, title: 'Platoon account' });
      const s2 = await window.casefile.importText({ text: b, title: 'Residents of Yahidne' });
      return window.casefile.addAllegation({
        category: 'killing-hors-de-combat',
        provisions: ['8(2)(b)(vi)'],
        description: 'Men shot after surrendering, homes looted',
        place: 'Yahidne',
        date: { text: null, value: '2022-03', end: null, precision: 'month' },
        evidence: [{ sourceId: s1.sourceId! }, { sourceId: s2.sourceId! }],
      });
    },
    [SHOOTING, LOOTING],
  );
  expect(made.evidence.map((e) => e.sourceTitle)).toEqual(['Platoon account', 'Residents of Yahidne']);
  const looting = made.evidence[1];

  // Written behind the screen's back: lock and unlock so the screens read the case afresh.
  await lock(app);
  await unlock(app);
  await new CaseShell(page).goTo('Allegations');
  const list = new AllegationsScreen(page);
  await list.waitFor();
  await list.row('Men shot after surrendering').click();
  const editor = new AllegationEditor(page);
  await editor.waitFor();
  expect(await editor.id()).toBe(made.id);
  await expect(editor.evidence()).toHaveCount(2);

  // Split off the residents' report: the editor moves to the new allegation, which holds only it.
  await expect(editor.split).toBeDisabled();
  await editor.splitChoice(2).check();
  await editor.split.click();
  await expect(page).not.toHaveURL(new RegExp(`#/allegations/${made.id}$`));
  const splitId = await editor.id();
  expect(splitId).not.toBe(made.id);
  await expect(editor.evidence()).toHaveCount(1);
  await expect(editor.evidence().first()).toContainText('Residents of Yahidne');
  const [original, split] = await page.evaluate(
    ([a, b]) => Promise.all([window.casefile.getAllegation({ id: a }), window.casefile.getAllegation({ id: b })]),
    [made.id, splitId],
  );
  expect(original.evidence.map((e) => e.sourceTitle)).toEqual(['Platoon account']);
  expect(split.evidence.map((e) => e.id)).toEqual([looting.id]);
  // The new allegation starts as a copy of the fields: same act, same place and date.
  expect(split).toMatchObject({ category: 'killing-hors-de-combat', place: 'Yahidne', date: { value: '2022-03', precision: 'month' } });
  expect(split.provisions.map((p) => p.code)).toEqual(['8(2)(b)(vi)']);
  const log = await page.evaluate(() => window.casefile.custodyLog({}));
  expect(log[log.length - 1]).toMatchObject({ action: 'allegation.split', entityId: made.id });

  // Undo the split: one allegation again, with both reports.
  await page.getByRole('button', { name: 'Undo: split allegation' }).click();
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
  const back = await page.evaluate(async (id) => {
    const rows = await window.casefile.listAllegations({});
    return { ids: rows.map((a) => a.id), evidence: (await window.casefile.getAllegation({ id })).evidence.map((e) => e.id) };
  }, made.id);
  expect(back.ids).toEqual([made.id]);
  expect(back.evidence.sort()).toEqual(made.evidence.map((e) => e.id).sort());

  // Split again, and give the new allegation its own qualification: pillage, described as such.
  const shell = new CaseShell(page);
  await shell.goTo('Allegations');
  await list.waitFor();
  await expect(list.table.locator('tbody tr[data-row-id]')).toHaveCount(1);
  await list.row('Men shot after surrendering').click();
  await editor.waitFor();
  await editor.splitChoice(2).check();
  await editor.split.click();
  await expect(page).not.toHaveURL(new RegExp(`#/allegations/${made.id}$`));
  const again = await editor.id();
  await expect(editor.evidence()).toHaveCount(1);
  await editor.category.selectOption('pillage');
  await editor.description.fill('Homes looted in Yahidne');
  await editor.save.click();
  await expect
    .poll(() =>
      page.evaluate((id) => window.casefile.getAllegation({ id }).then((a) => [a.category, a.description, a.evidence.length]), again),
    )
    .toEqual(['pillage', 'Homes looted in Yahidne', 1]);
  // A source linked by mistake is removed again: the link goes, the source stays in the case.
  await editor.sourceToLink.selectOption({ label: 'Platoon account' });
  await editor.linkSource.click();
  await expect(editor.evidence()).toHaveCount(2);
  await page.getByRole('button', { name: 'Remove evidence 2: Platoon account' }).click();
  await expect(editor.evidence()).toHaveCount(1);
  const unlinked = await page.evaluate(async (id) => {
    const log = await window.casefile.custodyLog({});
    return {
      evidence: (await window.casefile.getAllegation({ id })).evidence.map((e) => e.sourceTitle),
      sources: (await window.casefile.listSources({})).length,
      last: log[log.length - 1].action,
    };
  }, again);
  expect(unlinked).toEqual({ evidence: ['Residents of Yahidne'], sources: 2, last: 'evidence.delete' });

  await shell.goTo('Allegations');
  await list.waitFor();
  await expect(list.table.locator('tbody tr[data-row-id]')).toHaveCount(2);
  await expect(list.row('Homes looted in Yahidne')).toContainText('Pillage');
  await expect(list.row('Men shot after surrendering')).toContainText('hors de combat');
});
