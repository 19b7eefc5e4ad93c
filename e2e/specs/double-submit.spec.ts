/**
 * A form pressed twice saves once: the timeline's Add event, the asylum screen's Add step, Record disclosure
 * and Add ground or risk, the testimony screen's Add statement and the people screen's Add person. The
 * second press is made in the same task as the first (two `click()` calls in one evaluate), so it lands
 * before React has rendered the first save's busy state: exactly the case a double click can hit, and one
 * that a disabled-while-pending button alone does not stop. What was stored is read from the service after
 * the screen shows the record; the service answers calls in the order they were sent, so a second add sent
 * with the first is in that answer.
 */
import type { Locator } from '@playwright/test';
import { expect, test } from '../fixtures';
import { AsylumScreen, TestimonyScreen, TimelineScreen } from '../models/CaseRecordsScreens';
import { CaseShell } from '../models/CaseShell';
import { createCase } from '../pages';

/** Two presses of a submit button in one task, as a fast double click can deliver them. */
async function pressTwice(button: Locator): Promise<void> {
  await expect(button).toBeEnabled();
  await button.evaluate((b: HTMLButtonElement) => {
    b.click();
    b.click();
  });
}

test('a form pressed twice saves once: event, asylum step, disclosure, ground, statement, person', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  await createCase(app, { title: 'Double press spec' });
  const shell = new CaseShell(page);

  await shell.goTo('Timeline');
  const timeline = new TimelineScreen(page);
  await timeline.title.fill('Crossed the border');
  await timeline.when.fill('2023-03');
  await timeline.precision.selectOption('month');
  await pressTwice(timeline.add);
  await expect(timeline.titled('Crossed the border')).toHaveCount(1);
  await expect(timeline.title).toHaveValue('');
  const events = (await page.evaluate(() => window.casefile.timeline({}))).events;
  expect(events.map((e) => e.title)).toEqual(['Crossed the border']);

  await shell.goTo('Asylum');
  const asylum = new AsylumScreen(page);
  await asylum.country.fill('NL');
  await asylum.stage.selectOption('applied');
  await asylum.date.fill('2023-05-02');
  await pressTwice(asylum.add);
  await expect(asylum.steps('NL')).toHaveCount(1);
  await asylum.disclosedTo.fill('IND interview officer');
  await asylum.disclosedOn.fill('2023-05-10');
  await asylum.disclosedWhat.fill('Unit and commander');
  await pressTwice(asylum.recordDisclosure);
  await expect(asylum.disclosedTo).toHaveValue('');
  await asylum.groundNote.fill('Refused an order to fire on prisoners');
  await pressTwice(asylum.addGround);
  await expect(asylum.grounds()).toHaveCount(1);
  const o = await page.evaluate(() => window.casefile.asylumOverview({}));
  expect(o.countries.map((c) => c.steps.length)).toEqual([1]);
  expect([...o.countries.flatMap((c) => c.disclosures), ...o.otherDisclosures].map((d) => d.authority)).toEqual(['IND interview officer']);
  expect(o.grounds.map((g) => g.note)).toEqual(['Refused an order to fire on prisoners']);

  await shell.goTo('Testimony');
  const testimony = new TestimonyScreen(page);
  await testimony.newStatement.click();
  await testimony.original.fill('We were told to take no prisoners.');
  await pressTwice(testimony.add);
  await expect(testimony.row('take no prisoners')).toHaveCount(1);
  expect((await page.evaluate(() => window.casefile.listStatements({}))).map((s) => s.text)).toEqual([
    'We were told to take no prisoners.',
  ]);

  await shell.goTo('People');
  await page.getByRole('button', { name: 'New person or organisation' }).click();
  const form = page.getByRole('form', { name: 'New person' });
  await form.getByRole('textbox', { name: 'Name', exact: true }).fill('Pavel Orlov');
  await pressTwice(form.getByRole('button', { name: 'Add person' }));
  await expect(page.getByRole('grid', { name: 'People' }).locator('tbody tr[data-row-id]')).toHaveCount(1);
  expect((await page.evaluate(() => window.casefile.listPeople({}))).map((p) => p.name)).toEqual(['Pavel Orlov']);
});
