import { defineConfig } from '@playwright/test';

const CHROMIUM = process.env.CASEFILE_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: './specs',
  outputDir: '../test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: CHROMIUM,
          args: [
            '--no-sandbox',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
            '--disable-domain-reliability',
            '--disable-features=OptimizationHints,MediaRouter,Translate',
            // Belt and braces: even a request that escaped the router could not resolve a host.
            '--host-resolver-rules=MAP * ~NOTFOUND',
          ],
        },
      },
    },
    { name: 'electron' },
  ],
});
