import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { LONG_OPERATIONS, OPERATION_NAMES } from './src/shared/api';
import { readmeParagraph, SECURE_DELETE_LEAD } from './src/shared/readme-note';

/**
 * The preload is generated over the contract's operation names, fixed at build time: it stays one small
 * CommonJS file with no zod inside and no require but 'electron' (test/desktop/built-output.test.ts checks).
 */
const preloadDefines = {
  __CASEFILE_OPERATIONS__: JSON.stringify(OPERATION_NAMES),
  __CASEFILE_LONG_OPERATIONS__: JSON.stringify([...LONG_OPERATIONS]),
};

export default defineConfig({
  main: {
    build: {
      externalizeDeps: true,
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          // The service runs in a worker thread so long work never blocks the window.
          'service-worker': resolve(__dirname, 'src/main/service-worker.ts'),
        },
      },
    },
  },
  preload: {
    define: preloadDefines,
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        // A sandboxed preload must be a single CommonJS file that requires nothing but 'electron'.
        output: { format: 'cjs', entryFileNames: '[name].cjs', inlineDynamicImports: true },
        external: ['electron'],
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    base: './',
    build: { rollupOptions: { input: resolve(__dirname, 'src/renderer/index.html') } },
    plugins: [react()],
    // The destroy screen shows the README's note on what secure delete cannot reach, in its own words.
    define: {
      __SECURE_DELETE_NOTE__: JSON.stringify(readmeParagraph(readFileSync(resolve(__dirname, 'README.md'), 'utf8'), SECURE_DELETE_LEAD)),
    },
  },
});
