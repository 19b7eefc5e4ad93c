/**
 * Stage 4 of the import pipeline: suggestions from clean text (DESIGN §4). Every item carries a span
 * [start, end) into `text` (JavaScript string indices). Suggestions are never facts until accepted.
 * (Interface fixed by the lead; the body is the extraction work.)
 */
import type { DatePrecision } from '../../../shared/domain';
import type { Reading } from '../../../shared/reading';

export interface SuggestInput {
  text: string;
  /** ISO 639-1 code from the describe stage, or null when unknown. */
  language: string | null;
  title: string | null;
  /** The article's own date, used to resolve "3. August" or "Friday" to a full date. */
  publishedAt: { date: string | null; precision: DatePrecision } | null;
}

export type Suggestions = Pick<Reading, 'subject' | 'people' | 'quotes' | 'dates' | 'allegations' | 'asylum' | 'places' | 'countries' | 'citedOutlets'>;

export function suggest(_input: SuggestInput): Suggestions {
  return { subject: null, people: [], quotes: [], dates: [], allegations: [], asylum: [], places: [], countries: [], citedOutlets: [] };
}
