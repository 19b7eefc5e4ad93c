/** Independent PDF checks with poppler and qpdf (never used by the core). */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** Text in reading order with line breaks and runs of spaces folded to one space (excerpts wrap). */
export function pdftotext(pdf: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).normalize('NFC').replace(/\s+/g, ' ');
}

export function pdfinfo(pdf: string, ...flags: string[]): string {
  return execFileSync('pdfinfo', [...flags, pdf], { encoding: 'utf8' });
}

export function pdfdetachList(pdf: string): string[] {
  const out = execFileSync('pdfdetach', ['-list', pdf], { encoding: 'utf8' });
  return out
    .split('\n')
    .slice(1)
    .map((l) => l.replace(/^\s*\d+:\s*/, '').trim())
    .filter(Boolean);
}

/** Save every attachment into `dir`; returns name → bytes. */
export function pdfdetachAll(pdf: string, dir: string): Map<string, Buffer> {
  mkdirSync(dir, { recursive: true });
  execFileSync('pdfdetach', ['-saveall', '-o', dir, pdf]);
  return new Map(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f))]));
}

export function qpdfCheck(pdf: string): { code: number | null; out: string } {
  const r = spawnSync('qpdf', ['--check', pdf], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout + r.stderr };
}

/** Every stream decompressed, no object streams: what a byte-level search should look at. */
export function qdf(pdf: string, out: string): Buffer {
  const r = spawnSync('qpdf', ['--qdf', '--object-streams=disable', pdf, out], { encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 3) throw new Error(`qpdf --qdf failed: ${r.stderr}`);
  return readFileSync(out);
}

/** The forms a string can take in PDF bytes: UTF-8, UTF-16BE, Latin-1, and their hex spellings. */
export function byteForms(s: string): Buffer[] {
  const utf8 = Buffer.from(s, 'utf8');
  const utf16 = Buffer.from(s, 'utf16le').swap16();
  const forms = [
    utf8,
    utf16,
    Buffer.from(utf8.toString('hex')),
    Buffer.from(utf8.toString('hex').toUpperCase()),
    Buffer.from(utf16.toString('hex')),
    Buffer.from(utf16.toString('hex').toUpperCase()),
  ];
  if (/^[\x20-\xff]*$/.test(s)) forms.push(Buffer.from(s, 'latin1'));
  return forms;
}

export function containsAnyForm(hay: Buffer, s: string): boolean {
  return byteForms(s).some((f) => hay.includes(f));
}
