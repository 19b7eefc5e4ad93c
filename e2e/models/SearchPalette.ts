/** Ctrl/Cmd+K: case-wide search. */
import { expect, type Locator, type Page } from '@playwright/test';

/** The kind words the palette shows on each hit. */
export type HitKind = 'Source' | 'Statement' | 'Allegation' | 'Person' | 'Event';

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

  /** The hit of this kind whose title is `title`. */
  hit(kind: HitKind, title: string): Locator {
    return this.hits.filter({ has: this.page.locator('.hit-kind', { hasText: new RegExp(`^${kind}$`) }) }).filter({
      has: this.page.locator('.hit-title', { hasText: title }),
    });
  }

  /** Choose a hit with the keyboard only: ↓ until it is the selected option, then Enter. */
  async choose(kind: HitKind, title: string): Promise<void> {
    const target = this.hit(kind, title);
    await expect(target).toHaveCount(1);
    const count = await this.hits.count();
    await this.input.focus();
    for (let i = 0; i < count && (await target.getAttribute('aria-selected')) !== 'true'; i++) await this.page.keyboard.press('ArrowDown');
    await expect(target).toHaveAttribute('aria-selected', 'true');
    await this.page.keyboard.press('Enter');
    await expect(this.dialog).toBeHidden();
  }
}
