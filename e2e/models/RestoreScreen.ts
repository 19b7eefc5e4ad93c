/** Restore a backup, from the start screen. */
import type { Locator, Page } from '@playwright/test';

export class RestoreScreen {
  readonly heading: Locator;
  readonly chooseBackup: Locator;
  readonly backup: Locator;
  readonly passphrase: Locator;
  readonly chooseDest: Locator;
  readonly dest: Locator;
  readonly replace: Locator;
  readonly restore: Locator;
  readonly back: Locator;
  readonly result: Locator;
  readonly openRestored: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Restore a backup', level: 1 });
    this.chooseBackup = page.getByRole('button', { name: /^Choose (the|another) backup…/ });
    this.backup = page.getByTestId('restore-backup');
    this.passphrase = page.getByLabel('Passphrase of the backup');
    this.chooseDest = page.getByRole('button', { name: /^Choose (where to put it|another place)…/ });
    this.dest = page.getByTestId('restore-dest');
    this.replace = page.getByLabel(/^Replace it/);
    this.restore = page.getByRole('button', { name: 'Restore', exact: true });
    this.back = page.getByRole('button', { name: 'Back', exact: true });
    this.result = page.getByRole('status').filter({ has: page.getByRole('heading', { name: 'Restored and verified' }) });
    this.openRestored = page.getByRole('button', { name: 'Open the restored case' });
  }

  /** The error shown next to a part of the form ("Backup", "Restore to", or a field's label). */
  problemAt(part: 'Backup' | 'Restore to'): Locator {
    return this.page.locator('.field', { has: this.page.locator('.label', { hasText: new RegExp(`^${part}$`) }) }).locator('.field-error');
  }
}
