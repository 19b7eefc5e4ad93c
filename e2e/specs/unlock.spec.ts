import { expect, test } from '../fixtures';
import { createCase, lock, sha256, unlock } from '../pages';

test('a wrong passphrase says so, changes nothing, and the right one still opens the case', async ({ app }) => {
  const { page } = app;
  const file = await createCase(app, { title: 'Wrong passphrase case' });
  await lock(app);
  const before = sha256(file);

  await unlock(app, 'not the passphrase');
  await expect(page.getByRole('alert')).toContainText('does not open this case file');
  expect(sha256(file)).toBe(before);
  // Still on the unlock screen, the field cleared and ready for another try.
  await expect(page.getByRole('heading', { name: 'Unlock case file' })).toBeVisible();
  await expect(page.getByLabel('Passphrase')).toHaveValue('');

  // A second failure starts the growing delay. It is 1 s, counted by the page's timers: shorter than the
  // gap between two tries of a waiting expect on a loaded machine, so the page's clock is held still while
  // the delay is looked at, and let go to show that it runs out.
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 5_000);
  await unlock(app, 'still not it');
  await expect(page.getByTestId('failures')).toContainText('2 failed attempts. You can try again in 1 s.');
  await expect(page.getByRole('button', { name: 'Wait 1 s' })).toBeDisabled();
  expect(sha256(file)).toBe(before);

  await page.clock.resume();
  await expect(page.getByRole('button', { name: 'Unlock' })).toBeVisible();
  await expect(page.getByTestId('failures')).toContainText('Each further attempt waits longer.');
  await unlock(app);
  await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
  await expect(page.locator('.case-title')).toHaveText('Wrong passphrase case');
});
