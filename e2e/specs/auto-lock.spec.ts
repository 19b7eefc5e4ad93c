import { expect, test } from '../fixtures';
import { CaseShell } from '../models/CaseShell';
import { createCase, PASS, unlock } from '../pages';

test('after the configured idle time the case locks and the view is cleared', async ({ app }) => {
  const { page } = app;
  await createCase(app, { title: 'Idle case' });
  await page.getByRole('button', { name: 'Edit profile' }).click();
  await page.getByLabel('Full name', { exact: true }).fill('Idle Person');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Idle Person')).toBeVisible();
  // Only now a short idle time, so the test is quick; the assertion waits for the lock, it does not time
  // it. (Set before the edit, a loaded machine could lock the case between two steps of the edit.) The
  // case screen reads the setting again when the settings view opens.
  await page.evaluate(() => window.casefile.desktop.setSettings({ autoLockSeconds: 2 }));
  await new CaseShell(page).section('Settings').click();

  await expect(page.getByRole('heading', { name: 'Unlock case file' })).toBeVisible();
  await expect(page.getByText('Locked after a period of inactivity.')).toBeVisible();
  expect(await page.content()).not.toContain('Idle Person');
  expect(await page.content()).not.toContain('Idle case');
  const code = await page.evaluate(() =>
    window.casefile.getProfile({}).then(
      () => 'open',
      (e: { code: string }) => e.code,
    ),
  );
  expect(code).toBe('NO_CASE_OPEN');

  await page.evaluate(() => window.casefile.desktop.setSettings({ autoLockSeconds: 600 }));
  await unlock(app, PASS);
  await expect(page.getByText('Idle Person')).toBeVisible();
});

test('the shell locking the case (system suspend) clears the view', async ({ app }) => {
  const { page } = app;
  await createCase(app, { title: 'Suspend case' });
  await app.systemLock();
  await expect(page.getByRole('heading', { name: 'Unlock case file' })).toBeVisible();
  await expect(page.getByText(/computer was locked or went to sleep/)).toBeVisible();
  expect(await page.content()).not.toContain('Suspend case');
});
