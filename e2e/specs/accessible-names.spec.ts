/** Every control on each screen has an accessible name, and no two controls of a screen share one. */
import { expect, test } from '../fixtures';
import { CaseShell, type Section } from '../models/CaseShell';
import { ProfileCard } from '../models/ProfileCard';
import { SourcesScreen } from '../models/SourcesScreen';
import { createCase } from '../pages';

const CONTROL =
  /^\s*- (button|checkbox|textbox|combobox|link|radio|tab|searchbox|spinbutton|switch|slider|option)(?: "((?:[^"\\]|\\.)*)")?/;

/** Controls of the page by role and name, from the accessibility tree Playwright reads. */
async function controls(page: import('@playwright/test').Page): Promise<{ role: string; name: string }[]> {
  const tree = await page.locator('body').ariaSnapshot();
  return tree
    .split('\n')
    .map((l) => CONTROL.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ role: m[1], name: m[2] ?? '' }));
}

function problems(list: { role: string; name: string }[]): string[] {
  const unnamed = list.filter((c) => !c.name.trim()).map((c) => `unnamed ${c.role}`);
  const seen = new Map<string, number>();
  for (const c of list) seen.set(c.name, (seen.get(c.name) ?? 0) + 1);
  const twice = [...seen].filter(([n, k]) => n && k > 1).map(([n, k]) => `${k} controls named "${n}"`);
  return [...unnamed, ...twice];
}

test('every control has a unique accessible name', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  const shell = new CaseShell(page);
  await createCase(app, { title: 'Names' });
  await new ProfileCard(page).edit.click();
  // The profile form: one "Sensitive" checkbox per field, each named for its field.
  const checkboxes = (await controls(page)).filter((c) => c.role === 'checkbox');
  expect(checkboxes.length).toBeGreaterThanOrEqual(12);
  expect(problems(await controls(page))).toEqual([]);
  await new ProfileCard(page).cancel.click();

  await shell.goTo('Sources');
  await new SourcesScreen(page).paste('A short pasted text about a soldier who left in 2023.');
  await expect(page.locator('#source-title')).toBeVisible();
  expect(problems(await controls(page))).toEqual([]);

  for (const section of ['Overview', 'Sources', 'Export', 'Custody log', 'Settings'] as Section[]) {
    await shell.goTo(section);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(problems(await controls(page)), section).toEqual([]);
  }
});
