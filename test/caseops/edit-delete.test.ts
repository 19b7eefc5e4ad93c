/**
 * Edit, delete, merge, split and undo (issue #11): each change is one custody entry; a deletion's entry
 * keeps the deleted row's SHA-256 and none of its content; undo brings a deleted record back exactly.
 */
import { describe, expect, it } from 'vitest';
import { salikovNpo } from './articles';
import { custodyOf, span, useCaseWith } from './fixture';

const open = useCaseWith(salikovNpo);

const CONTENT = 'Wrongly entered village of Zlatopil-Marker';

describe('delete', () => {
  it('deletes an allegation with its evidence links: one entry with the row hash, no content', async () => {
    const { api, seeded } = await open();
    const s = span(salikovNpo.text, 'His commander Pavel Orlov gave the orders.');
    const a = await api.addAllegation({
      category: 'torture',
      description: CONTENT,
      place: CONTENT,
      evidence: [{ sourceId: seeded[0].sourceId, start: s.start, end: s.end }],
    });
    const del = await custodyOf(api, () => api.deleteRecord({ kind: 'allegation', id: a.id }));
    expect(del.entries).toHaveLength(1);
    const entry = del.entries[0];
    expect(entry).toMatchObject({ action: 'allegation.delete', entity: 'allegation', entityId: a.id });
    expect(entry.details.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(entry.details.sha256).toBe(del.result.hash);
    expect(entry.details.alsoRemoved).toEqual({ 'evidence link deleted': 1 });
    expect(JSON.stringify(entry)).not.toContain('Zlatopil');
    await expect(api.getAllegation({ id: a.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await api.search({ query: 'Zlatopil', limit: 10 })).hits).toEqual([]);
    await expect(api.deleteRecord({ kind: 'allegation', id: a.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('deletes each kind of record, and refuses a person who still speaks', async () => {
    const { api, seeded } = await open();
    const src = seeded[0].sourceId;
    const person = await api.upsertPerson({ name: 'Ivan Witness' });
    const st = await api.addStatement({ text: CONTENT, speakerId: person.id, sourceId: src });
    await expect(api.deleteRecord({ kind: 'person', id: person.id })).rejects.toThrow(/speaker of 1 statement/);
    const ev = await api.addEvent({
      title: CONTENT,
      date: { value: '2022-03', precision: 'month' },
      sources: [{ sourceId: src, start: 0, end: 3 }],
    });
    const step = await api.addAsylumStep({ country: 'NL', stage: 'applied', authority: CONTENT });
    const d = await api.recordDisclosure({ asylumStepId: step.id, authority: 'IND', disclosedAt: '2024-01-02', what: 'the route' });
    const a = await api.addAllegation({ category: 'pillage', description: 'Looting', evidence: [{ sourceId: src, originKey: 'key:one' }] });
    for (const [kind, id, action] of [
      ['statement', st.id, 'statement.delete'],
      ['person', person.id, 'person.delete'],
      ['event', ev.id, 'event.delete'],
      ['asylum-step', step.id, 'asylum-step.delete'],
      ['evidence', a.evidence[0].id, 'evidence.delete'],
    ] as const) {
      const r = await custodyOf(api, () => api.deleteRecord({ kind, id }));
      expect(r.entries.map((e) => e.action)).toEqual([action]);
      expect(r.entries[0].details.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(await api.listStatements({})).toEqual([]);
    expect((await api.timeline({})).events).toEqual([]);
    // The disclosure made at the deleted step stays, tied to its country.
    const asylum = await api.asylumOverview({});
    expect(asylum.countries).toEqual([]);
    expect(asylum.otherDisclosures).toEqual([expect.objectContaining({ id: d.id, country: 'NL', asylumStepId: null })]);
  });

  it('deletes and renames an origin override on every link that carries it', async () => {
    const { api, seeded } = await open();
    const src = seeded[0].sourceId;
    const a = await api.addAllegation({
      category: 'pillage',
      description: 'Looting',
      evidence: [{ sourceId: src, originKey: 'interview-1' }],
    });
    expect((await api.renameOrigin({ from: 'interview-1', to: 'interview-2023' })).links).toBe(1);
    expect((await api.getAllegation({ id: a.id })).evidence[0].originKey).toBe('interview-2023');
    const del = await custodyOf(api, () => api.deleteRecord({ kind: 'origin', id: 'interview-2023' }));
    expect(del.entries.map((e) => e.action)).toEqual(['origin.delete']);
    expect((await api.getAllegation({ id: a.id })).evidence[0].originKey).toBeNull();
  });

  it('deletes a suggestion decision by undoing it: the suggestion is pending again', async () => {
    const { api, seeded } = await open();
    const person = seeded[0].suggestions.find((s) => s.kind === 'person')!;
    const acc = await api.acceptSuggestion({ id: person.id });
    const r = await custodyOf(api, () => api.deleteRecord({ kind: 'decision', id: person.id }));
    expect(r.entries.map((e) => e.action)).toEqual(['suggestion.undo']);
    expect((await api.listPeople({})).some((p) => p.id === acc.entityId)).toBe(false);
    expect((await api.listSuggestions({ status: 'pending' })).some((s) => s.id === person.id)).toBe(true);
    // Not offered for undo, and the reason says what to do instead.
    expect(await api.lastChange({})).toMatchObject({
      action: 'suggestion.undo',
      undoable: false,
      reason: expect.stringMatching(/decide it again/),
    });
  });
});

describe('a source that dates an event', () => {
  it('is taken off the event (updateEvent removeSources): one entry with its hash, not its words; undo puts it back', async () => {
    const { api, seeded } = await open();
    const src = seeded[0].sourceId;
    const s = span(salikovNpo.text, 'His commander Pavel Orlov gave the orders.');
    const ev = await api.addEvent({
      title: 'Orders given',
      date: { value: '2022-03', precision: 'month' },
      sources: [
        { sourceId: src, start: 0, end: 5, date: { text: 'in March', value: '2022-03', precision: 'month' } },
        { sourceId: src, start: s.start, end: s.end, date: { text: CONTENT, value: '2022-04', precision: 'month' } },
      ],
    });
    expect(ev.sources).toHaveLength(2);
    expect(ev.conflict).not.toBeNull();
    const r = await custodyOf(api, () => api.updateEvent({ id: ev.id, removeSources: [{ sourceId: src, start: s.start }] }));
    expect(r.result.sources.map((x) => x.spanStart)).toEqual([0]);
    expect(r.result.conflict).toBeNull();
    expect(r.entries).toHaveLength(1);
    expect(r.entries[0]).toMatchObject({ action: 'event.update', entityId: ev.id, details: { fields: ['removeSources'] } });
    expect(r.entries[0].details.removedSources).toEqual([{ sourceId: src, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
    expect(JSON.stringify(r.entries[0])).not.toContain('Zlatopil');
    expect(await api.lastChange({})).toMatchObject({ action: 'event.update', undoable: true });
    await api.undoLastChange({});
    expect((await api.timeline({})).events[0]).toEqual(ev);
  });

  it('refuses a source that does not date the event, and changes nothing', async () => {
    const { api, seeded } = await open();
    const src = seeded[0].sourceId;
    const ev = await api.addEvent({ title: 'Orders given', sources: [{ sourceId: src, start: 0, end: 5 }] });
    const before = await custodyOf(api, async () => {
      await expect(api.updateEvent({ id: ev.id, title: 'Renamed', removeSources: [{ sourceId: src, start: 7 }] })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    });
    expect(before.entries).toEqual([]);
    expect((await api.timeline({})).events[0]).toEqual(ev);
  });
});

describe('undo the last change', () => {
  it('brings a deleted allegation back exactly, with its evidence, as one change.undo entry', async () => {
    const { api, seeded } = await open();
    const a = await api.addAllegation({ category: 'torture', description: CONTENT, evidence: [{ sourceId: seeded[0].sourceId }] });
    const del = await api.deleteRecord({ kind: 'allegation', id: a.id });
    expect(await api.lastChange({})).toMatchObject({ action: 'allegation.delete', undoable: true });
    const u = await custodyOf(api, () => api.undoLastChange({}));
    expect(u.entries).toEqual([
      expect.objectContaining({ action: 'change.undo', entityId: a.id, details: expect.objectContaining({ sha256: del.hash }) }),
    ]);
    expect(await api.getAllegation({ id: a.id })).toEqual(a);
    // Undo reverses one change, then nothing more.
    expect(await api.lastChange({})).toMatchObject({ action: 'change.undo', undoable: false });
    await expect(api.undoLastChange({})).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect((await api.verify({})).ok).toBe(true);
  });

  it('reverses an edit of a statement and a grade of an evidence link', async () => {
    const { api, seeded } = await open();
    const st = await api.addStatement({ text: 'First wording', basis: 'first-hand' });
    await api.updateStatement({ id: st.id, text: 'Second wording', basis: 'participant' });
    await api.undoLastChange({});
    expect(await api.listStatements({})).toEqual([st]);
    const a = await api.addAllegation({ category: 'pillage', description: 'Looting', evidence: [{ sourceId: seeded[0].sourceId }] });
    await api.updateEvidence({ id: a.evidence[0].id, reliability: 'B', credibility: '2' });
    await api.undoLastChange({});
    expect((await api.getAllegation({ id: a.id })).evidence[0].grade).toBeNull();
  });

  it('undoes the last suggestion decision when that is the last change', async () => {
    const { api, seeded } = await open();
    const person = seeded[0].suggestions.find((s) => s.kind === 'person')!;
    await api.acceptSuggestion({ id: person.id });
    expect(await api.lastChange({})).toMatchObject({ action: 'suggestion.accept', undoable: true });
    await api.undoLastChange({});
    expect((await api.listSuggestions({ status: 'pending' })).some((s) => s.id === person.id)).toBe(true);
  });

  it('forgets the undo record when the case is closed (it held deleted content in memory only)', async () => {
    const { api, path } = await open();
    const st = await api.addStatement({ text: CONTENT });
    await api.deleteRecord({ kind: 'statement', id: st.id });
    await api.closeCase({});
    await api.openCase({ path, passphrase: 'correct horse battery staple' });
    expect(await api.lastChange({})).toMatchObject({ undoable: false });
    await expect(api.undoLastChange({})).rejects.toThrow(/before this case was opened/);
  });
});

describe('merge and split', () => {
  it('merges two people: name and aliases kept as aliases, statements moved, one entry; undo splits them again', async () => {
    const { api } = await open();
    const keep = await api.upsertPerson({ name: 'Pavel Orlov', role: 'commander' });
    const other = await api.upsertPerson({
      name: 'Павел Орлов',
      aliases: [{ name: 'Orel', kind: 'call-sign' }],
      notes: 'from the Russian text',
    });
    await api.addStatement({ text: 'Orders were given.', speakerId: other.id });
    const m = await custodyOf(api, () => api.mergePeople({ keepId: keep.id, mergeId: other.id }));
    expect(m.entries.map((e) => e.action)).toEqual(['person.merge']);
    expect(m.entries[0].details).toMatchObject({ merged: other.id, statementsMoved: 1 });
    expect(m.result).toMatchObject({
      name: 'Pavel Orlov',
      role: 'commander',
      notes: 'from the Russian text',
      statementCount: 1,
      aliases: [
        { name: 'Павел Орлов', kind: 'alias' },
        { name: 'Orel', kind: 'call-sign' },
      ],
    });
    expect((await api.listPeople({})).map((p) => p.id)).toEqual([keep.id]);
    expect((await api.listStatements({}))[0]).toMatchObject({ speakerId: keep.id, speakerName: 'Pavel Orlov' });
    await api.undoLastChange({});
    expect((await api.listPeople({})).map((p) => p.id).sort()).toEqual([keep.id, other.id].sort());
    expect((await api.listStatements({}))[0]).toMatchObject({ speakerId: other.id, speakerName: 'Павел Орлов' });
  });

  it('merges allegations (provisions and evidence joined) and splits one by its evidence', async () => {
    const { api, seeded } = await open();
    const src = seeded[0].sourceId;
    const a = await api.addAllegation({
      category: 'torture',
      description: 'Beatings of prisoners',
      provisions: ['8(2)(a)(ii)'],
      evidence: [{ sourceId: src }],
    });
    const b = await api.addAllegation({
      category: 'outrages-on-dignity',
      description: 'Filming the prisoners',
      provisions: ['8(2)(b)(xxi)'],
      perpetrators: ['Orlov'],
      liability: [{ name: 'Orlov', mode: '25(3)(b)' }],
      evidence: [{ sourceId: src }],
    });
    const merged = await custodyOf(api, () => api.mergeAllegations({ keepId: a.id, mergeIds: [b.id] }));
    expect(merged.entries.map((e) => e.action)).toEqual(['allegation.merge']);
    expect(merged.result.provisions.map((p) => p.code)).toEqual(['8(2)(a)(ii)', '8(2)(b)(xxi)']);
    expect(merged.result.evidence).toHaveLength(2);
    expect(merged.result.liability).toEqual([{ name: 'Orlov', mode: '25(3)(b)' }]);
    await expect(api.getAllegation({ id: b.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const split = await custodyOf(api, () =>
      api.splitAllegation({ id: a.id, evidenceIds: [merged.result.evidence[1].id], description: 'Filming the prisoners' }),
    );
    expect(split.entries.map((e) => e.action)).toEqual(['allegation.split']);
    expect(split.result.original.evidence.map((e) => e.id)).toEqual([merged.result.evidence[0].id]);
    expect(split.result.split).toMatchObject({ description: 'Filming the prisoners', category: 'torture' });
    expect(split.result.split.evidence.map((e) => e.id)).toEqual([merged.result.evidence[1].id]);
  });
});
