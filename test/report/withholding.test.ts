/**
 * Whatever a profile withholds is absent from the whole file: every section, quote, excerpt, event,
 * custody detail, the metadata and every attachment. For each built-in profile we plant what it must
 * withhold where the demo case had it leak (a quote from the same self-incriminating passage, accepted as
 * a statement of its own and not linked to the allegation; the same words in a press article, an event
 * note and another allegation's excerpt; the current location; the witness's name in its spellings and
 * inflections) and search pdftotext, pdfinfo (Info and XMP), every attachment pdfdetach saves, and the
 * qpdf-decompressed bytes.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseContext, nowIso } from '../../src/core/context';
import { addSource } from '../../src/core/ops/sources';
import { createService, type CasefileService } from '../../src/core/service';
import { CaseStore } from '../../src/core/store/case-store';
import { newId } from '../../src/shared/ids';
import { PASS } from '../helpers/tmp';
import { buildFixtureCase, LOCATION, type Fixture } from './fixture';
import { containsAnyForm, pdfdetachAll, pdfinfo, pdftotext, qdf } from './poppler';

const CONFESSION = 'I was in the firing squad myself near Popasna';
const PRESS =
  'Former colonel speaks. Asked about Popasna he told this paper: “I was in the firing squad myself near Popasna.” He also described beatings of prisoners by his unit.';

let dir: string;
let fx: Fixture;
let svc: CasefileService;
const pdf: Record<string, string> = {};

/** Plant the same passage, the location and the witness's name where earlier exports let them through. */
function plant(path: string): void {
  const store = CaseStore.open(path, PASS);
  const ctx = new CaseContext(store);
  try {
    const now = nowIso();
    const { source } = addSource(ctx, {
      fileName: 'press-interview.txt',
      bytes: new Uint8Array(Buffer.from(PRESS, 'utf8')),
      mediaType: 'text/plain',
      claimedOutlet: 'Daily Example',
    });
    const allegationId = (
      ctx.db.prepare("SELECT id FROM allegations WHERE category = 'torture'").get() as {
        id: string;
      }
    ).id;
    ctx.write((db) => {
      const textId = newId('sourceText');
      db.prepare(
        "INSERT INTO source_texts (id, source_id, kind, language, title, text, created_at) VALUES (?, ?, 'clean', 'en', 'Former colonel speaks', ?, ?)",
      ).run(textId, source.id, PRESS, now);
      // A quote accepted on its own (the demo's leak): same words, no link to the withheld allegation.
      db.prepare(
        "INSERT INTO statements (id, text, speaker_name, source_id, language, basis, created_at, updated_at) VALUES (?, ?, 'Igor Salikov', ?, 'en', 'first-hand', ?, ?)",
      ).run(newId('statement'), `${CONFESSION}.`, source.id, now, now);
      // Another allegation's excerpt spanning it.
      db.prepare(
        "INSERT INTO evidence_links (id, allegation_id, source_id, excerpt, basis, created_at) VALUES (?, ?, ?, ?, 'reported', ?)",
      ).run(newId('evidence'), allegationId, source.id, `“${CONFESSION}.” He also described beatings of prisoners by his unit.`, now);
      // An event note carrying it, and the location.
      db.prepare(
        "INSERT INTO events (id, title, description, date_precision, created_at, updated_at) VALUES (?, 'Interview with the press', ?, 'unknown', ?, ?)",
      ).run(newId('event'), `He said: ${CONFESSION}. Interviewed at ${LOCATION}.`, now, now);
      // The witness in other spellings and inflections, in a statement that is released.
      db.prepare(
        "INSERT INTO statements (id, text, speaker_name, language, basis, created_at, updated_at) VALUES (?, 'Соседи Олени Коваленко подтвердили её слова; Kovalenko’s account matches.', 'investigator', 'ru', 'document', ?, ?)",
      ).run(newId('statement'), now, now);
      return { result: null, custody: { action: 'fixture.plant', entity: 'case', details: {} } };
    });
  } finally {
    store.close();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'casefile-withhold-'));
  fx = buildFixtureCase(join(dir, 'case.casefile'), PASS);
  plant(fx.path);
  svc = createService();
  await svc.api.openCase({ path: fx.path, passphrase: PASS });
  for (const p of ['icc', 'war-crimes-unit', 'asylum', 'public']) {
    pdf[p] = join(dir, `${p}.pdf`);
    await svc.api.exportPdf({ profile: p, outPath: pdf[p] });
  }
}, 180_000);

afterAll(() => {
  svc?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Every place a recipient (or a tool) can read: page text, Info + XMP, each attachment, decompressed and raw bytes. */
function haystacks(profile: string): [string, Buffer][] {
  const file = pdf[profile];
  const out: [string, Buffer][] = [
    ['pdftotext', Buffer.from(pdftotext(file), 'utf8')],
    ['pdfinfo', Buffer.from(pdfinfo(file) + pdfinfo(file, '-meta'), 'utf8')],
    ['qpdf --qdf', qdf(file, join(dir, `${profile}.qdf.pdf`))],
    ['file bytes', readFileSync(file)],
  ];
  for (const [name, bytes] of pdfdetachAll(file, join(dir, `detach-${profile}`))) out.push([`attachment ${name}`, bytes]);
  return out;
}

const SELF = ['firing squad', 'squad myself'];
const PLACE = ['Assendorperstraat', 'Zwolle'];
const WITNESS_NAMES = ['Kovalenko', 'Коваленко', 'Olena', 'Олена', 'Олени'];
const SUBJECT_NAMES = ['Salikov', 'Саликов', 'Igor'];

const WITHHELD: Record<string, string[]> = {
  icc: [...PLACE],
  'war-crimes-unit': [...PLACE, ...WITNESS_NAMES],
  asylum: [...PLACE, ...SELF, ...WITNESS_NAMES],
  public: [...PLACE, ...SELF, ...WITNESS_NAMES, ...SUBJECT_NAMES],
};

describe('what a profile withholds is in no byte of its export', () => {
  for (const [profile, needles] of Object.entries(WITHHELD)) {
    it(`${profile}: ${needles.length} planted values absent from text, metadata, attachments and decompressed bytes`, () => {
      for (const [where, hay] of haystacks(profile))
        for (const n of needles) expect(containsAnyForm(hay, n), `${profile} · ${where} · ${n}`).toBe(false);
    });
  }

  it('control: the ICC export, which releases the passage and the names, has them (the search can find them)', () => {
    const text = pdftotext(pdf.icc);
    expect(text).toContain(CONFESSION);
    expect(text).toContain('Коваленко');
    expect(text).toContain('He also described beatings of prisoners');
  });

  it('asylum keeps what is not withheld: the torture allegation, its Russian excerpt, unrelated testimony', () => {
    const text = pdftotext(pdf.asylum);
    expect(text).toContain('Пленных избивали прикладами, потом расстреливали у оврага под Попасной');
    expect(text).toContain('Wir bekamen Koordinaten von Wohnblöcken, nicht von Stellungen');
    expect(text).toContain('Interview with the press'); // the event stays, its note loses the passage
    expect(text).toContain('[passage withheld]');
    // The press article quoting the passage is not attached whole.
    expect([...pdfdetachAll(pdf.asylum, join(dir, 'detach-asylum-2')).keys()].some((n) => n.includes('press-interview'))).toBe(false);
  });

  it('an original that carries withheld content goes as a labelled redacted rendition with the original’s SHA-256; clean originals go whole', async () => {
    const files = pdfdetachAll(pdf.asylum, join(dir, 'detach-asylum-3'));
    const sources = await svc.api.listSources({});
    const sha = (id: string) => sources.find((x) => x.id === id)!.sha256;
    // S3, the Ukrainian testimony, names the protected witness: rendition, not original.
    const rendition = files.get('S3-redacted-rendition.txt');
    expect(rendition, [...files.keys()].join(', ')).toBeDefined();
    const text = rendition!.toString('utf8');
    expect(text).toMatch(/^REDACTED TEXT RENDITION of source S3/);
    expect(text).toContain('This is NOT the original');
    expect(text).toContain(`SHA-256 ${sha(fx.sourceIds.uk)}`);
    expect(text).toContain('Їх вивозили на фільтрацію'); // the testimony itself reaches the authority
    expect(text).not.toContain('Коваленко');
    expect([...files.keys()].some((n) => n.includes('olenivka'))).toBe(false);
    // The notes (location, confession) likewise, without either.
    const notes = files.get('S6-redacted-rendition.txt')!.toString('utf8');
    expect(notes).not.toMatch(/Assendorperstraat|firing squad/);
    // A published article with nothing withheld is attached as the original, byte for byte.
    expect(createHash('sha256').update(files.get('S5-tagesspiegel-charkiw.txt')!).digest('hex')).toBe(sha(fx.sourceIds.de));
    expect(pdftotext(pdf.asylum)).toContain('Redacted rendition attached as “S3-redacted-rendition.txt”');
    // The manifest lists the renditions, so verify-export accepts the file.
    const v = await svc.api.verifyExport({ pdfPath: pdf.asylum });
    expect(v.problems).toEqual([]);
    expect(v.attachments.find((a) => a.name === 'S3-redacted-rendition.txt')?.ok).toBe(true);
  });
});
