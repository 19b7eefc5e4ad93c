/**
 * Errors reach the investigator in words: a screen passes a service error through explain() (api.ts),
 * which turns codes such as NO_CASE_OPEN into a sentence, instead of printing the raw message. This reads
 * the screens' source, because a raw message only shows when that error happens, which no spec forces
 * for every screen.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const SCREENS = join(import.meta.dirname, '../../src/renderer/src');

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsxFiles(join(dir, e.name)) : e.name.endsWith('.tsx') ? [join(dir, e.name)] : [],
  );
}

test('no screen shows a query or mutation error by its raw message', () => {
  const raw = tsxFiles(SCREENS).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line, i) => ({ line, at: `${file.slice(SCREENS.length + 1)}:${i + 1}` }))
      .filter(({ line }) => /<ErrorMessage>\{[\w.]*error\.message\}/.test(line))
      .map(({ at }) => at),
  );
  expect(raw).toEqual([]);
});
