/**
 * Generated data that looks like a case, from a fixed seed (the same seed gives the same case):
 * - articles in five languages (English, Russian, Ukrainian, Romanian, German), each with its own
 *   vocabulary of made-up words in its own alphabet (Cyrillic, Romanian diacritics, umlauts), drawn
 *   with Zipf's law (a few words everywhere, most words rare) at lengths from a few hundred characters
 *   to tens of kilobytes (log-normal, median about 3 KB), in paragraphs;
 * - outlets drawn Zipf-wise from 60, some articles citing others, quotes shared between sources;
 * - allegations over the 18 crime categories (skewed like real cases), 1 to 3 evidence links each,
 *   dated events, statements; one custody entry per record, as the app writes them.
 * The PRNG is mulberry32 (full 32-bit state, no short cycles at these sizes).
 */
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { CRIME_CATEGORIES } from '../../src/shared/domain';

export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws ranks 0..n-1 with P(k) ∝ 1/(k+1)^s. */
export function zipf(rng: Rng, n: number, s = 1.07): () => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let k = 0; k < n; k++) cdf[k] = sum += 1 / (k + 1) ** s;
  return () => {
    const x = rng() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const SYLLABLES: Record<string, string[]> = {
  en: 'ba ter son ing ment al ro ver cal dis pro tion ex com ple sta for wit ness ar my re port de lay'.split(' '),
  ru: 'ра то ви ка ло не ст ра ни ко во ен ре по сл ва ми ль да ты ше жи бо гу'.split(' '),
  uk: 'ві ка ло ні ст ра ії ко во єн ре по сл ва ми ль да ти ше жи бо гу ґа'.split(' '),
  ro: 'ța ști ră ân ca lo ne sta ri co vo en re po să va mi le da ți șe ji bo gu'.split(' '),
  de: 'ber gen schaft ung lich ein stra ße über tor wä hr kom mun ter sol dat ruf frei ö ü'.split(' '),
};
export const LANGUAGES = Object.keys(SYLLABLES);

/** One language's vocabulary: `size` distinct made-up words, in Zipf order (most frequent first). */
function vocabulary(rng: Rng, lang: string, size: number): string[] {
  const syl = SYLLABLES[lang];
  const words = new Set<string>();
  while (words.size < size) {
    const n = 1 + Math.floor(rng() * 4);
    let w = '';
    for (let i = 0; i < n; i++) w += syl[Math.floor(rng() * syl.length)];
    words.add(w);
  }
  return [...words];
}

export interface Texts {
  article(lang?: string): { lang: string; title: string; text: string };
  sentence(lang: string, words?: number): string;
  rng: Rng;
}

export function texts(seed: number, vocabSize = 20_000): Texts {
  const rng = mulberry32(seed);
  const vocab = Object.fromEntries(LANGUAGES.map((l) => [l, vocabulary(rng, l, vocabSize)]));
  const draw = zipf(rng, vocabSize);
  const pickLang = zipf(rng, LANGUAGES.length, 0.8);
  const sentence = (lang: string, words = 6 + Math.floor(rng() * 18)) => {
    const out: string[] = [];
    for (let i = 0; i < words; i++) out.push(vocab[lang][draw()]);
    const s = out.join(' ');
    return `${s[0].toUpperCase()}${s.slice(1)}.`;
  };
  return {
    rng,
    sentence,
    article(lang = LANGUAGES[pickLang()]) {
      // Log-normal length: median ~3 KB, a long tail to tens of KB.
      const target = Math.min(60_000, Math.max(300, Math.exp(8 + 0.9 * gaussian(rng))));
      const paras: string[] = [];
      let len = 0;
      while (len < target) {
        const p: string[] = [];
        const n = 2 + Math.floor(rng() * 6);
        for (let i = 0; i < n; i++) p.push(sentence(lang));
        const para = p.join(' ');
        paras.push(para);
        len += para.length + 2;
      }
      return { lang, title: sentence(lang, 4 + Math.floor(rng() * 6)).slice(0, -1), text: paras.join('\n\n') };
    },
  };
}

function gaussian(rng: Rng): number {
  return Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
}

export interface CaseShape {
  sources: number;
  allegations: number;
  events: number;
  statements: number;
}

/** A case of about `records` records, shaped like the seeded demo cases but larger. */
export function shapeFor(records: number): CaseShape {
  const sources = Math.max(10, Math.round(records / 25));
  const allegations = Math.round(records / 2);
  const events = Math.round(records / 5);
  return { sources, allegations, events, statements: Math.max(0, records - sources - allegations - events) };
}

const OUTLETS = Array.from({ length: 60 }, (_, i) => `Outlet ${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26) || ''}`);
const PLACES = ['Bucha', 'Izium', 'Olenivka', 'Mariupol', 'Kherson', 'Avdiivka', 'Makiivka', 'Hostomel', 'Irpin', 'Kupiansk'];
const STATUSES = ['civilian', 'prisoner-of-war', 'hors-de-combat', 'own-troops', 'unknown'];
const GRADES_R = ['A', 'B', 'C', 'D', 'E', 'F'];

const iso = (rng: Rng) => {
  const d = new Date(Date.UTC(2022, 1, 24) + Math.floor(rng() * 1000) * 86_400_000);
  return d.toISOString().slice(0, 10);
};

/**
 * Insert a generated case through `write` (the case's custody-logged transaction, or a plain one for the
 * unencrypted peer): `batch` records per transaction, a custody entry per record.
 */
export function generateCase(
  write: (
    fn: (db: Database) => { custody: { action: string; entity: string; entityId: string; details: Record<string, unknown> }[] },
  ) => void,
  shape: CaseShape,
  seed = 1,
  batch = 2000,
): { sourceIds: string[]; allegationIds: string[]; bytes: number } {
  const t = texts(seed);
  const rng = t.rng;
  const outlet = zipf(rng, OUTLETS.length);
  const category = zipf(rng, CRIME_CATEGORIES.length, 1.2);
  const now = new Date().toISOString();
  const sourceIds: string[] = [];
  const sourceTexts: { id: string; textId: string; len: number; quote: string }[] = [];
  let bytesTotal = 0;
  let n = 0;
  const id = (p: string) => `${p}_${seed.toString(36)}_${(n++).toString(36).padStart(8, '0')}`;

  // Sources with their clean text and reading (outlet, cited outlets, a quote another source may share).
  for (let start = 0; start < shape.sources; start += batch) {
    write((db) => {
      const src = db.prepare(
        'INSERT INTO sources (id, sha256, bytes, size, media_type, file_name, imported_at, claimed_outlet) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      );
      const txt = db.prepare(
        "INSERT INTO source_texts (id, source_id, kind, language, title, outlet, text, reading_json, created_at) VALUES (?, ?, 'clean', ?, ?, ?, ?, ?, ?)",
      );
      const custody = [];
      for (let i = start; i < Math.min(shape.sources, start + batch); i++) {
        const a = t.article();
        // One source in five carries a quote from an earlier source (the same interview, reprinted).
        const shared = sourceTexts.length && rng() < 0.2 ? sourceTexts[Math.floor(rng() * sourceTexts.length)].quote : null;
        const quote = shared ?? t.sentence(a.lang, 12);
        const text = shared ? `${a.text}\n\n“${shared}”` : a.text;
        const bytes = Buffer.from(text, 'utf8');
        const sha256 = createHash('sha256').update(bytes).digest('hex');
        const sid = id('src');
        const own = OUTLETS[outlet()];
        const cited = rng() < 0.3 ? [OUTLETS[outlet()]] : [];
        src.run(sid, sha256, bytes, bytes.length, 'text/plain', `article-${i}.txt`, now, rng() < 0.5 ? own : null);
        const textId = id('txt');
        txt.run(textId, sid, a.lang, a.title, own, text, JSON.stringify({ citedOutlets: cited, quotes: [{ text: quote }] }), now);
        sourceIds.push(sid);
        sourceTexts.push({ id: sid, textId, len: text.length, quote });
        bytesTotal += bytes.length;
        custody.push({ action: 'source.import', entity: 'source', entityId: sid, details: { sha256, fileName: `article-${i}.txt` } });
      }
      return { custody };
    });
  }

  const allegationIds: string[] = [];
  for (let start = 0; start < shape.allegations; start += batch) {
    write((db) => {
      const ins = db.prepare(
        `INSERT INTO allegations (id, category, description, place, date_text, date_value, date_precision, victims, victim_status, status,
           basis, reliability, credibility, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'day', ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      const link = db.prepare(
        `INSERT INTO evidence_links (id, allegation_id, source_id, source_text_id, span_start, span_end, excerpt, basis, reliability, credibility, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      const custody = [];
      for (let i = start; i < Math.min(shape.allegations, start + batch); i++) {
        const aid = id('alg');
        const date = iso(rng);
        const r = GRADES_R[Math.floor(rng() * 6)];
        const c = String(1 + Math.floor(rng() * 6));
        ins.run(
          aid,
          CRIME_CATEGORIES[category()],
          t.sentence('en', 10 + Math.floor(rng() * 30)),
          PLACES[Math.floor(rng() * PLACES.length)],
          date,
          date,
          `${1 + Math.floor(rng() * 40)} people`,
          STATUSES[Math.floor(rng() * STATUSES.length)],
          rng() < 0.8 ? 'alleged' : 'corroborated',
          rng() < 0.5 ? 'first-hand' : 'reported',
          r,
          c,
          now,
          now,
        );
        const links = 1 + Math.floor(rng() * 3);
        for (let k = 0; k < links; k++) {
          const s = sourceTexts[Math.floor(rng() * sourceTexts.length)];
          const from = Math.floor(rng() * Math.max(1, s.len - 200));
          link.run(id('evl'), aid, s.id, s.textId, from, from + 120, null, 'reported', r, c, now);
        }
        allegationIds.push(aid);
        custody.push({ action: 'allegation.add', entity: 'allegation', entityId: aid, details: { links } });
      }
      return { custody };
    });
  }

  for (let start = 0; start < shape.events; start += batch) {
    write((db) => {
      const ins = db.prepare(
        `INSERT INTO events (id, title, date_text, date_value, date_end, date_precision, place, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      const custody = [];
      for (let i = start; i < Math.min(shape.events, start + batch); i++) {
        const eid = id('evt');
        const dated = rng() < 0.9;
        const date = dated ? iso(rng) : null;
        ins.run(eid, t.sentence('en', 6), date, date, null, dated ? 'day' : 'unknown', PLACES[Math.floor(rng() * PLACES.length)], now, now);
        custody.push({ action: 'event.add', entity: 'event', entityId: eid, details: {} });
      }
      return { custody };
    });
  }

  for (let start = 0; start < shape.statements; start += batch) {
    write((db) => {
      const ins = db.prepare(
        `INSERT INTO statements (id, text, speaker_name, source_id, source_text_id, span_start, span_end, basis, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      const custody = [];
      for (let i = start; i < Math.min(shape.statements, start + batch); i++) {
        const sid = id('stm');
        const s = sourceTexts[Math.floor(rng() * sourceTexts.length)];
        ins.run(sid, t.sentence('ru', 20), 'Witness', s.id, s.textId, 0, 10, 'first-hand', now, now);
        custody.push({ action: 'statement.add', entity: 'statement', entityId: sid, details: {} });
      }
      return { custody };
    });
  }
  return { sourceIds, allegationIds, bytes: bytesTotal };
}
