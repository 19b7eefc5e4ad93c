/** The allegations list (#/allegations): chart, table, filters, grouping, column choice. */
import { expect, type Locator, type Page } from '@playwright/test';

export class AllegationsScreen {
  readonly heading: Locator;
  readonly table: Locator;
  readonly search: Locator;
  readonly category: Locator;
  readonly status: Locator;
  readonly groupByCategory: Locator;
  readonly columns: Locator;
  readonly newAllegation: Locator;
  readonly chart: Locator;
  /** "50000 rows", or "12 of 50000 rows" when filtered. */
  readonly count: Locator;
  /** The row the keyboard is on. */
  readonly activeRow: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Allegations', level: 1 });
    this.table = page.getByRole('grid', { name: 'Allegations' });
    this.search = page.getByLabel('Search allegations');
    this.category = page.getByRole('combobox', { name: 'Category', exact: true });
    this.status = page.getByRole('combobox', { name: 'Status', exact: true });
    this.groupByCategory = page.getByRole('checkbox', { name: 'Group by category' });
    this.columns = page.locator('.column-choice summary');
    this.newAllegation = page.getByRole('button', { name: 'New allegation' });
    this.chart = page.getByTestId('chart-by-category');
    this.count = page.locator('.table-count');
    this.activeRow = this.table.locator('tbody tr[aria-selected="true"]');
  }

  async waitFor(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.table).toBeVisible();
  }

  /** Data rows (not group headings) that contain `text`. */
  row(text: string | RegExp): Locator {
    return this.table.locator('tbody tr[data-row-id]').filter({ hasText: text });
  }

  /** The grid's row at `index` (0 = first under the headings; group headings count), once its data is in. */
  dataRow(index: number): Locator {
    return this.table.locator(`tbody tr[data-index="${index}"][data-row-id]`);
  }

  /** Scroll the table to a fraction of its height (0 top, 1 bottom). */
  async scrollTo(fraction: number): Promise<void> {
    await this.page.locator('.table-scroll').evaluate((el, f) => {
      el.scrollTop = f * (el.scrollHeight - el.clientHeight);
    }, fraction);
  }

  /**
   * Scroll to a fraction of the height until `row` is drawn (rows are measured as they appear, so the
   * height, and where "the bottom" is, can move once after a jump).
   */
  async scrollUntil(fraction: number, row: Locator): Promise<void> {
    await expect(async () => {
      await this.scrollTo(fraction);
      await expect(row).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
  }

  /** The index of the first row drawn (the virtual window's start). */
  async firstRenderedIndex(): Promise<number> {
    const first = this.table.locator('tbody tr[data-index]').first();
    await expect(first).toBeVisible();
    return Number(await first.getAttribute('data-index'));
  }

  groupRows(): Locator {
    return this.table.locator('tbody tr.group-row');
  }

  header(label: string): Locator {
    return this.table.getByRole('columnheader', { name: label });
  }

  async showColumn(label: string, shown: boolean): Promise<void> {
    await this.columns.click();
    await this.page.locator('.column-choice').getByRole('checkbox', { name: label, exact: true }).setChecked(shown);
    await this.columns.click();
  }
}
