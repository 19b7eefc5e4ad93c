/**
 * Evidence-summary exports, checked with tools that are not ours: poppler (pdftotext, pdfinfo,
 * pdfdetach) and qpdf, on real PDFs exported from a real encrypted case.
 */
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportProfile } from '../../src/shared/contract/report';
import { createService, type CasefileService } from '../../src/core/service';
import { PASS } from '../helpers/tmp';
import { runCli } from '../helpers/cli';
import { buildFixtureCase, LOCATION, WITNESS, type Fixture } from './fixture';
import { containsAnyForm, pdfdetachAll, pdfdetachList, pdfinfo, pdftotext, qdf, qpdfCheck, sha } from './poppler';

let dir: string;
let fx: Fixture;
let svc: CasefileService;
const pdf: Record<string, string> = {};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'casefile-report-'));
  fx = buildFixtureCase(join(dir, 'case.casefile'), PASS);
  svc = createService();
  await svc.api.openCase({ path: fx.path, passphrase: PASS });
  for (const p of ['icc', 'war-crimes-unit', 'asylum', 'public']) {
    pdf[p] = join(dir, `${p}.pdf`);
    await svc.api.exportPdf({
      profile: p,
      outPath: pdf[p],
      preparedBy: 'Anna Investigator',
      recipient: p === 'icc' ? undefined : `Recipient for ${p}`,
    });
  }
}, 120_000);

/** The case is locked while open: let the CLI (another process) have it, then take it back. */
async function released<T>(fn: () => Promise<T>): Promise<T> {
  await svc.api.closeCase({});
  try {
    return await fn();
  } finally {
    await svc.api.openCase({ path: fx.path, passphrase: PASS });
  }
}

afterAll(() => {
  svc?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('pdftotext finds the case in every script', () => {
  it('allegations, provisions with short titles, and excerpts in Cyrillic, Ukrainian, Romanian and German', () => {
    const text = pdftotext(pdf.icc);
    // Allegations and provisions.
    expect(text).toContain('Children without parents were taken across the border into Belarus');
    expect(text).toContain('8(2)(a)(vii)');
    expect(text).toContain('War crime of unlawful deportation and transfer');
    expect(text).toContain('War crime of denying quarter');
    expect(text).toContain('Crime against humanity of deportation or forcible transfer of population');
    // Excerpts, quoted with their source ref.
    expect(text).toContain('командир батальона Сергей Петров отдал приказ «пленных не брать»');
    expect(text).toContain('Їх вивозили на фільтрацію, ґрати на вікнах, є списки');
    expect(text).toContain('ofițerii știau și tăceau'); // comma-below ș ț
    expect(text).toContain('a menţionat şi alte mărturii'); // cedilla ş ţ
    expect(text).toContain('Wir bekamen Koordinaten von Wohnblöcken, nicht von Stellungen');
    expect(text).toMatch(/— S2 · first-hand · F3/);
    // Sections and furniture.
    for (const s of [
      'Contents',
      '1. Subject profile',
      'Asylum status',
      '2. Allegations',
      '3. Timeline',
      '4. Testimony',
      '5. Source annex',
      '6. Custody appendix',
    ]) {
      expect(text).toContain(s);
    }
    expect(text).toMatch(/Page 1 of \d+/);
  });

  it('the cover carries recipient, preparer and the custody head before the export', async () => {
    const text = pdftotext(pdf.icc);
    const ledger = await svc.api.listExports({});
    const icc = ledger.find((e) => e.profile === 'icc');
    expect(icc?.summary?.custodyHeadBefore?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(text).toContain(icc?.summary?.custodyHeadBefore?.hash as string);
    expect(text).toContain('International Criminal Court, Office of the Prosecutor');
    expect(text).toContain('Anna Investigator');
  });
});

describe('pdfinfo and qpdf', () => {
  it('tagged PDF with title, author, subject; PDF/A-3 identification; /Lang set', () => {
    const info = pdfinfo(pdf.icc);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Title:\s+Evidence summary: Salikov — GRU defector testimony$/m);
    expect(info).toMatch(/^Author:\s+Anna Investigator$/m);
    expect(info).toMatch(/^Subject:\s+Evidence summary for International Criminal Court/m);
    const meta = pdfinfo(pdf.icc, '-meta');
    expect(meta).toContain('<pdfaid:part>3</pdfaid:part>');
    expect(meta).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    const raw = qdf(pdf.icc, join(dir, 'lang.qdf.pdf')).toString('latin1');
    expect(raw).toMatch(/\/Lang \(en\)/);
    expect(raw).toMatch(/\/StructTreeRoot/);
    expect(raw).toMatch(/\/OutputIntents/);
  });

  it('qpdf --check passes for every profile', () => {
    for (const p of Object.values(pdf)) {
      const r = qpdfCheck(p);
      expect(r.out).toContain('No syntax or stream encoding errors');
      expect(r.code).toBe(0);
    }
  });
});

describe('embedded originals', () => {
  it('pdfdetach lists the originals and the manifest; saved bytes hash to the case’s SHA-256', async () => {
    const names = pdfdetachList(pdf.icc);
    expect(names).toContain('casefile-manifest.json');
    const files = pdfdetachAll(pdf.icc, join(dir, 'detach-icc'));
    const sources = await svc.api.listSources({});
    const manifest = JSON.parse(files.get('casefile-manifest.json')!.toString('utf8')) as {
      items: { sources: { id: string; sha256: string; attachment: string | null; embedded: boolean }[] };
    };
    const embedded = manifest.items.sources.filter((s) => s.embedded);
    expect(embedded.length).toBe(5); // the interview notes carry the current location: withheld
    for (const s of embedded) {
      const bytes = files.get(s.attachment!);
      expect(bytes, s.attachment!).toBeDefined();
      expect(sha(bytes!)).toBe(sources.find((x) => x.id === s.id)!.sha256);
      expect(names).toContain(s.attachment);
    }
    const notes = manifest.items.sources.find((s) => s.id === fx.sourceIds.notes)!;
    expect(notes.embedded).toBe(false);
    expect(names.some((n) => n.includes('interview-notes'))).toBe(false);
  });
});

describe('verify-export', () => {
  it('passes on the exported file, with and without the case', async () => {
    const alone = await svc.api.verifyExport({ pdfPath: pdf.icc });
    expect(alone.problems).toEqual([]);
    expect(alone.ok).toBe(true);
    const withCase = await svc.api.verifyExport({ pdfPath: pdf.icc, checkAgainstCase: true });
    expect(withCase.ok).toBe(true);
    expect(withCase.ledger?.profile).toBe('icc');
  });

  it('fails (exit 1) when one byte of an embedded original is changed', async () => {
    const raw = qdf(pdf.icc, join(dir, 'tamper.qdf.pdf'));
    const needle = Buffer.from('Wohnblöcken', 'utf8');
    const at = raw.indexOf(needle);
    expect(at).toBeGreaterThan(0); // the German original is stored uncompressed in the qdf form
    expect(raw.indexOf(needle, at + 1)).toBe(-1); // and only there (page text is glyph-encoded)
    const tampered = Buffer.from(raw);
    tampered[at] = 'w'.charCodeAt(0); // same length, one byte
    const out = join(dir, 'tampered.pdf');
    writeFileSync(out, tampered);
    const r = await runCli(['verify-export', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('MISMATCH');
    expect(r.stdout).toMatch(/S5-tagesspiegel-charkiw\.txt/);
    // The untouched qdf rewrite still matches its manifest, but it is not the file that was sent.
    const same = await released(() =>
      runCli(['verify-export', join(dir, 'tamper.qdf.pdf'), '--case', fx.path], { CASEFILE_PASSPHRASE: PASS }),
    );
    expect(same.stdout).toContain('not in the case');
    expect(same.code).toBe(1);
  }, 180_000);
});

describe('exportPdf without a path', () => {
  it('returns the bytes, still records the export, and verifyExport accepts bytes', async () => {
    const before = (await svc.api.listExports({})).length;
    const r = await svc.api.exportPdf({ profile: 'public' });
    expect(r.path).toBeNull();
    expect(r.bytes).toBeInstanceOf(Uint8Array);
    expect(sha(r.bytes!)).toBe(r.sha256);
    expect(Buffer.from(r.bytes!.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const rows = await svc.api.listExports({});
    expect(rows.length).toBe(before + 1);
    expect(rows.at(-1)).toMatchObject({ exportId: r.exportId, sha256: r.sha256, fileName: null });
    const v = await svc.api.verifyExport({ bytes: r.bytes!, checkAgainstCase: true });
    expect(v.ok).toBe(true);
  });

  it('refuses an invalid custom profile and an unknown profile name before writing anything', async () => {
    const before = (await svc.api.listExports({})).length;
    await expect(svc.api.exportPdf({ customProfile: { name: 'Bad Name!' } as never })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(svc.api.exportPdf({ profile: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await svc.api.listExports({})).length).toBe(before);
  });

  it('refuses to write the PDF over the open case file or its journal, even with overwrite', async () => {
    const before = (await svc.api.listExports({})).length;
    const caseBytes = readFileSync(fx.path);
    for (const target of [fx.path, `${fx.path}-wal`]) {
      await expect(svc.api.exportPdf({ profile: 'icc', outPath: target, overwrite: true })).rejects.toMatchObject({
        code: 'INVALID_INPUT',
      });
    }
    expect((await svc.api.listExports({})).length).toBe(before);
    expect(readFileSync(fx.path).subarray(0, 16).equals(caseBytes.subarray(0, 16))).toBe(true);
    expect((await svc.api.caseInfo({})).path).toBe(fx.path);
  });
});

describe('the export ledger and custody log', () => {
  it('every export is a ledger row and a custody entry with recipient, profile and the PDF’s SHA-256', async () => {
    const rows = await svc.api.listExports({});
    expect(rows.map((r) => r.profile).sort()).toEqual(['asylum', 'icc', 'public', 'public', 'war-crimes-unit']);
    const log = await svc.api.custodyLog({ afterSeq: 0, limit: 10000 });
    for (const r of rows) {
      if (!r.fileName) continue; // the bytes-only export above
      const p = pdf[r.profile];
      expect(r.sha256).toBe(sha(readFileSync(p)));
      const entry = log.find((e) => e.seq === r.custodySeq)!;
      expect(entry.action).toBe('export.pdf');
      expect(entry.entityId).toBe(r.exportId);
      expect(entry.details).toMatchObject({ recipient: r.recipient, profile: r.profile, sha256: r.sha256 });
    }
    expect(JSON.stringify(log)).not.toContain('Assendorperstraat');
    const verify = await svc.api.verify({});
    expect(verify.ok).toBe(true);
  });
});

describe('profiles', () => {
  it('asylum leaves out the self-incriminating allegation, its statement and the original that carries it', async () => {
    const text = pdftotext(pdf.asylum);
    expect(text).not.toContain('firing squad');
    expect(text).toContain('Children without parents were taken across the border into Belarus');
    const icc = pdftotext(pdf.icc);
    expect(icc).toContain('I was in the firing squad myself near Popasna');
    expect(icc).toContain('Self-incrimination risk');
    const preview = await svc.api.previewExport({ profile: 'asylum' });
    expect(preview.excluded.selfIncriminatingAllegations).toBe(1);
    const iccPreview = await svc.api.previewExport({ profile: 'icc' });
    expect(iccPreview.warnings.join(' ')).toMatch(/own participation/);
  });

  it('war-crimes-unit pseudonymises the witness everywhere, with a pseudonym stable across exports', async () => {
    const again = join(dir, 'wcu-2.pdf');
    await svc.api.exportPdf({ profile: 'war-crimes-unit', outPath: again });
    const t1 = pdftotext(pdf['war-crimes-unit']);
    const t2 = pdftotext(again);
    for (const t of [t1, t2]) {
      expect(t).not.toContain('Kovalenko');
      expect(t).not.toContain('Коваленко');
      expect(t).toContain('Igor Salikov'); // the subject keeps his name
      expect(t).toContain('Sergei Petrov'); // alleged perpetrators are not pseudonymised for prosecutors
    }
    const code = /(P-\d{4})\s*\n?\s*“Їх вивозили/.exec(t1)?.[1] ?? /Свідок (P-\d{4})/.exec(t1)?.[1];
    expect(code).toMatch(/^P-\d{4}$/);
    expect(t2).toContain(code);
    // The witness's own testimony (Ukrainian source names her) is not attached.
    expect(pdfdetachList(pdf['war-crimes-unit']).some((n) => n.includes('olenivka'))).toBe(false);
    for (const [, bytes] of pdfdetachAll(pdf['war-crimes-unit'], join(dir, 'detach-wcu'))) {
      expect(bytes.toString('utf8')).not.toContain('Коваленко');
      expect(bytes.toString('utf8')).not.toContain(WITNESS);
    }
  });

  it('public pseudonymises the subject too: no name in text, metadata or attachments', () => {
    const text = pdftotext(pdf.public);
    const info = pdfinfo(pdf.public) + pdfinfo(pdf.public, '-meta');
    const files = pdfdetachAll(pdf.public, join(dir, 'detach-public'));
    expect([...files.keys()]).toEqual(['casefile-manifest.json']);
    for (const hay of [text, info, ...[...files.values()].map((b) => b.toString('utf8'))]) {
      for (const name of ['Salikov', 'Саликов', 'Igor', 'Kovalenko']) expect(hay).not.toContain(name);
    }
    expect(text).toMatch(/W-\d{4}/);
  });
});

describe('redaction: the current location is absent from the whole file', () => {
  const custom = (name: string, allow: boolean): ExportProfile => ({
    name,
    title: allow ? 'Control (location released)' : 'Case worker without location',
    defaultRecipient: 'Case worker',
    description: '',
    sections: ['profile', 'asylum', 'allegations', 'timeline', 'testimony', 'sources', 'custody'],
    profileFields: ['fullName', 'rank', 'unit', 'currentLocation', 'notes'],
    sensitiveFields: allow ? ['currentLocation'] : [],
    pseudonymise: 'none',
    embedOriginals: true,
    includeSelfIncriminating: true,
    includeRetracted: false,
    listWithheldHashes: true,
    includeNotes: true,
  });

  it('marked sensitive and excluded → not in text, metadata, attachments or decompressed bytes; released → present (control)', async () => {
    // Mark only the current location sensitive, so nothing else hides it by accident.
    // (The whole profile is passed back: a partial patch currently resets omitted fields to null, see report.)
    const { updatedAt: _u, ...current } = await svc.api.getProfile({});
    await svc.api.updateProfile({ ...current, sensitive: ['currentLocation'] });
    expect((await svc.api.getProfile({})).currentLocation).toBe(LOCATION);
    const excluded = join(dir, 'no-location.pdf');
    const control = join(dir, 'with-location.pdf');
    await svc.api.exportPdf({ customProfile: custom('no-location', false), outPath: excluded, recipient: 'Case worker' });
    await svc.api.exportPdf({ customProfile: custom('with-location', true), outPath: control, recipient: 'Case worker' });

    const needles = [LOCATION, 'Assendorperstraat', 'Zwolle'];
    // Control: the same checks find it when the profile releases it (the test can fail).
    const controlText = pdftotext(control);
    expect(controlText).toContain('Assendorperstraat 41');
    expect(pdfdetachList(control).some((n) => n.includes('interview-notes'))).toBe(true);

    const text = pdftotext(excluded);
    const info = pdfinfo(excluded) + pdfinfo(excluded, '-meta');
    const files = pdfdetachAll(excluded, join(dir, 'detach-noloc'));
    const raw = qdf(excluded, join(dir, 'noloc.qdf.pdf'));
    const original = readFileSync(excluded);
    expect(text).toContain('[withheld]'); // the statement and the note that mentioned it
    expect(text).toContain('Withheld under this profile and absent from this file: current location');
    for (const n of needles) {
      expect(text, `pdftotext: ${n}`).not.toContain(n);
      expect(info, `pdfinfo: ${n}`).not.toContain(n);
      for (const [name, bytes] of files) expect(containsAnyForm(bytes, n), `attachment ${name}: ${n}`).toBe(false);
      expect(containsAnyForm(raw, n), `decompressed bytes: ${n}`).toBe(false);
      expect(containsAnyForm(original, n), `file bytes: ${n}`).toBe(false);
    }
    // The notes original, which contains the location, is left out rather than altered.
    expect([...files.keys()].some((n) => n.includes('interview-notes'))).toBe(false);
  });
});

describe('CLI', () => {
  it(
    'export, exports and verify-export',
    () =>
      released(async () => {
        const out = join(dir, 'cli.pdf');
        const env = { CASEFILE_PASSPHRASE: PASS };
        const e = await runCli(['export', fx.path, '--pdf', out, '--profile', 'asylum', '--recipient', 'IND Ter Apel'], env);
        expect(e.stderr).toBe('');
        expect(e.code).toBe(0);
        expect(e.stdout).toMatch(/sha256 [0-9a-f]{64}/);
        const l = await runCli(['exports', fx.path], env);
        expect(l.code).toBe(0);
        expect(l.stdout).toContain('IND Ter Apel');
        expect(l.stdout).toContain(sha(readFileSync(out)));
        const v = await runCli(['verify-export', out, '--case', fx.path], env);
        expect(v.stdout).toContain('OK:');
        expect(v.code).toBe(0);
        const bad = await runCli(['export', fx.path, '--pdf', join(dir, 'x.pdf'), '--profile', 'nope'], env);
        expect(bad.code).toBe(2);
        expect(bad.stderr).toContain('No export profile named');
      }),
    300_000,
  ); // four CLI processes: slow on a loaded machine, no timing is asserted
});
