/**
 * A DOCX that understates its sizes: the central directory says each part is small, the DEFLATE data
 * expands to 300 MiB. Before the fix the guard summed the declared sizes, let mammoth inflate it all and
 * failed late with an unclear message; now the bytes are counted while inflating and it stops at the limit.
 */
import { constants, deflateRawSync, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/core/ingest/decode';
import { inflatedSizeWithin, listZip } from '../../src/core/ingest/zip';
import { CasefileError } from '../../src/shared/errors';
import { docx } from '../ingest/documents';

/**
 * DEFLATE data for `mib` MiB of spaces without ever holding them: one 1 MiB block, flushed to a byte
 * boundary and not final, repeated (its back-references only look at spaces), then an empty final block.
 */
function deflatedRepeat(mib: number): Uint8Array {
  const block = deflateRawSync(Buffer.alloc(1 << 20, 0x20), { finishFlush: constants.Z_FULL_FLUSH });
  return new Uint8Array(Buffer.concat([...Array.from({ length: mib }, () => block), Buffer.from([0x03, 0x00])]));
}

/** A ZIP whose members declare `declared` bytes each, whatever their data inflates to. */
function lyingZip(members: { name: string; data: Uint8Array }[], declared: number): Uint8Array {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const m of members) {
    const name = Buffer.from(m.name);
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(8, 8);
    lh.writeUInt32LE(m.data.length, 18);
    lh.writeUInt32LE(declared, 22);
    lh.writeUInt16LE(name.length, 26);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(8, 10);
    ch.writeUInt32LE(m.data.length, 20);
    ch.writeUInt32LE(declared, 24);
    ch.writeUInt16LE(name.length, 28);
    ch.writeUInt32LE(offset, 42);
    local.push(lh, name, Buffer.from(m.data));
    central.push(ch, name);
    offset += 30 + name.length + m.data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(members.length, 8);
  end.writeUInt16LE(members.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...local, cd, end]));
}

describe('zip bomb guard (bytes actually inflated)', () => {
  it('a DOCX that understates its sizes is refused with TOO_LARGE once 256 MiB have been inflated', async () => {
    const bomb = lyingZip([{ name: 'word/document.xml', data: deflatedRepeat(300) }], 1000);
    expect(bomb.byteLength).toBeLessThan(2 * 1024 * 1024);
    const entries = listZip(bomb)!;
    expect(entries.reduce((n, e) => n + e.uncompressedSize, 0)).toBe(1000); // the lie the old guard believed
    let err: unknown;
    try {
      await decode(bomb, 'statement.docx');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CasefileError);
    expect((err as CasefileError).code).toBe('TOO_LARGE');
    expect((err as CasefileError).message).toMatch(/expands to more than 256 MiB .*zip bomb/);
  });

  it('counts overlapping and repeated members, and stops at the limit', () => {
    const data = deflatedRepeat(3);
    const z = lyingZip(
      Array.from({ length: 4 }, (_, i) => ({ name: `word/part${i}.xml`, data })),
      10,
    );
    expect(inflateRawSync(data).byteLength).toBe(3 * 1024 * 1024);
    const entries = listZip(z)!;
    expect(inflatedSizeWithin(z, entries, 100 * 1024 * 1024)).toBe(12 * 1024 * 1024);
    expect(inflatedSizeWithin(z, entries, 10 * 1024 * 1024)).toBeNull();
  });

  it('an honest DOCX is still read', async () => {
    const d = await decode(docx(['Statement', 'He said he saw it.']), 'ok.docx');
    expect(d.format).toBe('docx');
    expect(d.content).toMatch(/He said he saw it/);
  });
});
