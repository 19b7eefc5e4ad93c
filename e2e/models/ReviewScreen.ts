/** The suggestions review: a list of groups, the current one's span in its source text, keys to decide. */
import { expect, type Locator, type Page } from '@playwright/test';

export type ReviewKey = 'next' | 'previous' | 'accept' | 'edit' | 'reject' | 'undo' | 'toggle-kind' | 'bulk';
const KEYS: Record<ReviewKey, string> = {
  next: 'j',
  previous: 'k',
  accept: 'a',
  edit: 'e',
  reject: 'r',
  undo: 'z',
  'toggle-kind': 'o',
  bulk: 'b',
};

export class ReviewScreen {
  readonly heading: Locator;
  readonly list: Locator;
  readonly panel: Locator;
  readonly currentTitle: Locator;
  readonly currentSpan: Locator;
  readonly spanText: Locator;
  readonly status: Locator;
  readonly kindFilter: Locator;
  readonly sourceFilter: Locator;
  readonly showFilter: Locator;
  readonly acceptButton: Locator;
  readonly editButton: Locator;
  readonly rejectButton: Locator;
  readonly undoButton: Locator;
  readonly bulkButton: Locator;
  readonly rejectReason: Locator;
  readonly bulkDialog: Locator;
  readonly bulkSummary: Locator;
  /** A decided group: what was decided, and the controls to change or delete the decision. */
  readonly decision: Locator;
  readonly changeDecision: Locator;
  readonly newDecision: Locator;
  readonly confirmChange: Locator;
  readonly deleteDecision: Locator;
  readonly confirmDelete: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Suggestions', exact: true });
    this.list = page.getByRole('grid', { name: 'Suggestions to review' });
    this.panel = page.getByRole('region', { name: 'Current suggestion' });
    this.currentTitle = this.panel.getByRole('heading', { level: 2 });
    this.currentSpan = this.panel.getByTestId('current-span');
    this.spanText = this.panel.getByTestId('span-text');
    this.status = page.getByTestId('review-status');
    this.kindFilter = page.getByLabel('Kind', { exact: true });
    this.sourceFilter = page.getByLabel('Source', { exact: true });
    this.showFilter = page.getByLabel('Show', { exact: true });
    this.acceptButton = page.getByRole('button', { name: 'Accept suggestion' });
    this.editButton = page.getByRole('button', { name: 'Edit, then accept' });
    this.rejectButton = page.getByRole('button', { name: 'Reject suggestion' });
    this.undoButton = page.getByRole('button', { name: /^Undo last/ });
    this.bulkButton = page.getByRole('button', { name: 'Accept all of this kind…' });
    this.rejectReason = page.getByLabel('Reason for rejecting (optional)');
    this.bulkDialog = page.getByRole('dialog', { name: /^Accept all/ });
    this.bulkSummary = page.getByTestId('bulk-summary');
    this.decision = this.panel.getByTestId('decision');
    this.changeDecision = this.panel.getByRole('button', { name: 'Change decision…' });
    this.newDecision = this.panel.getByLabel('New decision', { exact: true });
    this.confirmChange = this.panel.getByRole('button', { name: 'Confirm change' });
    this.deleteDecision = this.panel.getByRole('button', { name: 'Delete decision…' });
    this.confirmDelete = this.panel.getByRole('button', { name: 'Delete decision', exact: true });
  }

  async waitFor(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.currentTitle).toBeVisible();
  }

  /** Press the review key for `what` (the keys work wherever focus is, outside text fields). */
  async press(what: ReviewKey): Promise<void> {
    await this.page.keyboard.press(KEYS[what]);
  }

  /** A field of the edit form, by its label. */
  field(label: string): Locator {
    return this.panel.getByLabel(label, { exact: true });
  }

  /** What the panel's heading says (kind and label of the current group). */
  async currentLabel(): Promise<string> {
    return ((await this.currentTitle.textContent()) ?? '').trim();
  }

  /** Show the groups waiting for review, or all of them (decided too), and wait until that list is in. */
  async show(which: 'pending' | 'all'): Promise<void> {
    await this.showFilter.selectOption(which);
    await expect(this.panel).not.toHaveAttribute('aria-busy', 'true');
  }

  /**
   * Filter by kind, and wait until the panel shows a group of that kind (or that none is left). A key
   * pressed before the new list arrives acts on whatever the panel showed before, or on nothing: that is
   * how `accessible-names` once pressed E and found no edit form.
   */
  async filterKind(kind: string): Promise<void> {
    await this.kindFilter.selectOption(kind);
    await expect(this.panel).not.toHaveAttribute('aria-busy', 'true');
    if (kind) await expect(this.panel.locator('h2 .kind-badge, p.empty').first()).toHaveClass(new RegExp(`\\bkind-${kind}\\b|\\bempty\\b`));
  }
}
