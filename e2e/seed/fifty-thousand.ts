/**
 * Writes the 50,000-allegation case of e2e/specs/allegations-50k.spec.ts through the core service, in a
 * child process (the service reads resources as the app and the CLI do; Playwright's loader cannot):
 *   node --import tsx e2e/seed/fifty-thousand.ts DIR PASSPHRASE   → prints the case file's path
 */
import { join } from 'node:path';
import { createService } from '../../src/core/service';
import { allegation, CATEGORIES, N, PLACES, sourcesOf } from './big-case';

const seeded = Array.from({ length: N }, (_, i) => allegation(i));

/**
 * A small real case first (three imported sources), exported with its originals, then restored into a
 * new file with the 50,000 allegations and their evidence links added (importJson: one transaction).
 */
async function seedCase(dir: string, passphrase: string): Promise<string> {
  const { api, dispose } = createService();
  try {
    await api.createCase({ path: join(dir, 'template.casefile') as never, passphrase, title: 'Template' });
    for (const [title, text] of [
      ['Witness account', 'A former conscript describes the filtration camp where detainees were held for weeks.'],
      ['Regional report', 'The regional prosecutor lists shelling of residential streets in the city during the spring.'],
      ['Interview', 'An officer who left the army speaks about orders given to his unit before the assault.'],
    ]) {
      const r = await api.importText({ text, title });
      if (!r.ok) throw new Error(`import failed: ${title}`);
    }
    const template = await api.exportJson({ includeOriginals: true });
    await api.closeCase({});
    const now = new Date().toISOString();
    const sources = template.sources.map((s) => String(s.id));
    const allegations = seeded.map((a) => ({
      id: a.id,
      category: a.category,
      provisions: CATEGORIES.find((c) => c.id === a.category)!.provisions.slice(0, 2),
      description: a.description,
      place: PLACES[a.i % PLACES.length],
      dateText: null,
      dateValue: a.date,
      dateEnd: null,
      datePrecision: 'day',
      perpetrators: a.i % 3 === 0 ? [`Commander ${a.i % 97}`] : [],
      units: [],
      liability: [],
      victims: null,
      victimStatus: 'civilian',
      status: a.status,
      basis: 'reported',
      selfIncriminating: a.i % 10 === 0 ? 1 : 0,
      reliability: null,
      credibility: null,
      notes: null,
      createdAt: now,
      updatedAt: now,
    }));
    // Every allegation has one source; one in five a second, different one (two independent sources).
    const evidence = seeded.flatMap((a) =>
      sourcesOf(a.i).map((s, k) => ({
        id: `evl_big_${a.i}_${k}`,
        allegationId: a.id,
        sourceId: sources[s],
        createdAt: now,
      })),
    );
    const path = join(dir, 'fifty-thousand.casefile');
    await api.importJson({
      path: path as never,
      passphrase,
      title: '50,000 allegations',
      data: { ...template, allegations, evidence },
    });
    await api.closeCase({});
    return path;
  } finally {
    dispose();
  }
}

const [dir, passphrase] = process.argv.slice(2);
process.stdout.write(`${await seedCase(dir, passphrase)}\n`);
