/**
 * A realistic case for export tests, written through the real store and ctx.write (no mocks): an English
 * seed article, Russian, Ukrainian, Romanian (both ș/ț and the older ş/ţ forms) and German sources,
 * allegations with evidence spans, statements, events of every precision, asylum steps. The subject's
 * current location (LOCATION) also appears in interview notes (S6) and in a statement, so redaction has
 * real work to do. Switch to buildDemo once the importer lands (see the report).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CaseContext, nowIso } from '../../src/core/context';
import { updateProfile } from '../../src/core/ops/profile';
import { addSource } from '../../src/core/ops/sources';
import { CaseStore } from '../../src/core/store/case-store';
import { newId } from '../../src/shared/ids';

export const LOCATION = 'Zwolle, Assendorperstraat 41';
export const CONTACTS = 'Signal +31 6 1234 5678';
export const WITNESS = 'Olena Kovalenko';

export const TEXT = {
  en: readFileSync(resolve(import.meta.dirname, '../../seeds/000_9f892a361a7853cd.txt')),
  ru: 'Бывший полковник ГРУ Игорь Саликов рассказал, что видел пытки военнопленных в Донбассе. «Пленных избивали прикладами, потом расстреливали у оврага под Попасной», — сказал он. По его словам, командир батальона Сергей Петров отдал приказ «пленных не брать».',
  uk: 'Свідок Олена Коваленко розповіла, що її сусідів тримали в підвалі школи в Оленівці. «Їх вивозили на фільтрацію, ґрати на вікнах, є списки», — сказала вона. Її свідчення підтверджують інші мешканці.',
  ro: 'Un fost soldat rus a declarat că unitatea sa jefuia casele civililor din Avdiivka în timpul „iernii 2024”. „Am văzut cum soldații încărcau televizoare și frigidere în camioane; ofițerii știau și tăceau”, a spus el. Relatarea a fost preluată de presa din România, care a menţionat şi alte mărturii.',
  de: 'Der ehemalige Offizier berichtete über den Beschuss von Wohnhäusern in Charkiw im März 2022. „Wir bekamen Koordinaten von Wohnblöcken, nicht von Stellungen“, sagte er. Die Angaben ließen sich zunächst nicht unabhängig überprüfen.',
  notes: `Interview notes, 2023-02-11. The witness now lives at ${LOCATION}. He said: "I was in the firing squad myself near Popasna; I had no choice." Contact via ${CONTACTS}.`,
};

export interface Fixture {
  path: string;
  sourceIds: Record<keyof typeof TEXT, string>;
  sha: Record<keyof typeof TEXT, string>;
}

export function buildFixtureCase(path: string, passphrase: string): Fixture {
  const store = CaseStore.create(path, passphrase, 'Salikov — GRU defector testimony');
  const ctx = new CaseContext(store);
  try {
    updateProfile(ctx, {
      fullName: 'Igor Salikov',
      aliases: [{ name: 'Игорь Саликов', kind: 'transliteration' }],
      rank: 'Colonel (ret.)',
      unit: 'GRU; Redut PMC instructor',
      service: 'Main Intelligence Directorate (GRU)',
      age: 60,
      origin: 'Russian Federation',
      routeOut: 'Moscow → Cape Town → the Netherlands, June 2022',
      currentLocation: LOCATION,
      contacts: CONTACTS,
      family: 'Wife and adult son, with him',
      notes: 'Willing to testify before the ICC.',
    });
    const add = (key: keyof typeof TEXT, fileName: string, mediaType: string, outlet: string, claimedUrl?: string) => {
      const raw = TEXT[key];
      const bytes = typeof raw === 'string' ? new Uint8Array(Buffer.from(raw, 'utf8')) : new Uint8Array(raw);
      const { source } = addSource(ctx, { fileName, bytes, mediaType, claimedOutlet: outlet, claimedUrl });
      return source;
    };
    const sources = {
      en: add('en', 'express-salikov.json', 'application/json', 'Express', 'https://example.invalid/salikov'),
      ru: add('ru', 'novaya-saikov-ru.txt', 'text/plain', 'Новая газета Европа'),
      uk: add('uk', 'svidchennia-olenivka.txt', 'text/plain', 'Українська правда'),
      ro: add('ro', 'digi24-jaf-avdiivka.txt', 'text/plain', 'Digi24'),
      de: add('de', 'tagesspiegel-charkiw.txt', 'text/plain', 'Tagesspiegel'),
      notes: add('notes', 'interview-notes-2023-02-11.txt', 'text/plain', 'Investigator'),
    };
    const cleanOf = (key: keyof typeof TEXT) =>
      typeof TEXT[key] === 'string' ? (TEXT[key] as string) : TEXT[key].toString('utf8').replace(/<\\\/p>\\n/g, '');
    const textIds: Record<string, string> = {};
    const langs: Record<string, string> = { en: 'en', ru: 'ru', uk: 'uk', ro: 'ro', de: 'de', notes: 'en' };
    const titles: Record<string, string> = {
      en: 'Putin’s former officer vows to testify at the ICC',
      ru: 'Бывший полковник ГРУ рассказал о пытках пленных',
      uk: 'Свідчення з Оленівки: фільтрація і підвали',
      ro: 'Mărturia unui dezertor: jafuri în Avdiivka',
      de: 'Ex-Offizier: Koordinaten von Wohnblöcken',
      notes: 'Interview notes',
    };
    const now = nowIso();
    ctx.write((db) => {
      for (const [k, s] of Object.entries(sources)) {
        const id = newId('sourceText');
        textIds[k] = id;
        db.prepare(
          'INSERT INTO source_texts (id, source_id, kind, language, title, outlet, published_date, published_precision, text, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        ).run(
          id,
          s.id,
          'clean',
          langs[k],
          titles[k],
          s.claimedOutlet,
          '2023-03-0' + (Object.keys(sources).indexOf(k) + 1),
          'day',
          cleanOf(k as keyof typeof TEXT),
          now,
        );
      }
      return { result: null, custody: { action: 'fixture.texts', entity: 'source_text', details: { count: 6 } } };
    });

    const person = (name: string, role: string, aliases: string[] = []) => {
      const id = newId('person');
      ctx.write((db) => {
        db.prepare('INSERT INTO people (id, name, role, aliases_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(
          id,
          name,
          role,
          JSON.stringify(aliases),
          now,
          now,
        );
        return { result: null, custody: { action: 'person.add', entity: 'person', entityId: id } };
      });
      return id;
    };
    const subjectId = person('Igor Salikov', 'subject', ['Игорь Саликов']);
    const witnessId = person(WITNESS, 'witness', ['Олена Коваленко']);
    person('Sergei Petrov', 'commander', ['Сергей Петров']);

    const allegation = (a: {
      category: string;
      provisions: string[];
      description: string;
      place?: string;
      date?: [string | null, string | null, string | null, string];
      victims?: string;
      victimStatus?: string;
      status?: string;
      basis?: string;
      self?: boolean;
      grade?: [string, string];
      perpetrators?: string[];
      units?: string[];
      evidence: { key: keyof typeof TEXT; quote: string; basis?: string; grade?: [string, string]; statementId?: string }[];
    }) => {
      const id = newId('allegation');
      ctx.write((db) => {
        const [dt, dv, de, dp] = a.date ?? [null, null, null, 'unknown'];
        db.prepare(
          `INSERT INTO allegations (id, category, provisions_json, description, place, date_text, date_value, date_end, date_precision, perpetrators_json, units_json,
             victims, victim_status, status, basis, self_incriminating, reliability, credibility, notes, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(
          id,
          a.category,
          JSON.stringify(a.provisions),
          a.description,
          a.place ?? null,
          dt,
          dv,
          de,
          dp,
          JSON.stringify(a.perpetrators ?? []),
          JSON.stringify(a.units ?? []),
          a.victims ?? null,
          a.victimStatus ?? 'unknown',
          a.status ?? 'alleged',
          a.basis ?? 'first-hand',
          a.self ? 1 : 0,
          a.grade?.[0] ?? null,
          a.grade?.[1] ?? null,
          a.self ? `Recorded at ${LOCATION}.` : null,
          now,
          now,
        );
        for (const e of a.evidence) {
          const text = cleanOf(e.key);
          const start = text.indexOf(e.quote);
          if (start < 0) throw new Error(`fixture: quote not in ${e.key}: ${e.quote}`);
          db.prepare(
            `INSERT INTO evidence_links (id, allegation_id, source_id, source_text_id, statement_id, span_start, span_end, excerpt, basis, reliability, credibility, created_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          ).run(
            newId('evidence'),
            id,
            sources[e.key].id,
            textIds[e.key],
            e.statementId ?? null,
            start,
            start + e.quote.length,
            e.quote,
            e.basis ?? 'first-hand',
            null,
            e.grade?.[1] ?? '3',
            now,
          );
          // The letter is the source's reliability (migration 9): the most cautious one given to it wins.
          db.prepare(
            `INSERT INTO source_grades (source_id, reliability, note, graded_at) VALUES (?, ?, NULL, ?)
             ON CONFLICT(source_id) DO UPDATE SET reliability = max(reliability, excluded.reliability)`,
          ).run(sources[e.key].id, e.grade?.[0] ?? 'F', now);
        }
        return {
          result: null,
          custody: { action: 'allegation.add', entity: 'allegation', entityId: id, details: { category: a.category } },
        };
      });
      return id;
    };

    const statement = (
      key: keyof typeof TEXT,
      text: string,
      speakerId: string | null,
      speakerName: string,
      language: string,
      basis = 'first-hand',
      translation?: string,
    ) => {
      const id = newId('statement');
      const clean = cleanOf(key);
      const start = clean.indexOf(text);
      ctx.write((db) => {
        db.prepare(
          `INSERT INTO statements (id, text, speaker_id, speaker_name, source_id, source_text_id, span_start, span_end, language, translation, translation_kind, basis, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(
          id,
          text,
          speakerId,
          speakerName,
          sources[key].id,
          textIds[key],
          start >= 0 ? start : null,
          start >= 0 ? start + text.length : null,
          language,
          translation ?? null,
          translation ? 'human' : null,
          basis,
          now,
          now,
        );
        return { result: null, custody: { action: 'statement.add', entity: 'statement', entityId: id } };
      });
      return id;
    };

    statement(
      'en',
      'I have seen people from the secret services take large numbers of children without parents across the border into Belarus.',
      subjectId,
      'Igor Salikov',
      'en',
    );
    statement(
      'ru',
      'Пленных избивали прикладами, потом расстреливали у оврага под Попасной',
      subjectId,
      'Игорь Саликов',
      'ru',
      'first-hand',
      'Prisoners were beaten with rifle butts, then shot at a ravine near Popasna.',
    );
    statement(
      'uk',
      'Їх вивозили на фільтрацію, ґрати на вікнах, є списки',
      witnessId,
      WITNESS,
      'uk',
      'first-hand',
      'They were taken to filtration; bars on the windows; there are lists.',
    );
    statement(
      'ro',
      'Am văzut cum soldații încărcau televizoare și frigidere în camioane; ofițerii știau și tăceau',
      null,
      'unnamed former soldier',
      'ro',
    );
    statement('de', 'Wir bekamen Koordinaten von Wohnblöcken, nicht von Stellungen', null, 'ehemaliger Offizier', 'de');
    const selfStmt = statement('notes', 'I was in the firing squad myself near Popasna; I had no choice.', subjectId, 'Igor Salikov', 'en');

    allegation({
      category: 'torture',
      provisions: ['8(2)(a)(ii)', '8(2)(c)(i)'],
      description: 'Captured Ukrainian soldiers were beaten with rifle butts in Donbas by members of the subject’s unit.',
      place: 'Popasna, Luhansk oblast',
      date: ['spring 2022', '2022-03', null, 'season'],
      victims: 'Ukrainian prisoners of war',
      victimStatus: 'prisoner-of-war',
      grade: ['F', '2'],
      evidence: [
        { key: 'ru', quote: 'Пленных избивали прикладами, потом расстреливали у оврага под Попасной' },
        { key: 'en', quote: 'torture and execution of prisoners of war', basis: 'reported', grade: ['C', '3'] },
      ],
    });
    allegation({
      category: 'denial-of-quarter',
      provisions: ['8(2)(b)(xii)'],
      description: 'Battalion commander Sergei Petrov ordered that no prisoners be taken.',
      perpetrators: ['Sergei Petrov'],
      units: ['battalion of the 1st Guards Tank Army (as stated)'],
      date: ['2022', '2022', null, 'year'],
      grade: ['F', '3'],
      evidence: [{ key: 'ru', quote: 'командир батальона Сергей Петров отдал приказ «пленных не брать»' }],
    });
    allegation({
      category: 'deportation-transfer',
      provisions: ['8(2)(a)(vii)', '8(2)(b)(viii)', '7(1)(d)'],
      description: 'Children without parents were taken across the border into Belarus by the security services.',
      place: 'Border with Belarus',
      date: ['2022', '2022', null, 'year'],
      victims: 'children without parents',
      victimStatus: 'civilian',
      status: 'corroborated',
      grade: ['F', '2'],
      evidence: [{ key: 'en', quote: 'kidnapping of children who were “transported across the border to Belarus”' }],
    });
    allegation({
      category: 'perfidy-misuse-of-uniform',
      provisions: ['8(2)(b)(vii)'],
      description: 'False flag operations in Donbas witnessed by the subject.',
      place: 'Donbas',
      date: ['2014–2015', '2014', '2015-12', 'range'],
      grade: ['F', '3'],
      evidence: [{ key: 'en', quote: 'false flag operations' }],
    });
    allegation({
      category: 'unlawful-confinement',
      provisions: ['8(2)(a)(vii)', '7(1)(e)'],
      description: 'Residents of Olenivka were held in a school basement and taken to filtration.',
      place: 'Оленівка, Донецька область',
      date: ['summer 2022', '2022-06', null, 'season'],
      victims: 'civilian residents',
      victimStatus: 'civilian',
      grade: ['C', '2'],
      evidence: [{ key: 'uk', quote: 'її сусідів тримали в підвалі школи в Оленівці' }],
    });
    allegation({
      category: 'pillage',
      provisions: ['8(2)(b)(xvi)', '8(2)(e)(v)'],
      description: 'Soldiers looted civilian homes in Avdiivka; officers knew.',
      place: 'Avdiivka',
      date: ['winter 2024', '2024-01', null, 'season'],
      victims: 'civilian households',
      victimStatus: 'civilian',
      grade: ['C', '3'],
      evidence: [
        { key: 'ro', quote: 'Am văzut cum soldații încărcau televizoare și frigidere în camioane; ofițerii știau și tăceau' },
        { key: 'ro', quote: 'a menţionat şi alte mărturii', basis: 'reported', grade: ['C', '4'] },
      ],
    });
    allegation({
      category: 'attacks-on-civilians',
      provisions: ['8(2)(b)(i)', '8(2)(b)(ii)'],
      description: 'Residential blocks in Kharkiv were targeted with coordinates supplied as military targets.',
      place: 'Charkiw / Kharkiv',
      date: ['März 2022', '2022-03', null, 'month'],
      victims: 'residents of apartment blocks',
      victimStatus: 'civilian',
      grade: ['C', '3'],
      evidence: [{ key: 'de', quote: 'Wir bekamen Koordinaten von Wohnblöcken, nicht von Stellungen' }],
    });
    allegation({
      category: 'killing-hors-de-combat',
      provisions: ['8(2)(b)(vi)', '8(2)(a)(i)'],
      description: 'The subject took part in the shooting of prisoners near Popasna.',
      place: 'Popasna',
      date: ['2022-04-12', '2022-04-12', null, 'day'],
      victims: 'prisoners of war',
      victimStatus: 'prisoner-of-war',
      self: true,
      grade: ['F', '3'],
      evidence: [{ key: 'notes', quote: 'I was in the firing squad myself near Popasna; I had no choice.', statementId: selfStmt }],
    });

    const event = (
      title: string,
      date: [string | null, string | null, string | null, string],
      place: string | null,
      key: keyof typeof TEXT | null,
    ) => {
      const id = newId('event');
      ctx.write((db) => {
        db.prepare(
          'INSERT INTO events (id, title, date_text, date_value, date_end, date_precision, place, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        ).run(id, title, date[0], date[1], date[2], date[3], place, now, now);
        if (key) db.prepare('INSERT INTO event_sources (event_id, source_id, span_start) VALUES (?, ?, 0)').run(id, sources[key].id);
        return { result: null, custody: { action: 'event.add', entity: 'event', entityId: id } };
      });
    };
    event('Joined the armed forces', ['mid-1990s', '1990', null, 'decade'], null, null);
    event('False flag operations in Donbas', ['2014–2015', '2014', '2015-12', 'range'], 'Donbas', 'en');
    event('Shelling of residential blocks in Kharkiv', ['März 2022', '2022-03', null, 'month'], 'Kharkiv', 'de');
    event('Filtration in Olenivka', ['summer 2022', '2022-06', null, 'season'], 'Оленівка', 'uk');
    event('Left Russia with his family', ['June 2022', '2022-06', null, 'month'], 'Moscow → Cape Town', 'en');
    event('Arrival in the Netherlands', ['2022-06-28', '2022-06-28', null, 'day'], 'Schiphol', 'en');
    event('Looting in Avdiivka', ['iarna 2024', '2024-01', null, 'season'], 'Avdiivka', 'ro');
    event('Meeting with investigators (date not stated)', [null, null, null, 'unknown'], null, null);

    ctx.write((db) => {
      const ins = db.prepare(
        'INSERT INTO asylum_steps (id, country, stage, date_value, date_precision, authority, note, source_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      );
      ins.run(
        newId('asylumStep'),
        'NL',
        'intends',
        '2022-06',
        'month',
        'IND',
        'Stated intention to seek political asylum.',
        sources.en.id,
        now,
        now,
      );
      ins.run(newId('asylumStep'), 'NL', 'applied', '2022-07-04', 'day', 'IND, Ter Apel', 'Application lodged.', null, now, now);
      ins.run(newId('asylumStep'), 'NL', 'interview', '2022-09-14', 'day', 'IND', 'Nader gehoor (detailed interview).', null, now, now);
      return { result: null, custody: { action: 'asylum.add', entity: 'asylum_step', details: { count: 3 } } };
    });

    const ids = Object.fromEntries(Object.entries(sources).map(([k, s]) => [k, s.id])) as Fixture['sourceIds'];
    const sha = Object.fromEntries(Object.entries(sources).map(([k, s]) => [k, s.sha256])) as Fixture['sha'];
    return { path, sourceIds: ids, sha };
  } finally {
    store.close();
  }
}
