import type { CasefileApi } from '../shared/api';
import type { CaseInfo } from '../shared/contract/case';
import { getPassphrase, type Io } from './io';

export interface CommandContext {
  api: CasefileApi;
  io: Io;
  /** Positional arguments after the command name. */
  args: string[];
  flags: Record<string, string | boolean | string[] | undefined>;
}

export type CommandOptions = Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>;

export interface Command {
  name: string;
  usage: string;
  summary: string;
  /** More for `casefile NAME --help` than the usage line (e.g. the fields a command takes). */
  help?: () => string | Promise<string>;
  /**
   * Flags this command accepts (parsed with node:util parseArgs); a function when they come from a module
   * too heavy to load for `casefile --help` (edit's fields, read from the contract), called only for this command.
   */
  options?: CommandOptions | (() => Promise<CommandOptions>);
  run(ctx: CommandContext): Promise<number>;
}

/** Open a case and say what the open tidied up after an interrupted run (partial exports, copies). */
export async function openCase(api: CasefileApi, io: Io, file: string, passphrase?: string): Promise<CaseInfo> {
  const info = await api.openCase({ path: file, passphrase: passphrase ?? (await getPassphrase(io)) });
  for (const r of info.recovered ?? []) {
    io.err(
      r.action === 'completed'
        ? `Note: finished the ${r.kind} an interrupted run had written and recorded: ${r.file}\n`
        : `Note: removed an unfinished ${r.kind} file an interrupted run left behind: ${r.file}\n`,
    );
  }
  return info;
}

/** Open the case (passphrase from the prompt or the environment), run `fn`, and always close it again. */
export async function withCase<T>(api: CasefileApi, io: Io, file: string, fn: () => Promise<T>): Promise<T> {
  await openCase(api, io, file);
  try {
    return await fn();
  } finally {
    await api.closeCase({});
  }
}
