/**
 * Correcting a suggestion decision in Chromium against the real core (issue #11): a person found in two
 * sources is accepted as one group, then the decision is changed to a rejection (the person goes), changed
 * back to an acceptance with corrections (one organisation again, both spans on it), and deleted (the group waits for review
 * again). Each step is checked through the service, with what the sidebar's undo offers after it.
 */
import { expect, test } from '../fixtures';
import { CaseShell } from '../models/CaseShell';
import { ReviewScreen } from '../models/ReviewScreen';
import { createCase, lock, unlock } from '../pages';

const FIRST = 'Pavel Orlov ordered the shelling of the school in June 2022, a former sergeant told the newspaper.';
const SECOND = 'His commander Pavel Orlov gave the order, the second soldier said in an interview.';

test('a decided group: change the decision both ways, then delete it', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  await createCase(app, { title: 'Decisions spec' });
  await page.evaluate(
    async ([a, b]) => {
      await window.casefile.importText({ text: a, title: 'Sergeant interview' });
      await window.casefile.importText({ text: b, title: 'Second soldier' });
    },
    [FIRST, SECOND],
  );
  const api = {
    group: async () => (await page.evaluate(() => window.casefile.listSuggestionGroups({ kind: 'person', status: 'all' })))[0],
    orlovs: async () => (await page.evaluate(() => window.casefile.listPeople({}))).filter((p) => p.name === 'Pavel Orlov'),
    lastChange: () => page.evaluate(() => window.casefile.lastChange({})),
    log: () => page.evaluate(() => window.casefile.custodyLog({})),
  };
  const group = await api.group();
  expect(group.label).toContain('Pavel Orlov');
  expect(group.suggestions).toHaveLength(2);
  const ids = group.suggestions.map((s) => s.id);

  await lock(app);
  await unlock(app);
  await new CaseShell(page).goTo('Suggestions');
  const review = new ReviewScreen(page);
  await review.waitFor();
  await review.filterKind('person');
  await review.show('all');
  await expect(review.currentTitle).toContainText('Pavel Orlov');
  await review.acceptButton.click();
  await expect(review.decision).toHaveText(/^Accepted on \d{4}-\d\d-\d\d\.$/);
  expect(await api.orlovs()).toHaveLength(1);

  // Change it to a rejection, with a reason: the person the acceptance created is gone.
  await review.changeDecision.click();
  await expect(review.newDecision).toHaveValue('reject');
  await review.rejectReason.fill('another Orlov');
  const before = (await api.log()).length;
  await review.confirmChange.click();
  await expect(review.decision).toHaveText(/^Rejected on /);
  await expect(review.status).toHaveText('Changed: Pavel Orlov is now rejected.');
  expect((await api.group()).suggestions.map((s) => [s.id, s.status])).toEqual(ids.map((id) => [id, 'rejected']));
  expect(await api.orlovs()).toEqual([]);
  const entries = (await api.log()).slice(before);
  expect(entries.map((e) => e.action)).toEqual(['suggestion.undo', 'suggestion.undo', 'suggestion.reject', 'suggestion.reject']);
  expect(entries[2].details).toMatchObject({ reason: 'another Orlov' });
  // The last entry is the new decision: the sidebar offers to undo that (back to waiting), not the old one.
  expect(await api.lastChange()).toMatchObject({ action: 'suggestion.reject', undoable: true });
  await expect(page.getByRole('button', { name: 'Undo: reject suggestion' })).toBeEnabled();

  // Change it back to an acceptance, corrected first (as an organisation, with a role): one record, both
  // spans on it. Cancelling the edit form leaves the rejection as it was.
  await review.changeDecision.click();
  await expect(review.newDecision).toHaveValue('accept');
  await review.newDecision.selectOption('edit');
  await review.panel.getByRole('button', { name: 'Next: edit' }).click();
  await expect(review.field('Name')).toBeFocused();
  await expect(review.field('Name')).toHaveValue('Pavel Orlov');
  await page.keyboard.press('Escape');
  await expect(review.decision).toHaveText(/^Rejected on /);
  expect(await api.orlovs()).toEqual([]);
  await review.changeDecision.click();
  await review.newDecision.selectOption('edit');
  await review.panel.getByRole('button', { name: 'Next: edit' }).click();
  await review.panel.getByRole('radio', { name: 'An organisation or unit' }).check();
  await review.field('Role').fill('commander');
  await review.panel.getByRole('button', { name: 'Accept with these changes instead' }).click();
  await expect(review.decision).toHaveText(/^Accepted on /);
  await expect(review.status).toHaveText('Changed: Pavel Orlov is now accepted.');
  const orlovs = await api.orlovs();
  expect(orlovs).toHaveLength(1);
  expect(orlovs[0]).toMatchObject({ kind: 'organisation', role: 'commander' });
  expect((await api.group()).suggestions.map((s) => [s.status, s.resultId])).toEqual([
    ['accepted', orlovs[0].id],
    ['accepted', orlovs[0].id],
  ]);

  // Cancel leaves the decision; Delete undoes it: the group waits again, the record is gone.
  await review.deleteDecision.click();
  await review.panel.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(review.decision).toHaveText(/^Accepted on /);
  expect(await api.orlovs()).toHaveLength(1);
  await review.deleteDecision.click();
  await review.confirmDelete.click();
  await expect(review.status).toHaveText('Decision deleted: Pavel Orlov waits for review again.');
  await expect(review.acceptButton).toBeVisible();
  expect((await api.group()).suggestions.map((s) => s.status)).toEqual(['pending', 'pending']);
  expect(await api.orlovs()).toEqual([]);
  expect((await api.log()).slice(-2).map((e) => [e.action, e.entityId])).toEqual([
    ['suggestion.undo', ids[1]],
    ['suggestion.undo', ids[0]],
  ]);
  // A deleted decision is not offered for undo.
  expect(await api.lastChange()).toMatchObject({ action: 'suggestion.undo', undoable: false });
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toHaveAttribute('title', /decide it again in Suggestions/);
});
