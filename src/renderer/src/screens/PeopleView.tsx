/**
 * People and organisations named in the case: kind (person, or organisation/unit), aliases, role, whether
 * a public figure (named in exports; everyone else is protected where a profile pseudonymises); edit,
 * merge two records into one (the other's name and aliases become aliases, its statements move), delete.
 * At #/people/<id> (a search hit) the view opens with that record's form in view and focused.
 */
import { useSubmitOnce } from '../hooks/useSubmitOnce';
import { createColumnHelper } from '@tanstack/react-table';
import { type Ref, useEffect, useState } from 'react';
import { useParams } from 'wouter';
import type { Person } from '../../../shared/contract/people';
import { DataTable } from '../components/DataTable';
import { Field } from '../components/Field';
import { ErrorMessage, Notice } from '../components/ui';
import { useOp, useOpMutation } from '../data/operations';
import { useLanding } from '../hooks/useLanding';
import { explain } from '../api';

const NONE: Person[] = [];
const col = createColumnHelper<Person>();
const columns = [
  col.accessor('name', { id: 'name', meta: { label: 'Name', width: '14rem' } }),
  col.accessor((p) => (p.kind === 'organisation' ? 'organisation / unit' : 'person'), {
    id: 'kind',
    meta: { label: 'Kind', width: '10rem' },
  }),
  col.accessor((p) => p.role ?? '', { id: 'role', meta: { label: 'Role', width: '10rem' } }),
  col.accessor((p) => p.aliases.map((a) => a.name).join(', '), { id: 'aliases', meta: { label: 'Aliases' } }),
  col.accessor('statementCount', { id: 'statements', meta: { label: 'Statements', width: '7rem', numeric: true } }),
];

export function PeopleView() {
  const list = useOp('listPeople', {});
  const { id: addressed } = useParams<{ id?: string }>();
  const [chosen, setChosen] = useState<string | null>(addressed ?? null);
  useEffect(() => {
    if (addressed) setChosen(addressed);
  }, [addressed]);
  const person = (list.data ?? NONE).find((p) => p.id === chosen) ?? null;
  const landing = useLanding<HTMLFormElement>(addressed);
  const gone = addressed && list.data && !list.data.some((p) => p.id === addressed);
  return (
    <section data-testid="people-view">
      <header className="view-head">
        <h1>People</h1>
        <button type="button" className="primary" onClick={() => setChosen('new')}>
          New person or organisation
        </button>
      </header>
      {list.error ? <ErrorMessage>{explain(list.error)}</ErrorMessage> : null}
      {gone ? <Notice>That person or organisation is no longer in the case.</Notice> : null}
      <DataTable
        label="People"
        data={list.data ?? NONE}
        columns={columns}
        getRowId={(p) => p.id}
        onOpen={(p) => setChosen(p.id)}
        filterLabel="Search people"
        emptyText="Nobody recorded yet: accept person suggestions, or add one."
      />
      {chosen === 'new' ? <PersonForm key="new" person={null} people={list.data ?? NONE} onDone={setChosen} /> : null}
      {person ? (
        <PersonForm
          key={person.id + person.updatedAt}
          person={person}
          people={list.data ?? NONE}
          onDone={setChosen}
          formRef={person.id === addressed ? landing : undefined}
        />
      ) : null}
    </section>
  );
}

function PersonForm({
  person,
  people,
  onDone,
  formRef,
}: {
  person: Person | null;
  people: readonly Person[];
  onDone(id: string | null): void;
  /** Set when this is the record the view's address names: it is scrolled to and focused. */
  formRef?: Ref<HTMLFormElement>;
}) {
  const save = useOpMutation('upsertPerson');
  const merge = useOpMutation('mergePeople');
  const del = useOpMutation('deleteRecord');
  const [name, setName] = useState(person?.name ?? '');
  const [kind, setKind] = useState(person?.kind ?? 'person');
  const [role, setRole] = useState(person?.role ?? '');
  // Undefined for a new record until ticked: the service then suggests it from the role.
  const [publicFigure, setPublicFigure] = useState<boolean | undefined>(person?.publicFigure);
  const [aliases, setAliases] = useState((person?.aliases ?? []).map((a) => a.name).join(', '));
  const [other, setOther] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const run = async (fn: () => Promise<unknown>, msg: string) => {
    setError(null);
    setDone(null);
    try {
      await fn();
      setDone(msg);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const { busy, onSubmit } = useSubmitOnce(() => {
    const kept = new Map((person?.aliases ?? []).map((a) => [a.name, a]));
    const list = aliases
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean)
      .map((n) => kept.get(n) ?? { name: n, kind: 'alias' as const });
    return run(async () => {
      const p = await save.run({ ...(person ? { id: person.id } : {}), name, kind, role: role || null, publicFigure, aliases: list });
      onDone(p.id);
    }, 'Saved.');
  });
  return (
    <form className="panel" aria-label={person ? `Person ${person.name}` : 'New person'} onSubmit={onSubmit} ref={formRef} tabIndex={-1}>
      <h2>{person ? person.name : 'New person or organisation'}</h2>
      <div className="form-grid">
        <Field label="Name">{(c) => <input {...c} value={name} onChange={(e) => setName(e.target.value)} />}</Field>
        <Field label="Kind">
          {(c) => (
            <select {...c} value={kind} onChange={(e) => setKind(e.target.value as Person['kind'])}>
              <option value="person">person</option>
              <option value="organisation">organisation or unit</option>
            </select>
          )}
        </Field>
        <Field label="Role">{(c) => <input {...c} value={role} onChange={(e) => setRole(e.target.value)} />}</Field>
        <Field label="Aliases" hint="separated by commas">
          {(c) => <input {...c} value={aliases} onChange={(e) => setAliases(e.target.value)} />}
        </Field>
        <Field label="Public figure" hint="quoted in a public role (head of state, spokesperson): exports name them">
          {(c) => <input {...c} type="checkbox" checked={publicFigure ?? false} onChange={(e) => setPublicFigure(e.target.checked)} />}
        </Field>
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {person ? 'Save person' : 'Add person'}
        </button>
        {person ? (
          <button
            type="button"
            className="danger"
            onClick={() => run(() => del.run({ kind: 'person', id: person.id }).then(() => onDone(null)), 'Deleted.')}
          >
            Delete person
          </button>
        ) : null}
      </div>
      {person ? (
        <div className="inline-form">
          <label className="field compact">
            <span className="label">Record to merge into this one</span>
            <select value={other} onChange={(e) => setOther(e.target.value)}>
              <option value="">choose a record…</option>
              {people
                .filter((p) => p.id !== person.id)
                .map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
            </select>
          </label>
          <button type="button" disabled={!other} onClick={() => run(() => merge.run({ keepId: person.id, mergeId: other }), 'Merged.')}>
            Merge into this record
          </button>
        </div>
      ) : null}
      <ErrorMessage>{error}</ErrorMessage>
      {done ? <Notice>{done}</Notice> : null}
    </form>
  );
}
