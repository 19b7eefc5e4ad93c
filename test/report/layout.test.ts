/**
 * Layout read back with poppler from real PDFs rendered from evidence models (the renderer never reads a
 * case, so a model is all it needs): a long provision list stays inside its header band, and no heading
 * stands alone at the foot of a page, wherever the page break falls (the first allegation's length moves
 * every later heading down the page, one line at a time).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AllegationOut, EvidenceModel } from '../../src/core/report/model';
import { BUILTIN_PROFILES } from '../../src/core/report/profiles';
import { renderPdf } from '../../src/core/report/render';
import { useTempDir } from '../helpers/tmp';

const tmp = useTempDir();
// Poppler runs asynchronously: a synchronous child would hold up this test worker's event loop.
const run = async (cmd: string, args: string[]) => (await promisify(execFile)(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 26 })).stdout;

const LONG_PROVISIONS = ['8(2)(b)(i)', '8(2)(b)(ii)', '8(2)(b)(iv)', '8(2)(b)(v)', '8(2)(b)(ix)', '8(2)(e)(i)', '8(2)(e)(iv)', '7(1)(k)'];

function allegation(ref: string, category: string, description: string, provisions: string[]): AllegationOut {
  return {
    ref,
    id: `alg_${ref}`,
    category,
    provisions: provisions.map((code) => ({ code, title: null })),
    description,
    place: null,
    date: { text: null, value: null, end: null, precision: 'unknown' },
    perpetrators: [],
    units: [],
    victims: null,
    victimStatus: 'civilian',
    status: 'alleged',
    basis: 'first-hand',
    selfIncriminating: false,
    grade: 'B2',
    corroboration: { sources: 1, independent: 1, firstHand: 1, explanation: '1 source, 1 independent' },
    evidence: [{ excerpt: description, redacted: false, sourceRef: 'S1', basis: 'first-hand', grade: 'B2' }],
    notes: null,
    analysis: null,
    claim: {
      by: 'Pavel Ivanov',
      role: 'person',
      party: null,
      about: null,
      partyClaim: false,
      ownSide: false,
      summary: 'Pavel Ivanov — first-hand (S1)',
    },
  };
}

const CATEGORIES = [
  'Wilful killing',
  'Torture and cruel treatment',
  'Attacks on civilians',
  'Pillage',
  'Deportation or transfer',
  'Outrages',
];

function model(firstLines: number): EvidenceModel {
  const sentence = 'The witness describes what he saw in the village on that morning, street by street. ';
  let n = 0;
  const categories = CATEGORIES.map((label, c) => ({
    category: `cat-${c}`,
    label,
    provisions: [{ code: '8(2)(a)(i)', title: 'War crime of wilful killing' }],
    allegations: Array.from({ length: 2 }, (_, i) => {
      n++;
      const words = c === 0 && i === 0 ? sentence.repeat(firstLines) : sentence.repeat(1 + ((c + i) % 3));
      return allegation(`A${n}`, `cat-${c}`, words.trim(), c === 2 ? LONG_PROVISIONS : ['8(2)(a)(i)']);
    }),
  }));
  return {
    caseId: 'case_LAYOUT',
    caseTitle: 'Layout case',
    exportId: 'exp_LAYOUT',
    createdAt: '2026-01-01T00:00:00.000Z',
    recipient: 'Test recipient',
    preparedBy: 'Test',
    profile: BUILTIN_PROFILES.icc,
    custodyHead: { seq: 1, hash: 'a'.repeat(64) },
    signing: null,
    subject: { displayName: 'Pavel Ivanov', pseudonymised: false, fields: [], withheldFields: [] },
    asylum: [],
    asylumGrounds: [],
    categories,
    timeline: [],
    testimony: [],
    sources: [],
    custody: [],
    excluded: {
      selfIncriminatingAllegations: 0,
      retractedAllegations: 0,
      statements: 0,
      events: 0,
      originalsWithheld: 0,
      pseudonymisedPeople: 0,
      sensitiveFieldsWithheld: [],
    },
  } as unknown as EvidenceModel;
}

async function render(m: EvidenceModel, name: string): Promise<string> {
  const pdf = join(tmp(), name);
  writeFileSync(pdf, await renderPdf({ model: m, attachments: new Map(), manifestJson: JSON.stringify({ items: {} }) }));
  return pdf;
}

/** The text of every page (pdftotext ends each page with a form feed). */
const pageTexts = async (pdf: string) => (await run('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'])).split('\f');

/** Words with their boxes (pdftotext -bbox), in reading order. */
async function words(pdf: string): Promise<{ text: string; page: number; yMin: number; yMax: number }[]> {
  const html = await run('pdftotext', ['-bbox', '-enc', 'UTF-8', pdf, '-']);
  const out: { text: string; page: number; yMin: number; yMax: number }[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/.exec(line);
    if (m) out.push({ text: m[3], page, yMin: Number(m[1]), yMax: Number(m[2]) });
  }
  return out;
}

describe('layout', () => {
  it('a long provision list wraps inside its header band, above the description', async () => {
    const pdf = await render(model(1), 'band.pdf');
    const w = await words(pdf);
    for (const ref of ['A5', 'A6']) {
      const at = w.findIndex((x) => x.text === ref);
      expect(at).toBeGreaterThan(-1);
      const head = w.slice(at, w.findIndex((x, i) => i > at && x.text === '7(1)(k)') + 1);
      expect(head.map((x) => x.text.replace(/,$/, ''))).toEqual(expect.arrayContaining(['8(2)(b)(ix)', '8(2)(e)(iv)', '7(1)(k)']));
      const firstOfDescription = w[at + head.length];
      expect(firstOfDescription.text).toBe('The');
      // Every word of the header sits above the description's first line (the band holds them all).
      for (const h of head) expect(h.yMax).toBeLessThanOrEqual(firstOfDescription.yMin);
    }
  });

  it('no category heading stands alone at the foot of a page, wherever the breaks fall', async () => {
    const heading = new RegExp(`^\\s*(${CATEGORIES.join('|')}) \\(\\d+\\)\\s*$`);
    let checked = 0;
    // Six variants, each moving every later heading by a different number of lines.
    for (const lines of [1, 3, 4, 6, 9, 11]) {
      const pdf = await render(model(lines), `keep-${lines}.pdf`);
      const texts = await pageTexts(pdf);
      for (let p = 3; p <= texts.length; p++) {
        const body = texts[p - 1].split('\n').filter((l) => l.trim() && !/Casefile · exp_LAYOUT|Page \d+ of \d+/.test(l));
        const last = body[body.length - 1] ?? '';
        expect(heading.test(last), `page ${p} of the ${lines}-line variant ends with the heading “${last.trim()}”`).toBe(false);
        // Nor a heading followed only by its provision line.
        const beforeLast = body[body.length - 2] ?? '';
        expect(
          heading.test(beforeLast) && /^\s*Art\. /.test(last),
          `page ${p} (${lines} lines) ends with a heading and its provisions`,
        ).toBe(false);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(12);
  }, 240_000);
});
