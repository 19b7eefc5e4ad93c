/**
 * Case settings: renaming the case shows at once in the sidebar and is a custody entry; a passphrase
 * change re-encrypts the file (the old passphrase stops working, the new one opens it).
 */
import { expect, test } from '../fixtures';
import { CaseShell } from '../models/CaseShell';
import { SettingsScreen } from '../models/SettingsScreen';
import { UnlockScreen } from '../models/UnlockScreen';
import { createCase, PASS, screenshot } from '../pages';

test('rename the case and change its passphrase', async ({ app }) => {
  test.setTimeout(240_000);
  const { page } = app;
  const shell = new CaseShell(page);
  const settings = new SettingsScreen(page);
  await createCase(app, { title: 'Working title' });
  await shell.goTo('Settings');
  await expect(settings.caseName).toHaveValue('Working title');

  // An empty name is refused next to the field; a real one shows in the sidebar at once.
  await settings.caseName.fill('  ');
  await settings.rename.click();
  await expect(settings.caseName).toHaveAttribute('aria-invalid', 'true');
  await settings.caseName.fill('Deserter of the 155th brigade');
  await settings.rename.click();
  await expect(settings.notices.filter({ hasText: 'is now called' })).toContainText('Deserter of the 155th brigade');
  await expect(shell.title).toHaveText('Deserter of the 155th brigade');
  const log = await page.evaluate(() => window.casefile.custodyLog({}));
  expect(log.find((e) => e.action === 'case.rename')?.details).toEqual({ from: 'Working title', to: 'Deserter of the 155th brigade' });
  await screenshot(app, 'settings');

  // A wrong current passphrase is said next to its field and changes nothing.
  const NEW = 'another long passphrase for this case 77';
  await settings.current.fill('not the passphrase at all');
  await settings.next.fill(NEW);
  await settings.repeat.fill(NEW);
  await settings.change.click();
  await expect(settings.current).toHaveAttribute('aria-invalid', 'true', { timeout: 120_000 });
  await settings.current.fill(PASS);
  await settings.change.click();
  await expect(settings.notices.filter({ hasText: 'passphrase was changed' })).toBeVisible({ timeout: 120_000 });

  await shell.lock();
  const unlock = new UnlockScreen(page);
  await unlock.unlock(PASS);
  await expect(page.getByRole('alert')).toContainText('does not open this case file', { timeout: 120_000 });
  await unlock.unlock(NEW);
  await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible({ timeout: 120_000 });
  await expect(shell.title).toHaveText('Deserter of the 155th brigade');
});
