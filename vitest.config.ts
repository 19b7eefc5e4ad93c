import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The CLI tests run the bundled command (bin/casefile.mjs → out/cli): build it once, up front.
    globalSetup: ['test/global-setup.ts'],
    // Real encrypted files, real KDF (PBKDF2 256k iterations per open): give slow machines room.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
