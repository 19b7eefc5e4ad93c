/**
 * One measurement in a fresh process (so the page cache of SQLite, V8's heap and the peak RSS belong to
 * this measurement alone). Prints one JSON line: the phases in ms and `maxRssMiB` from the OS.
 *   node --import tsx bench/lib/case-child.ts MODE CASE PASSPHRASE
 * Modes:
 *   key        open the file with the key and read page 1 (one key derivation: the floor of any unlock)
 *   overview   unlock through the service, then the overview's data (caseInfo, asylumOverview, getProfile)
 *   legacy     the same as before #15: unlock with quick_check, and the overview built from every allegation
 *              and every event (listAllegations one allegation at a time, timeline)
 *   table      unlock, then what the allegations table asks for through the service (zod-checked, as the
 *              app gets it): its first window (100 rows, grouped by category) and the chart's counts
 *              (cold), then a re-sort by date with a text filter and a status filter (warm); the CPU time of
 *              each as well (coldTableCpu, warmTableCpu)
 *   scan       unlock (CaseStore.open, no service), then read every page of the allegations table once, cold
 *              (a condition on the description: no index holds it): what any text filter on the table pays
 *              at least on its first call (scan, scanCpu). Then what that floor is made of, in CPU time: the
 *              same read twice more with a 512 KiB cache, whose page buffers are reused (the second pass:
 *              reading, decrypting and authenticating each page alone, recycledCpu), and, before anything, the
 *              CPU time of touching fresh 4 KiB pages of memory (this machine's first-touch cost, touchUsPerPage)
 *   list       unlock, then every allegation built in full through the service (the table's data before
 *              it was paged), sorted and filtered in JavaScript; twice (cold, then warm)
 *   list-legacy unlock, then the list built one allegation at a time (the pre-#15 cost), once
 *   verify     unlock, then verify; and the unrecorded-source query without the custody index (peer)
 *   writes     unlock, then addStatement on the most-linked source (whose statements feed the stored
 *              corroboration of every allegation linked to it) and upsertPerson (a write the counts do not
 *              follow), alternately through the service, 7 each: CPU ms of the first (cold) and the median
 *              of the other 6 (warm), as statementCold/Warm, personCold/Warm
 *   export     unlock, then the evidence summary (icc profile) to OUT twice: cold (fonts, first use of
 *              pdfkit) and warm; extra argument: OUT
 */
import Database from 'better-sqlite3-multiple-ciphers';
import { CaseContext } from '../../src/core/context';
import { getAllegation } from '../../src/core/ops/allegations';
import { timeline } from '../../src/core/ops/timeline';
import { createService } from '../../src/core/service';
import { CaseStore } from '../../src/core/store/case-store';
import { applyKey } from '../../src/core/store/pragmas';

const [mode, path, passphrase] = process.argv.slice(2);
const now = () => Number(process.hrtime.bigint()) / 1e6;
/** CPU time (user + system) since `since`: on a loaded machine, about what the wall time is on a quiet one. */
const cpuMs = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};
const out: Record<string, number> = {};

async function main() {
  if (mode === 'key') {
    const t0 = now();
    const db = new Database(path, { fileMustExist: true });
    applyKey(db, passphrase);
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    out.key = now() - t0;
    db.close();
    return;
  }
  if (mode === 'scan') {
    // First, while no page cache holds memory it could reuse: this machine's cost of touching fresh memory
    // pages (16 MiB, kept until the end), in µs of CPU per 4 KiB page.
    const c2 = process.cpuUsage();
    const fresh = Buffer.allocUnsafeSlow(4096 * 4096);
    for (let i = 0; i < fresh.length; i += 4096) fresh[i] = 1;
    out.touchUsPerPage = (cpuMs(c2) / 4096) * 1000;
    const store = CaseStore.open(path, passphrase);
    const t0 = now();
    const c0 = process.cpuUsage();
    out.rows = store.db.prepare('SELECT count(*) FROM allegations WHERE length(description) >= 0').pluck().get() as number;
    out.scan = now() - t0;
    out.scanCpu = cpuMs(c0);
    out.pages = store.db.prepare("SELECT count(*) FROM dbstat WHERE name = 'allegations'").pluck().get() as number;
    store.db.pragma('cache_size = -512');
    for (const pass of [0, 1]) {
      const c1 = process.cpuUsage();
      store.db.prepare('SELECT count(*) FROM allegations WHERE length(description) >= 0').pluck().get();
      if (pass) out.recycledCpu = cpuMs(c1);
    }
    store.close();
    out.touched = fresh.length / 4096;
    return;
  }
  if (mode === 'legacy' || mode === 'list-legacy') {
    const t0 = now();
    const store = CaseStore.open(path, passphrase);
    store.db.pragma('quick_check');
    const ctx = new CaseContext(store);
    out.unlock = now() - t0;
    const t1 = now();
    const ids = ctx.db.prepare('SELECT id FROM allegations ORDER BY category, created_at, rowid').all() as { id: string }[];
    const list = ids.map((r) => getAllegation(ctx, r.id));
    out.list = now() - t1;
    if (mode === 'legacy') {
      const t2 = now();
      timeline(ctx);
      out.timeline = now() - t2;
      out.overview = now() - t1;
    }
    out.rows = list.length;
    store.close();
    return;
  }
  // For `writes`: the most-linked source, read before the service holds the file's exclusive lock.
  let mostLinked: { id: string; n: number } | null = null;
  if (mode === 'writes') {
    const store = CaseStore.open(path, passphrase);
    mostLinked = store.db
      .prepare(
        'SELECT source_id AS id, count(DISTINCT allegation_id) AS n FROM evidence_links GROUP BY source_id ORDER BY n DESC, source_id LIMIT 1',
      )
      .get() as { id: string; n: number };
    store.close();
  }
  const { api, dispose } = createService();
  const t0 = now();
  await api.openCase({ path, passphrase });
  out.unlock = now() - t0;
  if (mode === 'overview') {
    const t1 = now();
    await Promise.all([api.caseInfo({}), api.asylumOverview({}), api.getProfile({})]);
    out.overview = now() - t1;
  } else if (mode === 'table') {
    let t1 = now();
    let c1 = process.cpuUsage();
    const [first] = await Promise.all([api.allegationRows({ groupByCategory: true, limit: 100 }), api.allegationCounts({})]);
    out.coldTable = now() - t1;
    out.coldTableCpu = cpuMs(c1);
    t1 = now();
    c1 = process.cpuUsage();
    const again = await api.allegationRows({ sort: [{ column: 'date', desc: true }], search: 'ba', status: 'alleged', limit: 100 });
    out.warmTable = now() - t1;
    out.warmTableCpu = cpuMs(c1);
    out.rows = first.rows.length + again.rows.length;
    out.matched = again.matched;
  } else if (mode === 'list') {
    for (const phase of ['cold', 'warm']) {
      const t1 = now();
      const rows = await api.listAllegations({});
      const t2 = now();
      const shown = rows
        .filter((a) => a.status !== 'retracted')
        .sort((a, b) => (a.date.value ?? '').localeCompare(b.date.value ?? '') || a.id.localeCompare(b.id));
      out[`${phase}List`] = t2 - t1;
      out[`${phase}Table`] = now() - t1;
      out.rows = shown.length;
    }
  } else if (mode === 'export') {
    for (const phase of ['cold', 'warm']) {
      const t1 = now();
      const r = await api.exportPdf({ profile: 'icc', outPath: `${process.argv[5]}.${phase}.pdf` as never, overwrite: true });
      out[`${phase}Export`] = now() - t1;
      out.bytes = r.size;
    }
  } else if (mode === 'writes') {
    const top = mostLinked as { id: string; n: number };
    const stmt: number[] = [];
    const person: number[] = [];
    const addStatement = async (i: number) => {
      const c = process.cpuUsage();
      await api.addStatement({
        text: `Statement ${i} of ${process.pid}: the commander ordered the houses by the station to be shelled at dawn`,
        sourceId: top.id,
      });
      stmt.push(cpuMs(c));
    };
    const upsertPerson = async (i: number) => {
      const c = process.cpuUsage();
      await api.upsertPerson({ name: `Witness ${i} of ${process.pid}`, role: 'resident' });
      person.push(cpuMs(c));
    };
    // Alternately, the order swapped each round; the first of each is its cold run (JIT, caches).
    for (let i = 0; i < 7; i++) {
      if (i % 2) {
        await upsertPerson(i);
        await addStatement(i);
      } else {
        await addStatement(i);
        await upsertPerson(i);
      }
    }
    const med = (xs: number[]) => [...xs.slice(1)].sort((a, b) => a - b)[(xs.length - 1) >> 1];
    out.linkedAllegations = top.n;
    out.statementCold = stmt[0];
    out.statementWarm = med(stmt);
    out.personCold = person[0];
    out.personWarm = med(person);
  } else if (mode === 'verify') {
    const t1 = now();
    const report = await api.verify({});
    out.verify = now() - t1;
    out.ok = report.ok ? 1 : 0;
    out.entries = report.custodyEntries;
    out.sources = report.sourcesChecked;
  }
  await api.closeCase({});
  dispose();
  if (mode === 'verify') {
    // The unrecorded-source query as it ran before migration 5 (NOT INDEXED: a scan of the log per source).
    const store = CaseStore.open(path, passphrase);
    const q = (hint: string) =>
      `SELECT s.id FROM sources s WHERE NOT EXISTS (SELECT 1 FROM custody_log c ${hint} WHERE c.entity = 'source' AND c.entity_id = s.id AND json_extract(c.details, '$.sha256') = s.sha256)`;
    let t = now();
    store.db.prepare(q('')).all();
    out.unrecordedIndexed = now() - t;
    t = now();
    store.db.prepare(q('NOT INDEXED')).all();
    out.unrecordedScan = now() - t;
    store.close();
  }
}

await main();
out.maxRssMiB = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify(out)}\n`);
