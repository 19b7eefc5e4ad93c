/**
 * The edit form for each kind of suggestion, as data: which fields an investigator may change before
 * accepting (the contract's SuggestionEdits), their labels, controls and starting values from the
 * importer's payload. `editOf` turns the form's values into the `edit` object, naming only what changed.
 */
import {
  ALLEGATION_STATUSES,
  ASYLUM_STAGES,
  CRIME_CATEGORIES,
  DATE_PRECISIONS,
  KNOWLEDGE_BASES,
  VICTIM_STATUSES,
} from '../../../shared/domain';
import type { SUGGESTION_KINDS } from '../../../shared/domain';

type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

export interface FormField {
  key: string;
  label: string;
  control: 'text' | 'textarea' | 'select' | 'checkbox' | 'number' | 'list';
  options?: readonly string[];
  /** Empty means null (the field may be cleared). */
  nullable?: boolean;
  hint?: string;
  initial(p: Record<string, unknown>): string | boolean;
}

const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const list = (v: unknown) => (Array.isArray(v) ? v.map(String).join(', ') : '');

export const FORMS: Record<SuggestionKind, FormField[]> = {
  subject: [
    { key: 'name', label: 'Name', control: 'text', initial: (p) => str(p.name) },
    { key: 'rank', label: 'Rank', control: 'text', nullable: true, initial: (p) => str(p.rank) },
    { key: 'aliases', label: 'Aliases and call signs', control: 'list', hint: 'Separated by commas', initial: (p) => list(p.aliases) },
    { key: 'affiliation', label: 'Units and services', control: 'list', hint: 'Separated by commas', initial: (p) => list(p.affiliation) },
    { key: 'age', label: 'Age', control: 'number', nullable: true, initial: (p) => str(p.age) },
  ],
  person: [
    { key: 'name', label: 'Name', control: 'text', initial: (p) => str(p.name) },
    { key: 'role', label: 'Role', control: 'text', nullable: true, initial: (p) => str(p.role) },
  ],
  quote: [
    { key: 'text', label: 'Quote', control: 'textarea', initial: (p) => str(p.text) },
    { key: 'speaker', label: 'Speaker', control: 'text', nullable: true, initial: (p) => str(p.speaker) },
    {
      key: 'basis',
      label: 'Knowledge basis',
      control: 'select',
      options: ['', ...KNOWLEDGE_BASES],
      hint: 'Empty: from the context',
      initial: () => '',
    },
  ],
  date: [
    { key: 'title', label: 'Event title', control: 'text', hint: 'Empty: the sentence around the date', initial: () => '' },
    { key: 'date', label: 'Date (ISO)', control: 'text', nullable: true, hint: 'e.g. 2022-06 or 2022-06-14', initial: (p) => str(p.date) },
    { key: 'precision', label: 'Precision', control: 'select', options: DATE_PRECISIONS, initial: (p) => str(p.precision) },
  ],
  asylum: [
    { key: 'country', label: 'Country (ISO code)', control: 'text', hint: 'Two letters, e.g. NL', initial: (p) => str(p.country) },
    {
      key: 'stage',
      label: 'Stage',
      control: 'select',
      options: ['', ...ASYLUM_STAGES],
      hint: 'Empty: as the source says',
      initial: () => '',
    },
    { key: 'date', label: 'Date (ISO)', control: 'text', nullable: true, initial: () => '' },
  ],
  allegation: [
    { key: 'category', label: 'Crime category', control: 'select', options: CRIME_CATEGORIES, initial: (p) => str(p.category) },
    { key: 'description', label: 'Description', control: 'textarea', hint: 'Empty: the sentence of the source', initial: () => '' },
    { key: 'basis', label: 'Basis', control: 'select', options: ['first-hand', 'reported', 'unclear'], initial: (p) => str(p.basis) },
    {
      key: 'victimStatus',
      label: 'Victims were',
      control: 'select',
      options: VICTIM_STATUSES,
      initial: (p) => str(p.victimStatus ?? 'unknown'),
    },
    { key: 'status', label: 'Status', control: 'select', options: ALLEGATION_STATUSES, initial: () => 'alleged' },
    { key: 'selfIncriminating', label: 'Self-incriminating', control: 'checkbox', initial: (p) => p.selfIncriminating === true },
  ],
  place: [
    { key: 'name', label: 'Place', control: 'text', initial: (p) => str(p.name) },
    {
      key: 'target',
      label: 'Record it as',
      control: 'select',
      options: ['', 'profile-origin'],
      hint: 'Empty: the place of the nearest allegation or event from this source',
      initial: () => '',
    },
  ],
  outlet: [{ key: 'name', label: 'Outlet', control: 'text', initial: (p) => str(p.name) }],
};

export type FormValues = Record<string, string | boolean>;

export function initialValues(kind: SuggestionKind, payload: Record<string, unknown>): FormValues {
  return Object.fromEntries(FORMS[kind].map((f) => [f.key, f.initial(payload)]));
}

/** The `edit` for acceptSuggestion: only fields whose value differs from the start, in the contract's types. */
export function editOf(kind: SuggestionKind, payload: Record<string, unknown>, values: FormValues): Record<string, unknown> {
  const edit: Record<string, unknown> = {};
  for (const f of FORMS[kind]) {
    const v = values[f.key];
    if (v === f.initial(payload)) continue;
    if (f.control === 'checkbox') edit[f.key] = v === true;
    else if (f.control === 'list')
      edit[f.key] = String(v)
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    else if (v === '') {
      if (f.nullable) edit[f.key] = null;
    } else if (f.control === 'number') edit[f.key] = Number(v);
    else edit[f.key] = f.key === 'country' ? String(v).toUpperCase() : v;
  }
  return edit;
}
