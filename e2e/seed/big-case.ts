/**
 * The generated case of the 50,000-allegation spec, as data: allegation i of it, worked out the same way
 * by the seeding child (e2e/seed/fifty-thousand.ts) and by the spec that checks what the table shows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const N = 50_000;
const taxonomy = JSON.parse(readFileSync(join(import.meta.dirname, '../../resources/taxonomy.json'), 'utf8')) as {
  categories: { id: string; label: string; provisions: string[] }[];
};
export const CATEGORIES = taxonomy.categories;
export const STATUSES = ['alleged', 'corroborated', 'disputed', 'retracted'];
export const PLACES = ['Bucha', 'Izium', 'Olenivka', 'Mariupol', 'Kherson', 'Бахмут', 'Irpin'];
const DAY = 86_400_000;
const START = Date.UTC(2022, 0, 1);

export interface Seeded {
  id: string;
  i: number;
  category: string;
  label: string;
  description: string;
  date: string;
  status: string;
}

/** Allegation i of the generated case: categories and statuses in turn, dates spread over 1,000 days. */
export function allegation(i: number): Seeded {
  const c = CATEGORIES[i % CATEGORIES.length];
  return {
    id: `alg_big_${String(i).padStart(5, '0')}`,
    i,
    category: c.id,
    label: c.label,
    description: `A-${String(i).padStart(5, '0')} ${c.label.toLowerCase()} reported near ${PLACES[i % PLACES.length]}`,
    date: new Date(START + ((i * 7919) % 1000) * DAY).toISOString().slice(0, 10),
    status: STATUSES[i % STATUSES.length],
  };
}

/** The evidence of allegation i: one source, and a second, different one for every fifth (indexes of the three sources). */
export const sourcesOf = (i: number): number[] => (i % 5 === 0 ? [i % 3, (i + 1) % 3] : [i % 3]);
