interface BuildOptions {
  /** The checkout to build (default: the one this script is in). */
  root?: string;
  /** Where builds go (default: <root>/out/cli). */
  outDir?: string;
}
export const DEFAULT_ROOT: string;
export function buildCli(opts?: BuildOptions): Promise<string>;
export function currentBuild(opts?: BuildOptions): { entry: string; stale: boolean } | null;
export function ensureCliBuild(opts?: BuildOptions): Promise<string>;
