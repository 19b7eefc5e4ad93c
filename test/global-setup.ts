/**
 * Before any test: make sure the bundled CLI (out/cli) is built from the sources under test, once, so the
 * tests that run the real `casefile` command do not each find it stale and rebuild it in parallel.
 */
import { ensureCliBuild } from '../scripts/build-cli.mjs';

export default async function setup(): Promise<void> {
  await ensureCliBuild();
}
