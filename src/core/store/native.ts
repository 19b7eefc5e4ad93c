/**
 * Which compiled SQLite module to load. Node (CLI, tests) uses the build npm made in node_modules.
 * Electron has a different ABI, so the desktop app points CASEFILE_NATIVE_BINDING at the copy built for
 * Electron (scripts/build-native-electron.mjs); undefined lets better-sqlite3 find its default build.
 */
export function resolveNativeBinding(): string | undefined {
  const p = process.env.CASEFILE_NATIVE_BINDING;
  return p && p.length > 0 ? p : undefined;
}
