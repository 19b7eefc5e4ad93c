/**
 * The suggestions review screen in Chromium against the real core. (The keyboard-only review spec is not
 * on main yet: it did not pass in time; see the engineer's report.)
 */
import { expect, test } from '../fixtures';
import { CaseShell } from '../models/CaseShell';
import { ReviewScreen } from '../models/ReviewScreen';
import { StartScreen } from '../models/StartScreen';
import { screenshot } from '../pages';

test('every control on the review screen has a unique accessible name', async ({ app }) => {
  test.setTimeout(300_000);
  const { page } = app;
  await new StartScreen(page).openDemo();
  await new CaseShell(page).goTo('Suggestions');
  await new ReviewScreen(page).waitFor();
  await screenshot(app, 'review');
  const names = await page.evaluate(() => {
    const controls = [...document.querySelectorAll('main button, main input, main select, main textarea')] as HTMLElement[];
    const nameOf = (el: HTMLElement) =>
      el.getAttribute('aria-label') ??
      (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ??
      el.closest('label')?.textContent ??
      el.textContent ??
      '';
    return controls.filter((el) => el.offsetParent !== null).map((el) => nameOf(el).trim());
  });
  expect(names.length).toBeGreaterThan(5);
  expect(names.filter((n) => !n)).toEqual([]);
  expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
});
