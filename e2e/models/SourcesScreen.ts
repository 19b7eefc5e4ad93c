/** The sources list: import by picker, by drop, by paste; the batch panel; the sources table. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import type { AppHarness } from '../harness/types';

export class SourcesScreen {
  readonly heading: Locator;
  readonly importButton: Locator;
  readonly pasteButton: Locator;
  readonly view: Locator;
  readonly batch: Locator;
  readonly cancelImport: Locator;
  readonly table: Locator;
  readonly filter: Locator;
  readonly pasteText: Locator;
  readonly pasteTitle: Locator;
  readonly addPasted: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Sources', level: 1 });
    this.importButton = page.getByRole('button', { name: 'Import files…' });
    this.pasteButton = page.getByRole('button', { name: 'Paste text…' });
    this.view = page.getByTestId('sources-view');
    this.batch = page.getByTestId('import-batch');
    this.cancelImport = page.getByRole('button', { name: 'Cancel import' });
    this.table = page.getByRole('grid', { name: 'Sources' });
    this.filter = page.getByLabel('Filter sources');
    this.pasteText = page.getByLabel('Pasted text', { exact: true });
    this.pasteTitle = page.getByLabel('Title (optional)');
    this.addPasted = page.getByRole('button', { name: 'Add as source' });
  }

  batchItem(fileName: string): Locator {
    return this.batch.locator('li', { hasText: fileName });
  }

  row(text: string | RegExp): Locator {
    return this.table.getByRole('row').filter({ hasText: text });
  }

  /**
   * A finished batch stays on screen, and its "Import finished" would be taken for the next one's: dismiss
   * it first, so that the heading waited for is the new batch's.
   */
  private async dismissFinishedBatch(): Promise<void> {
    const dismiss = this.page.getByRole('button', { name: 'Dismiss', exact: true });
    // Called between imports (none running): the batch panel is either there, finished, or not at all.
    if ((await dismiss.count()) > 0) await dismiss.click();
    await expect(this.batch).toHaveCount(0);
  }

  private async importFinished(count: number): Promise<void> {
    await expect(this.page.getByRole('heading', { name: new RegExp(`^Import finished: \\d+ of ${count} imported`) })).toBeVisible({
      timeout: 120_000,
    });
  }

  /** Import through the native Open dialog (answered with these paths) and wait for the batch to finish. */
  async importByPicker(app: AppHarness, paths: string[]): Promise<void> {
    await this.dismissFinishedBatch();
    await app.answerOpenDialog(...paths);
    await this.importButton.click();
    await this.importFinished(paths.length);
  }

  /** Drop real files on the view: a DataTransfer with their bytes, whose paths the shell (harness) knows. */
  async importByDrop(app: AppHarness, paths: string[]): Promise<void> {
    await this.dismissFinishedBatch();
    await app.answerDrop(paths);
    const files = paths.map((p) => ({ name: basename(p), bytes: [...readFileSync(p)] }));
    const transfer = await this.page.evaluateHandle((list) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([new Uint8Array(f.bytes)], f.name));
      return dt;
    }, files);
    await this.view.dispatchEvent('dragover', { dataTransfer: transfer });
    await this.view.dispatchEvent('drop', { dataTransfer: transfer });
    await this.importFinished(paths.length);
  }

  /** Paste a text as a new source and wait until its source view is open (the import has finished). */
  async paste(text: string, title?: string): Promise<void> {
    await this.pasteButton.click();
    if (title) await this.pasteTitle.fill(title);
    await this.pasteText.fill(text);
    await this.addPasted.click();
    await expect(this.page).toHaveURL(/#\/sources\/[^/]+$/, { timeout: 120_000 });
    await expect(this.page.getByTestId('clean-text')).toBeVisible();
  }
}
