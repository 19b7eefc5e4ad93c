/** Ctrl/Cmd+K: case-wide search. */
import { expect, type Locator, type Page } from '@playwright/test';

export class SearchPalette {
  readonly dialog: Locator;
  readonly input: Locator;
  readonly hits: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Search the case' });
    this.input = this.dialog.getByRole('combobox', { name: 'Search the case' });
    this.hits = this.dialog.getByRole('option');
  }

  async open(): Promise<void> {
    await this.page.keyboard.press('Control+k');
    await expect(this.input).toBeFocused();
  }

  async find(query: string): Promise<void> {
    await this.input.fill(query);
    await expect(this.hits.first()).toBeVisible();
  }
}
