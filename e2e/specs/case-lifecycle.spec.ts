import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '../fixtures';
import { createCase, foreignRequests, lock, PASS, screenshot, unlock } from '../pages';

test('create a case file, lock it, unlock it from the recent list', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('heading', { name: 'Recent case files' })).toBeVisible();
  await expect(page.getByText('No recent case files.')).toBeVisible();
  await screenshot(app, 'start');

  // The new-case form, with the strength meter warning about a weak passphrase.
  await page.getByRole('button', { name: /New case file/ }).click();
  await page.getByLabel('Case title').fill('Subject K.');
  await page.getByLabel('Passphrase', { exact: true }).fill('qwerty12');
  await expect(page.getByText(/Very weak|Weak/).first()).toBeVisible();
  await expect(page.getByText(/I understand this passphrase is weak/)).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill(PASS);
  await expect(page.getByText(/I understand this passphrase is weak/)).toHaveCount(0);
  await screenshot(app, 'new-case');
  await page.getByRole('button', { name: 'Cancel' }).click();

  const file = await createCase(app, { title: 'Subject K.' });
  expect(existsSync(file)).toBe(true);
  // The file is encrypted: not even the SQLite header, let alone the title, is readable.
  const head = readFileSync(file);
  expect(head.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\u0000');
  expect(head.includes(Buffer.from('Subject K.'))).toBe(false);

  await expect(page.locator('.case-title')).toHaveText('Subject K.');
  await expect(page.getByTestId('stat-sources')).toContainText('0');

  await lock(app);
  await expect(page.getByText('Case locked.')).toBeVisible();
  // Locked means closed in the service, not just hidden.
  const afterLock = await page.evaluate(() =>
    window.casefile.caseInfo({}).then(
      () => 'open',
      (e: { code: string }) => e.code,
    ),
  );
  expect(afterLock).toBe('NO_CASE_OPEN');
  await expect(page.getByText('Subject K.')).toHaveCount(0);
  await screenshot(app, 'unlock');

  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('button', { name: /^subject\.casefile/ }).click();
  await unlock(app);
  await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
  await expect(page.locator('.case-title')).toHaveText('Subject K.');

  expect(foreignRequests(app)).toEqual([]);
});

test('the recent list can be pruned and switched off', async ({ app }) => {
  const { page } = app;
  await createCase(app, { file: 'one.casefile' });
  await lock(app);
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('button', { name: /^one\.casefile/ })).toBeVisible();
  await page.getByRole('button', { name: 'Remove one.casefile from the list' }).click();
  await expect(page.getByText('No recent case files.')).toBeVisible();

  // Off the list, it can still be opened through the Open dialog; Escape goes back.
  await app.answerOpenDialog(`${app.dir}/one.casefile`);
  await page.getByRole('button', { name: /Open case file/ }).click();
  await expect(page.getByRole('heading', { name: 'Unlock case file' })).toBeVisible();
  await expect(page.locator('.file-name')).toHaveText('one.casefile');
  await page.getByLabel('Passphrase').press('Escape');
  await expect(page.getByRole('heading', { name: 'Recent case files' })).toBeVisible();

  await page.getByLabel('Keep a list of recent files').uncheck();
  await expect(page.getByText(/No list is kept/)).toBeVisible();
  await createCase(app, { file: 'two.casefile' });
  await lock(app);
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByText(/No list is kept/)).toBeVisible();
  expect(await page.evaluate(() => window.casefile.desktop.recentFiles())).toEqual([]);
});

test('the renderer cannot open a file it did not choose in a dialog', async ({ app }) => {
  const code = await app.page.evaluate(
    (path) =>
      window.casefile.createCase({ path, passphrase: 'x' }).then(
        () => 'created',
        (e: { code: string }) => e.code,
      ),
    `${app.dir}/not-chosen.casefile`,
  );
  expect(code).toBe('INVALID_INPUT');
  expect(existsSync(`${app.dir}/not-chosen.casefile`)).toBe(false);
});
