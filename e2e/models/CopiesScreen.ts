/** Backup and hand-over: a backup of the open case, a copy for a colleague under a new passphrase. */
import type { Locator, Page } from '@playwright/test';

export class CopiesScreen {
  readonly heading: Locator;
  readonly backupPassphrase: Locator;
  readonly backUp: Locator;
  readonly backupResult: Locator;
  readonly handoverPassphrase: Locator;
  readonly recipient: Locator;
  readonly colleague: Locator;
  readonly colleagueRepeat: Locator;
  readonly acceptWeak: Locator;
  readonly handOver: Locator;
  readonly handoverResult: Locator;
  readonly alerts: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Backup and hand-over', level: 1 });
    this.backupPassphrase = page.getByLabel('Case passphrase', { exact: true });
    this.backUp = page.getByRole('button', { name: 'Back up to a file…' });
    this.backupResult = page.getByRole('status').filter({ has: page.getByRole('heading', { name: 'Backup written and verified' }) });
    this.handoverPassphrase = page.getByLabel('Your passphrase for this case');
    this.recipient = page.getByLabel('Colleague’s name');
    this.colleague = page.getByLabel('Colleague’s passphrase', { exact: true });
    this.colleagueRepeat = page.getByLabel('Repeat the colleague’s passphrase');
    this.acceptWeak = page.getByLabel(/I understand this passphrase is weak/);
    this.handOver = page.getByRole('button', { name: 'Hand over to a file…' });
    this.handoverResult = page
      .getByRole('status')
      .filter({ has: page.getByRole('heading', { name: 'Hand-over copy written and verified' }) });
    this.alerts = page.getByRole('alert');
  }

  /** The SHA-256 a result card shows. */
  async shownSha256(result: Locator): Promise<string> {
    return (await result.getByTestId('copy-sha256').textContent()) ?? '';
  }

  /** The value of a result line ("Custody (this case)", "Signing key", …). */
  line(result: Locator, term: string): Locator {
    return result.locator('.result-list > div', { has: this.page.locator('dt', { hasText: term }) }).locator('dd');
  }
}
