/**
 * A file that is UTF-8 but for a few bad bytes must be read as UTF-8, the bad bytes shown as U+FFFD and
 * the fact recorded in the detection; before the fix a short text with few accented letters was read
 * entirely as windows-1250 (every accented letter turned into two wrong ones).
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/core/ingest/encoding';
import { createService } from '../../src/core/service';
import { PASS, useTempDir } from '../helpers/tmp';
import { join } from 'node:path';

const tmp = useTempDir();

const text =
  'Voják řekl, že jeho jednotka v březnu 2022 střílela na civilisty u Buči. ' +
  'Svědectví potvrdil i druhý voják, který utekl přes Bělorusko do Polska.\n';

function withBadBytes(s: string): Uint8Array {
  const utf8 = Buffer.from(s, 'utf8');
  // Two stray windows-1250 bytes pasted into the middle (š and ž in that code page).
  return new Uint8Array(
    Buffer.concat([utf8.subarray(0, 40), Buffer.from([0x9a]), utf8.subarray(40, 90), Buffer.from([0x9e]), utf8.subarray(90)]),
  );
}

describe('mostly UTF-8 with a few invalid bytes', () => {
  it('is read as UTF-8 with replacement characters, and says so', () => {
    const d = decodeText(withBadBytes(text))!;
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toContain('Voják řekl');
    expect(d.text).toContain('Bělorusko');
    expect([...d.text].filter((c) => c === '\ufffd')).toHaveLength(2);
    expect(d.detection).toMatch(/2 invalid byte sequence\(s\) \(shown as \ufffd\)/);
  });

  it('the import records it on the source', async () => {
    const service = createService();
    try {
      await service.api.createCase({ path: join(tmp(), 'u.casefile'), passphrase: PASS });
      const r = await service.api.importFiles({ files: [{ fileName: 'mixed.txt', bytes: withBadBytes(text) }] });
      expect(r.results[0].ok).toBe(true);
      expect(r.results[0].encoding).toBe('utf-8');
      const [source] = await service.api.listSources({});
      expect(source.encoding).toBe('utf-8');
    } finally {
      service.dispose();
    }
  });

  it('a real windows-1250 text is still read as windows-1250', () => {
    const d = decodeText(new Uint8Array(iconv.encode(text.repeat(3), 'windows-1250')))!;
    expect(d.encoding).toBe('windows-1250');
    expect(d.text).toContain('Voják řekl');
  });
});
