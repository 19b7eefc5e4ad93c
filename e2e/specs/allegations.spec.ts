/**
 * Allegations in Chromium against the real core (issue #11): the table (sort, filter, group by category,
 * choose columns, keyboard), an allegation made by hand and tagged with a category and provisions, evidence
 * graded, evidence linked to two elements with the gap remaining, two allegations merged, undo, delete.
 * Every result is checked through the service, not only on screen.
 */
import { expect, test } from '../fixtures';
import { AllegationEditor } from '../models/AllegationEditor';
import { AllegationsScreen } from '../models/AllegationsScreen';
import { CaseShell } from '../models/CaseShell';
import { createCase, lock, screenshot, screenshotOf, unlock } from '../pages';

const ARTICLE_1 = `Former soldier Ivan Petrenko says prisoners were shot after they had surrendered near Yahidne in March 2022.
"They raised their hands and our commander ordered us to fire," he told the newspaper.`;
const ARTICLE_2 = `A second outlet reports that the unit looted homes in Yahidne and that the commander, called "Orel", gave the order.`;

test('allegations: table, a hand-made allegation tagged and graded, elements with the gap left, merge, undo, delete', async ({ app }) => {
  test.setTimeout(240_000);
  const { page } = app;
  await createCase(app, { title: 'Allegations spec' });
  const [s1, s2] = await page.evaluate(
    async ([a, b]) => [
      await window.casefile.importText({ text: a, title: 'Petrenko interview' }),
      await window.casefile.importText({ text: b, title: 'Second outlet' }),
    ],
    [ARTICLE_1, ARTICLE_2],
  );
  expect(s1.ok && s2.ok).toBe(true);
  const other = await page.evaluate(async (src) => {
    await window.casefile.addAllegation({
      category: 'pillage',
      description: 'Homes looted in Yahidne',
      status: 'corroborated',
      date: { text: null, value: '2022-03', end: null, precision: 'month' },
    });
    await window.casefile.addAllegation({
      category: 'torture',
      description: 'Beatings in the basement',
      date: { text: null, value: '2023', end: null, precision: 'year' },
    });
    return window.casefile.addAllegation({
      category: 'wilful-killing',
      description: 'Order to fire on the prisoners',
      provisions: ['8(2)(a)(i)'],
      evidence: [{ sourceId: src }],
    });
  }, s2.sourceId!);

  // Written behind the screen's back: lock and unlock so the screens read the case afresh.
  await lock(app);
  await unlock(app);
  const shell = new CaseShell(page);
  await shell.goTo('Allegations');
  const list = new AllegationsScreen(page);
  await list.waitFor();
  await expect(list.row('Homes looted')).toBeVisible();
  await expect(list.chart.locator('[data-category]')).toHaveCount(3);

  // Filter, sort, group, choose columns.
  await list.search.fill('basement');
  await expect(list.table.locator('tbody tr[data-row-id]')).toHaveCount(1);
  await list.search.fill('');
  await list.status.selectOption('corroborated');
  await expect(list.table.locator('tbody tr[data-row-id]')).toHaveCount(1);
  await list.status.selectOption('');
  await list.header('Date').getByRole('button').click();
  await expect(list.table.locator('tbody tr[data-row-id]').first()).toContainText('Order to fire');
  await list.groupByCategory.check();
  await expect(list.groupRows()).toHaveCount(3);
  await list.groupByCategory.uncheck();
  await list.showColumn('Place', false);
  await expect(list.header('Place')).toHaveCount(0);
  await list.showColumn('Place', true);
  await expect(list.header('Place')).toHaveCount(1);
  await screenshot(app, 'allegations');

  // Keyboard: move to a row and open it.
  await list.row('Order to fire').focus();
  await page.keyboard.press('Enter');
  const editor = new AllegationEditor(page);
  await editor.waitFor();
  expect(await editor.id()).toBe(other.id);
  await page.goBack();
  await list.waitFor();

  // An allegation by hand: category and provisions from the taxonomy, perpetrator with a mode of liability.
  await list.newAllegation.click();
  await editor.waitFor();
  await editor.category.selectOption('killing-hors-de-combat');
  await expect(editor.provision('8(2)(b)(vi)')).toBeChecked();
  await editor.provision('8(2)(c)(i)').uncheck();
  await editor.description.fill('Prisoners shot after they surrendered');
  await editor.place.fill('Yahidne');
  await editor.dateValue.fill('2022-03');
  await editor.precision.selectOption('month');
  await editor.perpetrators.fill('Orel');
  await editor.liability('Orel').selectOption('25(3)(b)');
  await editor.victimStatus.selectOption('hors-de-combat');
  await editor.create.click();
  const id = await editor.id();
  const made = await page.evaluate((i) => window.casefile.getAllegation({ id: i }), id);
  expect(made).toMatchObject({
    category: 'killing-hors-de-combat',
    description: 'Prisoners shot after they surrendered',
    place: 'Yahidne',
    date: { value: '2022-03', precision: 'month' },
    perpetrators: ['Orel'],
    liability: [{ name: 'Orel', mode: '25(3)(b)' }],
    victimStatus: 'hors-de-combat',
  });
  expect(made.provisions.map((p) => p.code)).toEqual(['8(2)(b)(vi)', '8(2)(a)(i)']);

  // Evidence, graded.
  await editor.sourceToLink.selectOption({ label: 'Petrenko interview' });
  await editor.linkSource.click();
  await expect(editor.grade(1)).toHaveText('ungraded');
  await editor.reliability(1).selectOption('F');
  await expect(editor.grade(1)).toHaveText('F?');
  await editor.credibility(1).selectOption('3');
  await expect(editor.grade(1)).toHaveText('F3');
  const graded = await page.evaluate((i) => window.casefile.getAllegation({ id: i }), id);
  expect(graded.evidence.map((e) => e.grade)).toEqual(['F3']);

  // Elements: evidence to two elements of 8(2)(b)(vi); the rest stays a visible gap.
  await editor.linkElement('8(2)(b)(vi)', 'm1', /^Evidence 1/, 'establishes it');
  await expect(editor.element('8(2)(b)(vi)', 'm1')).toHaveAttribute('data-status', 'established');
  await editor.linkElement('8(2)(b)(vi)', 'm2', /^Evidence 1/, 'partly');
  await expect(editor.element('8(2)(b)(vi)', 'm2')).toHaveAttribute('data-status', 'partly');
  await expect(editor.element('8(2)(b)(vi)', 'm3')).toHaveAttribute('data-status', 'none');
  const el = await page.evaluate((i) => window.casefile.allegationElements({ allegationId: i }), id);
  expect({ established: el.established, partly: el.partly }).toEqual({ established: 1, partly: 1 });
  expect(el.gaps).toBeGreaterThan(0);
  await expect(editor.elementsSummary).toHaveText(`1 established, 1 partly supported, ${el.gaps} without evidence yet`);
  await screenshot(app, 'allegation-editor');
  await screenshotOf(app, page.getByTestId('elements-checklist'), 'allegation-elements');

  // Merge the other allegation (same act, another qualification) into this one, then undo it.
  await editor.mergeChoice.selectOption({ label: 'Wilful killing: Order to fire on the prisoners' });
  await editor.merge.click();
  await expect(editor.page.locator('.evidence-list > li')).toHaveCount(2);
  const merged = await page.evaluate((i) => window.casefile.getAllegation({ id: i }), id);
  expect(merged.evidence).toHaveLength(2);
  expect(merged.provisions.map((p) => p.code)).toEqual(['8(2)(b)(vi)', '8(2)(a)(i)']);
  expect(
    await page.evaluate(
      (o) =>
        window.casefile.getAllegation({ id: o }).then(
          () => 'there',
          (e: { code: string }) => e.code,
        ),
      other.id,
    ),
  ).toBe('NOT_FOUND');
  const undo = page.getByRole('button', { name: 'Undo: merge allegation' });
  await undo.click();
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
  await expect(editor.page.locator('.evidence-list > li')).toHaveCount(1);
  expect((await page.evaluate((o) => window.casefile.getAllegation({ id: o }), other.id)).description).toBe(
    'Order to fire on the prisoners',
  );

  // Delete: gone from the service, the custody entry carries the hash, not the words.
  await editor.deleteButton.click();
  await editor.confirmDelete.click();
  await list.waitFor();
  await expect(list.row('Prisoners shot after')).toHaveCount(0);
  const after = await page.evaluate(async () => {
    const log = await window.casefile.custodyLog({});
    return { ids: (await window.casefile.listAllegations({})).map((a) => a.id), last: log[log.length - 1] };
  });
  expect(after.ids).not.toContain(id);
  expect(after.last).toMatchObject({ action: 'allegation.delete', entityId: id });
  expect(JSON.stringify(after.last)).not.toContain('surrendered');
});
