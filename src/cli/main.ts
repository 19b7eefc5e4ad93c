/**
 * The `casefile` command: the same service as the desktop app, driven from a terminal.
 * Each command lives in ./commands; this file only parses, dispatches and maps errors to exit codes.
 */
import { parseArgs } from 'node:util';
import { isCasefileError } from '../shared/errors';
import type { Command } from './command';
import { asylumCommand } from './commands/asylum';
import { infoCommand, newCommand, passwdCommand, verifyCommand } from './commands/case';
import { caseOpsCommands } from './commands/caseops';
import { copyCommands } from './commands/copies';
import { ingestCommands } from './commands/ingest';
import { recordCommands } from './commands/records';
import { reportCommands } from './commands/report';
import { EXIT, exitCodeFor } from './exit-codes';
import { type Io, processIo } from './io';

export const COMMANDS: Command[] = [
  newCommand,
  infoCommand,
  verifyCommand,
  passwdCommand,
  ...copyCommands,
  ...ingestCommands,
  ...caseOpsCommands,
  asylumCommand,
  ...recordCommands,
  ...reportCommands,
];

function help(): string {
  return [
    'casefile: encrypted case files for documenting defector testimony (offline; never uses the network)',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.usage}\n      ${c.summary}`),
    '',
    'The passphrase is asked for without echo, or read from CASEFILE_PASSPHRASE (less safe: see README).',
    'Exit codes: 0 ok, 1 verification failed, 2 usage or bad input, 3 wrong passphrase,',
    '            4 file in use or from a newer version, 5 unexpected internal error.',
    '',
  ].join('\n');
}

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(help());
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === '--version') {
    const { APP_VERSION } = await import('../core/version');
    io.out(`${APP_VERSION}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`casefile: unknown command '${name}'. Run 'casefile --help'.\n`);
    return EXIT.usage;
  }
  const options = typeof command.options === 'function' ? await command.options() : command.options;
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    io.err(`casefile ${name}: ${(e as Error).message}\nusage: ${command.usage}\n`);
    return EXIT.usage;
  }
  if (parsed.values.help) {
    io.out(`usage: ${command.usage}\n${command.summary}\n${command.help ? `\n${await command.help()}\n` : ''}`);
    return EXIT.ok;
  }
  // Loaded only now: `--help` and usage errors never load the service, zod or the native module.
  const { createService } = await import('../core/service');
  const service = createService();
  try {
    return await command.run({ api: service.api, io, args: parsed.positionals, flags: parsed.values });
  } catch (e) {
    if (isCasefileError(e)) {
      io.err(`casefile ${name}: ${e.message}\n`);
      return exitCodeFor(e.code);
    }
    io.err(`casefile ${name}: unexpected error: ${(e as Error)?.stack ?? String(e)}\n`);
    return EXIT.internal;
  } finally {
    service.dispose();
  }
}
