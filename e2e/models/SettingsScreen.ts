/** Case settings: the case's name, the passphrase, auto-lock. */
import type { Locator, Page } from '@playwright/test';

export class SettingsScreen {
  readonly heading: Locator;
  readonly caseName: Locator;
  readonly rename: Locator;
  readonly current: Locator;
  readonly next: Locator;
  readonly repeat: Locator;
  readonly change: Locator;
  readonly autoLock: Locator;
  readonly notices: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Case settings' });
    this.caseName = page.getByLabel('Name of the case', { exact: true });
    this.rename = page.getByRole('button', { name: 'Rename case' });
    this.current = page.getByLabel('Current passphrase');
    this.next = page.getByLabel('New passphrase', { exact: true });
    this.repeat = page.getByLabel('Repeat the new passphrase');
    this.change = page.getByRole('button', { name: 'Change passphrase' });
    this.autoLock = page.getByLabel('Lock when idle for');
    this.notices = page.getByRole('status');
  }
}
