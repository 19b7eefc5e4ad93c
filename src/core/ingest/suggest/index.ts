/**
 * Stage 4 of the import pipeline: suggestions from clean text (DESIGN §4). Every item carries a span
 * [start, end) into `text` (JavaScript string indices). Suggestions are never facts until accepted.
 * (Interface fixed by the lead; the body is the extraction work.)
 *
 * Pure string processing, deterministic: vocabularies per language (./vocabulary) feed small extractors,
 * run in dependency order — people before the subject, the subject before quote speakers, speakers before
 * the basis of allegations.
 */
import type { DatePrecision } from '../../../shared/domain';
import type { Reading } from '../../../shared/reading';
import { findAllegations } from './allegations';
import { findAsylum } from './asylum';
import { makeContext } from './context';
import { countryCodes, countryMentions } from './countries';
import { findDates } from './dates';
import { findOutlets } from './outlets';
import { findPeople } from './people';
import { findPlaces } from './places';
import { rawQuotes } from './quotes';
import { attributeQuotes } from './speakers';
import { findSubject } from './subject';

export interface SuggestInput {
  text: string;
  /** ISO 639-1 code from the describe stage, or null when unknown. */
  language: string | null;
  title: string | null;
  /** The article's own date, used to resolve "3. August" or "Friday" to a full date. */
  publishedAt: { date: string | null; precision: DatePrecision } | null;
}

export type Suggestions = Pick<
  Reading,
  'subject' | 'people' | 'quotes' | 'dates' | 'allegations' | 'asylum' | 'places' | 'countries' | 'citedOutlets'
>;

export function suggest(input: SuggestInput): Suggestions {
  const ctx = makeContext(input.text, input.language, input.title, input.publishedAt);
  const countries = countryMentions(ctx);
  const { subject, people } = findSubject(ctx, findPeople(ctx));
  const quotes = attributeQuotes(ctx, rawQuotes(ctx), people, subject);
  return {
    subject: subject && {
      name: subject.name,
      aliases: subject.aliases,
      rank: subject.rank,
      affiliation: subject.affiliation,
      age: subject.age,
      start: subject.start,
      end: subject.end,
    },
    people: people
      .filter((p) => p !== subject?.person && !p.callSign)
      .map((p) => ({ name: p.name, role: p.role, start: p.mentions[0].start, end: p.mentions[0].end })),
    quotes: quotes.map(({ text, speaker, start, end }) => ({ text, speaker, start, end })),
    dates: findDates(ctx),
    allegations: findAllegations(ctx, subject, people, quotes),
    asylum: findAsylum(ctx, subject, people, countries),
    places: findPlaces(ctx, countries, people),
    countries: countryCodes(countries),
    citedOutlets: findOutlets(ctx, people),
  };
}
