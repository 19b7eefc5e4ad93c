import { expect, test } from '../fixtures';
import { CaseShell } from '../models/CaseShell';
import { ProfileCard } from '../models/ProfileCard';
import { blockedByCsp, createCase, foreignRequests } from '../pages';

test('a link in content cannot navigate the app', async ({ app }) => {
  const { page } = app;
  await createCase(app);
  const url = page.url();
  await page.evaluate(() => {
    const a = document.createElement('a');
    a.href = 'https://example.org/exfiltrate?x=1';
    a.textContent = 'a link inside imported content';
    a.id = 'evil-link';
    document.querySelector('.content')?.append(a);
  });
  await page.locator('#evil-link').click();
  await page.locator('#evil-link').click({ button: 'middle' });
  await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
  expect(page.url()).toBe(url);
  expect(foreignRequests(app)).toEqual([]);
});

test('window.open does nothing', async ({ app }) => {
  const { page } = app;
  await createCase(app);
  const pagesBefore = page.context().pages().length;
  const opened = await page.evaluate(() => window.open('https://example.org/', '_blank') === null);
  expect(opened).toBe(true);
  expect(page.context().pages().length).toBe(pagesBefore);
  await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
  expect(foreignRequests(app)).toEqual([]);
});

test('the content security policy stops remote content and inline script', async ({ app }) => {
  const { page } = app;
  await createCase(app);
  const result = await page.evaluate(async () => {
    const img = document.createElement('img');
    img.src = 'https://example.org/pixel.png';
    document.body.append(img);
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.body.append(s);
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = 'https://example.org/style.css';
    document.head.append(style);
    let fetched = 'blocked';
    try {
      await fetch('https://example.org/api');
      fetched = 'allowed';
    } catch {
      fetched = 'blocked';
    }
    // An inline script that the policy allowed would have run as it was appended.
    return { inline: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true, fetched };
  });
  expect(result).toEqual({ inline: false, fetched: 'blocked' });
  // The image and the stylesheet were attempted by the page and refused by the CSP, never sent. Their
  // request and failure events reach this process after the page is done: wait until each has ended.
  const attempted = () => app.requests.filter((r) => r.url.startsWith('https://example.org/'));
  await expect.poll(() => attempted().filter((r) => /pixel\.png|style\.css/.test(r.url) && r.failure !== null).length).toBe(2);
  expect(attempted().filter((r) => !blockedByCsp(r.failure))).toEqual([]);
  expect(foreignRequests(app)).toEqual([]);
});

test('a whole session makes no request outside the app', async ({ app }) => {
  const { page } = app;
  await createCase(app);
  await page.getByRole('button', { name: 'Edit profile' }).click();
  await page.getByLabel('Full name', { exact: true }).fill('Someone');
  await new ProfileCard(page).saveAndWait();
  const shell = new CaseShell(page);
  for (const section of ['Sources', 'Allegations', 'Timeline', 'Asylum', 'Custody log', 'Settings', 'Overview'] as const)
    await shell.goTo(section);
  await page.getByRole('button', { name: 'Lock case' }).click();
  expect(app.requests.length).toBeGreaterThan(0);
  expect(foreignRequests(app)).toEqual([]);
});
