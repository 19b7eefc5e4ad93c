/** Dates as honest as their source, in words: "March 2022 (month)", "2022 (year)", "date unknown". */
import type { FuzzyDate } from '../../../shared/domain';

export function dateLabel(d: Pick<FuzzyDate, 'text' | 'value' | 'end' | 'precision'>): string {
  if (!d.value) return d.text ? `“${d.text}” (undated)` : 'date unknown';
  const range = d.end ? `${d.value}–${d.end}` : d.value;
  return d.precision === 'day' ? range : `${range} (${d.precision})`;
}
