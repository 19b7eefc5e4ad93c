#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx, so `npx casefile` works right after `npm install`
// with no build step. The CLI uses Node's build of the native SQLite module.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/index.ts');
