/** Turn SQLite's terse errors into the typed, human-readable errors of shared/errors.ts. */
import { CasefileError } from '../../shared/errors';

export function sqliteCode(e: unknown): string | undefined {
  return (e as { code?: string } | null)?.code;
}

export function isBusy(e: unknown): boolean {
  const code = sqliteCode(e);
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' || /database is locked/i.test(String((e as Error)?.message));
}

export function inUseError(path: string): CasefileError {
  return new CasefileError('IN_USE', 'This case file is open in another window or program. Close it there first, then try again.', {
    path,
  });
}

/** A page failed SQLCipher's authentication or SQLite's structure checks: the file is damaged there. */
export function isCorrupt(e: unknown): boolean {
  const code = sqliteCode(e);
  return code === 'SQLITE_NOTADB' || (code?.startsWith('SQLITE_CORRUPT') ?? false);
}

export function damagedPageError(cause: unknown): CasefileError {
  return new CasefileError(
    'DAMAGED',
    'Part of this case file is damaged and could not be read. Nothing was changed. Run verify to see what is affected, and restore the case from a backup.',
    { cause: String((cause as Error)?.message ?? cause).slice(0, 200) },
  );
}
