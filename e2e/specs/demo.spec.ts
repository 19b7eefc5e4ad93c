import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '../fixtures';
import { foreignRequests } from '../pages';

/**
 * A demo built from many short articles, so that Cancel is certain to arrive while it is still building.
 * With the five seeds the build could finish between the first progress report and the click (about once
 * in six runs on a loaded machine). 400 articles build in about 5 s of CPU (`casefile demo` on such a
 * folder), and a fresh CI machine once showed no cancel message after 280 s, most likely because the
 * build had finished before the click took effect. 3,000 articles take about 32 s of CPU, beyond any
 * delay of a click; if the cancel were lost, the spec still fails, at its timeout.
 */
const SEED_COUNT = 3000;
function writeManySeeds(dir: string, count: number): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'expected.json'), '{}');
  for (let i = 0; i < count; i++) {
    const n = String(i).padStart(4, '0');
    writeFileSync(
      join(dir, `article-${n}.txt`),
      `Report ${n}\n\nA soldier of unit ${1000 + i} said in an interview in May 2023 that he had left the army and asked for asylum in Lithuania.\n`,
    );
  }
}

test('open the demo case: the richest defector first, the others a click away', async ({ app }) => {
  // Building a demo imports its sample articles through the whole pipeline: allow it time.
  test.setTimeout(300_000);
  const { page } = app;
  const demos = await page.evaluate(() => window.casefile.listDemoCases({}));
  // One case per defector in the seeds (four at the time of writing), the richest first.
  expect(demos.length).toBeGreaterThan(1);
  expect(demos[0].allegations).toBe(Math.max(...demos.map((d) => d.allegations)));
  await page.getByRole('button', { name: /^Open the demo case/ }).click();
  await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible({ timeout: 280_000 });
  await expect(page.locator('.case-title')).toHaveText(demos[0].title);
  // Its articles are in it, partly reviewed: the subject is the profile and suggestions still wait.
  await expect(page.getByTestId('stat-sources')).not.toContainText(/^0\b/);
  const info = await page.evaluate(() => window.casefile.caseInfo({}));
  expect(info.counts.sources).toBe(demos[0].sources);
  expect(info.counts.pendingSuggestions).toBeGreaterThan(0);
  expect(info.counts.allegations).toBeGreaterThan(0);
  expect((await page.evaluate(() => window.casefile.getProfile({}))).fullName).toBe(demos[0].subject);
  // The demo lives in a temp location and is not added to the recent list.
  expect(await page.evaluate(() => window.casefile.desktop.recentFiles())).toEqual([]);

  // Another defector's case is a click away from the start screen.
  await page.getByRole('button', { name: 'Lock case' }).click();
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await page.getByRole('button', { name: `Demo case of ${demos[1].subject}` }).click();
  await expect(page.locator('.case-title')).toHaveText(demos[1].title, { timeout: 280_000 });
  expect((await page.evaluate(() => window.casefile.getProfile({}))).fullName).toBe(demos[1].subject);
  expect(foreignRequests(app)).toEqual([]);
});

test.describe('cancelling the demo', () => {
  // The path is fixed when the spec file loads (test.use needs it then); the files are written only in
  // the worker that runs this test, not in every process that loads the file.
  const seeds = join(tmpdir(), `casefile-e2e-seeds-${process.pid}`);
  test.use({ serviceEnv: { CASEFILE_SEEDS_DIR: seeds } });
  test.beforeAll(() => writeManySeeds(seeds, SEED_COUNT));
  test.afterAll(() => rmSync(seeds, { recursive: true, force: true }));

  test('building the demo reports progress and can be cancelled', async ({ app }) => {
    test.setTimeout(300_000);
    const { page } = app;
    await page.getByRole('button', { name: /Open the demo case/ }).click();
    // Progress arrives from the worker through main's channel (here: the harness binding) to the page.
    const status = page.getByRole('status').filter({ hasText: new RegExp(`of ${SEED_COUNT} articles`) });
    await expect(status).toBeVisible({ timeout: 280_000 });
    const cancel = page.getByRole('button', { name: 'Cancel' });
    // Cancel stands before the progress text, whose length changes with every step: it must not move.
    const [button, text] = [await cancel.boundingBox(), await status.boundingBox()];
    expect(button && text && button.x + button.width <= text.x).toBe(true);
    await cancel.click();
    await expect(page.getByRole('alert')).toContainText('cancelled', { timeout: 280_000 });
    await expect(page.getByRole('heading', { name: 'Recent case files' })).toBeVisible();
    const code = await page.evaluate(() =>
      window.casefile.caseInfo({}).then(
        () => 'open',
        (e: { code: string }) => e.code,
      ),
    );
    expect(code).toBe('NO_CASE_OPEN');
  });
});
