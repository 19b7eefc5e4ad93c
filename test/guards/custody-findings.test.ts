/**
 * What `verify` reports, finding by finding, and the custody log's reads that other parts trust (the
 * canonical form the hashes cover, the details kept visible when tampered, the URL correction and the
 * import origin read back from the log). Each test names the exact finding, so dropping a check, a
 * message or a counter fails here (issue #16's mutation run over src/core/custody and ops/verify.ts).
 */
import { closeSync, copyFileSync, openSync, readSync, statSync, writeSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/core/custody/canonical';
import { appendCustody, custodyHead, entryHash, GENESIS_HASH, verifyChain } from '../../src/core/custody/chain';
import { importOrigins } from '../../src/core/custody/import-origins';
import { correctedSourceField, lastCustodyEntry, listCustody, parseDetails } from '../../src/core/custody/log';
import { createService } from '../../src/core/service';
import { CaseStore } from '../../src/core/store/case-store';
import { readableView, writableHandle } from '../../src/core/store/handles';
import type { CasefileError } from '../../src/shared/errors';
import { PASS, useTempDir } from '../helpers/tmp';

const tmp = useTempDir();
const enc = (s: string) => new TextEncoder().encode(s);

/** A case with three sources (one pasted), a profile change and a URL correction; returns the source ids. */
async function buildCase(path: string): Promise<{ a: string; b: string; pasted: string }> {
  const { api, dispose } = createService();
  try {
    await api.createCase({ path, passphrase: PASS, title: 'Findings case' });
    const { results } = await api.importFiles({
      files: [
        { fileName: 'a.txt', bytes: enc('first original, about the unit') },
        { fileName: 'b.txt', bytes: enc('second original, about the column') },
      ],
    });
    const [a, b] = results.map((r) => r.sourceId!);
    await api.updateProfile({ fullName: 'Ivan Korolev' });
    const pasted = await api.importText({ text: 'Pasted account of the crossing.' });
    if (!pasted.ok || !pasted.sourceId) throw new Error(`paste failed: ${JSON.stringify(pasted)}`);
    await api.correctSourceMetadata({ sourceId: a, url: 'https://example.org/first' });
    await api.correctSourceMetadata({ sourceId: a, url: 'https://example.org/first-corrected' });
    await api.correctSourceMetadata({ sourceId: b, url: 'https://example.org/second' });
    await api.correctSourceMetadata({ sourceId: b, url: null });
    await api.closeCase({});
    return { a, b, pasted: pasted.sourceId };
  } finally {
    dispose();
  }
}

async function verify(path: string, onProgress?: (p: { done: number; total: number; label?: string }) => void) {
  const { api, dispose } = createService();
  try {
    await api.openCase({ path, passphrase: PASS });
    return await api.verify({}, { onProgress });
  } finally {
    await api.closeCase({}).catch(() => undefined);
    dispose();
  }
}

/** Change the stored file directly, with the guard triggers dropped (what an attacker with the key can do). */
function tamper(path: string, sql: string, ...params: unknown[]): void {
  const store = CaseStore.open(path, PASS);
  try {
    // The schema's own CHECKs (size = length(bytes)) are a guard too; the attacker turns them off.
    store.db.pragma('ignore_check_constraints = ON');
    for (const t of ['custody_append_only_update', 'custody_append_only_delete', 'sources_immutable_update'])
      store.db.exec(`DROP TRIGGER IF EXISTS ${t}`);
    store.db.prepare(sql).run(...params);
  } finally {
    store.close();
  }
}

function withStore<T>(path: string, fn: (store: CaseStore) => T): T {
  const store = CaseStore.open(path, PASS);
  try {
    return fn(store);
  } finally {
    store.close();
  }
}

describe('verify: each finding, named', () => {
  it('an intact case: ok, every entry and source counted, progress reported per source, head = last entry', async () => {
    const path = join(tmp(), 'intact.casefile');
    await buildCase(path);
    const progress: { done: number; total: number; label?: string }[] = [];
    const report = await verify(path, (p) => progress.push(p));
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.sourcesChecked).toBe(3);
    // The head verify reports is the newest entry (its own unlock's), and every entry up to it was walked.
    const head = withStore(path, (s) => custodyHead(readableView(s.db)));
    expect(report.head).toEqual(head);
    expect(report.custodyEntries).toBe(head!.seq);
    const sourceSteps = progress.filter((p) => p.label === 'checking sources');
    expect(sourceSteps.map((p) => [p.done, p.total])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it("an entry's content changed without its hash: that entry is named as not matching its hash", async () => {
    const path = join(tmp(), 'content.casefile');
    await buildCase(path);
    tamper(path, 'UPDATE custody_log SET details = \'{"forged":true}\' WHERE seq = 3');
    const report = await verify(path);
    expect(report.ok).toBe(false);
    expect(report.problems.filter((p) => p.kind === 'custody')).toEqual([
      expect.objectContaining({ seq: 3, message: expect.stringMatching(/^custody entry 3 \(.+\): content does not match its hash$/) }),
    ]);
  });

  it('an entry removed: the gap is named as a missing entry, and the next one no longer links', async () => {
    const path = join(tmp(), 'gap.casefile');
    await buildCase(path);
    tamper(path, 'DELETE FROM custody_log WHERE seq = 4');
    const report = await verify(path);
    const custody = report.problems.filter((p) => p.kind === 'custody');
    expect(custody).toEqual([
      { kind: 'custody', seq: 5, message: 'custody entry 5: expected sequence 4 (an entry is missing)' },
      { kind: 'custody', seq: 5, message: 'custody entry 5: does not link to the entry before it' },
    ]);
  });

  it("a source's bytes changed: named by id and file name; its size then still matches (one finding, not two)", async () => {
    const path = join(tmp(), 'bytes.casefile');
    const { a } = await buildCase(path);
    tamper(path, 'UPDATE sources SET bytes = ? WHERE id = ?', Buffer.from('first original, about the unlt'), a);
    const report = await verify(path);
    expect(report.problems).toEqual([
      { kind: 'source', sourceId: a, message: `source ${a} (a.txt): bytes do not match the SHA-256 recorded at import` },
    ]);
    expect(report.sourcesChecked).toBe(3);
  });

  it("a source's recorded size changed: named as a size mismatch", async () => {
    const path = join(tmp(), 'size.casefile');
    const { b } = await buildCase(path);
    tamper(path, 'UPDATE sources SET size = size + 1 WHERE id = ?', b);
    const report = await verify(path);
    // SQLite's integrity check sees the broken CHECK too; verify's own comparison names the source.
    expect(report.problems).toEqual([
      { kind: 'schema', message: expect.stringMatching(/^database integrity check: CHECK constraint failed in sources/) },
      { kind: 'source', sourceId: b, message: `source ${b} (b.txt): size does not match the recorded size` },
    ]);
  });

  it('a source with no import entry under its hash: named', async () => {
    const path = join(tmp(), 'unrecorded.casefile');
    const { b } = await buildCase(path);
    const sha = createHash('sha256').update('other bytes').digest('hex');
    tamper(path, 'UPDATE sources SET bytes = ?, sha256 = ?, size = ? WHERE id = ?', Buffer.from('other bytes'), sha, 11, b);
    const report = await verify(path);
    expect(report.problems).toEqual([
      { kind: 'source', sourceId: b, message: `source ${b}: no custody entry records its import with this hash` },
    ]);
  });

  it('a database whose index disagrees with its table fails the integrity check, with SQLite’s finding', async () => {
    const path = join(tmp(), 'index.casefile');
    await buildCase(path);
    withStore(path, (s) => {
      // Point the custody index's definition at other columns: its stored entries no longer match.
      s.db.unsafeMode(true);
      s.db.pragma('writable_schema = ON');
      s.db
        .prepare(
          "UPDATE sqlite_master SET sql = 'CREATE INDEX custody_log_entity ON custody_log(action, at)' WHERE name = 'custody_log_entity'",
        )
        .run();
      s.db.pragma('writable_schema = OFF');
    });
    const report = await verify(path);
    expect(report.ok).toBe(false);
    const schema = report.problems.filter((p) => p.kind === 'schema');
    expect(schema.length).toBe(1);
    expect(schema[0].message).toMatch(/^database integrity check: .*custody_log_entity/);
  });

  it('a damaged page anywhere: unlock refuses it as damaged, or verify reports it and checks the rest; verify never fails itself', async () => {
    const path = join(tmp(), 'pages.casefile');
    const { api, dispose } = createService();
    try {
      await api.createCase({ path, passphrase: PASS });
      // A large original fills many pages past the ones unlock reads.
      await api.addSource({ fileName: 'big.txt', bytes: enc('x'.repeat(400_000)) });
      await api.updateProfile({ fullName: 'Ivan Korolev' });
      await api.closeCase({});
      const pages = statSync(path).size / 4096;
      const outcomes = { refusedAtUnlock: 0, checkedTableByTable: 0, reportedAndChecked: 0 };
      for (let page = 2; page <= pages; page += 7) {
        const copy = `${path}.${page}`;
        copyFileSync(path, copy);
        flipByte(copy, (page - 1) * 4096 + 200);
        try {
          await api.openCase({ path: copy, passphrase: PASS });
        } catch (e) {
          expect((e as CasefileError).code).toBe('DAMAGED');
          outcomes.refusedAtUnlock++;
          continue;
        }
        const report = await api.verify({});
        await api.closeCase({});
        expect(report.ok, `page ${page}`).toBe(false);
        expect(report.problems[0]).toEqual({ kind: 'schema', message: expect.stringMatching(/^database integrity check: .+/) });
        if (/table \w+: a page could not be read/.test(report.problems[0].message)) {
          // The page stopped SQLite's whole-file check (an FTS5 index's own check read through it): each table
          // was checked apart, and verify went on with what reads (pages that read are authenticated).
          outcomes.checkedTableByTable++;
        } else {
          outcomes.reportedAndChecked++;
        }
        expect(report.custodyEntries + report.sourcesChecked, `page ${page}`).toBeGreaterThan(0);
      }
      // The sample covers the three outcomes (the original's pages stop the whole-file check; tree pages are reported).
      expect(outcomes.refusedAtUnlock).toBeGreaterThan(0);
      expect(outcomes.checkedTableByTable).toBeGreaterThan(0);
      expect(outcomes.reportedAndChecked).toBeGreaterThan(0);
    } finally {
      dispose();
    }
  });
});

function flipByte(path: string, at: number): void {
  const fd = openSync(path, 'r+');
  const b = Buffer.alloc(1);
  readSync(fd, b, 0, 1, at);
  writeSync(fd, Buffer.from([b[0] ^ 0xff]), 0, 1, at);
  closeSync(fd);
}

describe('custody log: the forms hashes and reads depend on', () => {
  it('canonical JSON sorts keys at every depth, inside arrays, and leaves out undefined', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 1, c: { f: 2, e: null } }, 'x'], u: undefined, n: null })).toBe(
      '{"a":[{"c":{"e":null,"f":2},"d":1},"x"],"b":1,"n":null}',
    );
    expect(canonicalJson([3, { z: 0, y: [] }])).toBe('[3,{"y":[],"z":0}]');
    expect(canonicalJson('plain')).toBe('"plain"');
  });

  it('the entry hash is SHA-256 over the canonical JSON as UTF-8 (a recipient can recompute it)', () => {
    const e = {
      seq: 1,
      at: '2026-01-01T00:00:00.000Z',
      action: 'case.create',
      entity: 'case',
      entityId: null,
      details: { name: 'Дело №5 — Kraków' },
      prevHash: GENESIS_HASH,
    };
    const expected = createHash('sha256')
      .update(Buffer.from(canonicalJson(e), 'utf8'))
      .digest('hex');
    expect(entryHash(e)).toBe(expected);
    expect(entryHash({ ...e, details: { name: 'Дело №6 — Kraków' } })).not.toBe(expected);
  });

  it('details that are not a JSON object stay visible as unparseable instead of being dropped', () => {
    expect(parseDetails('{"a":1}')).toEqual({ a: 1 });
    expect(parseDetails('[1,2]')).toEqual({ __unparseable: '[1,2]' });
    expect(parseDetails('null')).toEqual({ __unparseable: 'null' });
    expect(parseDetails('"text"')).toEqual({ __unparseable: '"text"' });
    expect(parseDetails('7')).toEqual({ __unparseable: '7' });
    expect(parseDetails('{not json')).toEqual({ __unparseable: '{not json' });
  });

  it('appendCustody returns the new head; listCustody pages after a sequence number; lastCustodyEntry names the newest', async () => {
    const path = join(tmp(), 'append.casefile');
    await buildCase(path);
    withStore(path, (s) => {
      const r = readableView(s.db);
      const before = custodyHead(r)!;
      const added = s.db.transaction(() =>
        appendCustody(
          writableHandle(s.db),
          { action: 'test.mark', entity: 'case', entityId: 'x1', details: { k: 'v' } },
          new Date('2026-02-03T04:05:06Z'),
        ),
      )();
      expect(added).toEqual(custodyHead(r));
      expect(added.seq).toBe(before.seq + 1);
      expect(verifyChain(r).problems).toEqual([]);

      const all = listCustody(r);
      expect(all.map((e) => e.seq)).toEqual(Array.from({ length: added.seq }, (_, i) => i + 1));
      const page = listCustody(r, 2, 2);
      expect(page.map((e) => e.seq)).toEqual([3, 4]);
      const last = all[all.length - 1];
      expect(last).toEqual({
        seq: added.seq,
        at: '2026-02-03T04:05:06.000Z',
        action: 'test.mark',
        entity: 'case',
        entityId: 'x1',
        details: { k: 'v' },
        prevHash: before.hash,
        hash: added.hash,
      });
      expect(lastCustodyEntry(r)).toEqual({
        seq: added.seq,
        at: '2026-02-03T04:05:06.000Z',
        action: 'test.mark',
        entity: 'case',
        entityId: 'x1',
      });
    });
  });

  it('the URL correction is read back from the log: the latest wins, a cleared URL is null, an uncorrected source undefined', async () => {
    const path = join(tmp(), 'url.casefile');
    const { a, b, pasted } = await buildCase(path);
    withStore(path, (s) => {
      const r = readableView(s.db);
      expect(correctedSourceField(r, a, 'url')).toBe('https://example.org/first-corrected');
      expect(correctedSourceField(r, b, 'url')).toBeNull();
      expect(correctedSourceField(r, pasted, 'url')).toBeUndefined();
      expect(correctedSourceField(r, a, 'title')).toBeUndefined();
    });
  });

  it('import origins: the pasted source is recorded as pasted, files have none', async () => {
    const path = join(tmp(), 'origins.casefile');
    const { a, pasted } = await buildCase(path);
    withStore(path, (s) => {
      const origins = importOrigins(readableView(s.db));
      expect([...origins.entries()]).toEqual([[pasted, 'pasted']]);
      expect(origins.has(a)).toBe(false);
    });
  });
});
