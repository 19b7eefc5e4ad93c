/** The case overview: counts (links to their sections), profile, asylum, allegations, timeline. */
import { expect, type Locator, type Page } from '@playwright/test';

export type Stat = 'sources' | 'allegations' | 'statements' | 'suggestions' | 'exports';

export class OverviewScreen {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Overview' });
  }

  stat(name: Stat): Locator {
    return this.page.getByTestId(`stat-${name}`);
  }

  async count(name: Stat): Promise<number> {
    const text = (await this.stat(name).locator('.stat-value').textContent()) ?? '';
    return Number(text);
  }

  async expectCount(name: Stat, value: number): Promise<void> {
    await expect(this.stat(name).locator('.stat-value')).toHaveText(String(value));
  }

  async waitFor(): Promise<void> {
    await expect(this.heading).toBeVisible();
  }
}
