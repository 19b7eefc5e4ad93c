/** The destroy screen shows the README's paragraph on what secure delete cannot reach (by reference, at build time). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readmeParagraph, SECURE_DELETE_LEAD } from '../../src/shared/readme-note';

describe('readmeParagraph', () => {
  it('finds the secure-delete note in the README, as plain text naming SSDs, snapshots and backups', () => {
    const note = readmeParagraph(readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8'), SECURE_DELETE_LEAD);
    expect(note).toMatch(/^Destroying a case overwrites/);
    for (const word of ['SSDs', 'wear levelling', 'snapshots', 'backups', 'ciphertext']) expect(note).toContain(word);
    expect(note).not.toMatch(/[`*]|\n/);
  });

  it('fails loudly when the paragraph is gone (the build then fails)', () => {
    expect(() => readmeParagraph('# Nothing here\n', SECURE_DELETE_LEAD)).toThrow(/no paragraph/);
    expect(readmeParagraph('**Lead.** One `code` and *emphasis*\nwrapped.\n\nNext.', 'Lead.')).toBe('One code and emphasis wrapped.');
  });
});
