/**
 * Review support in the core: groups (the same person, outlet or date in several sources reviewed once),
 * undo of the last decision, and the bulk-accept preview — on real encrypted case files.
 */
import { describe, expect, it } from 'vitest';
import { salikovNpo } from './articles';
import { custodyOf, headSeq, span, type ArticleSpec, useCaseWith } from './fixture';

const A = 'Pavel Orlov ordered the shelling of the school in June 2022, NPO1 reported. Orlov denies it.';
const B = 'In June 2022 his commander Pavel Orlov gave the order, the soldier told NPO1. He wants asylum.';
const allegation = (t: string, needle: string) => ({
  category: 'attacks-on-civilians' as const,
  provisions: [],
  text: needle,
  basis: 'reported' as const,
  selfIncriminating: false,
  ...span(t, needle),
});
const first: ArticleSpec = {
  fileName: 'a.txt',
  title: 'Article A',
  text: A,
  reading: {
    people: [{ name: 'Pavel Orlov', role: 'commander', ...span(A, 'Pavel Orlov') }],
    dates: [{ text: 'June 2022', date: '2022-06', precision: 'month', ...span(A, 'June 2022') }],
    allegations: [allegation(A, 'the shelling of the school')],
    citedOutlets: ['NPO1'],
  },
};
const second: ArticleSpec = {
  fileName: 'b.txt',
  title: 'Article B',
  text: B,
  reading: {
    people: [{ name: 'pavel orlov', role: null, ...span(B, 'Pavel Orlov') }],
    dates: [{ text: 'June 2022', date: '2022-06', precision: 'month', ...span(B, 'June 2022') }],
    asylum: [{ status: 'intends', country: null, text: 'He wants asylum.', ...span(B, 'He wants asylum.') }],
    citedOutlets: ['NPO1'],
  },
};

const open = useCaseWith();

describe('suggestion groups', () => {
  it('the same person, outlet and date in two sources is one group with both spans; accepted once, it is one record', async () => {
    const { api, seeded } = await open(first, second);
    const groups = await api.listSuggestionGroups({});
    const person = groups.find((g) => g.kind === 'person')!;
    expect(groups.filter((g) => g.kind === 'person')).toHaveLength(1);
    expect(person.sourceIds.sort()).toEqual([seeded[0].sourceId, seeded[1].sourceId].sort());
    expect(person.suggestions.map((s) => s.excerpt)).toEqual(['Pavel Orlov', 'Pavel Orlov']);
    expect(person.status).toBe('pending');
    expect(groups.filter((g) => g.kind === 'outlet')).toHaveLength(1);
    const date = groups.find((g) => g.kind === 'date')!;
    expect(date.suggestions).toHaveLength(2);
    // Kinds about one passage never group.
    expect(groups.filter((g) => g.kind === 'allegation').every((g) => g.suggestions.length === 1)).toBe(true);

    const { result, entries } = await custodyOf(api, () =>
      api.acceptSuggestionGroup({ ids: person.suggestions.map((s) => s.id), edit: { kind: 'person' } }),
    );
    expect(result.accepted).toHaveLength(2);
    expect(new Set(result.accepted.map((a) => a.entityId)).size).toBe(1);
    expect(entries.map((e) => e.action)).toEqual(['suggestion.accept', 'suggestion.accept']);
    expect((await api.listPeople({})).filter((p) => p.name === 'Pavel Orlov')).toHaveLength(1);

    await api.acceptSuggestionGroup({ ids: date.suggestions.map((s) => s.id) });
    const { events } = await api.timeline({});
    expect(events).toHaveLength(1);
    expect(events[0].sources.map((s) => s.sourceId).sort()).toEqual([seeded[0].sourceId, seeded[1].sourceId].sort());

    const after = await api.listSuggestionGroups({ status: 'all', kind: 'person' });
    expect(after[0].status).toBe('accepted');
    // A decided group cannot be decided again.
    await expect(api.rejectSuggestionGroup({ ids: person.suggestions.map((s) => s.id) })).rejects.toThrow(/pending/);
  });
});

describe('change a group decision', () => {
  it('rejects an accepted group (its person goes) and accepts it again as one record; undo then offers the new decision', async () => {
    const { api } = await open(first, second);
    const person = (await api.listSuggestionGroups({})).find((g) => g.kind === 'person')!;
    const [id, ...rest] = person.suggestions.map((s) => s.id);
    await api.acceptSuggestionGroup({ ids: [id, ...rest], edit: { kind: 'person' } });
    expect((await api.listPeople({})).filter((p) => p.name === 'Pavel Orlov')).toHaveLength(1);

    const r = await custodyOf(api, () => api.changeDecision({ id, groupIds: rest, decision: 'reject', reason: 'not him' }));
    expect(r.result).toEqual({ id, status: 'rejected' });
    // Newest first: the follower's accept is undone before the accept that created the person.
    expect(r.entries.map((e) => [e.action, e.entityId])).toEqual([
      ['suggestion.undo', rest[0]],
      ['suggestion.undo', id],
      ['suggestion.reject', id],
      ['suggestion.reject', rest[0]],
    ]);
    expect(r.entries[2].details).toMatchObject({ reason: 'not him' });
    expect((await api.listPeople({})).filter((p) => p.name === 'Pavel Orlov')).toHaveLength(0);
    expect((await api.listSuggestionGroups({ status: 'all', kind: 'person' }))[0].status).toBe('rejected');

    // Accepted again as a group: the second span attaches to the person the first creates.
    await api.changeDecision({ id, groupIds: rest, decision: 'accept', edit: { kind: 'organisation' } });
    const people = (await api.listPeople({})).filter((p) => p.name === 'Pavel Orlov');
    expect(people).toHaveLength(1);
    expect(people[0].kind).toBe('organisation');
    const decided = await api.listSuggestions({ kind: 'person', status: 'all' });
    expect(decided.map((s) => [s.status, s.resultId])).toEqual([
      ['accepted', people[0].id],
      ['accepted', people[0].id],
    ]);
    // The last entry is the new decision: undo makes the group pending again (it does not bring back the old decision).
    expect(await api.lastChange({})).toMatchObject({ action: 'suggestion.accept', undoable: true });
    await api.undoLastChange({});
    expect((await api.listSuggestions({ kind: 'person', status: 'pending' })).map((s) => s.id).sort()).toEqual([id, ...rest].sort());
    expect((await api.listPeople({})).filter((p) => p.name === 'Pavel Orlov')).toHaveLength(0);
  });

  it('refuses a suggestion of the group that was never decided, and changes nothing', async () => {
    const { api } = await open(first, second);
    const person = (await api.listSuggestionGroups({})).find((g) => g.kind === 'person')!;
    const [id, other] = person.suggestions.map((s) => s.id);
    await api.acceptSuggestion({ id, edit: { kind: 'person' } });
    await expect(api.changeDecision({ id, groupIds: [other], decision: 'reject' })).rejects.toThrow(/no decision that can be undone/);
    expect((await api.listSuggestions({ kind: 'person', status: 'all' })).map((s) => s.status)).toEqual(['accepted', 'pending']);
    expect((await api.listPeople({})).filter((p) => p.name === 'Pavel Orlov')).toHaveLength(1);
  });
});

describe('delete a group decision', () => {
  it('undoes the whole group in one call, newest first, whatever order the ids come in; other kinds refuse a group', async () => {
    const { api } = await open(first, second);
    const person = (await api.listSuggestionGroups({})).find((g) => g.kind === 'person')!;
    const [id, ...rest] = person.suggestions.map((s) => s.id);
    await api.acceptSuggestionGroup({ ids: [id, ...rest], edit: { kind: 'person' } });
    expect((await api.listPeople({})).filter((p) => p.name === 'Pavel Orlov')).toHaveLength(1);
    // The first id is the one whose accept created the person: undone alone first, it would leave the
    // follower attached to nothing. The service orders them.
    const r = await custodyOf(api, () => api.deleteRecord({ kind: 'decision', id, groupIds: rest }));
    expect(r.entries.map((e) => [e.action, e.entityId])).toEqual([
      ['suggestion.undo', rest[0]],
      ['suggestion.undo', id],
    ]);
    expect((await api.listSuggestions({ kind: 'person', status: 'pending' })).map((s) => s.id).sort()).toEqual([id, ...rest].sort());
    expect((await api.listPeople({})).filter((p) => p.name === 'Pavel Orlov')).toHaveLength(0);
    await expect(api.deleteRecord({ kind: 'person', id: 'p-1', groupIds: ['p-2'] })).rejects.toThrow(
      /Only a decision is deleted with its group/,
    );
  });
});

describe('undo the last decision', () => {
  it('an accept: what it created is removed, the suggestion is pending again, custody says so; then it can be accepted again', async () => {
    const { api } = await open(first);
    const [al] = await api.listSuggestions({ kind: 'allegation' });
    await api.acceptSuggestion({ id: al.id });
    expect(await api.listAllegations({})).toHaveLength(1);
    expect((await api.lastDecision({}))?.suggestions.map((s) => s.id)).toEqual([al.id]);
    const { result, entries } = await custodyOf(api, () => api.undoDecision({ id: al.id }));
    expect(result).toMatchObject({ decision: 'accept', suggestions: [{ id: al.id, status: 'pending', resultId: null }] });
    expect(await api.listAllegations({})).toEqual([]);
    expect((await api.search({ query: 'shelling', kinds: ['allegation'] })).hits).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: 'suggestion.undo',
      entity: 'suggestion',
      entityId: al.id,
      details: { kind: 'allegation', undone: 'accept', removed: { allegation: 1, 'evidence link': 1 } },
    });
    expect(JSON.stringify(entries[0].details)).not.toContain('shelling');
    expect(await api.lastDecision({})).toBeNull();
    await expect(api.undoDecision({})).rejects.toThrow(/no decision to undo/);
    await api.acceptSuggestion({ id: al.id });
    expect(await api.listAllegations({})).toHaveLength(1);
    expect((await api.verify({})).problems).toEqual([]);
  });

  it('a subject accept: the profile is restored exactly; undo steps back one decision at a time', async () => {
    const { api } = await open(salikovNpo);
    const before = await api.getProfile({});
    const [subject] = await api.listSuggestions({ kind: 'subject' });
    const [outlet] = await api.listSuggestions({ kind: 'outlet' });
    await api.acceptSuggestion({ id: subject.id });
    await api.rejectSuggestion({ id: outlet.id, reason: 'not a source of this claim' });
    expect((await api.getProfile({})).fullName).toBe('Igor Salikov');
    // A screen that still shows the older decision is refused rather than undoing something else.
    await expect(api.undoDecision({ id: subject.id })).rejects.toThrow(/no longer/);
    expect((await api.undoDecision({})).decision).toBe('reject');
    expect((await api.listSuggestions({})).map((s) => s.id)).toContain(outlet.id);
    expect((await api.undoDecision({})).decision).toBe('accept');
    expect(await api.getProfile({})).toEqual(before);
  });

  it('refuses, changing nothing, when what the decision created was changed or used since', async () => {
    const { api } = await open(first);
    const [al] = await api.listSuggestions({ kind: 'allegation' });
    const r = await api.acceptSuggestion({ id: al.id });
    await api.updateAllegation({ id: r.entityId, notes: 'checked with a second witness' });
    const seq = await headSeq(api);
    await expect(api.undoDecision({})).rejects.toThrow(/changed since/);
    expect(await headSeq(api)).toBe(seq);
    expect((await api.getAllegation({ id: r.entityId })).notes).toBe('checked with a second witness');

    const [person] = await api.listSuggestions({ kind: 'person' });
    const p = await api.acceptSuggestion({ id: person.id });
    await api.addStatement({ text: 'I gave no such order.', speakerId: p.entityId });
    await expect(api.undoDecision({})).rejects.toThrow(/used by something recorded since/);
    expect((await api.listPeople({})).map((x) => x.id)).toContain(p.entityId);
    expect((await api.listSuggestions({ status: 'all' })).find((s) => s.id === person.id)?.status).toBe('accepted');
  });

  it('a bulk accept is one decision: undo reverses all of it', async () => {
    const { api } = await open(first, second);
    const r = await api.acceptAllSuggestions({ kind: 'date' });
    expect(r.accepted).toHaveLength(2);
    expect((await api.lastDecision({}))?.suggestions).toHaveLength(2);
    const undone = await api.undoDecision({});
    expect(undone.suggestions.map((s) => s.status)).toEqual(['pending', 'pending']);
    expect((await api.timeline({})).events).toEqual([]);
  });
});

describe('bulk accept preview', () => {
  it('says what the bulk accept will create and what it cannot accept, writes nothing, and agrees with the accept', async () => {
    const { api } = await open(first, second, salikovNpo);
    const seq = await headSeq(api);
    const pending = (await api.listSuggestions({})).length;
    const preview = await api.previewAcceptAll({ kind: 'person' });
    expect(preview.total).toBe(3);
    expect(preview.accepted).toBe(3);
    // Pavel Orlov named in three sources is one person; the later mentions attach to it.
    expect(preview.created).toEqual({ person: 1 });
    expect(preview.items.map((i) => i.label)).toContain('Pavel Orlov (commander) [person]');
    expect(await headSeq(api)).toBe(seq);
    expect((await api.listSuggestions({})).length).toBe(pending);
    expect(await api.listPeople({})).toEqual([]);
    await api.acceptAllSuggestions({ kind: 'person' });
    expect((await api.listPeople({})).length).toBe(preview.created.person);

    const asylum = await api.previewAcceptAll({ kind: 'asylum' });
    const failing = asylum.items.filter((i) => i.error);
    expect(failing).toHaveLength(1);
    expect(failing[0].error).toMatch(/does not name the country/);
    expect(asylum.created).toEqual({ 'asylum step': asylum.accepted });
  });
});
