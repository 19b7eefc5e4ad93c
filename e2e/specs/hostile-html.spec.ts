/**
 * Hostile HTML imported as a source: script tags, onerror handlers, javascript: links, remote images, a
 * meta refresh, an iframe, a stylesheet. Nothing runs and no request is made, neither in the source view
 * (clean text) nor in the original view (the markup shown as text).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../fixtures';
import { CaseShell } from '../models/CaseShell';
import { SourceScreen } from '../models/SourceScreen';
import { SourcesScreen } from '../models/SourcesScreen';
import { createCase, foreignRequests, screenshot } from '../pages';

const HOSTILE = `<!doctype html>
<html><head>
<meta http-equiv="refresh" content="0; url=https://attacker.example/refresh">
<title>Soldier describes leaving his unit</title>
<link rel="stylesheet" href="https://attacker.example/style.css">
<script>window.__pwned = 'script';</script>
<script src="https://attacker.example/evil.js"></script>
</head><body>
<h1>Soldier describes leaving his unit</h1>
<p>Sergeant Pavel Orlov said in April 2023 that he left the army.<img src="x" onerror="window.__pwned='onerror'"></p>
<p>Read <a href="javascript:window.__pwned='link'">the full interview</a> here.</p>
<p><img src="https://attacker.example/pixel.png" alt="pixel"> <iframe src="https://attacker.example/frame"></iframe></p>
<svg onload="window.__pwned='svg'"><circle r="1"/></svg>
<p onmouseover="window.__pwned='hover'">He asked for asylum in Poland.</p>
</body></html>`;

test('hostile HTML: nothing runs and nothing is fetched, in the source view or the original view', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  const file = join(app.dir, 'hostile.html');
  writeFileSync(file, HOSTILE);
  await createCase(app);
  const url = page.url();
  await new CaseShell(page).goTo('Sources');
  const sources = new SourcesScreen(page);
  await sources.importByPicker(app, [file]);
  await expect(sources.batchItem('hostile.html')).toHaveAttribute('data-status', 'imported');
  await sources.row('Soldier describes leaving his unit').click();

  const source = new SourceScreen(page);
  await expect(source.cleanText).toContainText('Sergeant Pavel Orlov');
  await expect(source.cleanText).not.toContainText('__pwned');
  await source.cleanText.hover();

  await source.tab('Original as received').click();
  // The markup is there, as text: the very characters of the script tag and handlers.
  await expect(source.original).toContainText("<script>window.__pwned = 'script';</script>");
  await expect(source.original).toContainText('onerror="window.__pwned');
  await source.original.hover();
  await screenshot(app, 'original');
  await source.original.getByText('the full interview').click();

  // Nothing of it became DOM: no element from the file exists in the page.
  const found = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: string }).__pwned ?? null,
    scripts: [...document.scripts].map((s) => s.src || 'inline').filter((s) => !s.startsWith(location.origin)),
    images: document.querySelectorAll('main img, main iframe, main svg circle, main link, main meta').length,
    anchors: [...document.querySelectorAll('main a')].map((a) => a.getAttribute('href')).filter((h) => h && !h.startsWith('#')),
  }));
  expect(found).toEqual({ pwned: null, scripts: [], images: 0, anchors: [] });
  // A meta refresh would have navigated by now; the app is where it was (same document, its own hash route).
  expect(page.url().split('#')[0]).toBe(url.split('#')[0]);
  await expect(source.original).toBeVisible();
  expect(app.requests.filter((r) => r.url.includes('attacker.example'))).toEqual([]);
  expect(foreignRequests(app)).toEqual([]);
});
