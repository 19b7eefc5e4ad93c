/**
 * The encrypted case file against plain SQLite with the same schema (every migration), the same pragmas
 * (WAL, synchronous=FULL, exclusive locking, secure_delete, 64 MiB cache, temp_store=MEMORY) and the same
 * custody entries: only SQLCipher differs. Interleaved, 5 runs each, a fresh pair of files per run.
 * - writes: sources with their text (bytes, clean text, FTS index), then allegations with evidence links;
 * - reads: every clean text and every allegation, cold (a new connection) and warm (the same one again);
 * - FTS: a common and a rare word through the search index;
 * - the floor: SQLCipher's own cost per page (AES-256-CBC + HMAC-SHA512 on every 4 KiB page, the
 *   SQLCipher 4 format), measured by writing bare blob pages, as many as the sources step writes (no
 *   index, no FTS, nothing else to do); added to the plain sources step it gives the ratio the cipher alone
 *   predicts. A write ratio at or under that prediction is at SQLCipher's floor for the pages the schema
 *   writes: only writing fewer pages (or another cipher format) could lower it.
 * Every write step runs with the WAL auto-checkpoint off and ends with a checkpoint (inside the timing),
 * so each page's whole cipher work is counted once (written to the WAL, read back, written to the file)
 * and the frames written are known.
 *   BENCH_STORE_SOURCES=1000 BENCH_STORE_ALLEGATIONS=10000 npm run bench -- store
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import { appendCustody } from '../src/core/custody/chain';
import { writableHandle } from '../src/core/store/handles';
import { migrate } from '../src/core/store/migrate';
import { applyKey, applyRuntimePragmas } from '../src/core/store/pragmas';
import { generateCase } from './lib/casegen';
import { fmt, interleaved, nowMs, record, type Stats } from './lib/measure';

const SOURCES = Number(process.env.BENCH_STORE_SOURCES ?? 1000);
const ALLEGATIONS = Number(process.env.BENCH_STORE_ALLEGATIONS ?? 10_000);
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 5));
const PASS = 'bench passphrase: encrypted vs plain';

function open(path: string, encrypted: boolean): Db {
  const db = new Database(path);
  if (encrypted) applyKey(db, PASS);
  db.prepare('SELECT count(*) FROM sqlite_master').get();
  applyRuntimePragmas(db);
  migrate(db);
  return db;
}

/** Pages written by a step: the WAL frames its closing checkpoint moved into the file. */
function checkpointFrames(db: Db): number {
  // A TRUNCATE checkpoint reports 0 frames (the log is empty after it): count them with a passive one first.
  const r = db.pragma('wal_checkpoint(PASSIVE)') as { log: number; checkpointed: number }[];
  db.pragma('wal_checkpoint(TRUNCATE)');
  return r[0].checkpointed;
}

const writer =
  (db: Db) => (fn: (db: Db) => { custody: { action: string; entity: string; entityId: string; details: Record<string, unknown> }[] }) =>
    writableHandle(db).transaction(() => {
      for (const c of fn(db).custody) appendCustody(writableHandle(db), c);
    })();

const dir = mkdtempSync(join(tmpdir(), 'casefile-bench-store-'));
let n = 0;
const phases = { sources: new Map<string, number[]>(), allegations: new Map<string, number[]>() };
/**
 * The same steps' CPU time (user + system) in this process: on a loaded shared machine the wall time also
 * counts the seconds the process waited for a core, which do not fall on both peers alike; the CPU time
 * does not (it leaves out the waits for the disk's syncs, which both peers make alike).
 */
const cpu = { sources: new Map<string, number[]>(), allegations: new Map<string, number[]>() };
const cpuMs = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};
const frames = { sources: new Map<string, number>(), allegations: new Map<string, number>() };
try {
  // Writes: each run writes a fresh file; the sources step and the allegations step are timed apart.
  const writeRun = (encrypted: boolean) => {
    const label = encrypted ? 'encrypted' : 'plain';
    const path = join(dir, `w${n++}-${label}.db`);
    const db = open(path, encrypted);
    db.pragma('wal_autocheckpoint = 0');
    const t0 = nowMs();
    const c0 = process.cpuUsage();
    generateCase(writer(db), { sources: SOURCES, allegations: 0, events: 0, statements: 0 }, 7, 250);
    frames.sources.set(label, checkpointFrames(db));
    const t1 = nowMs();
    const push = (m: Map<string, number[]>, v: number) => m.set(label, [...(m.get(label) ?? []), v]);
    push(phases.sources, t1 - t0);
    push(cpu.sources, cpuMs(c0));
    db.close();
    rmSync(path, { force: true });
    const db2 = open(join(dir, `a${n++}-${label}.db`), encrypted);
    db2.pragma('wal_autocheckpoint = 0');
    const t2 = nowMs();
    const c2 = process.cpuUsage();
    generateCase(writer(db2), { sources: 20, allegations: ALLEGATIONS, events: 0, statements: 0 }, 7, 1000);
    frames.allegations.set(label, checkpointFrames(db2));
    push(phases.allegations, nowMs() - t2);
    push(cpu.allegations, cpuMs(c2));
    db2.close();
    return 0;
  };
  await interleaved(
    [
      { name: 'encrypted', run: () => writeRun(true) },
      { name: 'plain', run: () => writeRun(false) },
    ],
    RUNS,
  );
  const st = (xs: number[]): Stats => {
    const warm = xs.slice(1).sort((a, b) => a - b);
    const m = warm.length >> 1;
    return { runs: xs.length, cold: xs[0], min: warm[0], median: warm.length % 2 ? warm[m] : (warm[m - 1] + warm[m]) / 2 };
  };
  for (const [what, m, size] of [
    ['sources with text', phases.sources, SOURCES],
    ['allegations with links', phases.allegations, ALLEGATIONS],
  ] as const) {
    const enc = st(m.get('encrypted')!);
    const plain = st(m.get('plain')!);
    record({
      bench: 'store',
      figure: `write ${what}`,
      size,
      subject: 'SQLCipher case file',
      stats: enc,
      unit: 'ms',
      peer: 'plain SQLite, same schema and pragmas',
      peerStats: plain,
      ratio: enc.median / plain.median,
      goal: 'at most 1.3× plain',
      pass: enc.median / plain.median <= 1.3,
      note: `${frames[what === 'sources with text' ? 'sources' : 'allegations'].get('encrypted')!.toLocaleString('en')} pages written (plain ${frames[what === 'sources with text' ? 'sources' : 'allegations'].get('plain')!.toLocaleString('en')})`,
    });
    const key = what === 'sources with text' ? 'sources' : 'allegations';
    const encCpu = st(cpu[key].get('encrypted')!);
    const plainCpu = st(cpu[key].get('plain')!);
    record({
      bench: 'store',
      figure: `write ${what}, CPU time`,
      size,
      subject: 'SQLCipher case file',
      stats: encCpu,
      unit: 'ms',
      peer: 'plain SQLite, same schema and pragmas',
      peerStats: plainCpu,
      ratio: encCpu.median / plainCpu.median,
      goal: 'at most 1.3× plain',
      pass: encCpu.median / plainCpu.median <= 1.3,
      note: 'user + system time of the step: what the cipher adds, without the waits for a core on a loaded machine',
    });
  }

  // The floor: bare blob pages, as many as the sources step wrote, with nothing else to do.
  const blob = Buffer.alloc(12_000, 0x61);
  const blobs = Math.max(1, Math.round(frames.sources.get('encrypted')! / 3));
  const floorFrames = new Map<string, number>();
  const floorCpu = new Map<boolean, number[]>([
    [true, []],
    [false, []],
  ]);
  const floor = await interleaved(
    [true, false].map((encrypted) => ({
      name: encrypted ? 'encrypted' : 'plain',
      run: () => {
        const path = join(dir, `f${n++}.db`);
        const db = open(path, encrypted);
        db.pragma('wal_autocheckpoint = 0');
        db.exec('CREATE TABLE blobs (b BLOB) STRICT');
        db.pragma('wal_checkpoint(TRUNCATE)');
        const ins = db.prepare('INSERT INTO blobs (b) VALUES (?)');
        const t0 = nowMs();
        const c0 = process.cpuUsage();
        db.transaction(() => {
          for (let i = 0; i < blobs; i++) ins.run(blob);
        })();
        floorFrames.set(encrypted ? 'encrypted' : 'plain', checkpointFrames(db));
        const ms = nowMs() - t0;
        floorCpu.get(encrypted)!.push(cpuMs(c0));
        db.close();
        rmSync(path, { force: true });
        return ms;
      },
    })),
    RUNS,
  );
  const fEnc = floor.get('encrypted')!;
  const fPlain = floor.get('plain')!;
  record({
    bench: 'store',
    figure: 'bare blob pages, as many as the sources step writes (the cipher floor)',
    size: floorFrames.get('encrypted'),
    subject: 'SQLCipher',
    stats: fEnc,
    unit: 'ms',
    peer: 'plain SQLite',
    peerStats: fPlain,
    ratio: fEnc.median / fPlain.median,
    note: `${fmt(((fEnc.median - fPlain.median) / floorFrames.get('encrypted')!) * 1000)} µs of cipher work per page (${floorFrames.get('encrypted')} pages; plain ${floorFrames.get('plain')})`,
  });
  const fEncCpu = st(floorCpu.get(true)!);
  const fPlainCpu = st(floorCpu.get(false)!);
  const perPageCpu = (fEncCpu.median - fPlainCpu.median) / floorFrames.get('encrypted')!;
  const srcPlainCpu = st(cpu.sources.get('plain')!);
  const predictedCpu = (srcPlainCpu.median + perPageCpu * frames.sources.get('encrypted')!) / srcPlainCpu.median;
  const measuredCpu = st(cpu.sources.get('encrypted')!).median / srcPlainCpu.median;
  record({
    bench: 'store',
    figure: 'write sources with text, CPU time: measured vs what the cipher floor alone predicts',
    size: SOURCES,
    subject: 'SQLCipher case file',
    stats: st(cpu.sources.get('encrypted')!),
    unit: 'ms',
    peer: 'plain + the floor’s CPU cost for the same pages',
    peerStats: { ...srcPlainCpu, median: srcPlainCpu.median + perPageCpu * frames.sources.get('encrypted')! },
    ratio: measuredCpu / predictedCpu,
    note: `${fmt(perPageCpu * 1000)} µs CPU of cipher work per page; measured ${measuredCpu.toFixed(2)}× plain, the floor predicts ${predictedCpu.toFixed(2)}×`,
  });
  const srcEnc = st(phases.sources.get('encrypted')!);
  const srcPlain = st(phases.sources.get('plain')!);
  const cipherMs = ((fEnc.median - fPlain.median) / floorFrames.get('encrypted')!) * frames.sources.get('encrypted')!;
  const predicted = (srcPlain.median + cipherMs) / srcPlain.median;
  const measured = srcEnc.median / srcPlain.median;
  record({
    bench: 'store',
    figure: 'write sources with text: measured vs what the cipher floor alone predicts',
    size: SOURCES,
    subject: 'SQLCipher case file',
    stats: srcEnc,
    unit: 'ms',
    peer: 'plain + the floor’s cost for the same pages',
    peerStats: { ...srcPlain, median: srcPlain.median + cipherMs },
    ratio: measured / predicted,
    note: `measured ${measured.toFixed(2)}× plain, the floor predicts ${predicted.toFixed(2)}×: ${
      measured <= predicted * 1.1 ? 'at the floor' : 'above it'
    }`,
  });

  // Reads and FTS on one pair of files.
  const files = { encrypted: join(dir, 'r-enc.db'), plain: join(dir, 'r-plain.db') };
  for (const [label, path] of Object.entries(files)) {
    const db = open(path, label === 'encrypted');
    generateCase(writer(db), { sources: SOURCES, allegations: ALLEGATIONS, events: 0, statements: 0 }, 11, 1000);
    db.close();
  }
  const common = (open(files.plain, false).prepare('SELECT text FROM source_texts LIMIT 1').get() as { text: string }).text
    .split(/\s+/)[0]
    .toLowerCase();
  const reads: [string, string][] = [
    ['read every clean text', 'SELECT sum(length(text)) AS n FROM source_texts'],
    ['read every allegation', 'SELECT * FROM allegations'],
    ['FTS: a common word', `SELECT rowid FROM search_index WHERE search_index MATCH '"${common}"' LIMIT 50`],
    ['FTS: a word in no text', `SELECT rowid FROM search_index WHERE search_index MATCH '"zzqxv"'`],
  ];
  for (const [what, sql] of reads) {
    const coldPeers = await interleaved(
      Object.entries(files).map(([label, path]) => ({
        name: label,
        run: () => {
          const db = new Database(path);
          if (label === 'encrypted') applyKey(db, PASS);
          db.prepare('SELECT count(*) FROM sqlite_master').get();
          applyRuntimePragmas(db);
          const t0 = nowMs();
          db.prepare(sql).all();
          const ms = nowMs() - t0;
          db.close();
          return ms;
        },
      })),
      RUNS,
    );
    const conns = Object.fromEntries(Object.entries(files).map(([label, path]) => [label, open(path, label === 'encrypted')]));
    const warmPeers = await interleaved(
      Object.entries(conns).map(([label, db]) => ({ name: label, run: () => db.prepare(sql).all() })),
      RUNS * 2,
    );
    for (const db of Object.values(conns)) db.close();
    for (const [phase, m] of [
      ['new connection', coldPeers],
      ['warm cache', warmPeers],
    ] as const) {
      const enc = m.get('encrypted')!;
      const plain = m.get('plain')!;
      record({
        bench: 'store',
        figure: `${what} (${phase})`,
        size: what.startsWith('read every allegation') ? ALLEGATIONS : SOURCES,
        subject: 'SQLCipher case file',
        stats: enc,
        unit: 'ms',
        peer: 'plain SQLite',
        peerStats: plain,
        ratio: enc.median / plain.median,
        goal: what.startsWith('read') && phase === 'warm cache' ? 'reads at most 1.05× plain' : undefined,
        pass: what.startsWith('read') && phase === 'warm cache' ? enc.median / plain.median <= 1.05 : undefined,
      });
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
