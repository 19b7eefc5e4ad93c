/**
 * `casefile edit KIND ID --field value …` and `casefile delete KIND ID`: change or remove any record the
 * investigator made. The fields each kind takes are read from the contract's input schema, so `--help`
 * lists exactly what the service accepts and the values are validated there.
 */
import type { z } from 'zod';
import type { OperationName } from '../../shared/api';
import type { RecordKind } from '../../shared/contract/records';
import { RECORD_KINDS } from '../../shared/record-kinds';
import { CasefileError } from '../../shared/errors';
import { type Command, withCase } from '../command';
import { EXIT } from '../exit-codes';
import { json } from '../format';
import { usageError } from './case';

/** The update operation behind `edit KIND`, and the input field that names the record. */
const EDITORS = {
  allegation: { op: 'updateAllegation', id: 'id' },
  evidence: { op: 'updateEvidence', id: 'id' },
  statement: { op: 'updateStatement', id: 'id' },
  event: { op: 'updateEvent', id: 'id' },
  'asylum-step': { op: 'updateAsylumStep', id: 'id' },
  'asylum-ground': { op: 'updateAsylumGround', id: 'id' },
  disclosure: { op: 'updateDisclosure', id: 'id' },
  source: { op: 'gradeSource', id: 'sourceId' },
  person: { op: 'upsertPerson', id: 'id' },
  origin: { op: 'renameOrigin', id: 'from' },
  decision: { op: 'changeDecision', id: 'id' },
} as const satisfies Record<string, { op: OperationName; id: string }>;
type EditKind = keyof typeof EDITORS;

interface FieldInfo {
  name: string;
  type: string;
  nullable: boolean;
  choices: readonly string[] | null;
}

/**
 * The contract (zod schemas, the largest part of the bundle), loaded only when `edit` parses its flags or
 * prints its help: `casefile --help` and every other command's start never load it for this table.
 */
type Contract = (typeof import('../../shared/api'))['contract'];
let loaded: Contract | undefined;
async function loadContract(): Promise<Contract> {
  loaded ??= (await import('../../shared/api')).contract;
  return loaded;
}

function fieldsOf(contract: Contract, kind: EditKind): FieldInfo[] {
  const spec = EDITORS[kind];
  const shape = (contract[spec.op].input as unknown as z.ZodObject).shape as Record<string, z.ZodType>;
  return Object.entries(shape)
    .filter(([name]) => name !== spec.id)
    .map(([name, t]) => {
      let inner = t as z.ZodType & { def: { type: string; innerType?: z.ZodType }; options?: readonly string[] };
      let nullable = false;
      while (['optional', 'nullable', 'default'].includes(inner.def.type)) {
        if (inner.def.type === 'nullable') nullable = true;
        inner = inner.def.innerType as typeof inner;
      }
      return { name, type: inner.def.type, nullable, choices: inner.def.type === 'enum' ? (inner.options ?? null) : null };
    });
}

const flagNames = (contract: Contract): string[] => [
  ...new Set((Object.keys(EDITORS) as EditKind[]).flatMap((k) => fieldsOf(contract, k).map((f) => f.name))),
];

function describeField(f: FieldInfo): string {
  const what =
    f.choices?.join('|') ??
    { string: 'TEXT', number: 'N', boolean: 'true|false', array: 'JSON array', object: 'JSON object', record: 'JSON object' }[f.type] ??
    f.type;
  return `--${f.name} ${what}${f.nullable ? ' (empty: clear it)' : ''}`;
}

async function editHelp(): Promise<string> {
  const contract = await loadContract();
  const lines = ['Fields per kind (values are checked by the service; JSON for lists and dates):'];
  for (const k of Object.keys(EDITORS) as EditKind[]) {
    lines.push(`  ${k} (${EDITORS[k].op}):`);
    for (const f of fieldsOf(contract, k)) lines.push(`      ${describeField(f)}`);
  }
  lines.push(
    'Examples:',
    '  casefile edit case.casefile allegation alg_… --place "Yahidne" --date \'{"value":"2022-03","precision":"month"}\'',
    '  casefile edit case.casefile allegation alg_… --liability \'[{"name":"Orlov","mode":"25(3)(b)"}]\'',
    '  casefile edit case.casefile evidence evd_… --credibility 2',
    '  casefile edit case.casefile person per_… --publicFigure true',
    '  casefile edit case.casefile asylum-step asy_… --personId per_…   (the step is that person’s, not the subject’s)',
    '  casefile edit case.casefile source src_… --reliability B --note "official registry, usually reliable"',
    '  casefile edit case.casefile statement stm_… --translator "A. Ivanova (sworn translator)"',
    '  casefile edit case.casefile event evt_… --removeSources \'[{"sourceId":"src_…","start":120}]\'   (the source no longer dates it)',
    '  casefile edit case.casefile origin interview-1 --to interview-2023',
    '  casefile edit case.casefile decision sug_… --decision reject --reason "not the subject"',
  );
  return lines.join('\n');
}

function parseValue(f: FieldInfo, raw: string): unknown {
  if (raw === '' && f.nullable) return null;
  switch (f.type) {
    case 'string':
    case 'enum':
      return raw;
    case 'number':
      return Number(raw);
    case 'boolean':
      if (raw !== 'true' && raw !== 'false') throw new CasefileError('INVALID_INPUT', `--${f.name} must be true or false.`);
      return raw === 'true';
    default:
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        throw new CasefileError('INVALID_INPUT', `--${f.name} must be JSON (${describeField(f)}).`);
      }
  }
}

export const editCommand: Command = {
  name: 'edit',
  usage: `casefile edit CASE KIND ID --FIELD VALUE… [--json]   KIND: ${Object.keys(EDITORS).join('|')}`,
  summary: 'Change a record (only the fields given); one custody entry naming the fields changed. --help lists the fields.',
  help: editHelp,
  options: async () => ({
    ...Object.fromEntries(flagNames(await loadContract()).map((n) => [n, { type: 'string' as const }])),
    json: { type: 'boolean' as const },
  }),
  async run({ api, io, args, flags }) {
    const [file, kind, id] = args;
    if (!file || !kind || !id || args.length > 3) return usageError(io, this.usage);
    if (!(kind in EDITORS)) throw new CasefileError('INVALID_INPUT', `Unknown kind "${kind}": one of ${Object.keys(EDITORS).join(', ')}.`);
    const k = kind as EditKind;
    const fields = fieldsOf(await loadContract(), k);
    const input: Record<string, unknown> = { [EDITORS[k].id]: id };
    for (const [name, value] of Object.entries(flags)) {
      if (name === 'json' || value === undefined) continue;
      const f = fields.find((x) => x.name === name);
      if (!f) throw new CasefileError('INVALID_INPUT', `A ${k} has no field --${name}. Fields: ${fields.map((x) => x.name).join(', ')}.`);
      input[name] = parseValue(f, String(value));
    }
    if (Object.keys(input).length === 1) throw new CasefileError('INVALID_INPUT', `Say what to change, e.g. ${describeField(fields[0])}.`);
    const call = api[EDITORS[k].op] as (i: unknown) => Promise<unknown>;
    const result = await withCase(api, io, file, () => call(input));
    io.out(flags.json ? json(result) : `changed ${k} ${id}: ${Object.keys(input).slice(1).join(', ')}\n`);
    return EXIT.ok;
  },
};

export const deleteCommand: Command = {
  name: 'delete',
  usage: `casefile delete CASE KIND ID [--json]   KIND: ${RECORD_KINDS.join('|')}`,
  summary:
    'Delete a record; its custody entry keeps the record’s SHA-256, not its content. A decision is deleted by undoing it; an origin is an origin key on evidence links.',
  options: { json: { type: 'boolean' } },
  async run({ api, io, args, flags }) {
    const [file, kind, id] = args;
    if (!file || !kind || !id || args.length > 3) return usageError(io, this.usage);
    if (!(RECORD_KINDS as readonly string[]).includes(kind))
      throw new CasefileError('INVALID_INPUT', `Unknown kind "${kind}": one of ${RECORD_KINDS.join(', ')}.`);
    const r = await withCase(api, io, file, () => api.deleteRecord({ kind: kind as RecordKind, id }));
    if (flags.json) io.out(json(r));
    else {
      const also = Object.entries(r.removed).map(([k, n]) => `${n} ${k}`);
      io.out(`deleted ${kind} ${id}${r.hash ? ` (sha256 ${r.hash})` : ''}${also.length ? `; also ${also.join(', ')}` : ''}\n`);
      if (r.forgottenDecisions) io.out(`${r.forgottenDecisions} earlier suggestion decision(s) can no longer be undone.\n`);
    }
    return EXIT.ok;
  },
};

export const recordCommands: Command[] = [editCommand, deleteCommand];
