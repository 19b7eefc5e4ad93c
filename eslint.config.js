import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'seeds/**',
      'test/fixtures/**',
      '.native-electron/**',
      'e2e/screenshots/**',
      '.stryker-tmp/**',
      'reports/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // The core never reaches the network: forbid the obvious ways in from the start.
      'no-restricted-imports': ['error', { paths: ['http', 'https', 'node:http', 'node:https', 'net', 'node:net', 'dgram', 'node:dgram'] }],
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/shared/**/*.ts', 'src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'http', 'https', 'node:http', 'node:https', 'net', 'node:net', 'dgram', 'node:dgram'],
          patterns: [
            { group: ['**/main/**', '**/renderer/**', '**/preload/**'], message: 'core/shared/cli must not depend on the front ends' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
);
