/**
 * What was disclosed to whom, on the asylum screen in Chromium against the real core (issue #11): a
 * disclosure recorded at a step, then edited (another authority, another item, no step but a country),
 * then deleted. The custody log names the fields changed, never to whom or what. Each result is checked
 * through the service, not only on screen.
 */
import { expect, test } from '../fixtures';
import { AsylumScreen } from '../models/CaseRecordsScreens';
import { CaseShell } from '../models/CaseShell';
import { createCase, lock, screenshot, unlock } from '../pages';

test('asylum: record what was disclosed to whom at a step, edit it, delete it', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  await createCase(app, { title: 'Disclosures spec' });
  const step = await page.evaluate(async () => {
    await window.casefile.addAsylumStep({ country: 'LT', stage: 'intends', date: '2022-10', precision: 'month' });
    return window.casefile.addAsylumStep({ country: 'NL', stage: 'applied', date: '2023-05-02', precision: 'day', authority: 'IND' });
  });
  await lock(app);
  await unlock(app);
  await new CaseShell(page).goTo('Asylum');
  const asylum = new AsylumScreen(page);
  await expect(asylum.steps('NL')).toHaveCount(1);

  // Recorded at the NL application: to the interview officer, two items handed over.
  await expect(asylum.recordDisclosure).toBeDisabled();
  await asylum.disclosedTo.fill('IND interview officer');
  await asylum.disclosedOn.fill('2023-05-10');
  await asylum.disclosedAtStep.selectOption({ label: 'NL — applied (2023-05-02)' });
  await asylum.disclosedWhat.fill('Unit, commander and the order to fire on prisoners');
  await asylum.disclosedItems.fill('military ID\nphotos of the order');
  await asylum.recordDisclosure.click();
  await expect(asylum.disclosures('NL')).toHaveCount(1);
  await expect(asylum.disclosures('NL').first()).toContainText('2023-05-10: to IND interview officer');
  await expect(asylum.disclosures('NL').first()).toContainText('handed over: military ID; photos of the order');
  let o = await page.evaluate(() => window.casefile.asylumOverview({}));
  const nl = o.countries.find((c) => c.country === 'NL')!;
  expect(nl.disclosures).toMatchObject([
    {
      asylumStepId: step.id,
      country: 'NL',
      authority: 'IND interview officer',
      disclosedAt: '2023-05-10',
      what: 'Unit, commander and the order to fire on prisoners',
      items: ['military ID', 'photos of the order'],
    },
  ]);
  const id = nl.disclosures[0].id;
  await screenshot(app, 'asylum-disclosures');

  // Edited: to the Lithuanian migration department instead, not at a step, one more item.
  await asylum
    .disclosures('NL')
    .first()
    .getByRole('button', { name: /^Edit disclosure/ })
    .click();
  await expect(asylum.saveDisclosure).toBeVisible();
  await expect(asylum.disclosedTo).toHaveValue('IND interview officer');
  await asylum.disclosedTo.fill('Migration Department');
  await asylum.disclosedAtStep.selectOption({ label: 'no particular step' });
  await asylum.disclosedCountry.fill('lt');
  await asylum.disclosedItems.fill('military ID\nphotos of the order\nhis own written statement');
  await asylum.saveDisclosure.click();
  await expect(asylum.disclosures('LT')).toHaveCount(1);
  await expect(asylum.disclosures('NL')).toHaveCount(0);
  o = await page.evaluate(() => window.casefile.asylumOverview({}));
  expect(o.countries.find((c) => c.country === 'LT')!.disclosures).toMatchObject([
    {
      id,
      asylumStepId: null,
      country: 'LT',
      authority: 'Migration Department',
      disclosedAt: '2023-05-10',
      items: ['military ID', 'photos of the order', 'his own written statement'],
    },
  ]);
  // The custody entry names what changed, not to whom or what.
  const log = await page.evaluate(() => window.casefile.custodyLog({}));
  const last = log[log.length - 1];
  expect(last).toMatchObject({ action: 'disclosure.update', entityId: id });
  expect(JSON.stringify(last)).not.toContain('Migration Department');
  expect(JSON.stringify(last)).not.toContain('written statement');

  // Deleted: gone from the screen and from the case.
  await asylum
    .disclosures('LT')
    .first()
    .getByRole('button', { name: /^Edit disclosure/ })
    .click();
  await asylum.deleteDisclosure.click();
  await expect(asylum.disclosures('LT')).toHaveCount(0);
  o = await page.evaluate(() => window.casefile.asylumOverview({}));
  expect(o.countries.flatMap((c) => c.disclosures)).toEqual([]);
  expect(o.otherDisclosures).toEqual([]);
});
