/** backup, handover, restore-backup, destroy: whole-case copies and secure deletion from the terminal. */
import type { CopyResult } from '../../shared/contract/case';
import type { CasefileApi } from '../../shared/api';
import { type Command, openCase } from '../command';
import { EXIT } from '../exit-codes';
import { humanBytes, json } from '../format';
import { getPassphrase, type Io } from '../io';
import { usageError, warnIfWeak } from './case';

function printCopy(io: Io, what: string, r: CopyResult, asJson: unknown): void {
  if (asJson) io.out(json(r));
  else io.out(`${what} ${r.path} (${humanBytes(r.size)}), verified\nsha256 ${r.sha256}\ncustody entry #${r.custodySeq}\n`);
}

/** Open CASE with its passphrase, make one copy of it (`copy` gets the passphrase), print it, close the case. */
async function copyOfCase(
  api: CasefileApi,
  io: Io,
  file: string,
  what: string,
  asJson: unknown,
  copy: (passphrase: string) => Promise<CopyResult>,
): Promise<number> {
  const passphrase = await getPassphrase(io);
  await openCase(api, io, file, passphrase);
  try {
    printCopy(io, what, await copy(passphrase), asJson);
  } finally {
    await api.closeCase({});
  }
  return EXIT.ok;
}

export const backupCommand: Command = {
  name: 'backup',
  usage: 'casefile backup CASE DEST [--json]',
  summary: 'Write a verified backup (a case file with the same passphrase) to DEST; recorded in custody.',
  options: { json: { type: 'boolean' } },
  async run({ api, io, args, flags }) {
    const [file, dest] = args;
    if (!file || !dest || args.length > 2) return usageError(io, this.usage);
    return copyOfCase(api, io, file, 'Backup', flags.json, (passphrase) => api.backupCase({ destPath: dest, passphrase }));
  },
};

export const handoverCommand: Command = {
  name: 'handover',
  usage: 'casefile handover CASE DEST [--recipient NAME] [--json]',
  summary: 'Write a verified copy for a colleague under a new passphrase (CASEFILE_NEW_PASSPHRASE or a prompt).',
  options: { recipient: { type: 'string' }, json: { type: 'boolean' } },
  async run({ api, io, args, flags }) {
    const [file, dest] = args;
    if (!file || !dest || args.length > 2) return usageError(io, this.usage);
    return copyOfCase(api, io, file, 'Hand-over copy', flags.json, async (passphrase) => {
      const newPassphrase = await getPassphrase(io, {
        envName: 'CASEFILE_NEW_PASSPHRASE',
        prompt: "Colleague's passphrase: ",
        confirm: true,
      });
      warnIfWeak(io, newPassphrase);
      return api.handOverCase({ destPath: dest, passphrase, newPassphrase, recipient: flags.recipient as string | undefined });
    });
  },
};

export const restoreBackupCommand: Command = {
  name: 'restore-backup',
  usage: 'casefile restore-backup BACKUP DEST [--overwrite] [--json]',
  summary: 'Restore a backup or hand-over copy to DEST (verified; the backup is only read).',
  options: { overwrite: { type: 'boolean' }, json: { type: 'boolean' } },
  async run({ api, io, args, flags }) {
    const [backup, dest] = args;
    if (!backup || !dest || args.length > 2) return usageError(io, this.usage);
    const passphrase = await getPassphrase(io);
    const r = await api.restoreCase({ backupPath: backup, destPath: dest, passphrase, overwrite: Boolean(flags.overwrite) });
    printCopy(io, 'Restored', r, flags.json);
    return EXIT.ok;
  },
};

export const destroyCommand: Command = {
  name: 'destroy',
  usage: 'casefile destroy CASE --yes',
  summary: 'Securely delete a case: overwrite every byte, sync, unlink (see the README for its limits).',
  options: { yes: { type: 'boolean' } },
  async run({ api, io, args, flags }) {
    const [file] = args;
    if (!file || args.length > 1) return usageError(io, this.usage);
    if (!flags.yes) {
      io.err('casefile destroy: this cannot be undone. Add --yes to destroy the case.\n');
      return EXIT.usage;
    }
    const r = await api.destroyCase({ path: file, passphrase: await getPassphrase(io) });
    io.out(`Destroyed ${r.files.length} file(s), ${humanBytes(r.bytes)} overwritten:\n${r.files.map((f) => `  ${f}\n`).join('')}`);
    return EXIT.ok;
  },
};

export const copyCommands: Command[] = [backupCommand, handoverCommand, restoreBackupCommand, destroyCommand];
