#!/usr/bin/env node
// Runs the bundled CLI (out/cli, built by `npm install` through scripts/build-cli.mjs): plain JavaScript,
// no transpiler at start. In a checkout whose sources changed since that build, it rebuilds first (about
// half a second, once), so the command never runs stale code. The CLI uses Node's build of the native
// SQLite module.
import { pathToFileURL } from 'node:url';
import { buildCli, currentBuild } from '../scripts/build-cli.mjs';

async function entryToRun() {
  const found = currentBuild();
  if (found && !found.stale) return found.entry;
  try {
    return await buildCli();
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    // No bundler here (an install without dev dependencies): an older build still runs, with a warning.
    // A build that fails on the sources (a syntax error in a dev checkout) stops, saying why.
    if (found && e?.code === 'ERR_MODULE_NOT_FOUND') {
      process.stderr.write(
        `casefile: warning: the sources changed since the command was built, and there is no bundler here to rebuild it (${why}); running the older build.\n`,
      );
      return found.entry;
    }
    process.stderr.write(`casefile: the command could not be built (${why}). Run \`npm install\` in the Casefile folder.\n`);
    process.exit(5);
  }
}

await import(pathToFileURL(await entryToRun()).href);
