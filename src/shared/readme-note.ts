/**
 * A paragraph of the README, found by its bold lead-in and returned as plain text. The app shows the
 * README's own words where it needs them (what secure delete cannot reach), so there is one text to keep
 * true, not a copy that drifts. Read at build time (electron.vite.config.ts); a missing paragraph fails
 * the build.
 */
export function readmeParagraph(markdown: string, lead: string): string {
  const marker = `**${lead}**`;
  const start = markdown.indexOf(marker);
  if (start < 0) throw new Error(`README.md has no paragraph starting “${lead}”.`);
  const end = markdown.indexOf('\n\n', start);
  return markdown
    .slice(start + marker.length, end < 0 ? undefined : end)
    .replace(/\s+/g, ' ')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\*\*([^*]+)\*\*|\*([^*]+)\*/g, '$1$2')
    .trim();
}

export const SECURE_DELETE_LEAD = 'What secure delete cannot reach.';
