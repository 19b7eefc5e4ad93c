/**
 * What is not a document is refused with a typed error that says what the file looks like; nothing
 * crashes. Property test: arbitrary bytes in → a valid reading or a CasefileError out (never INTERNAL).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import PDFDocument from 'pdfkit';
import { readDocument } from '../../src/core/ingest';
import { CasefileError } from '../../src/shared/errors';
import { zip } from './documents';
import { readStages } from './documents';

async function refusal(bytes: Uint8Array, name = 'file.bin'): Promise<CasefileError> {
  try {
    await readStages(bytes, name);
  } catch (e) {
    expect(e).toBeInstanceOf(CasefileError);
    return e as CasefileError;
  }
  throw new Error(`${name} was accepted`);
}

function seededBytes(n: number, seed = 42): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = x >>> 16;
  }
  return out;
}

describe('refused with UNSUPPORTED_FORMAT and a description', () => {
  const cases: [string, Uint8Array, RegExp][] = [
    ['random bytes', seededBytes(4096), /binary data/],
    ['a PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), /a PNG image/],
    ['a JPEG', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]), /a JPEG image/],
    ['a GIF', new TextEncoder().encode('GIF89a\x01\x00\x01\x00'), /a GIF image/],
    [
      'an ELF program',
      new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0]),
      /a program \(ELF executable\)/,
    ],
    ['a Windows program', new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0]), /Windows program/],
    ['a gzip archive', new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]), /gzip-compressed archive/],
    ['a 7-Zip archive', new Uint8Array([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4]), /7-Zip archive/],
    ['a SQLite database (a case file, say)', new TextEncoder().encode('SQLite format 3\0\x10\x00\x01\x01'), /SQLite database/],
    [
      'an old Word file',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      /old Microsoft Office file.*Save it as DOCX or PDF/,
    ],
  ];
  it.each(cases)('%s', async (_name, bytes, what) => {
    const e = await refusal(bytes);
    expect(e.code).toBe('UNSUPPORTED_FORMAT');
    expect(e.message).toMatch(/^file\.bin is not a document Casefile can read: it looks like /);
    expect(e.message).toMatch(what);
  });

  it('a ZIP that is not a DOCX, and Office files that are not Word documents', async () => {
    expect((await refusal(zip({ 'notes.txt': 'hello', 'photo.jpg': 'x' }))).message).toMatch(/a ZIP archive\. Unpack it/);
    expect((await refusal(zip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' }))).message).toMatch(/Excel workbook/);
    expect((await refusal(zip({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<x/>' }))).message).toMatch(
      /OpenDocument text/,
    );
  });

  it('an empty file, and a file with nothing but whitespace or markup', async () => {
    expect((await refusal(new Uint8Array(0), 'empty.txt')).message).toBe('empty.txt is empty (0 bytes): there is nothing to import.');
    expect((await refusal(new TextEncoder().encode(' \n\n\t '), 'blank.txt')).message).toMatch(/no article text remained/);
    expect(
      (
        await refusal(
          new TextEncoder().encode('<html><head><script>x()</script></head><body><nav><a>Home</a></nav></body></html>'),
          'p.html',
        )
      ).message,
    ).toMatch(/read as HTML, but no article text/);
  });

  it('a damaged PDF, a PDF without text (a scan) and a password-protected PDF', async () => {
    expect((await refusal(new TextEncoder().encode('%PDF-1.7\n garbage garbage'), 'broken.pdf')).message).toMatch(
      /starts like a PDF but could not be read/,
    );
    const scan = await new Promise<Uint8Array>((res) => {
      const doc = new PDFDocument();
      const parts: Buffer[] = [];
      doc.on('data', (c: Buffer) => parts.push(c));
      doc.on('end', () => res(new Uint8Array(Buffer.concat(parts))));
      doc.rect(50, 50, 200, 300).fill('#555');
      doc.end();
    });
    expect((await refusal(scan, 'scan.pdf')).message).toMatch(/PDF without a text layer .*OCR/);
    const locked = await new Promise<Uint8Array>((res) => {
      const doc = new PDFDocument({ userPassword: 'secret', ownerPassword: 'owner' });
      const parts: Buffer[] = [];
      doc.on('data', (c: Buffer) => parts.push(c));
      doc.on('end', () => res(new Uint8Array(Buffer.concat(parts))));
      doc.text('Secret statement');
      doc.end();
    });
    expect((await refusal(locked, 'locked.pdf')).message).toMatch(/password-protected PDF/);
  });

  it('a DOCX whose parts claim to expand beyond the limit (zip bomb) is refused before inflating', async () => {
    const bytes = zip({ 'word/document.xml': '<w:document/>' });
    // Rewrite the central directory's uncompressed size to 1 GiB.
    const view = new DataView(bytes.buffer);
    for (let i = bytes.length - 22; i >= 0; i--) {
      if (view.getUint32(i, true) === 0x02014b50) {
        view.setUint32(i + 24, 1024 * 1024 * 1024, true);
        break;
      }
    }
    const e = await refusal(bytes, 'bomb.docx');
    expect(e.code).toBe('TOO_LARGE');
    expect(e.message).toMatch(/would expand to 1024 MiB/);
  });
});

describe('size limit', () => {
  it('refuses 100 MB with TOO_LARGE before looking at the content', async () => {
    const big = new Uint8Array(100 * 1024 * 1024);
    const e = await refusal(big, 'huge.txt');
    expect(e.code).toBe('TOO_LARGE');
    expect(e.message).toBe('huge.txt is 100.0 MiB; the limit for one source is 64 MiB. Nothing was imported.');
  });
});

describe('property: arbitrary input never crashes the importer', () => {
  const check = async (bytes: Uint8Array) => {
    try {
      const r = await readDocument(bytes, 'prop.bin');
      expect(typeof r.cleaned.text).toBe('string');
      expect(r.cleaned.text.length).toBeGreaterThan(0);
      expect(r.cleaned.text).not.toMatch(/\n{3,}|^\s|\s$/);
    } catch (e) {
      expect(e, String(e)).toBeInstanceOf(CasefileError);
      expect((e as CasefileError).code).not.toBe('INTERNAL');
    }
  };

  it('arbitrary bytes', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), check), { numRuns: 300 });
  });

  it('arbitrary Unicode text in UTF-8 and UTF-16', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.boolean(), async (s, wide) => {
        await check(wide ? new Uint8Array([0xff, 0xfe, ...Buffer.from(s, 'utf16le')]) : new TextEncoder().encode(s));
      }),
      { numRuns: 300 },
    );
  });

  it('arbitrary HTML-ish and JSON-ish token soup', async () => {
    const token = fc.constantFrom(
      '<p>',
      '</p>',
      '<div class="share">',
      '</div>',
      '<script>',
      '</script>',
      '<nav>',
      '<article>',
      '</article>',
      '<br>',
      '<h1>',
      '</h1>',
      '&amp;',
      '&#8217;',
      '&bogus;',
      '<\\/p>\\n',
      '","protected":false}',
      '{"content":{"rendered":"',
      '\\u00e9',
      '\\"',
      '"',
      '\n',
      '\n\n',
      'Read more:',
      '[LATEST]',
      'Photo:',
      '2.3 C',
      '11.04.2023',
      'Soldier told the BBC he saw it.',
      'Солдат рассказал',
      '<!--',
      '-->',
      '<![CDATA[',
      ']]>',
      '<svg>',
      '<title>',
      '</title>',
      '<meta charset="koi8-r">',
    );
    await fc.assert(
      fc.asyncProperty(fc.array(token, { maxLength: 60 }), async (parts) => check(new TextEncoder().encode(parts.join('')))),
      { numRuns: 400 },
    );
  });

  it('bytes behind a PDF or ZIP signature', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('%PDF-1.4\n', 'PK\x03\x04'), fc.uint8Array({ maxLength: 2000 }), async (sig, rest) => {
        await check(new Uint8Array([...Buffer.from(sig, 'latin1'), ...rest]));
      }),
      { numRuns: 60 },
    );
  });
});

describe('property: the whole pipeline (with the suggestion stage)', () => {
  it('arbitrary bytes → a valid Reading or a typed refusal', async () => {
    const { extractReading } = await import('../../src/core/ingest');
    const { Reading } = await import('../../src/shared/reading');
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 1500 }),
          fc.string({ unit: 'grapheme', maxLength: 300 }).map((s) => new TextEncoder().encode(s)),
        ),
        async (bytes) => {
          try {
            const r = await extractReading(bytes, 'prop.bin');
            expect(Reading.parse(r)).toEqual(r);
            expect(r.source.bytes).toBe(bytes.byteLength);
          } catch (e) {
            expect(e, String(e)).toBeInstanceOf(CasefileError);
            expect((e as CasefileError).code).not.toBe('INTERNAL');
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

// No timed thresholds here (machines are noisy; timings belong in bench/): a quadratic or exponential
// regression shows as the test runner's timeout, and the assertions check the work was really done.
describe('hostile markup is read in bounded time', () => {
  it('300,000 nested elements (quadratic in a naive parser) take seconds, not minutes, and the text survives', async () => {
    const html = `<html><body>${'<div>'.repeat(300_000)}<p>The soldier said he had seen prisoners shot near the village of Dovhenke.</p></body></html>`;
    const r = await readStages(new TextEncoder().encode(html), 'deep.html');
    expect(r.text).toBe('The soldier said he had seen prisoners shot near the village of Dovhenke.');
    expect(r.source.detection).toMatch(/nested more than 256 levels deep/);
  });

  it.each([
    ['unclosed tag starts in text', 'x.txt', 'word <p '.repeat(60_000)],
    ['unmatched Markdown emphasis', 'x.md', `# T\n\n${'**a *b _c '.repeat(30_000)}`],
    ['unmatched Markdown links', 'x.md', `# T\n\n${'[a](b [c]( '.repeat(30_000)}`],
    ['one enormous line', 'x.txt', 'Soldier said '.repeat(200_000)],
  ])('%s (backtracking-prone input) stays linear', async (_name, file, text) => {
    const r = await readStages(new TextEncoder().encode(text), file);
    expect(r.text.length).toBeGreaterThan(1000);
  });
});
