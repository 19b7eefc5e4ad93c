/** The timeline: dated events with honest precision, the sources that date them, and their conflicts. */
import { z } from 'zod';
import { DatePrecision, FuzzyDate } from '../domain';
import { op } from './define';
import { Empty, Id, NStr, Str } from './fields';

export const EventSource = z.object({
  sourceId: z.string(),
  sourceTitle: z.string().nullable(),
  sourceTextId: z.string().nullable(),
  spanStart: z.number().int().nullable(),
  spanEnd: z.number().int().nullable(),
  excerpt: z.string().nullable(),
  dateText: z.string().nullable(),
  dateValue: z.string().nullable(),
  datePrecision: DatePrecision.nullable(),
});
export const TimelineEvent = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  date: FuzzyDate,
  place: z.string().nullable(),
  allegationId: z.string().nullable(),
  sources: z.array(EventSource),
  /** Set when the sources date this event differently. */
  conflict: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

const EventSourceInput = z.object({
  sourceId: Id,
  sourceTextId: Id.nullable().optional(),
  start: z.number().int().min(0).nullable().optional(),
  end: z.number().int().min(0).nullable().optional(),
  date: FuzzyDate.optional(),
});

export const timelineContract = {
  timeline: op({
    summary: 'Events sorted by date (mixed precision, unknown last), with their sources and conflicts.',
    input: Empty,
    output: z.object({ events: z.array(TimelineEvent), conflicts: z.number().int() }),
  }),
  addEvent: op({
    summary: 'Add a dated event, optionally with the sources that date it.',
    input: z.object({
      title: Str(300).min(1),
      description: NStr(20000).optional(),
      date: FuzzyDate.optional(),
      place: NStr(500).optional(),
      allegationId: Id.nullable().optional(),
      sources: z.array(EventSourceInput).max(100).optional(),
    }),
    output: TimelineEvent,
  }),
  updateEvent: op({
    summary: 'Change an event (only the fields given); `addSources` dates it from more sources, `removeSources` takes sources off it.',
    input: z.object({
      id: Id,
      title: Str(300).min(1).optional(),
      description: NStr(20000).optional(),
      date: FuzzyDate.optional(),
      place: NStr(500).optional(),
      allegationId: Id.nullable().optional(),
      addSources: z.array(EventSourceInput).max(100).optional(),
      /**
       * Sources that no longer date it, each by its source and the start of its passage (null for one
       * without). The custody entry keeps each removed link's SHA-256, not its words or date.
       */
      removeSources: z
        .array(z.object({ sourceId: Id, start: z.number().int().min(0).nullable() }))
        .max(100)
        .optional(),
    }),
    output: TimelineEvent,
  }),
};
