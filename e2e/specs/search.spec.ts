/**
 * Ctrl+K over people and events (issue #10), keyboard only: a person found by a name typed without its
 * diacritics and by a call sign in another script, an event by its place, each opened where it lives
 * (the person's record in People, the event marked on the timeline), focused and in view. Finding a phrase
 * in a source and landing on its span is in sources.spec.ts.
 */
import { expect, test } from '../fixtures';
import { PeopleScreen, TimelineScreen } from '../models/CaseRecordsScreens';
import { CaseShell } from '../models/CaseShell';
import { SearchPalette } from '../models/SearchPalette';
import { createCase, lock, screenshot, unlock } from '../pages';

test('Ctrl+K finds a person and an event and lands on them, with the keyboard only', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  await createCase(app, { title: 'Search people and events' });
  const { person, event } = await page.evaluate(async () => {
    const api = window.casefile;
    const person = await api.upsertPerson({
      name: 'Ştefan Ţurcanu',
      role: 'company commander',
      aliases: [{ name: 'Шторм', kind: 'call-sign' }],
      notes: 'Gave the order at the filtration point.',
    });
    await api.upsertPerson({ name: 'Pavel Orlov', role: 'battalion commander' });
    await api.addStatement({ text: 'Шторм told us to take no prisoners.', speakerName: 'a conscript' });
    await api.addAllegation({
      category: 'denial-of-quarter',
      description: 'The company commander, call sign Шторм, ordered that no prisoners be taken.',
    });
    await api.addEvent({ title: 'Шторм takes over the company', date: { text: null, value: '2022-03', end: null, precision: 'month' } });
    // Enough events that the one searched for is below the fold of the timeline.
    for (let i = 1; i <= 30; i++)
      await api.addEvent({
        title: `Patrol ${i}`,
        date: { text: null, value: `2022-${String((i % 12) + 1).padStart(2, '0')}-10`, end: null, precision: 'day' },
      });
    const event = await api.addEvent({
      title: 'Crossed the border at Verkhniy Lars',
      description: 'On foot, with two other deserters.',
      place: 'Vladikavkaz',
      date: { text: 'late September 2022', value: '2022-09', end: null, precision: 'month' },
    });
    return { person, event };
  });
  // Locking and unlocking drops what the screens had cached before these records were written behind them.
  await lock(app);
  await unlock(app);
  const shell = new CaseShell(page);
  const search = new SearchPalette(page);
  const people = new PeopleScreen(page);
  const timeline = new TimelineScreen(page);

  // A name typed without its diacritics: the person is a hit of kind Person, the match marked.
  await shell.goTo('Overview');
  await search.open();
  await search.find('stefan');
  await expect(search.hit('Person', 'Ştefan Ţurcanu').locator('mark')).toHaveText(['Ştefan']);
  await search.choose('Person', 'Ştefan Ţurcanu');
  await expect(page).toHaveURL(new RegExp(`#/people/${person.id}$`));
  await expect(people.form('Ştefan Ţurcanu')).toBeFocused();
  await expect(people.form('Ştefan Ţurcanu')).toBeInViewport();
  await expect(people.form('Ştefan Ţurcanu').getByRole('textbox', { name: 'Name' })).toHaveValue('Ştefan Ţurcanu');

  // A call sign in Cyrillic, typed in capitals: the person, and the statement, allegation and event that name it, each with its kind.
  await search.open();
  await search.find('ШТОРМ');
  await expect(search.hit('Person', 'Ştefan Ţurcanu')).toHaveCount(1);
  await expect(search.hits).toHaveCount(4);
  expect((await search.hits.locator('.hit-kind').allTextContents()).sort()).toEqual(['Allegation', 'Event', 'Person', 'Statement']);
  // The allegation is named by its category, not the category's id.
  await expect(search.hit('Allegation', 'Denial of quarter')).toHaveCount(1);
  await screenshot(app, 'search-records');
  await search.choose('Person', 'Ştefan Ţurcanu');
  await expect(people.form('Ştefan Ţurcanu')).toBeFocused();

  // An event by its place, from another view: the timeline opens with that event marked, in view and focused.
  await shell.goTo('Testimony');
  await search.open();
  await search.find('vladikavkaz');
  await expect(search.hit('Event', 'Crossed the border at Verkhniy Lars').locator('mark')).toHaveText(['Vladikavkaz']);
  await search.choose('Event', 'Crossed the border at Verkhniy Lars');
  await expect(page).toHaveURL(new RegExp(`#/timeline/${event.id}$`));
  await expect(timeline.current).toHaveCount(1);
  await expect(timeline.current).toHaveAttribute('data-event-id', event.id);
  await expect(timeline.entry(event.id)).toBeFocused();
  await expect(timeline.entry(event.id)).toBeInViewport();
  await expect(timeline.svg.locator(`[data-event-id="${event.id}"]`)).toHaveClass(/\btarget\b/);
  // Tab goes on from the event to its own Edit button.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /^Edit event \d+: Crossed the border at Verkhniy Lars$/ })).toBeFocused();

  // Back returns to where the search started.
  await page.goBack();
  await expect(page).toHaveURL(/#\/testimony$/);
});
