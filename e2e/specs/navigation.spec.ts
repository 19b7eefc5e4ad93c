/** Views have addresses: tiles link to sections, Back works, a view opens directly; unsaved edits are not lost silently. */
import { expect, test } from '../fixtures';
import { CaseShell } from '../models/CaseShell';
import { LeaveDialog } from '../models/LeaveDialog';
import { OverviewScreen } from '../models/OverviewScreen';
import { ProfileCard } from '../models/ProfileCard';
import { createCase, unlock } from '../pages';

test('overview tiles link to their sections, Back returns, and a view opens by its address', async ({ app }) => {
  const { page } = app;
  const shell = new CaseShell(page);
  const overview = new OverviewScreen(page);
  await createCase(app, { title: 'Routes' });

  await overview.stat('sources').click();
  await expect(page.getByRole('heading', { name: 'Sources', level: 1 })).toBeVisible();
  await expect(shell.section('Sources')).toHaveAttribute('aria-current', 'page');
  expect(new URL(page.url()).hash).toBe('#/sources');

  await page.goBack();
  await overview.waitFor();
  await expect(shell.section('Overview')).toHaveAttribute('aria-current', 'page');

  await shell.open('/custody');
  await expect(page.getByRole('heading', { name: 'Custody log', level: 1 })).toBeVisible();
  await shell.open('/no-such-view');
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
});

test('the custody count in the sidebar follows every change at once', async ({ app }) => {
  const { page } = app;
  const shell = new CaseShell(page);
  const profile = new ProfileCard(page);
  await createCase(app);
  const before = await shell.custodyEntries();
  await profile.edit.click();
  await profile.field('Full name').fill('Counted Person');
  await profile.save.click();
  await expect(page.getByText('Counted Person')).toBeVisible();
  await expect(shell.custodyCount).toHaveText(`${before + 1} custody entries`);
});

test('leaving a form with unsaved edits asks; a lock discards them and says so after unlocking', async ({ app }) => {
  const { page } = app;
  const shell = new CaseShell(page);
  const profile = new ProfileCard(page);
  const leave = new LeaveDialog(page);
  await createCase(app);
  // Somewhere to go Back to.
  await shell.goTo('Custody log');
  await shell.goTo('Overview');

  await profile.edit.click();
  await profile.field('Full name').fill('Not yet saved');
  await shell.section('Sources').click();
  await expect(leave.dialog).toBeVisible();
  await leave.keepEditing.click();
  await expect(leave.dialog).toHaveCount(0);
  await expect(profile.field('Full name')).toHaveValue('Not yet saved');
  await expect(shell.section('Overview')).toHaveAttribute('aria-current', 'page');

  // Back asks too.
  await page.goBack();
  await expect(leave.dialog).toBeVisible();
  await leave.keepEditing.click();
  await expect(profile.field('Full name')).toHaveValue('Not yet saved');
  await expect(shell.section('Overview')).toHaveAttribute('aria-current', 'page');

  // A lock never waits for an answer: the edit is discarded, and the next unlock says so.
  await shell.lock();
  await unlock(app);
  await expect(
    page.getByRole('status').filter({ hasText: 'Unsaved changes to the profile were discarded when the case locked.' }),
  ).toBeVisible();
  expect((await page.evaluate(() => window.casefile.getProfile({}))).fullName).toBeNull();

  await profile.edit.click();
  await profile.field('Full name').fill('Discard me');
  await shell.section('Settings').click();
  await leave.discard.click();
  await expect(page.getByRole('heading', { name: 'Case settings' })).toBeVisible();
  expect((await page.evaluate(() => window.casefile.getProfile({}))).fullName).toBeNull();
});
