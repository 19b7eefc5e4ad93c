/**
 * Everything the extractors share about one text, computed once: the folded copy used for matching, its
 * paragraphs and sentences, and the vocabularies that apply. Keeping this in one place means each extractor
 * is a small pure function of the context (and of what earlier extractors found).
 */
import type { DatePrecision } from '../../../shared/domain';
import { fold } from './fold';
import { paragraphs, sentences, type Sentence, type Span } from './spans';
import { findTerms, type TermHit } from './terms';
import { merged, vocabulariesFor, type Vocabulary } from './vocabulary';

export interface Context {
  text: string;
  folded: string;
  language: string;
  primary: Vocabulary;
  vocabs: Vocabulary[];
  paragraphs: Span[];
  sentences: Sentence[];
  title: string | null;
  publishedAt: { date: string | null; precision: DatePrecision } | null;
}

export function makeContext(text: string, language: string | null, title: string | null, publishedAt: Context['publishedAt']): Context {
  const { primary, all } = vocabulariesFor(language, text);
  return {
    text,
    folded: fold(text),
    language: primary.lang,
    primary,
    vocabs: all,
    paragraphs: paragraphs(text),
    sentences: sentences(text),
    title,
    publishedAt,
  };
}

/** Hits of a vocabulary list (merged over the context's vocabularies) inside [from, to). */
export function hits(ctx: Context, pick: (v: Vocabulary) => string[], from = 0, to = ctx.text.length): TermHit[] {
  return findTerms(ctx.folded, merged(ctx.vocabs, pick), from, to);
}

/** Whether a vocabulary list has a hit inside [from, to). */
export function has(ctx: Context, pick: (v: Vocabulary) => string[], from = 0, to = ctx.text.length): boolean {
  return hits(ctx, pick, from, to).length > 0;
}

/** The sentence index containing offset `at` (or -1). */
export function sentenceIndexAt(ctx: Context, at: number): number {
  return ctx.sentences.findIndex((s) => s.start <= at && at < s.end);
}
