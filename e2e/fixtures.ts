/**
 * The one fixture every spec uses: `app` — the Casefile UI with `window.casefile` bound to the real
 * service, in a fresh temp folder per test (Joplin-style). Logs are attached when a test fails.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { launchInChromium } from './harness/chromium';
import { launchInElectron } from './harness/electron';
import type { AppHarness } from './harness/types';

export const test = base.extend<{ app: AppHarness; serviceEnv: Record<string, string> }>({
  /** Extra environment for the case service (e.g. CASEFILE_SEEDS_DIR for a bigger demo); set with test.use. */
  serviceEnv: [{}, { option: true }],
  app: async ({ browser, serviceEnv }, use, testInfo) => {
    const dir = mkdtempSync(join(tmpdir(), 'casefile-e2e-'));
    const launched =
      testInfo.project.name === 'electron' ? await launchInElectron(dir, serviceEnv) : await launchInChromium(browser, dir, serviceEnv);
    try {
      await use(launched.harness);
    } finally {
      if (testInfo.status !== testInfo.expectedStatus)
        await testInfo.attach('app-log', { body: launched.logs.join('\n'), contentType: 'text/plain' });
      await launched.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
});

export { expect };
