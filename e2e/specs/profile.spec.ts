import { expect, test } from '../fixtures';
import { ProfileCard } from '../models/ProfileCard';
import { createCase, lock, screenshot, unlock } from '../pages';

test('edit the profile; sensitive fields stay masked until revealed', async ({ app }) => {
  const { page } = app;
  const profileCard = new ProfileCard(page);
  await createCase(app, { title: 'Case S-14' });
  await profileCard.edit.click();
  await profileCard.field('Full name').fill('Ivan Petrovich Sidorov');
  await profileCard.field('Rank').fill('Senior lieutenant');
  await profileCard.field('Unit').fill('Military unit 12345');
  await profileCard.field('Age').fill('29');
  // Current location is sensitive by default: it must be revealed before it can be typed.
  await page.getByRole('button', { name: 'Reveal Current location to edit' }).click();
  await profileCard.field('Current location').fill('Safe house, city withheld');
  await page.getByRole('button', { name: 'Add alias' }).click();
  await page.getByLabel('Alias 1', { exact: true }).fill('Vanya');
  await page.getByLabel('Kind of alias 1').selectOption('call-sign');
  // Mark the unit sensitive too: each field's checkbox has its own accessible name.
  await profileCard.sensitive('Unit').check();
  await page.getByRole('button', { name: 'Save profile' }).click();

  await expect(page.getByRole('heading', { name: 'Profile' })).toBeVisible();
  await expect(page.getByText('Ivan Petrovich Sidorov')).toBeVisible();
  await expect(page.getByText('Vanya')).toBeVisible();
  // Masked on screen: the value is not in the page at all until revealed.
  await expect(page.getByLabel('Current location is hidden')).toBeVisible();
  expect(await page.content()).not.toContain('Safe house');
  expect(await page.content()).not.toContain('Military unit 12345');
  await screenshot(app, 'overview');
  await page.getByRole('button', { name: 'Reveal Current location' }).click();
  await expect(page.getByText('Safe house, city withheld')).toBeVisible();
  await page.getByRole('button', { name: 'Hide sensitive' }).click();
  expect(await page.content()).not.toContain('Safe house');

  // Saved in the case file, not just on screen: lock, unlock, read it back through the service.
  await lock(app);
  await unlock(app);
  await expect(page.getByText('Ivan Petrovich Sidorov')).toBeVisible();
  const profile = await page.evaluate(() => window.casefile.getProfile({}));
  expect(profile).toMatchObject({
    fullName: 'Ivan Petrovich Sidorov',
    rank: 'Senior lieutenant',
    unit: 'Military unit 12345',
    age: 29,
    currentLocation: 'Safe house, city withheld',
    aliases: [{ name: 'Vanya', kind: 'call-sign' }],
  });
  expect(profile.sensitive).toEqual(expect.arrayContaining(['currentLocation', 'contacts', 'family', 'unit']));
});

test('an invalid age is explained, not saved', async ({ app }) => {
  const { page } = app;
  await createCase(app);
  const profileCard = new ProfileCard(page);
  await profileCard.edit.click();
  await profileCard.field('Age').fill('two hundred');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('alert')).toContainText('Age must be a whole number');
  // Next to the field it concerns, which is marked invalid.
  await expect(profileCard.field('Age')).toHaveAttribute('aria-invalid', 'true');
  await expect(profileCard.field('Age')).toHaveAccessibleDescription(/Age must be a whole number/);
  expect((await page.evaluate(() => window.casefile.getProfile({}))).age).toBeNull();
});
