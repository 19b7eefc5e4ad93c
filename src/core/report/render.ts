/**
 * Lays an EvidenceModel out as a PDF with pdfkit: A4, DejaVu fonts embedded (Cyrillic, Ukrainian,
 * Romanian), PDF/A-3b identification and output intent, tagged structure (Document → Sect → H1/H2/P,
 * Figure with alt text for the timeline, page furniture as Artifacts), /Lang, document info, an outline,
 * a table of contents with page numbers and links, originals and the manifest as embedded files
 * (PDF/A-3 associated files: AFRelationship Source / Data).
 *
 * Nothing here reads the case: the model and the attachments are all there is.
 */
import PDFDocument from 'pdfkit';
import type { Progress } from '../../shared/contract/define';
import type { Attachments, EvidenceModel, FuzzyDateOut } from './model';
import { MANIFEST_ATTACHMENT } from './manifest';
import { fontPath } from './resources';
import { type DocInfo, xmpDescriptions } from './xmp';

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

const C = {
  ink: '#1b1f24',
  navy: '#1f3a5f',
  navyLight: '#e8eef5',
  grey: '#5b6470',
  rule: '#c9d1db',
  paper: '#f4f6f9',
  red: '#9b1c31',
  amber: '#b36b00',
  green: '#2e6b3a',
};

const MARGIN = { top: 70, bottom: 66, left: 62, right: 62 };

// Declared in manifest.ts (so verifying an export loads no PDF writer); still importable from here.
export { MANIFEST_ATTACHMENT };

/** Appended to the citation of an excerpt that is not verbatim. */
const REDACTED_NOTE = ' · redacted excerpt (not verbatim: names replaced by pseudonyms, withheld details removed)';

const PRECISION_LABEL: Record<string, string> = {
  day: 'exact day',
  month: 'month',
  season: 'season',
  year: 'year',
  decade: 'decade',
  range: 'range',
  unknown: 'undated',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const STATUS_COLOR: Record<string, string> = { corroborated: C.green, alleged: C.navy, disputed: C.amber, retracted: C.red };

export function formatDate(d: FuzzyDateOut): string {
  if (!d.value) return d.text ?? 'date unknown';
  const base = d.end ? `${d.value} – ${d.end}` : d.value;
  const prec = d.precision === 'day' ? '' : ` (${PRECISION_LABEL[d.precision] ?? d.precision})`;
  return `${base}${prec}${d.text && d.text !== d.value ? ` · “${d.text}”` : ''}`;
}

interface TocEntry {
  title: string;
  level: number;
  page: number;
  dest: string;
}

export interface RenderInput {
  model: EvidenceModel;
  attachments: Attachments;
  manifestJson: string;
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
}

export function renderPdf(input: RenderInput): Promise<Buffer> {
  const { model, attachments, manifestJson } = input;
  const createdAt = new Date(model.createdAt);
  const title = `Evidence summary: ${model.caseTitle}`;
  const info: DocInfo = {
    Title: title,
    Author: model.preparedBy,
    Subject: `Evidence summary for ${model.recipient} (export profile “${model.profile.name}”)`,
    Keywords: `casefile; evidence summary; ${model.profile.name}; ${model.exportId}`,
    Creator: 'Casefile',
    Producer: 'Casefile (pdfkit)',
    CreationDate: createdAt,
    ModDate: createdAt,
  };
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    autoFirstPage: false,
    pdfVersion: '1.7',
    subset: 'PDF/A-3b',
    tagged: true,
    lang: 'en',
    displayTitle: true,
    info,
  } as PDFKit.PDFDocumentOptions);
  // XMP that agrees with the Info dictionary (report/xmp.ts) instead of pdfkit's packet.
  const withXmp = doc as unknown as { _addInfo: () => void; appendXML: (xml: string) => void };
  withXmp._addInfo = () => withXmp.appendXML(xmpDescriptions(info, 'en'));

  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.registerFont('sans', fontPath('DejaVuSans.ttf'));
  doc.registerFont('bold', fontPath('DejaVuSans-Bold.ttf'));
  doc.registerFont('italic', fontPath('DejaVuSans-Oblique.ttf'));
  doc.registerFont('serif', fontPath('DejaVuSerif.ttf'));
  doc.registerFont('serif-italic', fontPath('DejaVuSerif-Italic.ttf'));
  doc.registerFont('mono', fontPath('DejaVuSansMono.ttf'));

  const r = new Renderer(doc, model);
  const progress = (done: number, label: string) => input.onProgress?.({ done, total: 10, label });
  const check = () => input.signal?.throwIfAborted();

  r.cover();
  progress(1, 'cover');
  r.tocPlaceholder();
  const sections = model.profile.sections;
  if (sections.includes('profile')) r.subjectSection();
  if (sections.includes('asylum')) r.asylumSection();
  check();
  if (sections.includes('allegations')) r.allegationsSection();
  progress(3, 'allegations');
  check();
  if (sections.includes('timeline')) r.timelineSection();
  if (sections.includes('testimony')) r.testimonySection();
  progress(5, 'timeline and testimony');
  check();
  if (sections.includes('sources')) r.sourcesSection();
  if (sections.includes('custody')) r.custodySection();
  progress(7, 'annexes');
  r.manifestSection(manifestJson);
  r.finish();
  check();

  for (const a of attachments.values()) {
    doc.file(a.bytes, {
      name: a.name,
      type: a.mediaType,
      description: a.description,
      relationship: a.relationship,
      creationDate: createdAt,
      modifiedDate: createdAt,
    } as PDFKit.Mixins.PDFAttachmentOptions & { relationship: string });
  }
  doc.file(Buffer.from(manifestJson, 'utf8'), {
    name: MANIFEST_ATTACHMENT,
    type: 'application/json',
    description: 'Casefile export manifest: every included item and its SHA-256',
    relationship: 'Data',
    creationDate: createdAt,
    modifiedDate: createdAt,
  } as PDFKit.Mixins.PDFAttachmentOptions & { relationship: string });
  progress(9, 'attachments');
  doc.end();
  return done.then((b) => {
    progress(10, 'done');
    return b;
  });
}

class Renderer {
  readonly root: Struct;
  private toc: TocEntry[] = [];
  private tocPageIndex = -1;
  private destCounter = 0;
  private section: Struct | null = null;

  constructor(
    private doc: Doc,
    private m: EvidenceModel,
  ) {
    this.root = doc.struct('Document');
    doc.addStructure(this.root);
  }

  get width(): number {
    return this.doc.page.width - MARGIN.left - MARGIN.right;
  }
  get bottom(): number {
    return this.doc.page.height - MARGIN.bottom;
  }

  private newPage(): void {
    this.doc.addPage();
    this.doc.font('sans').fontSize(9.5).fillColor(C.ink);
  }

  private ensure(h: number): void {
    if (this.doc.y + h > this.bottom) this.newPage();
  }

  /** Decorative drawing (rules, boxes) marked as an artifact so readers of the structure skip it. */
  private artifact(draw: () => void): void {
    this.doc.markContent('Artifact');
    draw();
    this.doc.endMarkedContent();
  }

  private tag(parent: Struct, type: string, draw: () => void, options: Record<string, string> = {}): void {
    parent.add(this.doc.struct(type, options, draw));
  }

  /**
   * A section heading. `keep` is the height of the content that must follow it on the same page (the
   * start of that content), so a heading never stands alone at the foot of a page.
   */
  private heading(text: string, level: 1 | 2, keep = 60): void {
    const doc = this.doc;
    const dest = `sec-${++this.destCounter}`;
    if (level === 1) {
      this.newPage();
      this.section?.end();
      this.section = doc.struct('Sect');
      this.root.add(this.section);
    } else {
      doc.font('bold').fontSize(12.5);
      this.ensure(doc.heightOfString(text, { width: this.width }) + 16 + keep);
    }
    const parent = this.section ?? this.root;
    const page = doc.bufferedPageRange().start + doc.bufferedPageRange().count - 1;
    this.toc.push({ title: text, level, page, dest });
    doc.addNamedDestination(dest, 'XYZ', MARGIN.left, doc.page.height - doc.y + 8, null);
    if (level === 1) {
      this.tag(parent, 'H1', () => {
        doc.font('bold').fontSize(17).fillColor(C.navy).text(text, MARGIN.left, doc.y, { width: this.width });
      });
      const y = doc.y + 3;
      this.headingRule(y);
      doc.y = y + 12;
      doc.outline.addItem(text);
    } else {
      doc.moveDown(0.6);
      this.tag(parent, 'H2', () => {
        doc.font('bold').fontSize(12.5).fillColor(C.navy).text(text, MARGIN.left, doc.y, { width: this.width });
      });
      doc.moveDown(0.3);
    }
    doc.font('sans').fontSize(9.5).fillColor(C.ink);
  }

  private para(
    text: string,
    opts: { font?: string; size?: number; color?: string; indent?: number; type?: string; lang?: string; gap?: number } = {},
  ): void {
    const doc = this.doc;
    const indent = opts.indent ?? 0;
    this.tag(
      this.section ?? this.root,
      opts.type ?? 'P',
      () => {
        doc
          .font(opts.font ?? 'sans')
          .fontSize(opts.size ?? 9.5)
          .fillColor(opts.color ?? C.ink)
          .text(text, MARGIN.left + indent, doc.y, { width: this.width - indent, lineGap: 1.5 });
      },
      opts.lang ? { lang: opts.lang } : {},
    );
    doc.moveDown(opts.gap ?? 0.35);
  }

  /** Label/value rows in two columns: a Table whose rows are a header cell (TH, the label) and its value (TD). */
  private keyValues(rows: [string, string][], labelWidth = 120, mono: string[] = []): void {
    const doc = this.doc;
    const table = doc.struct('Table');
    (this.section ?? this.root).add(table);
    for (const [k, v] of rows) {
      const isMono = mono.includes(k);
      doc.font(isMono ? 'mono' : 'sans').fontSize(isMono ? 8.5 : 9.5);
      const hv = doc.heightOfString(v, { width: this.width - labelWidth, lineGap: 1 });
      doc.font('bold').fontSize(8.5);
      const hk = doc.heightOfString(k, { width: labelWidth - 8 });
      const h = Math.max(hv, hk, 12);
      this.ensure(h + 4);
      const y = doc.y;
      const tr = doc.struct('TR');
      table.add(tr);
      this.tag(tr, 'TH', () => {
        doc
          .font('bold')
          .fontSize(8.5)
          .fillColor(C.grey)
          .text(k, MARGIN.left, y + 1, { width: labelWidth - 8 });
      });
      this.tag(tr, 'TD', () => {
        doc
          .font(isMono ? 'mono' : 'sans')
          .fontSize(isMono ? 8.5 : 9.5)
          .fillColor(C.ink)
          .text(v, MARGIN.left + labelWidth, y, { width: this.width - labelWidth, lineGap: 1 });
      });
      tr.end();
      doc.y = y + h + 3;
    }
    table.end();
  }

  /**
   * A grid with a header row (TH) and body rows (TD), tagged Table/TR/TH/TD; the header is repeated (as
   * an artifact) on each page the table continues to.
   */
  private grid(headers: string[], widths: number[], rows: string[][], opts: { size?: number; lang?: (string | undefined)[] } = {}): void {
    const doc = this.doc;
    const size = opts.size ?? 7.8;
    const table = doc.struct('Table');
    (this.section ?? this.root).add(table);
    const xs = widths.map((_, i) => MARGIN.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
    const header = (tagged: boolean) => {
      doc.font('bold').fontSize(size);
      const h = Math.max(...headers.map((t, i) => doc.heightOfString(t, { width: widths[i] - 6 }))) + 5;
      const y = doc.y;
      this.artifact(() => doc.rect(MARGIN.left, y, this.width, h).fillColor(C.navyLight).fill());
      const draw = (i: number) => () =>
        doc
          .font('bold')
          .fontSize(size)
          .fillColor(C.navy)
          .text(headers[i], xs[i] + 3, y + 2.5, { width: widths[i] - 6 });
      if (tagged) {
        const tr = doc.struct('TR');
        table.add(tr);
        headers.forEach((_, i) => this.tag(tr, 'TH', draw(i)));
        tr.end();
      } else this.artifact(() => headers.forEach((_, i) => draw(i)()));
      doc.y = y + h;
    };
    this.ensure(40);
    header(true);
    rows.forEach((row, r) => {
      doc.font('sans').fontSize(size);
      const h = Math.max(...row.map((t, i) => doc.heightOfString(t || ' ', { width: widths[i] - 6 }))) + 4;
      if (doc.y + h > this.bottom) {
        this.newPage();
        header(false);
      }
      const y = doc.y;
      const tr = doc.struct('TR');
      table.add(tr);
      row.forEach((t, i) =>
        this.tag(
          tr,
          'TD',
          () =>
            doc
              .font('sans')
              .fontSize(size)
              .fillColor(C.ink)
              .text(t || ' ', xs[i] + 3, y + 2, { width: widths[i] - 6 }),
          opts.lang?.[r] && i === 0 ? { lang: opts.lang[r] as string } : {},
        ),
      );
      tr.end();
      this.artifact(() => this.rule(y + h, 0.3, '#e1e6ec'));
      doc.y = y + h;
    });
    table.end();
    doc.moveDown(0.5);
  }

  private note(text: string, color = C.navy): void {
    const doc = this.doc;
    doc.font('sans').fontSize(8.8);
    const h = doc.heightOfString(text, { width: this.width - 20 }) + 14;
    this.ensure(h + 6);
    const y = doc.y;
    this.artifact(() => {
      doc.rect(MARGIN.left, y, this.width, h).fillColor(C.paper).fill();
      doc.rect(MARGIN.left, y, 3, h).fillColor(color).fill();
    });
    this.tag(this.section ?? this.root, 'P', () => {
      doc
        .font('sans')
        .fontSize(8.8)
        .fillColor(C.ink)
        .text(text, MARGIN.left + 12, y + 7, { width: this.width - 20, lineGap: 1 });
    });
    doc.y = y + h + 8;
  }

  // ------------------------------------------------------------------ cover

  cover(): void {
    const doc = this.doc;
    const m = this.m;
    this.newPage();
    const sect = doc.struct('Sect');
    this.root.add(sect);
    this.section = sect;
    this.artifact(() => {
      doc.rect(0, 0, doc.page.width, 210).fillColor(C.navy).fill();
      doc.rect(0, 210, doc.page.width, 4).fillColor(C.red).fill();
    });
    this.tag(sect, 'P', () => {
      doc.font('bold').fontSize(10).fillColor('#c8d6e8').text('CASEFILE · EVIDENCE SUMMARY', MARGIN.left, 58);
    });
    this.tag(sect, 'H1', () => {
      doc.font('bold').fontSize(24).fillColor('#ffffff').text(m.caseTitle, MARGIN.left, 82, { width: this.width });
    });
    this.tag(sect, 'P', () => {
      doc
        .font('sans')
        .fontSize(12)
        .fillColor('#dfe7f1')
        .text(`Prepared for ${m.recipient}`, MARGIN.left, doc.y + 8, { width: this.width });
    });
    doc.outline.addItem('Cover');
    doc.y = 240;
    const head = m.custodyHead;
    this.keyValues(
      [
        ['Recipient', m.recipient],
        ['Export profile', `${m.profile.title} (${m.profile.name})`],
        ['Prepared by', m.preparedBy],
        ['Date', `${m.createdAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')}`],
        ['Subject', m.subject.displayName + (m.subject.pseudonymised ? ' (pseudonym)' : '')],
        ['Case ID', m.caseId],
        ['Export ID', m.exportId],
        ['Custody head', head ? `entry #${head.seq}\n${head.hash}` : '(empty log)'],
        ...(m.signing ? ([['Signing certificate', `SHA-256 ${m.signing.fingerprint}`]] as [string, string][]) : []),
      ],
      120,
      ['Case ID', 'Export ID', 'Custody head', 'Signing certificate'],
    );
    doc.moveDown(0.8);
    const allegations = m.categories.reduce((n, c) => n + c.allegations.length, 0);
    const embedded = m.sources.filter((s) => s.embedded).length;
    // Summary figures.
    const boxes: [string, string][] = [
      [
        String(allegations),
        `allegation${allegations === 1 ? '' : 's'} in ${m.categories.length} categor${m.categories.length === 1 ? 'y' : 'ies'}`,
      ],
      [
        String(m.sources.length),
        `source${m.sources.length === 1 ? '' : 's'}, ${embedded} original${embedded === 1 ? '' : 's'} attached${
          m.sources.some((s) => s.rendition) ? `, ${m.sources.filter((s) => s.rendition).length} redacted` : ''
        }`,
      ],
      [String(m.timeline.length), `dated event${m.timeline.length === 1 ? '' : 's'}`],
      [String(m.testimony.length), `statement${m.testimony.length === 1 ? '' : 's'}`],
    ];
    const bw = (this.width - 3 * 10) / 4;
    const by = doc.y;
    boxes.forEach(([n, label], i) => {
      const x = MARGIN.left + i * (bw + 10);
      this.artifact(() => doc.roundedRect(x, by, bw, 58, 4).fillColor(C.navyLight).fill());
      this.tag(sect, 'P', () => {
        doc
          .font('bold')
          .fontSize(18)
          .fillColor(C.navy)
          .text(n, x + 10, by + 8, { width: bw - 20 });
        doc
          .font('sans')
          .fontSize(8)
          .fillColor(C.grey)
          .text(label, x + 10, by + 32, { width: bw - 20 });
      });
    });
    doc.y = by + 74;
    const ex = m.excluded;
    const withheld: string[] = [];
    if (ex.sensitiveFieldsWithheld.length) withheld.push(`sensitive profile fields (${ex.sensitiveFieldsWithheld.join(', ')})`);
    if (ex.pseudonymisedPeople) withheld.push(`${ex.pseudonymisedPeople} person(s) pseudonymised`);
    if (ex.selfIncriminatingAllegations) withheld.push(`${ex.selfIncriminatingAllegations} self-incriminating allegation(s)`);
    if (ex.retractedAllegations) withheld.push(`${ex.retractedAllegations} retracted allegation(s)`);
    const renditions = m.sources.filter((s) => s.rendition).length;
    if (ex.originalsWithheld)
      withheld.push(
        `${ex.originalsWithheld} original(s) not attached${renditions ? ` (${renditions} attached instead as redacted text renditions, labelled as such)` : ''}`,
      );
    this.note(
      `This summary contains only what the “${m.profile.title}” profile releases. ${
        withheld.length ? `Left out of this file entirely (removed, not covered): ${withheld.join('; ')}.` : 'Nothing was left out.'
      } Every claim cites its source (S-numbers, annex). The embedded manifest lists each item and its SHA-256.${
        m.signing
          ? ' The file is signed with this case’s key: any changed byte breaks the signature (check with “casefile verify-export” or any PDF signature validator, e.g. pdfsig), and the certificate fingerprint above, confirmed with the sender by another channel, proves who signed it.'
          : ''
      }`,
    );
    this.note(
      'Legal qualifications are suggestions for the recipient’s assessment; Elements of Crimes short titles have no legal effect. Grades follow the Admiralty system: source reliability A–F, information credibility 1–6 (F and 6 mean “cannot be judged”, not negative).',
      C.grey,
    );
  }

  tocPlaceholder(): void {
    this.newPage();
    this.section?.end();
    this.section = null;
    this.tocPageIndex = this.doc.bufferedPageRange().count - 1;
  }

  /** A horizontal rule across the text width at `y`. */
  private rule(y: number, lineWidth: number, color: string): void {
    this.doc
      .moveTo(MARGIN.left, y)
      .lineTo(MARGIN.left + this.width, y)
      .lineWidth(lineWidth)
      .strokeColor(color)
      .stroke();
  }

  /** The navy rule under a level-1 heading (an artifact: drawn, not part of the tagged text). */
  private headingRule(y: number): void {
    this.artifact(() => this.rule(y, 1.2, C.navy));
  }

  private fillToc(): void {
    const doc = this.doc;
    doc.switchToPage(this.tocPageIndex);
    const sect = doc.struct('TOC');
    this.root.add(sect);
    doc.y = MARGIN.top;
    sect.add(doc.struct('H1', {}, () => doc.font('bold').fontSize(17).fillColor(C.navy).text('Contents', MARGIN.left, MARGIN.top)));
    const y0 = doc.y + 3;
    this.headingRule(y0);
    doc.y = y0 + 14;
    const maxEntries = Math.floor((this.bottom - doc.y) / 15);
    const entries =
      this.toc.filter((e) => e.level === 1).length > maxEntries ? this.toc.filter((e) => e.level === 1) : this.toc.slice(0, maxEntries);
    for (const e of entries) {
      const indent = e.level === 1 ? 0 : 16;
      const y = doc.y;
      const pageLabel = String(e.page + 1);
      sect.add(
        doc.struct('TOCI', {}, () => {
          doc
            .font(e.level === 1 ? 'bold' : 'sans')
            .fontSize(e.level === 1 ? 10.5 : 9.5)
            .fillColor(e.level === 1 ? C.ink : C.grey);
          const tw = this.width - indent - 40;
          const shown =
            doc.widthOfString(e.title) > tw
              ? `${e.title.slice(0, Math.floor((e.title.length * tw) / doc.widthOfString(e.title)) - 2)}…`
              : e.title;
          doc.text(shown, MARGIN.left + indent, y, { width: tw, goTo: e.dest, lineBreak: false });
          doc.text(pageLabel, MARGIN.left + this.width - 36, y, { width: 36, align: 'right', goTo: e.dest, lineBreak: false });
        }),
      );
      doc.y = y + (e.level === 1 ? 17 : 14);
    }
    sect.end();
  }

  // ------------------------------------------------------------------ sections

  subjectSection(): void {
    const m = this.m;
    this.heading('1. Subject profile', 1);
    const rows: [string, string][] = m.subject.fields.map((f) => [f.label, f.value]);
    if (m.subject.pseudonymised) rows.unshift(['Reference', `${m.subject.displayName} (stable pseudonym for this case)`]);
    if (rows.length) this.keyValues(rows);
    else this.para('No profile details are released under this profile.', { color: C.grey, font: 'italic' });
    if (m.subject.withheldFields.length) {
      this.note(
        `Withheld under this profile and absent from this file: ${m.subject.withheldFields.map((f) => FIELD_NAMES[f] ?? f).join(', ')}.`,
        C.amber,
      );
    }
  }

  asylumSection(): void {
    const m = this.m;
    const doc = this.doc;
    this.ensure(80);
    doc.moveDown(0.8);
    this.heading('Asylum status', 2);
    if (m.asylum.length === 0) this.para('No asylum steps are recorded.', { color: C.grey, font: 'italic' });
    const current = m.asylum[m.asylum.length - 1];
    if (current)
      this.para(`Current stage: ${current.stageLabel} — ${current.countryName}${current.authority ? `, ${current.authority}` : ''}.`, {
        font: 'bold',
      });
    for (const s of m.asylum) {
      this.keyValues(
        [
          [
            s.date.value ? formatDate(s.date) : 'date not recorded',
            `${s.stageLabel} — ${s.countryName}${s.authority ? ` · ${s.authority}` : ''}${s.note ? `\n${s.note}` : ''}${s.sourceRef ? `  [${s.sourceRef}]` : ''}`,
          ],
        ],
        150,
      );
    }
    this.asylumGrounds();
  }

  /** The grounds of the claim, then the risks on return, each with its legal basis (unchecked references say so). */
  private asylumGrounds(): void {
    for (const [kind, title] of [
      ['ground', 'Grounds of the claim'],
      ['risk', 'Risk on return'],
    ] as const) {
      const list = this.m.asylumGrounds.filter((g) => g.kind === kind);
      if (!list.length) continue;
      this.ensure(60);
      this.doc.moveDown(0.4);
      this.para(title, { font: 'bold', color: C.navy });
      this.keyValues(
        list.map((g) => [
          g.heading,
          `${g.label}${g.note ? `\n${g.note}` : ''}${g.sourceRef ? `  [${g.sourceRef}]` : ''}${g.basis.length ? `\nLegal basis:\n${g.basis.map((b) => `· ${b}`).join('\n')}` : ''}`,
        ]),
        150,
      );
    }
  }

  allegationsSection(): void {
    const m = this.m;
    const doc = this.doc;
    this.heading('2. Allegations', 1);
    if (m.categories.length === 0) {
      this.para('No allegations are released under this profile.', { color: C.grey, font: 'italic' });
      return;
    }
    this.para(
      'Grouped by crime category. Each allegation lists the candidate Rome Statute provisions, its Admiralty grade, how many independent sources support it, and the supporting excerpts quoted verbatim with their source — except where marked “redacted”: there names were replaced by pseudonyms or withheld details removed.',
      { color: C.grey, size: 8.8 },
    );
    for (const cat of m.categories) {
      const provs = cat.provisions.map((p) => `Art. ${p.code}${p.title ? ` — ${p.title}` : ''}`).join('\n');
      doc.font('sans').fontSize(8.8);
      // The heading keeps its provision list and the first allegation's header with it.
      this.heading(`${cat.label} (${cat.allegations.length})`, 2, (provs ? doc.heightOfString(provs, { width: this.width }) + 12 : 0) + 70);
      if (provs) this.para(provs, { size: 8.8, color: C.navy, gap: 0.6 });
      for (const a of cat.allegations) this.allegation(a);
    }
    void doc;
  }

  private allegation(a: EvidenceModel['categories'][number]['allegations'][number]): void {
    const doc = this.doc;
    const statusColor = STATUS_COLOR[a.status] ?? C.navy;
    // The header band grows with its content: a long provision list wraps inside the band, never below it.
    const provisions = a.provisions.map((p) => p.code).join(', ') || 'no provision';
    const headText = `${a.ref}   ${a.status.toUpperCase()}   grade ${a.grade ?? 'not graded'}   ·   ${provisions}`;
    const kindText = a.claim.role === 'subject' ? 'ACCOUNT OF THE SUBJECT' : a.claim.partyClaim ? 'CLAIM BY A PARTY ABOUT ITS ENEMY' : null;
    doc.font('bold').fontSize(7.5);
    const kindW = kindText ? doc.widthOfString(kindText) + 12 : 0;
    doc.font('sans').fontSize(10);
    const headW = this.width - 12 - kindW;
    const headH = doc.heightOfString(headText, { width: headW });
    const bandH = Math.max(18, headH + 7);
    const descLang = this.m.sources.find((s) => s.ref === a.evidence[0]?.sourceRef)?.language ?? undefined;
    doc.font('serif').fontSize(10);
    // Keep the band with the start of its description: never a band alone at the foot of a page.
    this.ensure(bandH + 6 + Math.min(doc.heightOfString(a.description, { width: this.width }), 60) + 30);
    const y = doc.y;
    this.artifact(() =>
      doc
        .rect(MARGIN.left, y, this.width, bandH)
        .fillColor(a.claim.partyClaim ? '#f7eddc' : C.navyLight)
        .fill(),
    );
    this.tag(this.section ?? this.root, 'H3', () => {
      doc
        .font('bold')
        .fontSize(10)
        .fillColor(C.navy)
        .text(`${a.ref}`, MARGIN.left + 6, y + 4, { continued: true, width: headW });
      doc.font('sans').fillColor(statusColor).text(`   ${a.status.toUpperCase()}`, { continued: true });
      doc.fillColor(C.grey).text(`   grade ${a.grade ?? 'not graded'}   ·   ${provisions}`);
      if (kindText)
        doc
          .font('bold')
          .fontSize(7.5)
          .fillColor(a.claim.partyClaim ? C.amber : C.green)
          .text(kindText, MARGIN.left + this.width - kindW + 6, y + 5.5, { lineBreak: false });
    });
    doc.y = y + bandH + 6;
    this.para(a.description, { font: 'serif', size: 10, lang: descLang });
    const facts: [string, string][] = [];
    facts.push(['Who claims it', a.claim.summary]);
    facts.push(['Date', formatDate(a.date)]);
    if (a.place) facts.push(['Place', a.place]);
    if (a.victims || a.victimStatus !== 'unknown') facts.push(['Victims', `${a.victims ?? 'not specified'} (${a.victimStatus})`]);
    if (a.perpetrators.length || a.units.length) facts.push(['Alleged perpetrators', [...a.perpetrators, ...a.units].join('; ')]);
    if (a.basis) facts.push(['Knowledge', a.basis]);
    facts.push(['Corroboration', `${a.corroboration.explanation}; ${a.corroboration.firstHand} first-hand excerpt(s)`]);
    if (a.notes) facts.push(['Investigator note', a.notes]);
    this.keyValues(facts, 112);
    if (a.selfIncriminating) {
      this.note(
        'Self-incrimination risk: the witness describes his own participation (Rome Statute Art. 55(2) rights apply before questioning).',
        C.red,
      );
    }
    for (const e of a.evidence) {
      const lang = this.m.sources.find((s) => s.ref === e.sourceRef)?.language ?? undefined;
      this.quote(
        e.excerpt,
        `${e.sourceRef}${e.basis ? ` · ${e.basis}` : ''}${e.grade ? ` · ${e.grade}` : ''}${e.redacted ? REDACTED_NOTE : ''}`,
        lang,
      );
    }
    if (a.analysis) this.elementAnalysis(a);
    doc.moveDown(0.6);
  }

  /** The Case Matrix view of one allegation: elements per provision, the evidence for each, the gaps, liability. */
  private elementAnalysis(a: EvidenceModel['categories'][number]['allegations'][number]): void {
    const an = a.analysis;
    if (!an) return;
    const doc = this.doc;
    this.ensure(70);
    this.para(
      `Element analysis of ${a.ref}: ${an.established} element(s) established, ${an.partly} partly, ${an.gaps} without evidence yet (gaps)`,
      { font: 'bold', size: 8.8, color: C.navy, gap: 0.2 },
    );
    const w = this.width;
    for (const p of an.provisions) {
      this.ensure(60);
      this.para(`Art. ${p.code}${p.title ? ` — ${p.title}` : ''} · ${p.contextLabel}`, { size: 8.2, color: C.grey, gap: 0.15 });
      this.grid(
        ['Element', 'Evidence that goes to it', 'Status'],
        [w * 0.56, w * 0.28, w * 0.16],
        p.elements.map((el) => [
          `${el.kind === 'contextual' ? '(context) ' : ''}${el.text}`,
          el.evidence.join('; ') || '—',
          el.status === 'none' ? 'GAP' : el.status,
        ]),
      );
    }
    for (const p of an.withoutElements)
      this.para(
        `Art. ${p.code}${p.title ? ` — ${p.title}` : ''}: no element list on record for this provision; evidence linked to the allegation as a whole: ${p.evidence.join('; ') || 'none'}.`,
        { size: 8.2, color: C.grey },
      );
    const alleged = [...a.perpetrators, ...a.units];
    this.para(
      an.liability.length
        ? `Modes of liability: ${an.liability.map((l) => `${l.name} — Art. ${l.mode} (${l.label})`).join('; ')}.`
        : `Modes of liability: none recorded${alleged.length ? ` for ${alleged.join('; ')}` : ' (no perpetrator or unit is named)'}.`,
      { size: 8.4, color: an.liability.length ? C.ink : C.amber },
    );
    void doc;
  }

  private quote(text: string, cite: string, lang?: string): void {
    const doc = this.doc;
    doc.font('serif-italic').fontSize(9.5);
    const h = doc.heightOfString(`“${text}”`, { width: this.width - 34, lineGap: 1 });
    this.ensure(Math.min(h, 120) + 22);
    const y = doc.y;
    this.tag(
      this.section ?? this.root,
      'BlockQuote',
      () => {
        doc
          .font('serif-italic')
          .fontSize(9.5)
          .fillColor(C.ink)
          .text(`“${text}”`, MARGIN.left + 22, y, { width: this.width - 34, lineGap: 1 });
        doc
          .font('sans')
          .fontSize(8)
          .fillColor(C.grey)
          .text(`— ${cite}`, MARGIN.left + 22, doc.y + 1, { width: this.width - 34 });
      },
      lang ? { lang } : {},
    );
    const endY = doc.y;
    if (endY > y)
      this.artifact(() =>
        doc
          .rect(MARGIN.left + 12, y, 2, endY - y)
          .fillColor(C.rule)
          .fill(),
      );
    doc.y = endY + 6;
  }

  timelineSection(): void {
    const m = this.m;
    const doc = this.doc;
    this.heading('3. Timeline', 1);
    const dated = m.timeline.filter((e) => parseStart(e.date) !== null);
    const undated = m.timeline.filter((e) => parseStart(e.date) === null);
    this.para(
      'Each row is one event. A dot marks an exact day; a bar spans the period the source allows (month, season, year, decade or a stated range) — the wider the bar, the less precise the date.',
      { color: C.grey, size: 8.8 },
    );
    if (dated.length) {
      const starts = dated.map((e) => parseStart(e.date) as number);
      const ends = dated.map((e) => parseEnd(e.date) as number);
      const min = Math.min(...starts);
      const max = Math.max(...ends);
      const span = Math.floor(min) === Math.ceil(max) - 1 ? `${Math.floor(min)}` : `${Math.floor(min)}–${Math.ceil(max) - 1}`;
      this.timelinePanel(dated, min, max, dated.length > 1 ? `All dated events, ${span}` : 'Dated event');
      // When a few early events stretch the scale, add a detail panel for the period most events fall in.
      const sorted = [...starts].sort((a, b) => a - b);
      const from = Math.floor(sorted[Math.floor(sorted.length * 0.3)]);
      const detail = dated.filter((e) => (parseEnd(e.date) as number) > from);
      if (max - min > 6 && max - from <= (max - min) / 2 && detail.length >= 2) {
        this.timelinePanel(detail, from, Math.max(max, from + 1), `Detail, ${from}–${Math.ceil(max) - 1}`);
      }
      // Legend.
      this.ensure(20);
      const ly = doc.y;
      this.artifact(() => {
        doc
          .circle(MARGIN.left + 4, ly + 4, 3)
          .fillColor(C.navy)
          .fill();
        doc
          .font('sans')
          .fontSize(7.5)
          .fillColor(C.grey)
          .text('exact day', MARGIN.left + 12, ly, { lineBreak: false });
        doc
          .roundedRect(MARGIN.left + 70, ly + 0.5, 24, 7, 2)
          .fillOpacity(0.45)
          .fillColor(C.navy)
          .fill();
        doc.fillOpacity(1);
        doc.fillColor(C.grey).text('month / season / year / decade', MARGIN.left + 98, ly, { lineBreak: false });
        doc
          .circle(MARGIN.left + 240, ly + 4, 3)
          .fillColor(C.red)
          .fill();
        doc.fillColor(C.grey).text('linked to an allegation', MARGIN.left + 248, ly, { lineBreak: false });
      });
      doc.y = ly + 18;
    }
    this.heading('Events', 2, 40);
    for (const e of [...dated, ...undated]) {
      const refs = [e.allegationRef, ...e.sourceRefs].filter(Boolean).join(', ');
      this.keyValues(
        [
          [
            `${e.ref} · ${formatDate(e.date)}`,
            `${e.title}${e.place ? ` — ${e.place}` : ''}${e.description ? `\n${e.description}` : ''}${refs ? `  [${refs}]` : ''}`,
          ],
        ],
        170,
      );
    }
    if (m.timeline.length === 0) this.para('No events are recorded.', { color: C.grey, font: 'italic' });
  }

  private timelinePanel(events: EvidenceModel['timeline'], lo: number, hi: number, caption: string): void {
    const doc = this.doc;
    const span = Math.max(hi - lo, 1 / 12);
    const min = lo - span * 0.03;
    const max = hi + span * 0.03;
    const labelW = 190;
    const x0 = MARGIN.left + labelW;
    const x1 = MARGIN.left + this.width - 6;
    const xOf = (t: number) => x0 + ((Math.min(Math.max(t, min), max) - min) / (max - min)) * (x1 - x0);
    const rowH = 17;
    let i = 0;
    while (i < events.length) {
      this.ensure(90);
      this.para(caption, { font: 'bold', size: 8.5, color: C.grey, gap: 0.1 });
      const top = doc.y + 4;
      const rows = Math.max(1, Math.min(events.length - i, Math.floor((this.bottom - top - 30) / rowH)));
      const chunk = events.slice(i, i + rows);
      const height = rows * rowH + 30;
      const alt = `${caption}: ${chunk.map((e) => `${e.ref} ${e.title}, ${formatDate(e.date)}`).join('; ')}.`;
      this.tag(
        this.section ?? this.root,
        'Figure',
        () => {
          doc
            .rect(x0, top, x1 - x0, height - 22)
            .fillColor(C.paper)
            .fill();
          const years = max - min;
          const step = years > 40 ? 10 : years > 16 ? 4 : years > 8 ? 2 : 1;
          for (let yv = Math.ceil(min / step) * step; yv <= max; yv += step) {
            const x = xOf(yv);
            doc
              .moveTo(x, top)
              .lineTo(x, top + height - 22)
              .lineWidth(0.4)
              .strokeColor(C.rule)
              .stroke();
            doc
              .font('sans')
              .fontSize(7)
              .fillColor(C.grey)
              .text(String(yv), x - 15, top + height - 18, { width: 30, align: 'center', lineBreak: false });
          }
          if (years <= 6) {
            for (let t = Math.ceil(min * 12) / 12; t <= max; t += 1 / 12) {
              const x = xOf(t);
              doc
                .moveTo(x, top + height - 25)
                .lineTo(x, top + height - 22)
                .lineWidth(0.4)
                .strokeColor(C.grey)
                .stroke();
              // Within about a year the ticks need their months, or the axis says nothing.
              const month = Math.round((t - Math.floor(t + 1e-6)) * 12) % 12;
              if (years <= 1.6 && month !== 0)
                doc
                  .font('sans')
                  .fontSize(5.8)
                  .fillColor(C.grey)
                  .text(MONTHS[month], x - 10, top + height - 18, { width: 20, align: 'center', lineBreak: false });
            }
          }
          chunk.forEach((e, k) => {
            const cy = top + 8 + k * rowH + rowH / 2 - 4;
            doc
              .moveTo(MARGIN.left + labelW - 4, cy)
              .lineTo(x1, cy)
              .lineWidth(0.25)
              .strokeColor('#e1e6ec')
              .stroke();
            const s = parseStart(e.date) as number;
            const en = parseEnd(e.date) as number;
            const color = e.allegationRef ? C.red : C.navy;
            if (e.date.precision === 'day' && !e.date.end) {
              doc
                .circle(xOf(s + 1 / 730), cy, 3.4)
                .fillColor(color)
                .fill();
            } else {
              const w = Math.max(xOf(en) - xOf(s), 3);
              doc
                .roundedRect(xOf(s), cy - 3.5, w, 7, 2)
                .fillOpacity(e.date.precision === 'range' ? 0.8 : 0.45)
                .fillColor(color)
                .fill();
              doc.fillOpacity(1);
            }
            doc.font('sans').fontSize(7.6).fillColor(C.ink);
            doc.text(ellipsize(doc, `${e.ref} ${e.title}`, labelW - 12), MARGIN.left, cy - 4, { lineBreak: false });
          });
        },
        { alt },
      );
      doc.y = top + height + 4;
      i += rows;
    }
  }

  testimonySection(): void {
    const m = this.m;
    this.heading('4. Testimony', 1);
    if (m.testimony.length === 0) {
      this.para('No statements are released under this profile.', { color: C.grey, font: 'italic' });
      return;
    }
    for (const t of m.testimony) {
      // The speaker line stays with the start of the quote.
      this.doc.font('serif-italic').fontSize(9.5);
      this.ensure(Math.min(this.doc.heightOfString(`“${t.text}”`, { width: this.width - 34, lineGap: 1 }), 120) + 46);
      this.para(`${t.ref} · ${t.speaker}`, { font: 'bold', size: 9.5, gap: 0.15 });
      this.quote(
        t.text,
        [t.basis, t.hearsayFrom ? `heard from ${t.hearsayFrom}` : null, t.language, t.statedDate, t.sourceRef].filter(Boolean).join(' · ') +
          (t.redacted ? REDACTED_NOTE : ''),
        t.language ?? undefined,
      );
      if (t.translation)
        this.para(`Translation (${t.translationKind ?? 'unspecified'}${t.translator ? `, by ${t.translator}` : ''}): ${t.translation}`, {
          indent: 22,
          size: 8.8,
          color: C.grey,
        });
    }
  }

  sourcesSection(): void {
    const m = this.m;
    this.heading('5. Source annex', 1);
    this.para(
      'Every source cited above, with its SHA-256 as computed at import. Originals marked “attached” are embedded in this PDF byte-for-byte (see the attachments panel or “pdfdetach -list”); their hashes can be recomputed by anyone.',
      { color: C.grey, size: 8.8 },
    );
    for (const s of m.sources) {
      this.ensure(90);
      this.para(`${s.ref} · ${s.heading}`, { font: 'bold', size: 10, gap: 0.2, lang: s.title ? (s.language ?? undefined) : undefined });
      const rows: [string, string][] = [];
      rows.push(['Kind of source', `${s.kind} (${s.kindBasis})`]);
      rows.push(['Publisher', s.publisher ?? 'not recorded']);
      rows.push(['Published', s.published ?? 'date not recorded']);
      rows.push(['Language', s.languageName ?? 'not detected']);
      rows.push(['URL', s.url ?? 'not recorded']);
      rows.push(['Reliability', s.reliability]);
      rows.push(['File', `${s.fileName} · ${s.mediaType}${s.encoding ? ` · ${s.encoding}` : ''} · ${s.size} bytes`]);
      rows.push(['Imported', s.importedAt]);
      rows.push(['SHA-256', s.sha256 ?? 'not listed under this profile']);
      rows.push(['Original', s.embedded ? `attached as “${s.attachmentName}”` : `not attached — ${s.withheldReason}`]);
      if (s.rendition)
        rows.push([
          'Redacted rendition',
          `attached as “${s.rendition.attachmentName}”: the text with withheld names and passages removed, labelled as not the original (rendition SHA-256 ${s.rendition.sha256}). The original’s SHA-256 above lets you ask the sender for it.`,
        ]);
      this.keyValues(rows, 100, ['SHA-256']);
      this.doc.moveDown(0.4);
    }
  }

  custodySection(): void {
    const m = this.m;
    const doc = this.doc;
    this.heading('6. Custody appendix', 1);
    this.para(
      `The case’s hash-chained custody log up to entry #${m.custodyHead?.seq ?? 0} (head ${m.custodyHead?.hash ?? '—'}). Each entry’s hash covers the one before it. Details are shown as this profile allows; names and withheld values in them are replaced, so the chain itself is verified against the case file (“casefile verify”), not from this listing. This export’s own entry is written after the file is made (it records the file’s SHA-256).`,
      { color: C.grey, size: 8.8 },
    );
    const cols = [0, 30, 118, 222, 372];
    const widths = [28, 86, 102, 148, this.width - 372];
    // A Table: the header row is tagged TH once, repeated on later pages as an artifact.
    const table = doc.struct('Table');
    (this.section ?? this.root).add(table);
    const headers = ['#', 'Time (UTC)', 'Action', 'Entity', 'Entry hash (first 24 hex)'];
    const headerY = (tagged = false) => {
      const y = doc.y;
      this.artifact(() =>
        doc
          .rect(MARGIN.left, y - 2, this.width, 13)
          .fillColor(C.navyLight)
          .fill(),
      );
      const draw = (h: string, i: number) => () =>
        doc
          .font('bold')
          .fontSize(7.5)
          .fillColor(C.navy)
          .text(h, MARGIN.left + cols[i], y, { lineBreak: false });
      if (tagged) {
        const tr = doc.struct('TR');
        table.add(tr);
        headers.forEach((h, i) => this.tag(tr, 'TH', draw(h, i)));
        tr.end();
      } else this.artifact(() => headers.forEach((h, i) => draw(h, i)()));
      doc.y = y + 14;
    };
    headerY(true);
    for (const c of m.custody) {
      doc.font('sans').fontSize(7);
      const details = readableDetails(c.details);
      const dh = details ? doc.heightOfString(details, { width: this.width - cols[1] }) : 0;
      if (doc.y + 11 + dh > this.bottom) {
        this.newPage();
        headerY();
      }
      const y = doc.y;
      const tr = doc.struct('TR');
      table.add(tr);
      this.tag(tr, 'TD', () => doc.font('mono').fontSize(7).fillColor(C.ink).text(String(c.seq), MARGIN.left, y, { lineBreak: false }));
      this.tag(tr, 'TD', () =>
        doc
          .font('sans')
          .fontSize(7)
          .fillColor(C.ink)
          .text(c.at.replace('T', ' ').replace(/\.\d+Z$/, ''), MARGIN.left + cols[1], y, { lineBreak: false }),
      );
      this.tag(tr, 'TD', () =>
        doc
          .font('sans')
          .fontSize(7)
          .text(ellipsize(doc, c.action, widths[2] - 4), MARGIN.left + cols[2], y, { lineBreak: false }),
      );
      this.tag(tr, 'TD', () =>
        doc
          .font('sans')
          .fontSize(7)
          .text(ellipsize(doc, `${c.entity}${c.entityId ? ` ${c.entityId}` : ''}`, widths[3] - 4), MARGIN.left + cols[3], y, {
            lineBreak: false,
          }),
      );
      this.tag(tr, 'TD', () => {
        doc
          .font('mono')
          .fontSize(6.5)
          .fillColor(C.grey)
          .text(`${c.hash.slice(0, 24)}…`, MARGIN.left + cols[4], y, { lineBreak: false });
        if (details)
          doc
            .font('sans')
            .fontSize(6.8)
            .fillColor(C.grey)
            .text(details, MARGIN.left + cols[1], y + 9.5, { width: this.width - cols[1] });
      });
      tr.end();
      doc.y = y + 10.5 + (details ? dh + 1.5 : 0);
      this.artifact(() => this.rule(doc.y - 1, 0.3, '#e1e6ec'));
    }
    table.end();
  }

  manifestSection(manifestJson: string): void {
    const m = this.m;
    const parsed = JSON.parse(manifestJson) as { items: Record<string, unknown[]> };
    this.heading(`${m.profile.sections.includes('custody') ? '7' : '6'}. Manifest and verification`, 1);
    this.para(
      `This PDF carries a machine-readable manifest as the embedded file “${MANIFEST_ATTACHMENT}” (PDF/A-3 associated file). It names the case, this export (${m.exportId}), the profile and recipient, the custody head before this export, and every included item with the SHA-256 of its content as shown here: allegations, events, statements, asylum steps and sources (for attached originals, the SHA-256 of the original bytes).`,
    );
    this.keyValues(
      Object.entries(parsed.items).map(([k, v]) => [k, `${v.length} item(s)`] as [string, string]),
      120,
    );
    this.para(
      'Why the PDF does not state its own hash: a file cannot contain the digest of itself. The manifest therefore records the custody head as it was before the export; the export is then written to the case’s export ledger and custody log together with this PDF’s SHA-256. “casefile verify-export FILE --case CASE” recomputes every attachment’s hash against the manifest, the sources’ hashes against the case, and looks this file’s SHA-256 up in the ledger.',
      { color: C.grey, size: 8.8 },
    );
  }

  finish(): void {
    const doc = this.doc;
    this.section?.end();
    this.section = null;
    this.fillToc();
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      const ph = doc.page.height;
      // Furniture sits in the margins: lift the bottom margin so writing there does not add a page.
      const savedBottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      doc.markContent('Artifact', { type: 'Pagination' });
      if (this.m.profile.name !== 'public') {
        // Every page of a non-public summary says so, so a single page printed or photographed still does.
        doc
          .font('bold')
          .fontSize(7.5)
          .fillColor(i === 0 ? '#ffffff' : C.red)
          .text(`CONFIDENTIAL — for ${this.m.recipient} only; do not disclose further`, MARGIN.left, i === 0 ? 20 : 18, {
            width: this.width,
            align: 'center',
            lineBreak: false,
          });
      }
      if (i > 0) {
        this.rule(44, 0.5, C.rule);
        doc
          .font('sans')
          .fontSize(7.5)
          .fillColor(C.grey)
          .text(ellipsize(doc, `${this.m.caseTitle} · for ${this.m.recipient}`, this.width - 130), MARGIN.left, 32, { lineBreak: false });
        doc.text(`profile ${this.m.profile.name}`, MARGIN.left + this.width - 120, 32, { width: 120, align: 'right', lineBreak: false });
      }
      this.rule(ph - 48, 0.5, C.rule);
      doc
        .font('sans')
        .fontSize(7.5)
        .fillColor(C.grey)
        .text(`Casefile · ${this.m.exportId}`, MARGIN.left, ph - 42, { width: 250, lineBreak: false });
      doc.text(`Page ${i + 1} of ${range.count}`, MARGIN.left + this.width - 120, ph - 42, {
        width: 120,
        align: 'right',
        lineBreak: false,
      });
      doc.endMarkedContent();
      doc.page.margins.bottom = savedBottom;
    }
    this.root.end();
  }
}

/** A custody entry's details as "key: value · key: value", not raw JSON. */
export function readableDetails(json: string): string {
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch {
    return json;
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) return String(v);
  const show = (x: unknown): string =>
    Array.isArray(x) ? x.map(show).join(', ') : x && typeof x === 'object' ? readableDetails(JSON.stringify(x)) : String(x);
  return Object.entries(v as Record<string, unknown>)
    .filter(([, x]) => x !== null && x !== undefined && !(Array.isArray(x) && x.length === 0))
    .map(([k, x]) => `${k.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}: ${show(x)}`)
    .join(' · ');
}

function ellipsize(doc: Doc, s: string, width: number): string {
  if (doc.widthOfString(s) <= width) return s;
  let out = s;
  while (out.length > 1 && doc.widthOfString(`${out}…`) > width) out = out.slice(0, -1);
  return `${out.trimEnd()}…`;
}

const FIELD_NAMES: Record<string, string> = {
  currentLocation: 'current location',
  contacts: 'contacts',
  family: 'family',
  notes: 'notes',
  fullName: 'name',
  birthDate: 'date of birth',
};

/** Fractional year of the start of a fuzzy date, or null when undated. */
export function parseStart(d: FuzzyDateOut): number | null {
  return toYears(d.value, false, d.precision);
}

export function parseEnd(d: FuzzyDateOut): number | null {
  if (d.end) return toYears(d.end, true, 'day');
  if (d.precision === 'decade') {
    const s = toYears(d.value, false, 'year');
    return s === null ? null : s + 10;
  }
  if (d.precision === 'season') {
    const s = toYears(d.value, false, 'month');
    return s === null ? null : s + 3 / 12;
  }
  return toYears(d.value, true, d.precision);
}

function toYears(v: string | null, end: boolean, precision: string): number | null {
  if (!v) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(v);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) - 1 : null;
  const da = m[3] ? Number(m[3]) - 1 : null;
  if (mo === null || precision === 'year') return end ? y + 1 : y;
  if (da === null || precision === 'month') return y + (mo + (end ? 1 : 0)) / 12;
  return y + (mo + (da + (end ? 1 : 0)) / 31) / 12;
}
