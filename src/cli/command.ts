import type { CasefileApi } from '../shared/api';
import type { Io } from './io';

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
