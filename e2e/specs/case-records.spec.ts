/**
 * Testimony, people, timeline and asylum in Chromium against the real core (issue #11): add, edit and
 * delete a statement with its labelled translation; merge two people; add a timeline event and see it
 * drawn in place with its precision; add an asylum step; undo a change. Each result is checked through the
 * service, not only on screen.
 */
import { expect, test } from '../fixtures';
import { AsylumScreen, PeopleScreen, TestimonyScreen, TimelineScreen } from '../models/CaseRecordsScreens';
import { CaseShell } from '../models/CaseShell';
import { createCase, lock, screenshot, unlock } from '../pages';

test('testimony, people, timeline and asylum: edit and delete a statement, merge people, draw an event, add a step, undo', async ({
  app,
}) => {
  test.setTimeout(240_000);
  const { page } = app;
  await createCase(app, { title: 'Records spec' });
  const [orlov, orel] = await page.evaluate(async () => [
    await window.casefile.upsertPerson({ name: 'Pavel Orlov', role: 'commander' }),
    await window.casefile.upsertPerson({ name: 'Orel', kind: 'person' }),
  ]);
  await page.evaluate(async () => {
    await window.casefile.addEvent({
      title: 'Crossed into Belarus',
      date: { text: null, value: '2022-02-24', end: null, precision: 'day' },
    });
    await window.casefile.addEvent({ title: 'Met the journalist', date: { text: null, value: null, end: null, precision: 'unknown' } });
  });
  await lock(app);
  await unlock(app);
  const shell = new CaseShell(page);

  // Testimony: add with a labelled translation, edit the basis to hearsay, delete.
  await shell.goTo('Testimony');
  const t = new TestimonyScreen(page);
  await t.newStatement.click();
  await t.original.fill('Командир приказал стрелять по пленным.');
  await t.language.fill('ru');
  await t.translation.fill('The commander ordered us to shoot the prisoners.');
  await t.translationBy.selectOption('human');
  await t.speaker.selectOption({ label: 'Orel' });
  await t.add.click();
  await expect(t.row('Командир приказал')).toBeVisible();
  let statements = await page.evaluate(() => window.casefile.listStatements({}));
  expect(statements).toMatchObject([
    { text: 'Командир приказал стрелять по пленным.', language: 'ru', translationKind: 'human', speakerId: orel.id, basis: 'first-hand' },
  ]);
  await t.basis.selectOption('hearsay');
  await t.heardFrom.fill('a soldier of the same company');
  await t.save.click();
  await expect(page.getByText('Saved.')).toBeVisible();
  statements = await page.evaluate(() => window.casefile.listStatements({}));
  expect(statements[0]).toMatchObject({ basis: 'hearsay', hearsayFrom: 'a soldier of the same company' });
  await screenshot(app, 'testimony');

  // People: merge "Orel" into "Pavel Orlov": the statement follows, the name becomes an alias.
  await shell.goTo('People');
  const people = new PeopleScreen(page);
  await people.row('Pavel Orlov').click();
  await people.mergeChoice.selectOption({ label: 'Orel' });
  await people.merge.click();
  await expect(people.table.locator('tbody tr[data-row-id]')).toHaveCount(1);
  const merged = await page.evaluate(() => window.casefile.listPeople({}));
  expect(merged).toMatchObject([{ id: orlov.id, aliases: [{ name: 'Orel', kind: 'alias' }], statementCount: 1 }]);
  await screenshot(app, 'people');

  // Undo the merge: two records again, the statement back with Orel.
  await page.getByRole('button', { name: 'Undo: merge person' }).click();
  await expect(people.table.locator('tbody tr[data-row-id]')).toHaveCount(2);
  expect((await page.evaluate(() => window.casefile.listStatements({})))[0].speakerId).toBe(orel.id);

  // Delete the statement (after the undo, from the testimony screen).
  await shell.goTo('Testimony');
  await t.row('Командир приказал').click();
  await t.remove.click();
  await expect(t.row('Командир приказал')).toHaveCount(0);
  expect(await page.evaluate(() => window.casefile.listStatements({}))).toEqual([]);

  // Timeline: a month-precise event is drawn as a span, after the day-precise one; undated ones sit apart.
  await shell.goTo('Timeline');
  const tl = new TimelineScreen(page);
  await expect(tl.undated).toContainText('Met the journalist');
  await tl.addEvent('Unit moved to Yahidne', '2022-03', 'month');
  const events = (await page.evaluate(() => window.casefile.timeline({}))).events;
  const march = events.find((e) => e.title === 'Unit moved to Yahidne')!;
  const feb = events.find((e) => e.title === 'Crossed into Belarus')!;
  expect(march.date).toMatchObject({ value: '2022-03', precision: 'month' });
  await expect(tl.bar(march.id)).toBeVisible();
  const [mx, mw, fx, fw] = await Promise.all([
    tl.bar(march.id).getAttribute('data-x'),
    tl.bar(march.id).getAttribute('data-width'),
    tl.bar(feb.id).getAttribute('data-x'),
    tl.bar(feb.id).getAttribute('data-width'),
  ]).then((v) => v.map(Number));
  expect(mx).toBeGreaterThan(fx);
  // A month is about thirty days wide; a day is a thin tick.
  expect(mw).toBeGreaterThan(fw * 10);
  await screenshot(app, 'timeline');

  // Asylum: a step, then another that an undated stage puts in procedure order.
  await shell.goTo('Asylum');
  const asylum = new AsylumScreen(page);
  await asylum.country.fill('NL');
  await asylum.stage.selectOption('applied');
  await asylum.date.fill('2023-05-02');
  await asylum.authority.fill('IND');
  await asylum.add.click();
  await expect(asylum.steps('NL')).toHaveCount(1);
  await asylum.country.fill('NL');
  await asylum.stage.selectOption('intends');
  await asylum.add.click();
  await expect(asylum.steps('NL')).toHaveCount(2);
  await expect(asylum.steps('NL').first()).toHaveAttribute('data-stage', 'intends');
  const overview = await page.evaluate(() => window.casefile.asylumOverview({}));
  expect(overview.countries).toMatchObject([{ country: 'NL', currentStage: 'applied' }]);
  expect(overview.countries[0].steps.map((s) => [s.stage, s.authority])).toEqual([
    ['intends', null],
    ['applied', 'IND'],
  ]);
  // The grounds of the claim and the risk on return, as the evidence summary prints them.
  await asylum.groundCode.selectOption('refusal-of-military-service');
  await asylum.groundNote.fill('Refused an order to execute civilians.');
  await asylum.addGround.click();
  // The first is listed and the form cleared before the second is chosen: pressed while the first is
  // still being saved, the second would go in with the first's note.
  await expect(asylum.grounds()).toHaveCount(1);
  await expect(asylum.groundNote).toHaveValue('');
  await asylum.groundCode.selectOption('prosecution-for-desertion');
  await asylum.addGround.click();
  await expect(asylum.grounds()).toHaveCount(2);
  await expect(asylum.grounds().first()).toContainText('Political opinion: Refusal to fight');
  const grounds = (await page.evaluate(() => window.casefile.asylumOverview({}))).grounds;
  expect(grounds.map((g) => [g.kind, g.code, g.note])).toEqual([
    ['ground', 'refusal-of-military-service', 'Refused an order to execute civilians.'],
    ['risk', 'prosecution-for-desertion', null],
  ]);
  await screenshot(app, 'asylum');
});
