/**
 * What `verify` says about a damaged case file, check by check (issue #16's mutation run over
 * ops/verify.ts): SQLite's own report, kept readable and bounded; a damaged page that stops one of
 * verify's checks named with what it left unverified, while the other checks still run; and a failure
 * that is not damage failing verify itself instead of passing for a finding.
 */
import { closeSync, copyFileSync, openSync, readSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseContext } from '../../src/core/context';
import { verifyCase } from '../../src/core/ops/verify';
import { createService } from '../../src/core/service';
import { CaseStore } from '../../src/core/store/case-store';
import type { VerifyReport } from '../../src/shared/contract/custody';
import { PASS, useTempDir } from '../helpers/tmp';

const tmp = useTempDir();
const enc = (s: string) => new TextEncoder().encode(s);

/**
 * A case with a large original (about 100 pages) and two small ones. With a file of this size, SQLite's
 * integrity check reports an unreadable root page of a table or index ("unable to get the page") and goes
 * on, so verify's own checks run past it (test/guards/custody-findings.test.ts samples the other outcomes).
 */
async function caseWithOriginals(path: string): Promise<void> {
  const { api, dispose } = createService();
  try {
    await api.createCase({ path, passphrase: PASS, title: 'Damage case' });
    await api.addSource({ fileName: 'big.txt', bytes: enc('x'.repeat(400_000)) });
    await api.addSource({ fileName: 'a.txt', bytes: enc('first small original') });
    await api.addSource({ fileName: 'b.txt', bytes: enc('second small original') });
    await api.closeCase({});
  } finally {
    dispose();
  }
}

/** A copy of the case with one byte of the root page of `tree` (a table or index) flipped. */
function withDamagedRoot(path: string, tree: string): string {
  return withDamagedPage(path, tree, (db) => db.prepare('SELECT rootpage FROM sqlite_master WHERE name = ?').pluck().get(tree) as number);
}

/** A copy of the case (named by `label`) with one byte flipped in the page that `pageOf` picks. */
function withDamagedPage(path: string, label: string, pageOf: (db: CaseStore['db']) => number): string {
  const store = CaseStore.open(path, PASS);
  let page: number;
  try {
    page = pageOf(store.db);
  } finally {
    store.close();
  }
  const copy = `${path}.${label}`;
  copyFileSync(path, copy);
  const fd = openSync(copy, 'r+');
  try {
    const b = Buffer.alloc(1);
    const at = (page - 1) * 4096 + 300;
    readSync(fd, b, 0, 1, at);
    writeSync(fd, Buffer.from([b[0] ^ 0xff]), 0, 1, at);
  } finally {
    closeSync(fd);
  }
  return copy;
}

/**
 * verify on the file as the store opens it (unlock through the service would already refuse some of
 * these files: opening records a custody entry, which reads the log's newest entry).
 */
function verifyFile(path: string): { report: VerifyReport; progress: [number, number][] } {
  const store = CaseStore.open(path, PASS);
  try {
    const progress: [number, number][] = [];
    const report = verifyCase(new CaseContext(store), { onProgress: (p) => progress.push([p.done, p.total]) });
    return { report, progress };
  } finally {
    store.close();
  }
}

/**
 * SQLite's finding for the damaged page: listed by the whole-file check ("unable to get the page"), or, when
 * that check stops at it (an FTS5 index's own check reads through the damage), by the check of the table apart.
 */
const integrityFinding = {
  kind: 'schema',
  message: expect.stringMatching(/^database integrity check: .*(unable to get the page|table \w+: a page could not be read)/),
};
const notVerified = (kind: string, what: string) => ({ kind, message: `${what} could not be read (a damaged page): it is not verified` });

describe('verify on a damaged file', () => {
  it('a damaged custody-log page: the log and its newest entry are named as not verified, and every source is still checked', async () => {
    const path = join(tmp(), 'custody.casefile');
    await caseWithOriginals(path);
    const { report, progress } = verifyFile(withDamagedRoot(path, 'custody_log'));
    expect(report).toEqual({
      ok: false,
      custodyEntries: 0,
      sourcesChecked: 3,
      head: null,
      problems: [
        integrityFinding,
        notVerified('custody', 'the custody log'),
        // Whether each source's import is recorded is a question to the log, so it is unverified too.
        notVerified('source', 'the import records of the sources'),
        notVerified('custody', 'the newest custody entry'),
      ],
    });
    expect(progress).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('a damaged page of the sources table: the sources are named as not verified, and the custody log is still checked', async () => {
    const path = join(tmp(), 'sources.casefile');
    await caseWithOriginals(path);
    const intact = verifyFile(path).report;
    expect(intact.ok).toBe(true);
    const { report, progress } = verifyFile(withDamagedRoot(path, 'sources'));
    expect(report).toEqual({
      ok: false,
      custodyEntries: intact.custodyEntries,
      sourcesChecked: 0,
      head: intact.head,
      problems: [
        integrityFinding,
        notVerified('source', 'the list of sources'),
        notVerified('source', 'the import records of the sources'),
      ],
    });
    expect(progress).toEqual([]);
  });

  it('a damaged page of the custody index: only the import records, which it serves, are not verified', async () => {
    const path = join(tmp(), 'index.casefile');
    await caseWithOriginals(path);
    const { report } = verifyFile(withDamagedRoot(path, 'custody_log_entity'));
    expect(report.problems).toEqual([integrityFinding, notVerified('source', 'the import records of the sources')]);
    expect(report.sourcesChecked).toBe(3);
    expect(report.head).not.toBeNull();
  });

  it('a damaged page inside one original: that source is named as not verified, and the others are still checked', async () => {
    const path = join(tmp(), 'original.casefile');
    await caseWithOriginals(path);
    const intact = verifyFile(path).report;
    // The last page of the sources table's overflow chains: the 400 kB original's bytes run over about
    // a hundred pages, the small ones fit in their leaf page.
    const damagedCopy = withDamagedPage(
      path,
      'original',
      (db) => db.prepare("SELECT max(pageno) FROM dbstat WHERE name = 'sources' AND pagetype = 'overflow'").pluck().get() as number,
    );
    const { report, progress } = verifyFile(damagedCopy);
    const big = sourceIdNamed(path, 'big.txt');
    expect(report).toEqual({
      ok: false,
      custodyEntries: intact.custodyEntries,
      sourcesChecked: 2,
      head: intact.head,
      problems: [integrityFinding, { ...notVerified('source', `source ${big}`), sourceId: big }],
    });
    expect(progress).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('SQLite’s findings: at most 20, separated by "; ", each made one line of single spaces', async () => {
    const path = join(tmp(), 'findings.casefile');
    const { api, dispose } = createService();
    try {
      await api.createCase({ path, passphrase: PASS });
      for (let i = 0; i < 25; i++) await api.updateProfile({ fullName: `Ivan Korolev ${i}` });
      await api.closeCase({});
    } finally {
      dispose();
    }
    // An index (named with a tab, a run of spaces and a line break, as a tampered file may name it) whose
    // definition no longer matches its entries: SQLite reports every custody row as missing from it.
    const name = ' padded\t\tindex  \n';
    const store = CaseStore.open(path, PASS);
    try {
      store.db.exec(`CREATE INDEX "${name}" ON custody_log(entity)`);
      store.db.unsafeMode(true);
      store.db.pragma('writable_schema = ON');
      store.db.prepare('UPDATE sqlite_master SET sql = ? WHERE name = ?').run(`CREATE INDEX "${name}" ON custody_log(action, at)`, name);
      store.db.pragma('writable_schema = OFF');
    } finally {
      store.close();
    }
    const { report } = verifyFile(path);
    const schema = report.problems.filter((p) => p.kind === 'schema');
    expect(schema).toHaveLength(1);
    expect(schema[0].message).toBe(
      `database integrity check: ${Array.from({ length: 20 }, (_, i) => `row ${i + 1} missing from index padded index`).join('; ')}`,
    );
  });
});

/** The id of the source stored under `fileName`. */
function sourceIdNamed(path: string, fileName: string): number {
  const store = CaseStore.open(path, PASS);
  try {
    return store.db.prepare('SELECT id FROM sources WHERE file_name = ?').pluck().get(fileName) as number;
  } finally {
    store.close();
  }
}

describe('verify and failures that are not damage', () => {
  it('before its first check: verify fails with the error, it does not report it as a damaged page', async () => {
    const path = join(tmp(), 'closed.casefile');
    await caseWithOriginals(path);
    const store = CaseStore.open(path, PASS);
    const ctx = new CaseContext(store);
    store.close();
    expect(() => verifyCase(ctx)).toThrow(/not open/);
  });

  it('part-way through the sources: verify fails with the error, it does not report the rest as not verified', async () => {
    const path = join(tmp(), 'midway.casefile');
    await caseWithOriginals(path);
    const store = CaseStore.open(path, PASS);
    try {
      // The case is closed under verify after the first source: the next read fails, and not for damage.
      expect(() => verifyCase(new CaseContext(store), { onProgress: () => store.close() })).toThrow(/not open/);
    } finally {
      store.close();
    }
  });
});
