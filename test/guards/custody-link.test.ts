/**
 * The custody chain's link: each entry names the hash of the one before it. An attacker who rewrites an
 * entry and recomputes its own hash (the content check then passes, the sequence is untouched) must still
 * be caught, by the next entry no longer linking to it — and, when he rewrites the link itself, by that entry.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryHash, type CustodyRow } from '../../src/core/custody/chain';
import { createService } from '../../src/core/service';
import { CaseStore } from '../../src/core/store/case-store';
import { PASS, useTempDir } from '../helpers/tmp';

const tmp = useTempDir();

async function caseWithEntries(path: string): Promise<void> {
  const { api, dispose } = createService();
  await api.createCase({ path, passphrase: PASS, title: 'Link case' });
  await api.addSource({ fileName: 'a.txt', bytes: new TextEncoder().encode('first original') });
  await api.updateProfile({ fullName: 'Ivan Korolev' });
  await api.addSource({ fileName: 'b.txt', bytes: new TextEncoder().encode('second original') });
  await api.closeCase({});
  dispose();
}

async function verify(path: string) {
  const { api, dispose } = createService();
  try {
    await api.openCase({ path, passphrase: PASS });
    return await api.verify({});
  } finally {
    await api.closeCase({}).catch(() => undefined);
    dispose();
  }
}

/** Rewrite one entry's stored prev_hash (and optionally details), recomputing its own hash so it is self-consistent. */
function forge(path: string, seq: number, change: { prevHash?: string; details?: Record<string, unknown> }): void {
  const store = CaseStore.open(path, PASS);
  try {
    store.db.exec('DROP TRIGGER custody_append_only_update');
    const row = store.db.prepare('SELECT * FROM custody_log WHERE seq = ?').get(seq) as CustodyRow;
    const details = change.details ?? (JSON.parse(row.details) as Record<string, unknown>);
    const prevHash = change.prevHash ?? row.prev_hash;
    const hash = entryHash({ seq, at: row.at, action: row.action, entity: row.entity, entityId: row.entity_id, details, prevHash });
    store.db
      .prepare('UPDATE custody_log SET details = ?, prev_hash = ?, hash = ? WHERE seq = ?')
      .run(JSON.stringify(details), prevHash, hash, seq);
  } finally {
    store.close();
  }
}

describe('custody chain links', () => {
  it('an intact case verifies (the baseline the forgeries below depart from)', async () => {
    const path = join(tmp(), 'intact.casefile');
    await caseWithEntries(path);
    const report = await verify(path);
    expect(report.ok).toBe(true);
    expect(report.custodyEntries).toBeGreaterThanOrEqual(4);
  });

  it('an entry rewritten with a recomputed hash is caught: the next entry no longer links to it, and is named', async () => {
    const path = join(tmp(), 'rewritten.casefile');
    await caseWithEntries(path);
    forge(path, 2, { details: { forged: true } });
    const report = await verify(path);
    expect(report.ok).toBe(false);
    const custody = report.problems.filter((p) => p.kind === 'custody');
    // The forged entry's own content matches its (recomputed) hash: only the link of entry 3 shows it.
    expect(custody).toEqual([expect.objectContaining({ seq: 3, message: expect.stringMatching(/does not link/) })]);
  });

  it('an entry whose previous-hash does not match the entry before it is reported, with its sequence number', async () => {
    const path = join(tmp(), 'relinked.casefile');
    await caseWithEntries(path);
    forge(path, 3, { prevHash: 'f'.repeat(64) });
    const report = await verify(path);
    const custody = report.problems.filter((p) => p.kind === 'custody');
    // Entry 3 names a predecessor that is not entry 2; entry 4 names entry 3's old hash.
    expect(custody.map((p) => p.seq)).toEqual([3, 4]);
    expect(custody.every((p) => /does not link/.test(p.message))).toBe(true);
  });

  it('the first entry must link to the genesis hash', async () => {
    const path = join(tmp(), 'genesis.casefile');
    await caseWithEntries(path);
    forge(path, 1, { prevHash: '1'.repeat(64) });
    const report = await verify(path);
    const custody = report.problems.filter((p) => p.kind === 'custody');
    // Entry 1 no longer starts from the genesis hash, and its recomputed hash is not the one entry 2 names.
    expect(custody.map((p) => p.seq)).toEqual([1, 2]);
    expect(custody.every((p) => /does not link/.test(p.message))).toBe(true);
  });
});
