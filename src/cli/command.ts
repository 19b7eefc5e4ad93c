import type { CasefileApi } from '../shared/api';
import { getPassphrase, type Io } from './io';

export interface CommandContext {
  api: CasefileApi;
  io: Io;
  /** Positional arguments after the command name. */
  args: string[];
  flags: Record<string, string | boolean | string[] | undefined>;
}

export interface Command {
  name: string;
  usage: string;
  summary: string;
  /** Flags this command accepts (parsed with node:util parseArgs). */
  options?: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>;
  run(ctx: CommandContext): Promise<number>;
}

/** Open the case (passphrase from the prompt or the environment), run `fn`, and always close it again. */
export async function withCase<T>(api: CasefileApi, io: Io, file: string, fn: () => Promise<T>): Promise<T> {
  await api.openCase({ path: file, passphrase: await getPassphrase(io) });
  try {
    return await fn();
  } finally {
    await api.closeCase({});
  }
}
