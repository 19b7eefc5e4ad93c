/** One allegation (#/allegations/<id> or /new): the form, evidence with grades, elements checklist, merge/split/delete. */
import { expect, type Locator, type Page } from '@playwright/test';

export class AllegationEditor {
  readonly form: Locator;
  readonly category: Locator;
  readonly status: Locator;
  readonly description: Locator;
  readonly place: Locator;
  readonly dateValue: Locator;
  readonly precision: Locator;
  readonly perpetrators: Locator;
  readonly victimStatus: Locator;
  readonly otherProvisions: Locator;
  readonly save: Locator;
  readonly create: Locator;
  readonly sourceToLink: Locator;
  readonly linkSource: Locator;
  readonly elementsSummary: Locator;
  readonly mergeChoice: Locator;
  readonly merge: Locator;
  readonly deleteButton: Locator;
  readonly confirmDelete: Locator;
  readonly corroboration: Locator;
  readonly split: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole('form', { name: 'Allegation' });
    this.category = this.form.getByRole('combobox', { name: 'Category', exact: true });
    this.status = this.form.getByRole('combobox', { name: 'Status', exact: true });
    this.description = this.form.getByRole('textbox', { name: 'Description', exact: true });
    this.place = this.form.getByRole('textbox', { name: 'Place', exact: true });
    this.dateValue = this.form.getByRole('textbox', { name: 'Date', exact: true });
    this.precision = this.form.getByRole('combobox', { name: 'Precision', exact: true });
    this.perpetrators = this.form.getByRole('textbox', { name: 'Alleged perpetrators', exact: true });
    this.victimStatus = this.form.getByRole('combobox', { name: 'Victim status', exact: true });
    this.otherProvisions = this.form.getByText('Other provisions');
    this.save = page.getByRole('button', { name: 'Save allegation' });
    this.create = page.getByRole('button', { name: 'Create allegation' });
    this.sourceToLink = page.getByLabel('Source to link');
    this.linkSource = page.getByRole('button', { name: 'Link source as evidence' });
    this.elementsSummary = page.getByTestId('elements-summary');
    this.mergeChoice = page.getByLabel('Allegation to merge into this one');
    this.merge = page.getByRole('button', { name: 'Merge into this allegation' });
    this.deleteButton = page.getByRole('button', { name: 'Delete allegation…' });
    this.confirmDelete = page.getByRole('button', { name: 'Delete for good' });
    this.corroboration = page.getByTestId('corroboration');
    this.split = page.getByRole('button', { name: 'Split off the chosen evidence' });
  }

  async waitFor(): Promise<void> {
    await expect(this.form).toBeVisible();
  }

  /** The allegation's id from the address (#/allegations/<id>). */
  async id(): Promise<string> {
    await expect(this.page).toHaveURL(/#\/allegations\/alg_/);
    return /#\/allegations\/(alg_\w+)/.exec(this.page.url())![1];
  }

  provision(code: string): Locator {
    return this.form.getByRole('checkbox', { name: new RegExp(`^${code.replace(/[()]/g, '\\$&')} `) });
  }

  liability(name: string): Locator {
    return this.form.getByRole('combobox', { name: `Mode of liability of ${name}`, exact: true });
  }

  reliability(n: number): Locator {
    return this.page.getByLabel(`Source reliability of evidence ${n}`);
  }

  credibility(n: number): Locator {
    return this.page.getByLabel(`Information credibility of evidence ${n}`);
  }

  grade(n: number): Locator {
    return this.page.getByLabel(`Grade of evidence ${n}`);
  }

  /** The checkbox that moves evidence n (1-based) to the new allegation when splitting. */
  splitChoice(n: number): Locator {
    return this.page
      .getByRole('group', { name: 'Split: move evidence to a new allegation' })
      .getByRole('checkbox', { name: new RegExp(`^Evidence ${n}:`) });
  }

  /** The evidence listed under Evidence, by source title. */
  evidence(): Locator {
    return this.page.locator('.evidence-list > li');
  }

  /** The origin field of evidence n (1-based) and the button that sets it. */
  origin(n: number): Locator {
    return this.page.getByRole('combobox', { name: `Origin of evidence ${n}`, exact: true });
  }

  setOrigin(n: number): Locator {
    return this.page.getByRole('button', { name: `Set origin of evidence ${n}` });
  }

  /** The origins the allegation's links carry, listed under the evidence. */
  origins(): Locator {
    return this.page.getByRole('region', { name: 'Origins' }).locator('li');
  }

  async renameOrigin(from: string, to: string): Promise<void> {
    await this.page.getByRole('button', { name: `Rename origin ${from}`, exact: true }).click();
    await this.page.getByRole('textbox', { name: `New name of origin ${from}`, exact: true }).fill(to);
    await this.page.getByRole('region', { name: 'Origins' }).getByRole('button', { name: 'Rename', exact: true }).click();
  }

  element(code: string, id: string): Locator {
    return this.page.locator(`[data-provision="${code}"] [data-element="${id}"]`);
  }

  /** Link evidence (an option label, e.g. /^Evidence 1/) to one element, saying how far it goes. */
  async linkElement(code: string, id: string, evidence: RegExp, support: 'partly' | 'establishes it'): Promise<void> {
    const select = this.page.getByLabel(`Evidence for ${code} ${id}`);
    const option = select.locator('option').filter({ hasText: evidence }).first();
    await select.selectOption({ label: (await option.textContent())!.trim() });
    await this.page.getByLabel(`How far for ${code} ${id}`).selectOption({ label: support });
    await this.page.getByRole('button', { name: `Link evidence to ${code} ${id}` }).click();
  }
}
