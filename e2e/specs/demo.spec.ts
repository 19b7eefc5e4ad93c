import { expect, test } from '../fixtures';
import { foreignRequests } from '../pages';

test('open the demo case', async ({ app }) => {
  // Building the demo imports every sample article through the whole pipeline: allow it time.
  test.setTimeout(300_000);
  const { page } = app;
  await page.getByRole('button', { name: /Open the demo case/ }).click();
  await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible({ timeout: 280_000 });
  await expect(page.locator('.case-title')).toHaveText('Demo case');
  // The seed articles are in it (five at the time of writing; at least one, whatever the seeds become).
  await expect(page.getByTestId('stat-sources')).not.toContainText(/^0\b/);
  const info = await page.evaluate(() => window.casefile.caseInfo({}));
  expect(info.counts.sources).toBeGreaterThan(0);
  // The demo lives in a temp location and is not added to the recent list.
  expect(await page.evaluate(() => window.casefile.desktop.recentFiles())).toEqual([]);
  expect(foreignRequests(app)).toEqual([]);
});
