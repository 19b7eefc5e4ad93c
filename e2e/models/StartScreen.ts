/** The start screen: recent files, New / Open / demo. */
import { expect, type Locator, type Page } from '@playwright/test';

export class StartScreen {
  readonly heading: Locator;
  readonly newCaseButton: Locator;
  readonly openCaseButton: Locator;
  readonly demoButton: Locator;
  readonly restoreButton: Locator;
  readonly keepRecent: Locator;
  readonly noRecent: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Recent case files' });
    this.newCaseButton = page.getByRole('button', { name: /New case file/ });
    this.openCaseButton = page.getByRole('button', { name: /Open case file/ });
    this.demoButton = page.getByRole('button', { name: /Open the demo case/ });
    this.restoreButton = page.getByRole('button', { name: /^Restore a backup…/ });
    this.keepRecent = page.getByLabel('Keep a list of recent files');
    this.noRecent = page.getByText('No recent case files.');
  }

  recent(fileName: string): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^${fileName.replace(/\./g, '\\.')}`) });
  }

  removeRecent(fileName: string): Locator {
    return this.page.getByRole('button', { name: `Remove ${fileName} from the list` });
  }

  async waitFor(): Promise<void> {
    await expect(this.heading).toBeVisible();
  }

  /** Build the demo case from the seeds and wait for its overview (the whole import pipeline runs). */
  async openDemo(): Promise<void> {
    await this.demoButton.click();
    await expect(this.page.getByRole('heading', { name: 'Overview' })).toBeVisible({ timeout: 280_000 });
  }
}
