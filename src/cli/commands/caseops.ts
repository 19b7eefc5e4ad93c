import type { Command } from '../command';

export const caseOpsCommands: Command[] = [];
