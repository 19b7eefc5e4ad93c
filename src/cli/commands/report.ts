import type { Command } from '../command';

export const reportCommands: Command[] = [];
