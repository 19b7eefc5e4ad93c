/**
 * Every control on every screen has an accessible name, and no two controls of the same role on a screen
 * share one (the example: twelve checkboxes all called "Sensitive"). Names are read from
 * Chromium's accessibility tree (Playwright's aria snapshot), so labels, aria-label and aria-labelledby
 * count as a screen reader would hear them.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { CaseShell, type Section } from '../models/CaseShell';
import { CustodyLogScreen } from '../models/CustodyLogScreen';
import { DestroyScreen } from '../models/DestroyScreen';
import { NewCaseScreen } from '../models/NewCaseScreen';
import { ProfileCard } from '../models/ProfileCard';
import { RestoreScreen } from '../models/RestoreScreen';
import { ReviewScreen } from '../models/ReviewScreen';
import { SearchPalette } from '../models/SearchPalette';
import { SourceScreen } from '../models/SourceScreen';
import { SourcesScreen } from '../models/SourcesScreen';
import { StartScreen } from '../models/StartScreen';
import { UnlockScreen } from '../models/UnlockScreen';

// A line of the snapshot is YAML: `- role "name"`, single-quoted as a whole when the name has a colon.
const CONTROL =
  /^\s*- '?(button|checkbox|textbox|combobox|link|radio|tab|searchbox|spinbutton|switch|slider|option|menuitem)(?=[\s:'"]|$)(?: "((?:[^"\\]|\\.)*)")?/;
// Options of a <select> are named by their text and belong to their select; the check is about controls.
const CHECKED_ROLES = new Set([
  'button',
  'checkbox',
  'textbox',
  'combobox',
  'link',
  'radio',
  'tab',
  'searchbox',
  'spinbutton',
  'switch',
  'slider',
  'menuitem',
]);

/** The controls of what is on screen, by role and accessible name. */
async function controls(page: Page): Promise<{ role: string; name: string }[]> {
  const tree = await page.locator('body').ariaSnapshot();
  return tree
    .split('\n')
    .map((l) => CONTROL.exec(l))
    .filter((m): m is RegExpExecArray => m !== null && CHECKED_ROLES.has(m[1]))
    .map((m) => ({ role: m[1], name: (m[2] ?? '').replace(/\\"/g, '"').replace(/''/g, "'") }));
}

/** What is wrong on this screen: unnamed controls, and names two controls of one role share. */
async function problems(page: Page, where: string): Promise<string[]> {
  const list = await controls(page);
  const unnamed = list.filter((c) => !c.name.trim()).map((c) => `${where}: unnamed ${c.role}`);
  const seen = new Map<string, number>();
  for (const c of list) if (c.name.trim()) seen.set(`${c.role} "${c.name}"`, (seen.get(`${c.role} "${c.name}"`) ?? 0) + 1);
  const twice = [...seen].filter(([, k]) => k > 1).map(([n, k]) => `${where}: ${k}× ${n}`);
  return [...unnamed, ...twice];
}

test('every control on every screen has a unique accessible name', async ({ app }) => {
  test.setTimeout(420_000);
  const { page } = app;
  const found: string[] = [];
  const check = async (where: string) => {
    const list = await controls(page);
    expect(list.length, `${where} has controls`).toBeGreaterThan(0);
    found.push(...(await problems(page, where)));
  };

  const start = new StartScreen(page);
  await start.waitFor();
  await check('start');
  await start.newCaseButton.click();
  await expect(new NewCaseScreen(page).heading).toBeVisible();
  await check('new case');
  await new NewCaseScreen(page).cancel.click();
  await start.restoreButton.click();
  await expect(new RestoreScreen(page).heading).toBeVisible();
  await check('restore');
  await new RestoreScreen(page).back.click();

  // The demo case: every screen has content (sources, suggestions, records, custody entries).
  await start.openDemo();
  const shell = new CaseShell(page);
  await check('overview');
  const profile = new ProfileCard(page);
  await profile.edit.click();
  await expect(profile.save).toBeVisible();
  const checkboxes = (await controls(page)).filter((c) => c.role === 'checkbox');
  expect(checkboxes.length).toBeGreaterThanOrEqual(12);
  await check('profile form');
  await profile.cancel.click();

  for (const section of [
    'Sources',
    'Suggestions',
    'Testimony',
    'Allegations',
    'Timeline',
    'Asylum',
    'Export',
    'Backup and hand-over',
    'Custody log',
    'Settings',
  ] as Section[]) {
    await shell.goTo(section);
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
    if (section === 'Suggestions') await new ReviewScreen(page).waitFor();
    if (section === 'Custody log') await expect(new CustodyLogScreen(page).rows().first()).toBeVisible();
    await check(section);
  }

  await new DestroyScreen(page).open.click();
  await expect(new DestroyScreen(page).heading).toBeVisible();
  await check('destroy');

  // A source: each tab, and the correction form.
  await shell.goTo('Sources');
  const sources = new SourcesScreen(page);
  await sources.table.locator('tbody tr[data-row-id]').first().click();
  const source = new SourceScreen(page);
  await expect(source.cleanText).toBeVisible();
  await check('source: clean text');
  await source.tab('Original as received').click();
  await expect(source.original).toBeVisible();
  await check('source: original');
  await source.tab('Custody entries').click();
  await expect(source.custody).toBeVisible();
  await check('source: custody');
  await source.correctDetails.click();
  await expect(source.saveCorrections).toBeVisible();
  await check('source: correction form');

  // The paste form, the search palette, the edit form of a suggestion, the bulk preview.
  await shell.goTo('Sources');
  await sources.pasteButton.click();
  await expect(sources.pasteText).toBeVisible();
  await check('paste form');
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(sources.pasteText).toBeHidden();
  const search = new SearchPalette(page);
  await search.open();
  const word = await page.evaluate(async () => {
    const [first] = await window.casefile.listSources({});
    const { text } = await window.casefile.getSourceText({ sourceId: first.id });
    return text.split(/\s+/).find((w) => /^[\p{L}]{6,}$/u.test(w)) ?? '';
  });
  await search.find(word);
  await check('search');
  await page.keyboard.press('Escape');
  await expect(search.dialog).toBeHidden();

  await shell.goTo('Suggestions');
  const review = new ReviewScreen(page);
  await review.waitFor();
  await review.filterKind('quote');
  await review.panel.focus();
  await review.press('edit');
  await expect(review.field('Quote')).toBeFocused();
  await check('suggestion edit form');
  await page.keyboard.press('Escape');
  await review.filterKind('outlet');
  await review.bulkButton.click();
  await expect(review.bulkDialog).toBeVisible();
  await check('bulk accept preview');
  await review.bulkDialog.getByRole('button', { name: 'Cancel bulk accept' }).click();

  await shell.lock();
  await new UnlockScreen(page).waitFor();
  await check('unlock');

  expect(found).toEqual([]);
});
