/**
 * `casefile asylum CASE`: the subject's asylum history (steps per country, whose step when it is not the
 * subject's), the grounds of the claim and the risks on return; `--ground CODE` / `--risk CODE` record one.
 * The codes and their legal basis are shared/asylum-grounds.ts (`--codes` lists them).
 */
import type { AsylumGroundCode } from '../../shared/asylum-grounds';
import { CasefileError } from '../../shared/errors';
import { type Command, withCase } from '../command';
import { EXIT } from '../exit-codes';
import { json } from '../format';
import { usageError } from './case';

/** The codes and their basis (a module with zod in it), loaded when the command runs, not for `--help`. */
type Grounds = typeof import('../../shared/asylum-grounds');
const loadGrounds = (): Promise<Grounds> => import('../../shared/asylum-grounds');

function codeOf({ ASYLUM_GROUND_CODES, ASYLUM_GROUNDS }: Grounds, kind: 'ground' | 'risk', raw: string): AsylumGroundCode {
  const fits = ASYLUM_GROUND_CODES.filter((c) => ASYLUM_GROUNDS[c].kind === kind);
  if (!(fits as string[]).includes(raw))
    throw new CasefileError('INVALID_INPUT', `Unknown ${kind} "${raw}": one of ${fits.join(', ')} (casefile asylum --codes).`);
  return raw as AsylumGroundCode;
}

const int = (name: string, raw: unknown): number | undefined => {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new CasefileError('INVALID_INPUT', `--${name} must be a character offset (0 or more).`);
  return n;
};

export const asylumCommand: Command = {
  name: 'asylum',
  usage: 'casefile asylum (CASE [--ground CODE | --risk CODE] [--note TEXT] [--source ID --start N --end N] [--json] | --codes)',
  summary: 'Asylum steps per country, the grounds of the claim and the risks on return; --ground/--risk records one.',
  options: {
    ground: { type: 'string' },
    risk: { type: 'string' },
    note: { type: 'string' },
    source: { type: 'string' },
    start: { type: 'string' },
    end: { type: 'string' },
    codes: { type: 'boolean' },
    json: { type: 'boolean' },
  },
  async run({ api, io, args, flags }) {
    const grounds = await loadGrounds();
    const { ASYLUM_GROUNDS, ASYLUM_GROUND_CODES, CONFIDENCE_NOTE } = grounds;
    if (flags.codes && args.length === 0) {
      for (const c of ASYLUM_GROUND_CODES) {
        const d = ASYLUM_GROUNDS[c];
        io.out(`${d.kind.padEnd(6)} ${c.padEnd(38)} ${d.heading}: ${d.label}\n`);
        for (const b of d.basis) io.out(`${''.padEnd(46)}${b.text}${CONFIDENCE_NOTE[b.confidence]} [${b.confidence}]\n`);
      }
      return EXIT.ok;
    }
    const [file] = args;
    if (!file || args.length > 1 || (flags.ground && flags.risk)) return usageError(io, this.usage);
    if (flags.ground || flags.risk) {
      const code = flags.ground ? codeOf(grounds, 'ground', String(flags.ground)) : codeOf(grounds, 'risk', String(flags.risk));
      const g = await withCase(api, io, file, () =>
        api.addAsylumGround({
          code,
          note: flags.note === undefined ? undefined : String(flags.note),
          sourceId: flags.source === undefined ? undefined : String(flags.source),
          spanStart: int('start', flags.start),
          spanEnd: int('end', flags.end),
        }),
      );
      io.out(flags.json ? json(g) : `recorded ${g.kind} ${g.code} as ${g.id}\n`);
      return EXIT.ok;
    }
    const [overview, people] = await withCase(api, io, file, async () => [await api.asylumOverview({}), await api.listPeople({})] as const);
    if (flags.json) {
      io.out(json(overview));
      return EXIT.ok;
    }
    const nameOf = new Map(people.map((p) => [p.id, p.name]));
    for (const c of overview.countries) {
      io.out(`${c.country}  now: ${c.currentStage}\n`);
      for (const s of c.steps) {
        const when = s.date.value ? `${s.date.value} (${s.date.precision})` : 'undated';
        const whose = s.personId ? `  [step of ${nameOf.get(s.personId) ?? s.personId}, not the subject]` : '';
        io.out(`  ${when.padEnd(22)} ${s.stage}${s.authority ? ` · ${s.authority}` : ''}  ${s.id}${whose}\n`);
      }
    }
    if (!overview.countries.length) io.out('No asylum steps recorded.\n');
    for (const kind of ['ground', 'risk'] as const) {
      const list = overview.grounds.filter((g) => g.kind === kind);
      io.out(`${kind === 'ground' ? 'Grounds of the claim' : 'Risk on return'}: ${list.length ? '' : 'none recorded'}\n`);
      for (const g of list) {
        const d = ASYLUM_GROUNDS[g.code];
        io.out(`  ${g.id}  ${d.heading}: ${d.label}${g.note ? ` — ${g.note}` : ''}\n`);
      }
    }
    return EXIT.ok;
  },
};
