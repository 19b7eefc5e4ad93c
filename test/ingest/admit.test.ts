/**
 * The import path checks once: one size limit (the contract's), compared in one place in the core, and
 * the bytes hashed once at admission, that hash carried into the reading, the stored original and the
 * custody entry. The source scan fails with the file and line if a second check or hash appears on the
 * way; the service test shows the one hash arriving everywhere, for a path and for bytes.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { admitSource, sha256Hex } from '../../src/core/ingest/admit';
import { createService } from '../../src/core/service';
import { storeOriginal } from '../../src/core/ops/sources';
import type { WritableDB } from '../../src/core/context';
import { MAX_SOURCE_BYTES } from '../../src/shared/contract/sources';
import { CasefileError } from '../../src/shared/errors';
import { PASS, useTempDir } from '../helpers/tmp';

const tmp = useTempDir();
const ROOT = join(__dirname, '../..');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** `file:line: text` for every line of src/core matching `re`, comments aside. */
function linesMatching(re: RegExp): string[] {
  return files(join(ROOT, 'src/core')).flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .map((t, i) => ({ t, i }))
      .filter(({ t }) => !/^\s*(\*|\/\/|\/\*)/.test(t) && re.test(t))
      .map(({ t, i }) => `${relative(ROOT, f).split('\\').join('/')}:${i + 1}: ${t.trim()}`),
  );
}

describe('the import path checks once', () => {
  it('the size limit is compared in one module of the core (ingest/admit.ts), against the contract’s MAX_SOURCE_BYTES', () => {
    const uses = linesMatching(/\bMAX_(SOURCE|INPUT)_BYTES\b/);
    expect(uses.length).toBeGreaterThan(0);
    expect(uses.filter((l) => !l.startsWith('src/core/ingest/admit.ts:'))).toEqual([]);
    expect(linesMatching(/\bMAX_INPUT_BYTES\b/)).toEqual([]);
  });

  it('no module on the import path hashes the bytes but the admission (verify, exports and backups hash other things)', () => {
    const importPath = /^src\/core\/(ingest\/|ops\/sources\.ts|ops\/source-spans\.ts|handlers\/sources\.ts)/;
    const hashes = linesMatching(/\bsha256Hex\(|createHash\(/).filter((l) => importPath.test(l));
    expect(hashes.filter((l) => !l.startsWith('src/core/ingest/admit.ts:'))).toEqual([]);
  });

  it('admission refuses one byte over the limit with TOO_LARGE, takes the limit itself, and hashes once', () => {
    const limit = new Uint8Array(MAX_SOURCE_BYTES);
    const a = admitSource('limit.bin', limit);
    expect(a.sha256).toBe(sha256Hex(limit));
    expect(a.bytes).toBe(limit);
    let err: unknown;
    try {
      admitSource('over.bin', new Uint8Array(MAX_SOURCE_BYTES + 1));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CasefileError);
    expect((err as CasefileError).code).toBe('TOO_LARGE');
    expect((err as CasefileError).message).toBe('over.bin is 64.0 MiB; the limit for one source is 64 MiB. Nothing was imported.');
  });

  it('an original can only be stored as an admitted source (raw bytes do not type-check)', () => {
    // Never called: `npm run typecheck` checks the @ts-expect-error line.
    const typeOnly = (db: WritableDB) =>
      // @ts-expect-error raw bytes have not been admitted: no size check, no hash
      storeOriginal(db, { fileName: 'x.txt', bytes: new Uint8Array(1), sha256: 'a'.repeat(64) }, {});
    expect(typeof typeOnly).toBe('function');
  });

  it('the hash made at admission is the one the reading, the stored original and the custody entry carry (path and bytes)', async () => {
    const dir = tmp();
    const text = 'Lieutenant Ivan Petrov said on 3 May 2023 that his unit shelled the village of Novoselivka.';
    const path = join(dir, 'article.txt');
    writeFileSync(path, text);
    const pasted = `${text} He left the army in June.`;
    const { api, dispose } = createService();
    try {
      await api.createCase({ path: join(dir, 'c.casefile'), passphrase: PASS });
      const fromPath = (await api.importPaths({ paths: [path] })).results[0];
      const fromBytes = (await api.importFiles({ files: [{ fileName: 'b.txt', bytes: new TextEncoder().encode(pasted) }] })).results[0];
      const imports = (await api.custodyLog({})).filter((e) => e.action === 'source.import');
      const sources = await api.listSources({});
      for (const [r, bytes] of [
        [fromPath, readFileSync(path)],
        [fromBytes, Buffer.from(pasted)],
      ] as const) {
        expect(r.ok).toBe(true);
        const sha = sha256Hex(bytes);
        expect(sources.find((s) => s.id === r.sourceId)?.sha256).toBe(sha);
        expect(imports.find((e) => e.entityId === r.sourceId)?.details).toMatchObject({ sha256: sha, bytes: bytes.byteLength });
        const stored = await api.getSourceBytes({ id: r.sourceId! });
        expect(sha256Hex(stored.bytes)).toBe(sha);
      }
      const reading = await api.extract({ fileName: 'b.txt', bytes: new TextEncoder().encode(pasted) });
      expect(reading.source.sha256).toBe(sha256Hex(Buffer.from(pasted)));
      expect((await api.verify({})).ok).toBe(true);
    } finally {
      dispose();
    }
  });
});
