/** Case operations from the terminal: suggestions, accept/reject, allegations, timeline, search, dump/restore. */
import { readFileSync } from 'node:fs';
import { CasefileError } from '../../shared/errors';
import { describeSuggestion } from '../../shared/suggestion-label';
import type { CasefileApi } from '../../shared/api';
import { type Command, withCase } from '../command';
import { EXIT } from '../exit-codes';
import { json } from '../format';
import { getPassphrase, progressBar } from '../io';
import { warnIfWeak } from './case';
import { usageError } from './case';

const one = (s: string | null | undefined, n = 100) => {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};

export const suggestionsCommand: Command = {
  name: 'suggestions',
  usage: 'casefile suggestions CASE [--source ID] [--kind KIND] [--all] [--json]',
  summary: 'List pending suggestions (all decided ones too with --all).',
  options: { source: { type: 'string' }, kind: { type: 'string' }, all: { type: 'boolean' }, json: { type: 'boolean' } },
  async run({ api, io, args, flags }) {
    const [file] = args;
    if (!file || args.length > 1) return usageError(io, this.usage);
    const list = await withCase(api, io, file, () =>
      api.listSuggestions({
        sourceId: flags.source as string | undefined,
        kind: flags.kind as Parameters<CasefileApi['listSuggestions']>[0] extends { kind?: infer K } ? K : never,
        status: flags.all ? 'all' : 'pending',
      }),
    );
    if (flags.json) io.out(json(list));
    else {
      for (const s of list)
        io.out(
          `${s.id}  ${s.status.padEnd(8)} ${s.kind.padEnd(10)} ${describeSuggestion(s.kind, s.payload, s.personKind)}  [${one(s.sourceTitle, 40)}]\n`,
        );
      io.out(`${list.length} suggestion(s).\n`);
    }
    return EXIT.ok;
  },
};

export const acceptCommand: Command = {
  name: 'accept',
  usage: 'casefile accept CASE (ID... [--edit JSON] [--as person|organisation] | --kind KIND [--source ID] [--preview])',
  summary:
    'Accept suggestions (optionally edited; --as records a person suggestion as a person or an organisation/unit), or every pending one of a kind.',
  options: {
    edit: { type: 'string' },
    as: { type: 'string' },
    kind: { type: 'string' },
    preview: { type: 'boolean' },
    source: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run({ api, io, args, flags }) {
    const [file, ...ids] = args;
    if (!file || (ids.length === 0) === !flags.kind) return usageError(io, this.usage);
    let edit: Record<string, unknown> | undefined;
    if (flags.edit !== undefined) {
      try {
        edit = JSON.parse(String(flags.edit)) as Record<string, unknown>;
      } catch {
        throw new CasefileError('INVALID_INPUT', '--edit must be a JSON object, e.g. --edit \'{"stage":"applied"}\'.');
      }
    }
    if (flags.as !== undefined) {
      if (flags.as !== 'person' && flags.as !== 'organisation')
        throw new CasefileError('INVALID_INPUT', '--as must be "person" or "organisation".');
      edit = { ...edit, kind: flags.as };
    }
    return withCase(api, io, file, async () => {
      if (flags.kind && flags.preview) {
        const p = await api.previewAcceptAll({
          kind: flags.kind as Parameters<CasefileApi['previewAcceptAll']>[0]['kind'],
          sourceId: flags.source as string | undefined,
        });
        if (flags.json) io.out(json(p));
        else {
          for (const i of p.items)
            io.out(`${i.error ? 'would not accept' : 'would accept'} ${i.id}  ${one(i.label, 90)}${i.error ? `: ${i.error}` : ''}\n`);
          io.out(
            `${p.accepted} of ${p.total} would be accepted; creates ${counts(p.created)}; changes ${counts(p.changed)}. Nothing was written.\n`,
          );
        }
        return EXIT.ok;
      }
      if (flags.kind) {
        const r = await api.acceptAllSuggestions(
          { kind: flags.kind as Parameters<CasefileApi['acceptAllSuggestions']>[0]['kind'], sourceId: flags.source as string | undefined },
          { onProgress: progressBar(io, 'accepting') },
        );
        if (flags.json) io.out(json(r));
        else {
          for (const a of r.accepted) io.out(`accepted ${a.id} → ${a.entity} ${a.entityId}\n`);
          for (const f of r.failed) io.err(`not accepted ${f.id}: ${f.message}\n`);
        }
        return r.failed.length ? EXIT.usage : EXIT.ok;
      }
      let failed = 0;
      for (const id of ids) {
        try {
          const r = await api.acceptSuggestion({ id, edit });
          io.out(flags.json ? json(r) : `accepted ${id} → ${r.entity} ${r.entityId}\n`);
        } catch (e) {
          if (!(e instanceof CasefileError)) throw e;
          failed++;
          io.err(`not accepted ${id}: ${e.message}\n`);
        }
      }
      return failed ? EXIT.usage : EXIT.ok;
    });
  },
};

export const rejectCommand: Command = {
  name: 'reject',
  usage: 'casefile reject CASE ID... [--reason TEXT]',
  summary: 'Reject suggestions: nothing is recorded as fact.',
  options: { reason: { type: 'string' } },
  async run({ api, io, args, flags }) {
    const [file, ...ids] = args;
    if (!file || ids.length === 0) return usageError(io, this.usage);
    return withCase(api, io, file, async () => {
      let failed = 0;
      for (const id of ids) {
        try {
          await api.rejectSuggestion({ id, reason: flags.reason as string | undefined });
          io.out(`rejected ${id}\n`);
        } catch (e) {
          if (!(e instanceof CasefileError)) throw e;
          failed++;
          io.err(`not rejected ${id}: ${e.message}\n`);
        }
      }
      return failed ? EXIT.usage : EXIT.ok;
    });
  },
};

const counts = (c: Record<string, number>) =>
  Object.entries(c)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ') || 'nothing';

export const undoCommand: Command = {
  name: 'undo',
  usage: 'casefile undo CASE [--json]',
  summary: 'Undo the last accept or reject (one suggestion, a group or a bulk accept): the suggestions are pending again.',
  options: { json: { type: 'boolean' } },
  async run({ api, io, args, flags }) {
    const [file] = args;
    if (!file || args.length > 1) return usageError(io, this.usage);
    const r = await withCase(api, io, file, () => api.undoDecision({}));
    if (flags.json) io.out(json(r));
    else for (const s of r.suggestions) io.out(`undid ${r.decision} of ${s.id} (${s.kind}): pending again\n`);
    return EXIT.ok;
  },
};

export const allegationsCommand: Command = {
  name: 'allegations',
  usage: 'casefile allegations CASE [--category C] [--json]',
  summary: 'Allegations with provisions, evidence, grades and corroboration.',
  options: { category: { type: 'string' }, json: { type: 'boolean' } },
  async run({ api, io, args, flags }) {
    const [file] = args;
    if (!file || args.length > 1) return usageError(io, this.usage);
    const list = await withCase(api, io, file, () =>
      api.listAllegations({
        category: flags.category as Parameters<CasefileApi['listAllegations']>[0] extends { category?: infer C } ? C : never,
      }),
    );
    if (flags.json) io.out(json(list));
    else {
      for (const a of list) {
        io.out(
          `${a.id}  ${a.categoryLabel} — ${a.status}${a.selfIncriminating ? ' — SELF-INCRIMINATING' : ''}${a.grade ? ` — ${a.grade}` : ''}\n`,
        );
        io.out(`  ${a.provisions.map((p) => `${p.code} ${p.title}`).join('; ') || '(no provision)'}\n`);
        io.out(`  ${one(a.description, 160)}\n`);
        if (a.place || a.date.value) io.out(`  ${[a.place, a.date.text ?? a.date.value].filter(Boolean).join(', ')}\n`);
        for (const e of a.evidence) io.out(`  · ${one(e.sourceTitle, 50)}${e.grade ? ` [${e.grade}]` : ''}: “${one(e.excerpt, 90)}”\n`);
        io.out(`  corroboration: ${a.corroboration.explanation}\n\n`);
      }
      io.out(`${list.length} allegation(s).\n`);
    }
    return EXIT.ok;
  },
};

export const timelineCommand: Command = {
  name: 'timeline',
  usage: 'casefile timeline CASE [--json]',
  summary: 'Events in date order (unknown dates last), with sources and conflicts.',
  options: { json: { type: 'boolean' } },
  async run({ api, io, args, flags }) {
    const [file] = args;
    if (!file || args.length > 1) return usageError(io, this.usage);
    const t = await withCase(api, io, file, () => api.timeline({}));
    if (flags.json) io.out(json(t));
    else {
      for (const e of t.events) {
        const when = e.date.value ? `${e.date.value}${e.date.end ? `–${e.date.end}` : ''} (${e.date.precision})` : 'undated';
        io.out(`${when.padEnd(24)} ${one(e.title, 100)}${e.place ? ` — ${e.place}` : ''}\n`);
        for (const s of e.sources) io.out(`${''.padEnd(25)}· ${one(s.sourceTitle, 50)}${s.dateText ? `: “${s.dateText}”` : ''}\n`);
        if (e.conflict) io.out(`${''.padEnd(25)}! ${e.conflict}\n`);
      }
      io.out(`${t.events.length} event(s), ${t.conflicts} with conflicting dates.\n`);
    }
    return EXIT.ok;
  },
};

export const searchCommand: Command = {
  name: 'search',
  usage: 'casefile search CASE QUERY [--limit N] [--json]',
  summary: 'Full-text search (diacritics- and case-insensitive) over sources, statements, allegations, people and events.',
  options: { limit: { type: 'string' }, json: { type: 'boolean' } },
  async run({ api, io, args, flags }) {
    const [file, ...words] = args;
    if (!file || words.length === 0) return usageError(io, this.usage);
    const limit = flags.limit ? Number(flags.limit) : 50;
    const r = await withCase(api, io, file, () => api.search({ query: words.join(' '), limit }));
    if (flags.json) io.out(json(r));
    else {
      for (const h of r.hits) {
        let s = h.snippet;
        for (const [a, b] of [...h.highlights].reverse()) s = `${s.slice(0, a)}[${s.slice(a, b)}]${s.slice(b)}`;
        io.out(`${h.kind.padEnd(10)} ${h.refId}  ${one(h.title, 50)}\n           ${s}\n`);
      }
      io.out(`${r.hits.length} hit(s).\n`);
    }
    return EXIT.ok;
  },
};

export const dumpCommand: Command = {
  name: 'dump',
  usage: 'casefile dump CASE [--with-originals] [--omit-sensitive] > case.json',
  summary: 'Print the whole case as versioned JSON (UNENCRYPTED: see docs/case-json.md).',
  options: { 'with-originals': { type: 'boolean' }, 'omit-sensitive': { type: 'boolean' } },
  async run({ api, io, args, flags }) {
    const [file] = args;
    if (!file || args.length > 1) return usageError(io, this.usage);
    const data = await withCase(api, io, file, () =>
      api.exportJson({ includeOriginals: Boolean(flags['with-originals']), omitSensitive: Boolean(flags['omit-sensitive']) }),
    );
    io.out(`${JSON.stringify(data, null, 2)}\n`);
    if (io.stderrIsTty) io.err('Note: this JSON is not encrypted. Keep it on encrypted storage and delete it when done.\n');
    return EXIT.ok;
  },
};

export const restoreCommand: Command = {
  name: 'restore',
  usage: 'casefile restore case.json NEW_CASE',
  summary: 'Restore a dump made with --with-originals into a new encrypted case file.',
  async run({ api, io, args }) {
    const [jsonFile, target] = args;
    if (!jsonFile || !target || args.length > 2) return usageError(io, this.usage);
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(jsonFile, 'utf8'));
    } catch (e) {
      // Say where, never what: the parser's message quotes the file, which holds case content.
      const at = /position (\d+)/.exec((e as Error).message)?.[1];
      throw new CasefileError('INVALID_INPUT', `${jsonFile} is not readable JSON${at ? ` (error at character ${at})` : ''}.`);
    }
    const passphrase = await getPassphrase(io, { prompt: 'Passphrase for the new case: ', confirm: true });
    warnIfWeak(io, passphrase);
    const info = await api.importJson({ path: target, passphrase, data }, { onProgress: progressBar(io, 'restoring') });
    await api.closeCase({});
    io.out(
      `Restored ${info.counts.sources} source(s), ${info.counts.allegations} allegation(s), ${info.counts.events} event(s) into ${info.path}\ncase id ${info.caseId}\n`,
    );
    return EXIT.ok;
  },
};

export const caseOpsCommands: Command[] = [
  suggestionsCommand,
  acceptCommand,
  rejectCommand,
  undoCommand,
  allegationsCommand,
  timelineCommand,
  searchCommand,
  dumpCommand,
  restoreCommand,
];
