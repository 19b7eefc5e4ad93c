/** Allegations by crime category, with evidence links, Admiralty grades and corroboration. */
import { z } from 'zod';
import { AllegationStatus, CrimeCategory, Credibility, FuzzyDate, LiabilityMode, Reliability, VictimStatus } from '../domain';
import { ReportedBasis } from '../reading';
import { op } from './define';
import { Empty, Id, NStr, Str } from './fields';

export const Provision = z.object({ code: z.string(), title: z.string() });

export const TaxonomyCategory = z.object({
  id: CrimeCategory,
  label: z.string(),
  description: z.string(),
  provisions: z.array(Provision),
  note: z.string().nullable(),
});
export const Taxonomy = z.object({
  version: z.number().int(),
  source: z.string(),
  categories: z.array(TaxonomyCategory),
  provisions: z.array(Provision),
});
export type Taxonomy = z.infer<typeof Taxonomy>;

export const EvidenceLink = z.object({
  id: z.string(),
  allegationId: z.string(),
  sourceId: z.string(),
  sourceTitle: z.string().nullable(),
  sourceFileName: z.string(),
  sourceSha256: z.string(),
  outlet: z.string().nullable(),
  sourceTextId: z.string().nullable(),
  statementId: z.string().nullable(),
  spanStart: z.number().int().nullable(),
  spanEnd: z.number().int().nullable(),
  excerpt: z.string().nullable(),
  basis: ReportedBasis.nullable(),
  reliability: Reliability.nullable(),
  credibility: Credibility.nullable(),
  /** Admiralty code such as "B2", or null until graded. */
  grade: z.string().nullable(),
  /** Investigator's override of the origin (links with the same key count as one source); null = derived. */
  originKey: z.string().nullable(),
  createdAt: z.string(),
});
export type EvidenceLink = z.infer<typeof EvidenceLink>;

export const OriginGroup = z.object({
  /** e.g. "outlet:npo1", "quote:…", "key:interview-2023", "source:src_…". */
  key: z.string(),
  sourceIds: z.array(z.string()),
  /** Why these sources are one origin, in words ("both cite NPO1"). */
  reason: z.string(),
});
export const Corroboration = z.object({
  allegationId: z.string(),
  sources: z.number().int(),
  independent: z.number().int(),
  groups: z.array(OriginGroup),
  /** One line for a screen or the PDF: "2 sources, 1 independent: both cite NPO1". */
  explanation: z.string(),
});
export type Corroboration = z.infer<typeof Corroboration>;

/** A perpetrator or unit of the allegation (by the name given there) with its mode of liability. */
export const Liability = z.object({ name: z.string().min(1).max(300), mode: LiabilityMode });

/** How an allegation is qualified and graded: the same fields, with the same values, in and out. */
const qualification = {
  victimStatus: VictimStatus,
  status: AllegationStatus,
  basis: ReportedBasis.nullable(),
  selfIncriminating: z.boolean(),
  reliability: Reliability.nullable(),
  credibility: Credibility.nullable(),
};

export const Allegation = z.object({
  id: z.string(),
  category: CrimeCategory,
  categoryLabel: z.string(),
  provisions: z.array(Provision),
  description: z.string(),
  place: z.string().nullable(),
  date: FuzzyDate,
  perpetrators: z.array(z.string()),
  units: z.array(z.string()),
  liability: z.array(Liability),
  victims: z.string().nullable(),
  ...qualification,
  grade: z.string().nullable(),
  notes: z.string().nullable(),
  evidence: z.array(EvidenceLink),
  corroboration: Corroboration,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Allegation = z.infer<typeof Allegation>;

const AllegationFields = z.object({
  category: CrimeCategory,
  /** Provision codes such as "8(2)(a)(i)"; default: the category's provisions from the taxonomy. */
  provisions: z.array(Str(40)).max(40),
  description: Str(20000).min(1),
  place: NStr(500),
  date: FuzzyDate,
  perpetrators: z.array(Str(300)).max(100),
  units: z.array(Str(300)).max(100),
  /** Modes of liability of the perpetrators and units named above. */
  liability: z.array(Liability).max(200),
  victims: NStr(2000),
  ...qualification,
  notes: NStr(20000),
});

export const EvidenceInput = z.object({
  sourceId: Id,
  sourceTextId: Id.nullable().optional(),
  statementId: Id.nullable().optional(),
  start: z.number().int().min(0).nullable().optional(),
  end: z.number().int().min(0).nullable().optional(),
  /** Default: the clean text under [start, end). */
  excerpt: NStr(20000).optional(),
  basis: ReportedBasis.nullable().optional(),
  reliability: Reliability.nullable().optional(),
  credibility: Credibility.nullable().optional(),
  originKey: NStr(200).optional(),
});

/**
 * The allegations table's columns, as sort keys. The table asks for rows by these; the core sorts and
 * filters in SQL (independent sources from the corroboration, computed once per source and cached).
 */
export const ALLEGATION_COLUMNS = [
  'category',
  'provisions',
  'description',
  'place',
  'date',
  'perpetrators',
  'victimStatus',
  'basis',
  'grade',
  'status',
  'independent',
  'selfIncriminating',
] as const;
export const AllegationColumn = z.enum(ALLEGATION_COLUMNS);
export type AllegationColumn = z.infer<typeof AllegationColumn>;

/** One row of the allegations table: the columns it shows, nothing else (no evidence, no excerpts). */
export const AllegationRow = z.object({
  id: z.string(),
  category: CrimeCategory,
  categoryLabel: z.string(),
  provisions: z.array(z.string()),
  description: z.string(),
  place: z.string().nullable(),
  date: FuzzyDate,
  /** Perpetrators then units, each with its mode of liability when one is given: "Orel (25(3)(b)); 64th brigade". */
  perpetrators: z.string(),
  victimStatus: VictimStatus,
  basis: ReportedBasis.nullable(),
  grade: z.string().nullable(),
  status: AllegationStatus,
  /** Sources linked, and how many of them are independent (see `corroboration` for why). */
  sources: z.number().int(),
  independent: z.number().int(),
  selfIncriminating: z.boolean(),
});
export type AllegationRow = z.infer<typeof AllegationRow>;

export const AllegationRowsQuery = z.object({
  /** Sort keys, first wins; ties fall back to entry order. */
  sort: z
    .array(z.object({ column: AllegationColumn, desc: z.boolean().default(false) }))
    .max(4)
    .default([{ column: 'category', desc: false }]),
  category: CrimeCategory.optional(),
  status: AllegationStatus.optional(),
  /** Text anywhere in the shown columns (case-insensitive). */
  search: Str(200).optional(),
  /** Rows sorted by category first, with the count of each category (the table's group headings). */
  groupByCategory: z.boolean().default(false),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(0).max(1000).default(100),
});
export type AllegationRowsQuery = z.input<typeof AllegationRowsQuery>;

export const AllegationRows = z.object({
  /** Allegations in the case, and those the filters let through. */
  total: z.number().int(),
  matched: z.number().int(),
  offset: z.number().int(),
  rows: z.array(AllegationRow),
  /** With groupByCategory: each category of the matched rows, in the order shown, with its count. */
  groups: z.array(z.object({ category: CrimeCategory, label: z.string(), count: z.number().int() })).nullable(),
});
export type AllegationRows = z.infer<typeof AllegationRows>;

/** Counts for the chart: by category and status, and by year (over every allegation of the case). */
export const AllegationCounts = z.object({
  total: z.number().int(),
  byCategory: z.array(
    z.object({ category: CrimeCategory, label: z.string(), byStatus: z.partialRecord(AllegationStatus, z.number().int()) }),
  ),
  /** "2022" … or "undated". */
  byYear: z.array(z.object({ year: z.string(), count: z.number().int() })),
});
export type AllegationCounts = z.infer<typeof AllegationCounts>;

export const allegationsContract = {
  taxonomy: op({
    summary: 'Crime categories with their Rome Statute provisions and official short titles.',
    input: Empty,
    output: Taxonomy,
  }),
  listAllegations: op({
    summary: 'Allegations with evidence, grades and corroboration, optionally of one category or status.',
    input: z.object({ category: CrimeCategory.optional(), status: AllegationStatus.optional() }).default({}),
    output: z.array(Allegation),
  }),
  allegationRows: op({
    summary: 'A window of the allegations table: the columns it shows, sorted and filtered in the case file, with counts.',
    input: AllegationRowsQuery.prefault({}),
    output: AllegationRows,
  }),
  allegationCounts: op({
    summary: 'How many allegations by category and status, and by year (the chart).',
    input: Empty,
    output: AllegationCounts,
  }),
  getAllegation: op({ summary: 'One allegation with its evidence and corroboration.', input: z.object({ id: Id }), output: Allegation }),
  addAllegation: op({
    summary: 'Record an allegation (optionally with evidence links).',
    input: AllegationFields.partial()
      .required({ category: true, description: true })
      .extend({ evidence: z.array(EvidenceInput).max(100).optional() }),
    output: Allegation,
  }),
  updateAllegation: op({
    summary: 'Change an allegation (only the fields given).',
    input: AllegationFields.partial().extend({ id: Id }),
    output: Allegation,
  }),
  linkEvidence: op({
    summary: 'Link an allegation to a source span, with its own grade.',
    input: EvidenceInput.extend({ allegationId: Id }),
    output: Allegation,
  }),
  updateEvidence: op({
    summary: 'Grade an evidence link or set its origin (links with the same origin count once).',
    input: z.object({
      id: Id,
      basis: ReportedBasis.nullable().optional(),
      reliability: Reliability.nullable().optional(),
      credibility: Credibility.nullable().optional(),
      originKey: NStr(200).optional(),
    }),
    output: Allegation,
  }),
  unlinkEvidence: op({ summary: 'Remove an evidence link.', input: z.object({ id: Id }), output: Allegation }),
  corroboration: op({
    summary: 'How many independent sources support an allegation, and why.',
    input: z.object({ allegationId: Id }),
    output: Corroboration,
  }),
};
