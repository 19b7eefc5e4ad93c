/**
 * DESIGN §3: nothing in plaintext on disk. A marker goes into every kind of record; neither the case
 * file nor its -wal/-shm companions may contain it, while open or after close, in UTF-8 or UTF-16.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createService } from '../../src/core/service';
import { CaseStore } from '../../src/core/store/case-store';
import { companions } from '../helpers/fs';
import { PASS, useTempDir } from '../helpers/tmp';

const tmp = useTempDir();
const MARKER = 'ZEBRA-MARKER-Саликов-7c1f';

function assertNoMarker(path: string) {
  const needles = [Buffer.from(MARKER, 'utf8'), Buffer.from(MARKER, 'utf16le'), Buffer.from('ZEBRA-MARKER', 'latin1')];
  const files = companions(path);
  expect(files.length).toBeGreaterThan(0);
  for (const f of files) {
    const bytes = readFileSync(f);
    for (const n of needles) expect(bytes.indexOf(n), `${f} contains the marker`).toBe(-1);
  }
}

describe('no plaintext on disk', () => {
  it('finds the marker in no byte of the file or its companions', async () => {
    const dir = tmp();
    const path = join(dir, 'marker.casefile');
    const { api, dispose } = createService();
    await api.createCase({ path, passphrase: PASS, title: `Case ${MARKER}` });
    await api.updateProfile({
      fullName: MARKER,
      aliases: [{ name: MARKER, kind: 'call-sign' }],
      rank: MARKER,
      unit: MARKER,
      service: MARKER,
      origin: MARKER,
      routeOut: MARKER,
      currentLocation: MARKER,
      contacts: MARKER,
      family: MARKER,
      notes: MARKER,
    });
    const { source } = await api.addSource({
      fileName: `${MARKER}.txt`,
      bytes: new TextEncoder().encode(`An article about ${MARKER}.`),
      claimedOutlet: MARKER,
    });
    await api.closeCase({});
    dispose();

    // Every other table, written with the key as the later operations will write them.
    const store = CaseStore.open(path, PASS);
    const db = store.db;
    const now = new Date().toISOString();
    db.prepare(
      `INSERT INTO source_texts (id, source_id, language, title, outlet, text, reading_json, created_at) VALUES ('txt_1', ?, 'en', ?, ?, ?, ?, ?)`,
    ).run(source.id, MARKER, MARKER, `Body ${MARKER}`, JSON.stringify({ m: MARKER }), now);
    db.prepare(`INSERT INTO people (id, name, role, aliases_json, notes, created_at, updated_at) VALUES ('per_1', ?, ?, ?, ?, ?, ?)`).run(
      MARKER,
      MARKER,
      JSON.stringify([MARKER]),
      MARKER,
      now,
      now,
    );
    db.prepare(
      `INSERT INTO statements (id, text, speaker_id, speaker_name, source_id, source_text_id, span_start, span_end, translation, hearsay_from, created_at, updated_at)
                VALUES ('stm_1', ?, 'per_1', ?, ?, 'txt_1', 0, 5, ?, ?, ?, ?)`,
    ).run(MARKER, MARKER, source.id, MARKER, MARKER, now, now);
    db.prepare(
      `INSERT INTO allegations (id, category, description, place, perpetrators_json, units_json, victims, notes, created_at, updated_at)
                VALUES ('alg_1', 'torture', ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(MARKER, MARKER, JSON.stringify([MARKER]), JSON.stringify([MARKER]), MARKER, MARKER, now, now);
    db.prepare(
      `INSERT INTO evidence_links (id, allegation_id, source_id, excerpt, origin_key, created_at) VALUES ('evd_1', 'alg_1', ?, ?, ?, ?)`,
    ).run(source.id, MARKER, MARKER, now);
    db.prepare(`INSERT INTO events (id, title, description, place, created_at, updated_at) VALUES ('evt_1', ?, ?, ?, ?, ?)`).run(
      MARKER,
      MARKER,
      MARKER,
      now,
      now,
    );
    db.prepare(`INSERT INTO event_sources (event_id, source_id, span_start, date_text) VALUES ('evt_1', ?, 0, ?)`).run(source.id, MARKER);
    db.prepare(
      `INSERT INTO asylum_steps (id, country, stage, authority, note, created_at, updated_at) VALUES ('asy_1', 'NL', 'intends', ?, ?, ?, ?)`,
    ).run(MARKER, MARKER, now, now);
    db.prepare(
      `INSERT INTO disclosures (id, asylum_step_id, authority, disclosed_at, what, created_at) VALUES ('dis_1', 'asy_1', ?, ?, ?, ?)`,
    ).run(MARKER, now, MARKER, now);
    db.prepare(`INSERT INTO suggestions (id, source_id, kind, payload_json, created_at) VALUES ('sug_1', ?, 'person', ?, ?)`).run(
      source.id,
      JSON.stringify({ name: MARKER }),
      now,
    );
    db.prepare(
      `INSERT INTO exports (id, created_at, recipient, profile, file_name, sha256, size, manifest_json) VALUES ('exp_1', ?, ?, 'icc', ?, ?, 1, ?)`,
    ).run(now, MARKER, MARKER, 'b'.repeat(64), JSON.stringify({ m: MARKER }));
    // While open: the WAL holds the fresh pages, encrypted too.
    assertNoMarker(path);
    // The FTS index sees the text (so it really went in), yet the file does not show it.
    expect(
      (db.prepare(`SELECT count(*) AS n FROM search_index WHERE search_index MATCH 'zebra'`).get() as { n: number }).n,
    ).toBeGreaterThan(0);
    store.close();
    assertNoMarker(path);
    // No stray files next to the case (journals, temp files).
    expect(readdirSync(dir)).toEqual(['marker.casefile']);
  });
});
