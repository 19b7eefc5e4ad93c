/** export, verify-export, exports: evidence summaries from the terminal (all behaviour is in the service). */
import { readFileSync } from 'node:fs';
import { type Command, openCase, withCase } from '../command';
import { EXIT } from '../exit-codes';
import { humanBytes, json } from '../format';
import { progressBar } from '../io';
import { usageError } from './case';

export const exportCommand: Command = {
  name: 'export',
  usage:
    'casefile export CASE --pdf OUT.pdf --profile icc|war-crimes-unit|asylum|public [--profile-file custom.json] [--recipient TEXT] [--prepared-by NAME] [--overwrite] [--preview] [--json]',
  summary: 'Write an evidence summary PDF for a recipient (recorded in the export ledger and custody log).',
  options: {
    pdf: { type: 'string' },
    profile: { type: 'string' },
    'profile-file': { type: 'string' },
    recipient: { type: 'string' },
    'prepared-by': { type: 'string' },
    overwrite: { type: 'boolean' },
    preview: { type: 'boolean' },
    json: { type: 'boolean' },
  },
  async run({ api, io, args, flags }) {
    const [file] = args;
    const profileFile = flags['profile-file'] as string | undefined;
    const profile = flags.profile as string | undefined;
    if (!file || args.length > 1 || (!profile && !profileFile) || (!flags.preview && !flags.pdf)) return usageError(io, this.usage);
    const customProfile = profileFile ? (JSON.parse(readFileSync(profileFile, 'utf8')) as never) : undefined;
    await openCase(api, io, file);
    try {
      if (flags.preview) {
        const p = await api.previewExport({ profile, customProfile });
        if (flags.json) io.out(json(p));
        else {
          io.out(`Profile ${p.profile.name}: ${p.profile.title}\nSections: ${p.sections.join(', ')}\n`);
          io.out(
            `Includes ${p.included.allegations.length} allegations, ${p.included.events} events, ${p.included.statements} statements, `,
          );
          io.out(`${p.included.sources.filter((s) => s.embedded).length}/${p.included.sources.length} originals attached\n`);
          io.out(`Profile fields shown: ${p.included.profileFields.join(', ') || '(none)'}\n`);
          const x = p.excluded;
          io.out(
            `Left out: sensitive fields [${x.sensitiveFieldsWithheld.join(', ')}], ${x.selfIncriminatingAllegations} self-incriminating and ${x.retractedAllegations} retracted allegations, ${x.originalsWithheld} originals; ${x.pseudonymisedPeople} people pseudonymised\n`,
          );
          for (const w of p.warnings) io.out(`WARNING: ${w}\n`);
        }
        return EXIT.ok;
      }
      const r = await api.exportPdf(
        {
          profile,
          customProfile,
          recipient: flags.recipient as string | undefined,
          preparedBy: flags['prepared-by'] as string | undefined,
          outPath: flags.pdf as string,
          overwrite: Boolean(flags.overwrite),
        },
        { onProgress: progressBar(io, 'Exporting') },
      );
      if (flags.json) io.out(json(r));
      else {
        const m = r.manifest;
        io.out(
          [
            `Wrote ${r.path} (${humanBytes(r.size)})`,
            `sha256 ${r.sha256}`,
            `export ${r.exportId} for ${m.recipient}, profile ${m.profile}; custody entry #${r.custodySeq}`,
            `${m.allegations} allegations, ${m.events} events, ${m.statements} statements, ${m.originalsEmbedded}/${m.sources} originals attached`,
            '',
          ].join('\n'),
        );
      }
      return EXIT.ok;
    } finally {
      await api.closeCase({});
    }
  },
};

export const verifyExportCommand: Command = {
  name: 'verify-export',
  usage: 'casefile verify-export OUT.pdf [--case CASE] [--json]',
  summary:
    'Check an exported PDF: its signature over every byte, its attachments against the embedded manifest and, with --case, against the case, its key and its export ledger (exit 1 on any problem).',
  options: { case: { type: 'string' }, json: { type: 'boolean' } },
  async run({ api, io, args, flags }) {
    const [pdf] = args;
    if (!pdf || args.length > 1) return usageError(io, this.usage);
    const caseFile = flags.case as string | undefined;
    if (caseFile) await openCase(api, io, caseFile);
    try {
      const r = await api.verifyExport({ pdfPath: pdf, checkAgainstCase: Boolean(caseFile) });
      if (flags.json) io.out(json(r));
      else {
        if (r.manifest)
          io.out(
            `Export ${r.manifest.exportId} of case ${r.manifest.caseId} for ${r.manifest.recipient} (profile ${r.manifest.profile}, ${r.manifest.createdAt})\n`,
          );
        io.out(`PDF sha256 ${r.pdfSha256}\n`);
        const sig = r.signature;
        io.out(
          sig.valid
            ? `Signature valid over the whole file${sig.signedAt ? `, signed ${sig.signedAt}` : ''} by ${sig.signer}\n  certificate SHA-256 ${sig.fingerprint}\n  (confirm this fingerprint with the sender by another channel)\n`
            : `Signature INVALID${sig.fingerprint ? ` (certificate SHA-256 ${sig.fingerprint})` : ''}\n`,
        );
        for (const a of r.attachments) io.out(`  ${a.ok ? 'ok      ' : 'MISMATCH'} ${a.name} ${a.sha256}\n`);
        if (r.ledger) io.out(`In the export ledger: ${r.ledger.exportId}, custody entry #${r.ledger.custodySeq}\n`);
        if (r.ok)
          io.out(
            `OK: the signature covers every byte and ${r.attachments.length} attachment(s) match the manifest${r.checkedAgainstCase ? ', the case and its export ledger' : ''}.\n`,
          );
        else {
          io.out(`FAILED: ${r.problems.length} problem(s).\n`);
          for (const p of r.problems) io.out(`  - ${p.message}\n`);
        }
      }
      return r.ok ? EXIT.ok : EXIT.verificationFailed;
    } finally {
      if (caseFile) await api.closeCase({});
    }
  },
};

export const exportsCommand: Command = {
  name: 'exports',
  usage: 'casefile exports CASE [--json]',
  summary: 'The export ledger: what was sent to whom, when, under which profile, with each PDF’s SHA-256.',
  options: { json: { type: 'boolean' } },
  async run({ api, io, args, flags }) {
    const [file] = args;
    if (!file || args.length > 1) return usageError(io, this.usage);
    return withCase(api, io, file, async () => {
      const rows = await api.listExports({});
      if (flags.json) io.out(json(rows));
      else if (rows.length === 0) io.out('No exports yet.\n');
      else {
        for (const r of rows) {
          io.out(
            `${r.createdAt}  ${r.exportId}  ${r.profile.padEnd(16)} ${r.recipient}\n    ${r.fileName ?? '(bytes)'}  ${humanBytes(r.size)}  sha256 ${r.sha256}  custody #${r.custodySeq}\n`,
          );
        }
      }
      return EXIT.ok;
    });
  },
};

export const reportCommands: Command[] = [exportCommand, verifyExportCommand, exportsCommand];
