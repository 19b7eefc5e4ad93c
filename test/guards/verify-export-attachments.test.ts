/**
 * verify-export checks the attachments against the manifest in both directions: an original the manifest
 * lists but the PDF no longer carries is named, and so is a file attached that the manifest does not list.
 * (The signature check also fails on such a file; these tests require the attachment problem itself, so
 * dropping either half of the attachment check cannot hide behind the signature.)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService, type CasefileService } from '../../src/core/service';
import { MANIFEST_ATTACHMENT } from '../../src/core/report/render';
import { PASS } from '../helpers/tmp';
import { iccExport } from '../report/icc-export';

let dir: string;
let svc: CasefileService;
let pdf: string;

/** qpdf's attachment keys (independent of the core's PDF reader). */
function attachmentKeys(file: string): string[] {
  const out = execFileSync('qpdf', ['--list-attachments', file], { encoding: 'utf8' });
  return out
    .split('\n')
    .map((l) => /^(\S.*?) -> /.exec(l)?.[1])
    .filter((k): k is string => !!k);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'casefile-guard-verify-'));
  const made = await iccExport(dir);
  svc = createService();
  await svc.api.openCase({ path: made.fx.path, passphrase: PASS });
  pdf = made.pdfPath;
}, 180_000);

afterAll(() => {
  svc?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('verify-export: attachments against the manifest', () => {
  it('the untouched export verifies, with every listed original present', async () => {
    const v = await svc.api.verifyExport({ pdfPath: pdf });
    expect(v.problems).toEqual([]);
    expect(v.ok).toBe(true);
    expect(v.attachments.length).toBeGreaterThan(1);
    expect(v.attachments.every((a) => a.ok)).toBe(true);
  });

  it('an original the manifest lists but the PDF lacks is named, alone or with the case', async () => {
    const keys = attachmentKeys(pdf).filter((k) => k !== MANIFEST_ATTACHMENT);
    expect(keys.length).toBeGreaterThan(0);
    const removed = keys[0];
    // Rename the attachment in place (same length, so every offset stays valid): the PDF no longer has an
    // attachment of the listed name. qpdf's --remove-attachment does not find pdfkit's name-tree keys.
    const renamed = `${removed.slice(0, -1)}${removed.endsWith('X') ? 'Y' : 'X'}`;
    const stripped = join(dir, 'stripped.pdf');
    const bytes = readFileSync(pdf, 'latin1');
    expect(bytes.split(`(${removed})`).length - 1).toBe(3); // the name-tree key, /F and /UF
    writeFileSync(stripped, bytes.replaceAll(`(${removed})`, `(${renamed})`), 'latin1');
    expect(attachmentKeys(stripped)).not.toContain(removed);
    for (const checkAgainstCase of [false, true]) {
      const v = await svc.api.verifyExport({ pdfPath: stripped, checkAgainstCase });
      expect(v.ok).toBe(false);
      expect(v.problems.filter((p) => p.kind === 'attachment')).toEqual([
        expect.objectContaining({ message: expect.stringContaining(`lists attachment “${removed}” but the PDF does not contain it`) }),
        expect.objectContaining({ message: expect.stringContaining(`“${renamed}” is not listed in the manifest`) }),
      ]);
      expect(v.problems.some((p) => p.kind === 'signature')).toBe(true);
      expect(v.attachments.find((a) => a.name === removed)).toMatchObject({ ok: false });
    }
  });

  it('a file attached that the manifest does not list is named', async () => {
    const extraFile = join(dir, 'planted.txt');
    writeFileSync(extraFile, 'not from the case');
    const added = join(dir, 'added.pdf');
    execFileSync('qpdf', [pdf, '--add-attachment', extraFile, '--key=planted.txt', '--', added]);
    const v = await svc.api.verifyExport({ pdfPath: added });
    expect(v.ok).toBe(false);
    expect(v.problems.filter((p) => p.kind === 'attachment')).toEqual([
      expect.objectContaining({ message: expect.stringContaining('“planted.txt” is not listed in the manifest') }),
    ]);
  });
});
