/**
 * Crime categories → Rome Statute provisions and Elements of Crimes short titles, for the report. A thin
 * adapter over the shipped taxonomy (resources/taxonomy.json via core/ops/taxonomy), so the PDF and the
 * case screens always name provisions the same way. Short titles have no legal effect (Elements of Crimes,
 * General Introduction para. 10) and the export says so.
 */
import { CRIME_CATEGORIES, type CrimeCategory } from '../../shared/domain';
import { categoryLabel as label, defaultProvisions as provisions, provisionTitle } from '../ops/taxonomy';

const isCategory = (c: string): c is CrimeCategory => (CRIME_CATEGORIES as readonly string[]).includes(c);

/** Report order: the taxonomy's order (killings first … other last); unknown ids at the end. */
export function categoryRank(category: string): number {
  const i = (CRIME_CATEGORIES as readonly string[]).indexOf(category);
  return i < 0 ? CRIME_CATEGORIES.length : i;
}

export function categoryLabel(category: string): string {
  return isCategory(category) ? label(category) : category;
}

export function shortTitle(provision: string): string | null {
  const t = provisionTitle(provision);
  return t === 'not in the shipped taxonomy' ? null : t;
}

export function defaultProvisions(category: string): string[] {
  return isCategory(category) ? provisions(category) : [];
}
