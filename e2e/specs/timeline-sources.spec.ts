/**
 * Taking a source off a timeline event in Chromium against the real core (issue #11): an event dated by two
 * sources that disagree (June and July) is flagged; removing the wrongly recorded one, from the event's
 * editor, clears the flag and leaves the other source; the custody entry keeps the removed link's hash, not
 * its words; undo puts it back. Each step is checked through the service.
 */
import { expect, test } from '../fixtures';
import { TimelineScreen } from '../models/CaseRecordsScreens';
import { CaseShell } from '../models/CaseShell';
import { createCase, lock, unlock } from '../pages';

const FIRST = 'The battalion crossed the river in June 2022, a former sergeant told the newspaper.';
const SECOND = 'Villagers remember the crossing differently: the soldiers came over the river in July 2022.';

test('timeline: remove a source that dates an event, then undo it', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  await createCase(app, { title: 'Timeline sources spec' });
  const { event, ids } = await page.evaluate(
    async ([a, b]) => {
      const ids = [
        (await window.casefile.importText({ text: a, title: 'Sergeant interview' })).sourceId!,
        (await window.casefile.importText({ text: b, title: 'Village report' })).sourceId!,
      ];
      const at = (text: string, words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
      const event = await window.casefile.addEvent({
        title: 'Battalion crossed the river',
        date: { text: null, value: '2022-06', end: null, precision: 'month' },
        sources: [
          { sourceId: ids[0], ...at(a, 'in June 2022'), date: { text: 'in June 2022', value: '2022-06', end: null, precision: 'month' } },
          { sourceId: ids[1], ...at(b, 'in July 2022'), date: { text: 'in July 2022', value: '2022-07', end: null, precision: 'month' } },
        ],
      });
      return { event, ids };
    },
    [FIRST, SECOND],
  );
  expect(event.conflict).not.toBeNull();
  const api = {
    event: async () => (await page.evaluate(() => window.casefile.timeline({}))).events[0],
    last: async () => (await page.evaluate(() => window.casefile.custodyLog({}))).at(-1),
  };

  await lock(app);
  await unlock(app);
  await new CaseShell(page).goTo('Timeline');
  const tl = new TimelineScreen(page);
  await expect(tl.entry(event.id).locator('.conflict-note')).toHaveCount(1);
  await tl.edit(event.id).click();
  await expect(tl.recordedSources(event.title)).toHaveText([
    'Sergeant interview says “in June 2022” (2022-06 (month)) Remove',
    'Village report says “in July 2022” (2022-07 (month)) Remove',
  ]);

  // The village report was recorded against the wrong event: take it off. The flag goes with it.
  await tl.removeSource(2).click();
  await expect(tl.recordedSources(event.title)).toHaveCount(1);
  const after = await api.event();
  expect(after.sources.map((s) => s.sourceId)).toEqual([ids[0]]);
  expect(after.conflict).toBeNull();
  await expect(tl.sourcesOf(event.id)).toHaveCount(1);
  await expect(tl.entry(event.id).locator('.conflict-note')).toHaveCount(0);
  const entry = await api.last();
  expect(entry).toMatchObject({ action: 'event.update', entityId: event.id, details: { fields: ['removeSources'] } });
  expect(entry?.details.removedSources).toEqual([{ sourceId: ids[1], sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
  expect(JSON.stringify(entry)).not.toContain('July');

  // Undo (sidebar) puts it back exactly, flag and all.
  expect(await page.evaluate(() => window.casefile.lastChange({}))).toMatchObject({ action: 'event.update', undoable: true });
  await page.getByRole('button', { name: 'Undo: edit event' }).click();
  await expect(tl.recordedSources(event.title)).toHaveCount(2);
  expect(await api.event()).toEqual(event);
  await expect(tl.entry(event.id).locator('.conflict-note')).toHaveCount(1);
});
