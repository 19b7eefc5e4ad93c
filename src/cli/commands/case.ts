/** new, info, verify, passwd: the case-file lifecycle from the terminal. */
import { EXIT } from '../exit-codes';
import { type Command, openCase, withCase } from '../command';
import { humanBytes, json } from '../format';
import { estimateStrength } from '../../shared/passphrase-strength';
import { getPassphrase, type Io } from '../io';

export const newCommand: Command = {
  name: 'new',
  usage: 'casefile new FILE [--title TITLE]',
  summary: 'Create a new encrypted case file.',
  options: { title: { type: 'string' } },
  async run({ api, io, args, flags }) {
    const [file] = args;
    if (!file || args.length > 1) return usageError(io, this.usage);
    const passphrase = await getPassphrase(io, { prompt: 'New passphrase: ', confirm: true });
    warnIfWeak(io, passphrase);
    const info = await api.createCase({ path: file, passphrase, title: flags.title as string | undefined });
    await api.closeCase({});
    io.out(`Created ${info.path}\ncase id ${info.caseId}\n`);
    return EXIT.ok;
  },
};

export const infoCommand: Command = {
  name: 'info',
  usage: 'casefile info FILE [--json]',
  summary: 'Counts, size, schema version and custody head.',
  options: { json: { type: 'boolean' } },
  async run({ api, io, args, flags }) {
    const [file] = args;
    if (!file || args.length > 1) return usageError(io, this.usage);
    await withCase(api, io, file, async () => {
      const info = await api.caseInfo({});
      if (flags.json) {
        io.out(json(info));
      } else {
        const c = info.counts;
        io.out(
          [
            `Case        ${info.title} (${info.caseId})`,
            `File        ${info.path} (${humanBytes(info.fileSize)})`,
            `Created     ${info.createdAt} with Casefile ${info.appVersion}; schema ${info.schemaVersion}`,
            `Sources     ${c.sources}    People ${c.people}    Statements ${c.statements}`,
            `Allegations ${c.allegations}    Events ${c.events}    Asylum steps ${c.asylumSteps}`,
            `Suggestions ${c.pendingSuggestions} pending    Exports ${c.exports}`,
            `Custody     ${c.custodyEntries} entries, head ${info.custodyHead ? `#${info.custodyHead.seq} ${info.custodyHead.hash}` : '(none)'}`,
            '',
          ].join('\n'),
        );
      }
    });
    return EXIT.ok;
  },
};

export const verifyCommand: Command = {
  name: 'verify',
  usage: 'casefile verify FILE [--json]',
  summary: 'Recompute the custody chain and every source hash (exit 1 if anything does not match).',
  options: { json: { type: 'boolean' } },
  async run({ api, io, args, flags }) {
    const [file] = args;
    if (!file || args.length > 1) return usageError(io, this.usage);
    return withCase(api, io, file, async () => {
      const report = await api.verify({});
      if (flags.json) io.out(json(report));
      else if (report.ok) {
        io.out(
          `OK: ${report.custodyEntries} custody entries and ${report.sourcesChecked} sources verified.\nhead #${report.head?.seq} ${report.head?.hash}\n`,
        );
      } else {
        io.out(`FAILED: ${report.problems.length} problem(s) found.\n`);
        for (const p of report.problems) io.out(`  - ${p.message}\n`);
      }
      return report.ok ? EXIT.ok : EXIT.verificationFailed;
    });
  },
};

export const passwdCommand: Command = {
  name: 'passwd',
  usage: 'casefile passwd FILE',
  summary: 'Change the passphrase (new one from a prompt or CASEFILE_NEW_PASSPHRASE).',
  async run({ api, io, args }) {
    const [file] = args;
    if (!file || args.length > 1) return usageError(io, this.usage);
    const oldPassphrase = await getPassphrase(io, { prompt: 'Current passphrase: ' });
    await openCase(api, io, file, oldPassphrase);
    try {
      const newPassphrase = await getPassphrase(io, { envName: 'CASEFILE_NEW_PASSPHRASE', prompt: 'New passphrase: ', confirm: true });
      warnIfWeak(io, newPassphrase);
      await api.changePassphrase({ oldPassphrase, newPassphrase });
      io.out('Passphrase changed.\n');
    } finally {
      await api.closeCase({});
    }
    return EXIT.ok;
  },
};

export function usageError(io: { err: (s: string) => void }, usage: string): number {
  io.err(`usage: ${usage}\n`);
  return EXIT.usage;
}

/** The same strength estimate as the app's meter; the CLI warns on weak and very weak (it does not refuse: scripts). */
export function warnIfWeak(io: Pick<Io, 'err'>, passphrase: string): void {
  const s = estimateStrength(passphrase);
  if (s.level <= 1 && s.warning) io.err(`Warning: weak passphrase (${s.label}). ${s.warning}\n`);
}
