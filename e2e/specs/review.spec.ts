/**
 * Reviewing suggestions with the keyboard only — next/previous, accept, edit then accept, the person or
 * organisation choice, reject with a reason, undo — and a bulk accept after its preview, each checked
 * through the service (window.casefile, the real core) rather than only on screen.
 */
import { expect, test } from '../fixtures';
import { CaseShell } from '../models/CaseShell';
import { ReviewScreen } from '../models/ReviewScreen';
import { SourcesScreen } from '../models/SourcesScreen';
import { StartScreen } from '../models/StartScreen';
import { createCase, foreignRequests, screenshot } from '../pages';

test('review suggestions with the keyboard, then bulk-accept a kind', async ({ app }) => {
  test.setTimeout(300_000);
  const { page } = app;
  await new StartScreen(page).openDemo();
  const shell = new CaseShell(page);
  await shell.goTo('Suggestions');
  const review = new ReviewScreen(page);
  await review.waitFor();
  const api = {
    groups: (kind?: string) => page.evaluate((k) => window.casefile.listSuggestionGroups({ kind: k as never }), kind),
    suggestion: (id: string) =>
      page.evaluate(async (i) => (await window.casefile.listSuggestions({ status: 'all' })).find((s) => s.id === i), id),
  };

  // Quotes: J/K move, A accepts, E edits then accepts (the speaker named by hand), R rejects with a reason.
  await review.filterKind('quote');
  const quotes = await api.groups('quote');
  expect(quotes.length).toBeGreaterThanOrEqual(3);
  await review.panel.focus();
  await expect(review.currentTitle).toContainText(quotes[0].label);
  // The span is in view in its source text, marked.
  await expect(review.currentSpan).toBeVisible();
  await expect(review.currentSpan).toHaveText(quotes[0].suggestions[0].excerpt ?? '');
  await review.press('next');
  await expect(review.currentTitle).toContainText(quotes[1].label);
  await review.press('previous');
  await expect(review.currentTitle).toContainText(quotes[0].label);

  await review.press('accept');
  await expect.poll(async () => (await api.suggestion(quotes[0].suggestions[0].id))?.status).toBe('accepted');
  await expect(review.currentTitle).toContainText(quotes[1].label);

  await review.press('edit');
  await expect(review.field('Quote')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(review.field('Speaker')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Marta Hurtado');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await api.suggestion(quotes[1].suggestions[0].id))?.status).toBe('accepted');
  const edited = await api.suggestion(quotes[1].suggestions[0].id);
  const statements = await page.evaluate(() => window.casefile.listStatements({}));
  expect(statements.find((s) => s.id === edited?.resultId)?.speakerName).toBe('Marta Hurtado');
  await expect(review.currentTitle).toContainText(quotes[2].label);

  await review.press('reject');
  await expect(review.rejectReason).toBeFocused();
  await page.keyboard.type('a caption, not a quote');
  await page.keyboard.press('Enter');
  const rejectedId = quotes[2].suggestions[0].id;
  await expect.poll(async () => (await api.suggestion(rejectedId))?.status).toBe('rejected');
  const log = await page.evaluate(() => window.casefile.custodyLog({})); // the whole log: `limit` counts from the start
  expect(log.find((e) => e.action === 'suggestion.reject' && e.entityId === rejectedId)?.details).toMatchObject({
    reason: 'a caption, not a quote',
  });

  // Z undoes the last decision: the rejected quote waits again, and is the current one again.
  await review.press('undo');
  await expect.poll(async () => (await api.suggestion(rejectedId))?.status).toBe('pending');
  await expect(review.status).toContainText('Undone');
  await expect(review.currentTitle).toContainText(quotes[2].label);

  // A person suggestion: O switches person ⇄ organisation before A; the person row says which.
  await review.filterKind('person');
  const people = await api.groups('person');
  expect(people.length).toBeGreaterThan(0);
  await review.panel.focus();
  await expect(review.currentTitle).toContainText(people[0].label);
  const suggested = people[0].suggestions[0].personKind;
  await review.press('toggle-kind');
  await expect(review.panel.getByLabel(suggested === 'person' ? 'An organisation or unit' : 'A person')).toBeChecked();
  await review.press('accept');
  await expect.poll(async () => (await api.suggestion(people[0].suggestions[0].id))?.status).toBe('accepted');
  const personId = (await api.suggestion(people[0].suggestions[0].id))?.resultId;
  const person = (await page.evaluate(() => window.casefile.listPeople({}))).find((p) => p.id === personId);
  expect(person?.kind).toBe(suggested === 'person' ? 'organisation' : 'person');

  // Bulk accept a kind: the preview says what it will create; the result is what the service holds after.
  await review.filterKind('outlet');
  const preview = await page.evaluate(() => window.casefile.previewAcceptAll({ kind: 'outlet' }));
  expect(preview.total).toBeGreaterThan(0);
  await review.bulkButton.click();
  await expect(review.bulkDialog).toBeVisible();
  await expect(review.bulkSummary).toContainText(`${preview.accepted} of ${preview.total} will be accepted`);
  await review.bulkDialog.getByRole('button', { name: `Accept these ${preview.accepted}` }).click();
  await expect(review.bulkDialog).toBeHidden();
  await expect
    .poll(async () => (await page.evaluate(() => window.casefile.listSuggestions({ kind: 'outlet' }))).length)
    .toBe(preview.total - preview.accepted);
  const accepted = (await page.evaluate(() => window.casefile.listSuggestions({ kind: 'outlet', status: 'all' }))).filter((s) =>
    preview.items.some((i) => i.id === s.id && !i.error),
  );
  expect(accepted.every((s) => s.status === 'accepted')).toBe(true);
  expect(foreignRequests(app)).toEqual([]);
});

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

test('the same person, outlet and date found in two sources are one row each, reviewed once with both spans', async ({ app }) => {
  test.setTimeout(240_000);
  const { page } = app;
  const shell = new CaseShell(page);
  await createCase(app, { title: 'Same person twice' });
  await shell.goTo('Sources');
  const sources = new SourcesScreen(page);
  await sources.paste(
    'Captain Oleg Petrov said on 12 March 2024 that his commander, Colonel Ivan Sidorov, ordered the shelling of a school near Bakhmut, he told the Kyiv Independent.',
    'First report',
  );
  await expect(page.locator('#source-title')).toHaveText('First report');
  await shell.goTo('Sources');
  await sources.paste(
    'In an interview, Captain Oleg Petrov said that Colonel Ivan Sidorov gave the order to shell the school on 12 March 2024. Petrov applied for asylum in Germany, he told the Kyiv Independent.',
    'Second report',
  );
  await expect(page.locator('#source-title')).toHaveText('Second report');

  const groups = await page.evaluate(() => window.casefile.listSuggestionGroups({ kind: 'person' }));
  const sidorov = groups.find((g) => /Ivan Sidorov/.test(g.label));
  expect(sidorov?.suggestions.map((s) => s.sourceTitle).sort()).toEqual(['First report', 'Second report']);
  // The outlet and the date are each one group with both spans too.
  for (const kind of ['outlet', 'date'] as const) {
    const same = await page.evaluate((k) => window.casefile.listSuggestionGroups({ kind: k }), kind);
    expect(
      same.map((g) => g.suggestions.length),
      kind,
    ).toEqual([2]);
  }

  await shell.goTo('Suggestions');
  const review = new ReviewScreen(page);
  await review.waitFor();
  await review.filterKind('person');
  await expect(review.list.getByRole('row').filter({ hasText: 'Ivan Sidorov' })).toHaveCount(1);
  await review.list.getByRole('row').filter({ hasText: 'Ivan Sidorov' }).click();
  await expect(review.currentTitle).toContainText('Ivan Sidorov');
  // Both spans, each shown in its own source text.
  for (const [i, title] of ['First report', 'Second report'].entries()) {
    const button = review.panel.getByRole('button', { name: `Show span ${i + 1} of 2: ${title}` });
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await expect(review.currentSpan).toHaveText(/Ivan Sidorov/);
  }
  await review.panel.focus();
  await review.press('accept');
  await expect
    .poll(
      async () =>
        (await page.evaluate(() => window.casefile.listSuggestions({ kind: 'person', status: 'all' }))).filter(
          (s) => /Ivan Sidorov/.test(s.excerpt ?? '') && s.status === 'accepted',
        ).length,
    )
    .toBe(2);
  const people = await page.evaluate(() => window.casefile.listPeople({}));
  expect(people.filter((p) => /Ivan Sidorov/.test(p.name))).toHaveLength(1);
});
