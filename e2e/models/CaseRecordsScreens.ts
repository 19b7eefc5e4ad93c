/** Testimony, people, timeline and asylum screens: the controls the specs use. */
import { expect, type Locator, type Page } from '@playwright/test';

export class TestimonyScreen {
  readonly table: Locator;
  readonly newStatement: Locator;
  readonly original: Locator;
  readonly translation: Locator;
  readonly translationBy: Locator;
  readonly language: Locator;
  readonly speaker: Locator;
  readonly basis: Locator;
  readonly heardFrom: Locator;
  readonly add: Locator;
  readonly save: Locator;
  readonly remove: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('grid', { name: 'Statements' });
    this.newStatement = page.getByRole('button', { name: 'New statement' });
    this.original = page.getByRole('textbox', { name: 'Original', exact: true });
    this.translation = page.getByRole('textbox', { name: /^Translation/ });
    this.translationBy = page.getByRole('combobox', { name: 'Translation by' });
    this.language = page.getByRole('textbox', { name: 'Language of the original' });
    this.speaker = page.getByRole('combobox', { name: 'Speaker', exact: true });
    this.basis = page.getByRole('combobox', { name: 'Basis', exact: true });
    this.heardFrom = page.getByRole('textbox', { name: 'Heard from' });
    this.add = page.getByRole('button', { name: 'Add statement' });
    this.save = page.getByRole('button', { name: 'Save statement' });
    this.remove = page.getByRole('button', { name: 'Delete statement' });
  }

  row(text: string | RegExp): Locator {
    return this.table.locator('tbody tr[data-row-id]').filter({ hasText: text });
  }
}

export class PeopleScreen {
  readonly table: Locator;
  readonly mergeChoice: Locator;
  readonly merge: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('grid', { name: 'People' });
    this.mergeChoice = page.getByLabel('Record to merge into this one');
    this.merge = page.getByRole('button', { name: 'Merge into this record' });
  }

  row(text: string | RegExp): Locator {
    return this.table.locator('tbody tr[data-row-id]').filter({ hasText: text });
  }

  /** The edit form of a record, named after it. */
  form(name: string): Locator {
    return this.page.getByRole('form', { name: `Person ${name}` });
  }
}

export class TimelineScreen {
  readonly svg: Locator;
  readonly title: Locator;
  readonly when: Locator;
  readonly precision: Locator;
  readonly add: Locator;
  readonly undated: Locator;
  /** "Sources that date this event" (shown while an event is edited): those recorded, and adding one. */
  readonly datingSource: Locator;
  readonly datingWords: Locator;
  readonly datingDate: Locator;
  readonly datingPrecision: Locator;
  readonly addDating: Locator;

  constructor(readonly page: Page) {
    this.datingSource = page.getByRole('combobox', { name: 'Source', exact: true });
    this.datingWords = page.getByRole('textbox', { name: 'Where the source says when' });
    this.datingDate = page.getByRole('textbox', { name: 'Date the source gives' });
    this.datingPrecision = page.getByRole('combobox', { name: 'Precision of the source’s date' });
    this.addDating = page.getByRole('button', { name: 'Add the source’s date' });
    this.svg = page.getByTestId('timeline-svg');
    this.title = page.getByRole('textbox', { name: 'Event', exact: true });
    this.when = page.getByRole('textbox', { name: 'When' });
    this.precision = page.getByRole('combobox', { name: 'How precise' });
    this.add = page.getByRole('button', { name: 'Add event' });
    this.undated = page.getByTestId('undated-events');
  }

  /**
   * Add an event with the form and wait until the list under the line shows it and the form is empty again
   * (the add has gone through): the service and the screen both hold it then.
   */
  async addEvent(title: string, when: string, precision: string): Promise<void> {
    await this.title.fill(title);
    await this.when.fill(when);
    await this.precision.selectOption(precision);
    await this.add.click();
    await expect(this.titled(title)).toHaveCount(1);
    await expect(this.title).toHaveValue('');
  }

  /** An event's entry in the list under the line, by its title. */
  titled(title: string): Locator {
    return this.page.locator('.event-list > li').filter({ has: this.page.locator('strong').getByText(title, { exact: true }) });
  }

  /** The drawn bar of an event. */
  bar(eventId: string): Locator {
    return this.svg.locator(`[data-event-id="${eventId}"] rect`);
  }

  /** An event's entry in the list under the line. */
  entry(eventId: string): Locator {
    return this.page.locator(`.event-list li[data-event-id="${eventId}"]`);
  }

  /** The sources listed under an event, each with the date it gives. */
  sourcesOf(eventId: string): Locator {
    return this.entry(eventId).locator('.event-sources > li');
  }

  /** The Edit button of an event in the list. */
  edit(eventId: string): Locator {
    return this.entry(eventId).getByRole('button', { name: /^Edit event/ });
  }

  /** While an event is edited: the sources recorded as dating it, and the button that takes source n (1-based) off it. */
  recordedSources(title: string): Locator {
    return this.page.getByRole('list', { name: `Sources recorded as dating ${title}`, exact: true }).getByRole('listitem');
  }

  removeSource(n: number): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^Remove source ${n}: `) });
  }

  /** The event the view's address names (#/timeline/<id>). */
  get current(): Locator {
    return this.page.locator('.event-list li[aria-current="true"]');
  }
}

export class AsylumScreen {
  readonly country: Locator;
  readonly stage: Locator;
  readonly date: Locator;
  readonly precision: Locator;
  readonly authority: Locator;
  readonly add: Locator;
  /** What was disclosed to whom. */
  readonly disclosedTo: Locator;
  readonly disclosedOn: Locator;
  readonly disclosedAtStep: Locator;
  readonly disclosedCountry: Locator;
  readonly disclosedWhat: Locator;
  readonly disclosedItems: Locator;
  readonly recordDisclosure: Locator;
  readonly saveDisclosure: Locator;
  readonly deleteDisclosure: Locator;
  /** Grounds of the claim and risk on return. */
  readonly groundCode: Locator;
  readonly groundNote: Locator;
  readonly addGround: Locator;

  constructor(readonly page: Page) {
    this.groundCode = page.getByRole('combobox', { name: 'Ground or risk' });
    this.groundNote = page.getByRole('textbox', { name: 'What the facts are' });
    this.addGround = page.getByRole('button', { name: 'Add ground or risk' });
    this.country = page.getByRole('textbox', { name: 'Country', exact: true });
    this.stage = page.getByRole('combobox', { name: 'Stage', exact: true });
    this.date = page.getByRole('textbox', { name: 'Date of the step' });
    this.precision = page.getByRole('combobox', { name: 'Date precision' });
    this.authority = page.getByRole('textbox', { name: 'Authority', exact: true });
    this.add = page.getByRole('button', { name: 'Add step' });
    this.disclosedTo = page.getByRole('textbox', { name: 'Disclosed to', exact: true });
    this.disclosedOn = page.getByRole('textbox', { name: 'Disclosed on', exact: true });
    this.disclosedAtStep = page.getByRole('combobox', { name: 'At the step', exact: true });
    this.disclosedCountry = page.getByRole('textbox', { name: 'In the country', exact: true });
    this.disclosedWhat = page.getByRole('textbox', { name: 'What was disclosed', exact: true });
    this.disclosedItems = page.getByRole('textbox', { name: 'Items handed over', exact: true });
    this.recordDisclosure = page.getByRole('button', { name: 'Record disclosure' });
    this.saveDisclosure = page.getByRole('button', { name: 'Save disclosure' });
    this.deleteDisclosure = page.getByRole('button', { name: 'Delete disclosure' });
  }

  /** The disclosures listed in a country's section (or, with null, those not tied to a country). */
  disclosures(country: string | null): Locator {
    const where = country
      ? this.page.locator(`[data-country="${country}"]`)
      : this.page.getByRole('region', { name: 'Disclosures not tied to a country' });
    return where.locator('.disclosures > li');
  }

  steps(country: string): Locator {
    return this.page.locator(`[data-country="${country}"] .stepper .step`);
  }

  grounds(): Locator {
    return this.page.getByTestId('asylum-grounds').locator('li');
  }
}
