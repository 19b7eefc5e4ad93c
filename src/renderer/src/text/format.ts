/** How sizes, times and file names are written on screen (export results, backups, restores). */

/** "1 custody entry", "2 custody entries": a count with its noun in the right number. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function formatWhen(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** "smith.casefile" → "smith": for naming a copy after the case FILE (never its title, which can name the person). */
export function fileStem(name: string): string {
  return baseName(name).replace(/\.casefile$/i, '') || 'case';
}

/** Today as YYYY-MM-DD, for file names. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
