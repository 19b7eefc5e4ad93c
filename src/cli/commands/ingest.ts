/** extract, import, demo: reading documents and bringing them into a case from the terminal. */
import { type Stats, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { ImportFileResult } from '../../shared/contract/sources';
import type { Reading } from '../../shared/reading';
import { CasefileError } from '../../shared/errors';
import { MAX_SOURCE_BYTES } from '../../shared/limits';
import { type Command, openCase } from '../command';
import { EXIT } from '../exit-codes';
import { humanBytes, json } from '../format';
import { getPassphrase, progressBar } from '../io';
import { usageError } from './case';

/** Read a file the user named, refusing directories, unreadable and too-large files before reading them. */
export function readInputFile(path: string): { fileName: string; bytes: Uint8Array } {
  const fileName = basename(path);
  let st: Stats;
  try {
    st = statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CasefileError('NOT_FOUND', code === 'ENOENT' ? `${path}: no such file.` : `${path}: cannot be read (${code ?? 'error'}).`, {
      fileName,
    });
  }
  if (st.isDirectory())
    throw new CasefileError('INVALID_INPUT', `${path} is a folder; name the files in it (e.g. ${path}/*).`, { fileName });
  if (!st.isFile()) throw new CasefileError('INVALID_INPUT', `${path} is not a regular file.`, { fileName });
  if (st.size > MAX_SOURCE_BYTES) {
    throw new CasefileError(
      'TOO_LARGE',
      `${fileName} is ${humanBytes(st.size)}; the limit for one source is ${humanBytes(MAX_SOURCE_BYTES)}. It was not read.`,
      { fileName, bytes: st.size },
    );
  }
  try {
    return { fileName, bytes: new Uint8Array(readFileSync(path)) };
  } catch (e) {
    throw new CasefileError('NOT_FOUND', `${path}: cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'}).`, { fileName });
  }
}

const one = (s: string | null | undefined, n = 100) => {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};

export function readingSummary(r: Reading, file: string): string {
  const lines = [
    `File        ${file} (${humanBytes(r.source.bytes)}, sha256 ${r.source.sha256})`,
    `Format      ${r.source.format ?? '?'} (${r.source.mediaType})${r.source.encoding ? `, ${r.source.encoding}` : ''}`,
    `Detection   ${r.source.detection ?? ''}`,
    `Language    ${r.language ?? 'unknown'}`,
    `Title       ${r.title ?? '(none found)'}`,
    `Outlet      ${r.outlet ?? '(not stated)'}`,
    `Published   ${r.publishedAt ? `${r.publishedAt.date ?? '?'} (${r.publishedAt.precision}; "${r.publishedAt.text}")` : '(not found)'}`,
    `Text        ${r.text.length} characters in ${r.text.split('\n\n').length} paragraphs`,
    `Subject     ${r.subject ? `${r.subject.name}${r.subject.rank ? `, ${r.subject.rank}` : ''}${r.subject.aliases.length ? ` (aka ${r.subject.aliases.join(', ')})` : ''}` : '(none)'}`,
  ];
  if (r.people.length) lines.push(`People      ${r.people.map((p) => `${p.name}${p.role ? ` (${p.role})` : ''}`).join('; ')}`);
  for (const q of r.quotes) lines.push(`Quote       ${q.speaker ?? '?'}: “${one(q.text, 90)}”`);
  for (const a of r.allegations)
    lines.push(`Allegation  ${a.category} [${a.basis}${a.selfIncriminating ? ', self-incriminating' : ''}]: ${one(a.text, 80)}`);
  for (const a of r.asylum) lines.push(`Asylum      ${a.status} ${a.country ?? '??'}: ${one(a.text, 80)}`);
  if (r.dates.length) lines.push(`Dates       ${r.dates.map((d) => `${d.text} → ${d.date ?? '?'} (${d.precision})`).join('; ')}`);
  if (r.places.length) lines.push(`Places      ${r.places.map((p) => p.name).join(', ')}`);
  if (r.citedOutlets.length) lines.push(`Cites       ${r.citedOutlets.join(', ')}`);
  lines.push('', one(r.text, 600), '');
  return lines.join('\n');
}

export const extractCommand: Command = {
  name: 'extract',
  usage: 'casefile extract FILE [--json]',
  summary: 'Read a document into clean text, metadata and suggestions without a case file.',
  options: { json: { type: 'boolean' } },
  async run({ api, io, args, flags }) {
    const [file] = args;
    if (!file || args.length > 1) return usageError(io, this.usage);
    const { fileName, bytes } = readInputFile(file);
    const reading = await api.extract({ fileName, bytes });
    io.out(flags.json ? json(reading) : readingSummary(reading, file));
    return EXIT.ok;
  },
};

/** Files are handed to the service in groups of at most this many bytes, so a large batch is not all in memory. */
const CHUNK_BYTES = 64 * 1024 * 1024;

export const importCommand: Command = {
  name: 'import',
  usage: 'casefile import CASE FILE... [--json]',
  summary: 'Import documents into a case (originals stored once, suggestions to review); exit 2 if any file failed.',
  options: { json: { type: 'boolean' } },
  async run({ api, io, args, flags }) {
    const [caseFile, ...paths] = args;
    if (!caseFile || paths.length === 0) return usageError(io, this.usage);
    await openCase(api, io, caseFile);
    const results: (ImportFileResult & { path: string })[] = [];
    try {
      const bar = progressBar(io, 'Importing');
      const total = paths.length;
      let chunk: { path: string; fileName: string; bytes: Uint8Array }[] = [];
      let chunkBytes = 0;
      const flush = async () => {
        if (!chunk.length) return;
        const offset = results.length;
        const sent = chunk;
        chunk = [];
        chunkBytes = 0;
        const { results: r } = await api.importFiles(
          { files: sent.map(({ fileName, bytes }) => ({ fileName, bytes })) },
          { onProgress: (p) => bar({ done: offset + p.done, total, label: p.label }) },
        );
        r.forEach((x, i) => results.push({ ...x, path: sent[i].path }));
      };
      for (const path of paths) {
        let file: { fileName: string; bytes: Uint8Array };
        try {
          file = readInputFile(path);
        } catch (e) {
          await flush();
          const err = e instanceof CasefileError ? e : new CasefileError('INTERNAL', String(e));
          results.push({ path, fileName: basename(path), ok: false, error: { code: err.code, message: err.message } });
          bar({ done: results.length, total, label: basename(path) });
          continue;
        }
        if (chunkBytes + file.bytes.byteLength > CHUNK_BYTES) await flush();
        chunk.push({ path, ...file });
        chunkBytes += file.bytes.byteLength;
      }
      await flush();
    } finally {
      await api.closeCase({});
    }
    const failed = results.filter((r) => !r.ok);
    if (flags.json) {
      io.out(json({ results }));
    } else {
      const imported = results.filter((r) => r.ok && !r.duplicate);
      const dups = results.filter((r) => r.ok && r.duplicate);
      const suggestions = imported.reduce((n, r) => n + (r.suggestions ?? 0), 0);
      for (const r of results) {
        if (!r.ok) continue;
        const what = r.duplicate
          ? 'already in the case (not stored again)'
          : `${r.suggestions ?? 0} suggestions, ${r.language ?? 'language unknown'}, ${r.format ?? ''}${r.encoding ? ` ${r.encoding}` : ''}`;
        io.out(`  ok    ${r.path}: ${what}${r.title ? ` — ${one(r.title, 70)}` : ''}\n`);
      }
      io.out(
        `\nImported ${imported.length} of ${results.length} file${results.length === 1 ? '' : 's'}` +
          `${dups.length ? `, ${dups.length} already in the case` : ''}` +
          `${failed.length ? `, ${failed.length} failed` : ''}; ${suggestions} suggestion${suggestions === 1 ? '' : 's'} to review.\n`,
      );
    }
    if (failed.length) {
      io.err(`\n${failed.length} file${failed.length === 1 ? '' : 's'} could not be imported:\n`);
      for (const f of failed) io.err(`  FAILED ${f.path}: ${f.error?.message ?? 'unknown error'} [${f.error?.code ?? '?'}]\n`);
      return EXIT.usage;
    }
    return EXIT.ok;
  },
};

export const demoCommand: Command = {
  name: 'demo',
  usage: 'casefile demo (CASE [--defector ID] [--title TITLE] | --list)',
  summary: 'Create a partly reviewed demo case for one defector of seeds/ (default: the richest; asks for a new passphrase).',
  options: { title: { type: 'string' }, defector: { type: 'string' }, list: { type: 'boolean' } },
  async run({ api, io, args, flags }) {
    if (flags.list && args.length === 0) {
      for (const c of await api.listDemoCases({}))
        io.out(`${c.id.padEnd(20)} ${c.subject} — ${c.sources} article(s), ${c.allegations} alleged crime(s)\n`);
      return EXIT.ok;
    }
    const [file] = args;
    if (!file || args.length > 1) return usageError(io, this.usage);
    const passphrase = await getPassphrase(io, { prompt: 'New passphrase: ', confirm: true });
    try {
      const info = await api.buildDemo(
        { path: file, passphrase, title: flags.title as string | undefined, defector: flags.defector as string | undefined },
        { onProgress: progressBar(io, 'Importing samples') },
      );
      io.out(
        `Created ${info.path} (${info.title})\n${info.counts.sources} sources, ${info.counts.pendingSuggestions} suggestions to review; case id ${info.caseId}\n`,
      );
    } finally {
      await api.closeCase({});
    }
    return EXIT.ok;
  },
};

export const ingestCommands: Command[] = [extractCommand, importCommand, demoCommand];
