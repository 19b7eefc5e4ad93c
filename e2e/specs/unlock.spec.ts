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

  // A second failure starts the growing delay.
  await unlock(app, 'still not it');
  await expect(page.getByTestId('failures')).toContainText('2 failed attempts');
  await expect(page.getByRole('button', { name: /Wait \d+ s/ })).toBeDisabled();
  expect(sha256(file)).toBe(before);

  await expect(page.getByRole('button', { name: 'Unlock' })).toBeVisible();
  await unlock(app);
  await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
  await expect(page.locator('.case-title')).toHaveText('Wrong passphrase case');
});
