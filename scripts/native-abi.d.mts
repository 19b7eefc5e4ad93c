export const MODULE: string;
export const BINARY: string;
export function moduleVersionOf(binaryPath: string): number | null;
export function checkBinary(binaryPath: string, runtime: 'node' | 'electron', runtimeVersion: string): string | null;
export function checkBothCopies(opts: { root: string; electronDir: string; electronVersion: string; nodeVersion?: string }): string[];
export function abiFor(runtime: 'node' | 'electron', version: string): number;
