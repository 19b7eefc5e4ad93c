/**
 * Read a document the user chose by path (file picker, or dropped on the window) for import, as an
 * admitted source (ingest/admit.ts: size checked, bytes hashed). A file larger than the limit by its size
 * on disk is refused before it is read, and what can go wrong with a path is said in words: not there, a
 * folder, not readable, too big. The path itself was checked by the desktop's path gate before it got here.
 */
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { CasefileError } from '../../shared/errors';
import { admitSource, type AdmittedSource, checkSourceSize } from './admit';

export async function readForImport(path: string): Promise<AdmittedSource> {
  const name = basename(path);
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (e) {
    throw unreadable(name, e);
  }
  try {
    const st = await handle.stat();
    if (st.isDirectory())
      throw new CasefileError('UNSUPPORTED_FORMAT', `${name} is a folder; choose the files in it instead.`, { fileName: name });
    if (!st.isFile())
      throw new CasefileError('UNSUPPORTED_FORMAT', `${name} is not a regular file; nothing was imported.`, { fileName: name });
    checkSourceSize(name, st.size);
    // Measured again as read, at admission: the file may have grown since the stat.
    return admitSource(name, new Uint8Array(await handle.readFile()));
  } catch (e) {
    throw e instanceof CasefileError ? e : unreadable(name, e);
  } finally {
    await handle.close();
  }
}

function unreadable(name: string, e: unknown): CasefileError {
  const code = (e as NodeJS.ErrnoException)?.code;
  const why =
    code === 'ENOENT'
      ? 'it is no longer there (moved or deleted?)'
      : code === 'EACCES' || code === 'EPERM'
        ? 'this user may not read it'
        : code === 'EISDIR'
          ? 'it is a folder'
          : 'it could not be read';
  return new CasefileError(code === 'ENOENT' ? 'NOT_FOUND' : 'UNSUPPORTED_FORMAT', `${name} was not imported: ${why}.`, { fileName: name });
}

/** The file name a pasted text is stored under: its title when given, else the time of the paste. */
export function pastedFileName(title: string | undefined, now = new Date()): string {
  const safe = [...(title ?? '')]
    .map((c) => (c === '/' || c === '\\' || c.charCodeAt(0) < 32 ? ' ' : c))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  const stamp = now.toISOString().slice(0, 19).replace('T', ' ').replace(/:/g, '-');
  return `${safe || `Pasted text ${stamp}`}.txt`;
}
