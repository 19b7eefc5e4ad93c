/**
 * Testimony: every statement in the shared table (speaker, basis, language, source); the chosen one below
 * with its original and its labelled translation side by side, editable, deletable; and new statements by
 * hand. The speaker is the case subject or a person of the case; hearsay names whom it was heard from.
 */
import { useSubmitOnce } from '../hooks/useSubmitOnce';
import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import type { Statement } from '../../../shared/contract/testimony';
import { KNOWLEDGE_BASES } from '../../../shared/domain';
import { DataTable } from '../components/DataTable';
import { Field } from '../components/Field';
import { EnumSelect } from '../components/RecordControls';
import { ErrorMessage, Notice } from '../components/ui';
import { useOp, useOpMutation } from '../data/operations';
import { explain } from '../api';

const NONE: Statement[] = [];
const col = createColumnHelper<Statement>();
const columns = [
  col.accessor((s) => (s.speakerIsSubject ? `${s.speakerName} (subject)` : (s.speakerName ?? 'unnamed')), {
    id: 'speaker',
    meta: { label: 'Speaker', width: '11rem' },
  }),
  col.accessor('basis', { id: 'basis', meta: { label: 'Basis', width: '7rem' } }),
  col.accessor((s) => s.language ?? '', { id: 'language', meta: { label: 'Language', width: '6rem' } }),
  col.accessor('text', { id: 'text', meta: { label: 'Statement', width: '40%' } }),
  col.accessor((s) => (s.translation ? `${s.translationKind ?? ''} translation` : ''), {
    id: 'translation',
    meta: { label: 'Translation', width: '9rem' },
  }),
  col.accessor((s) => s.sourceTitle ?? '', { id: 'source', meta: { label: 'Source', width: '12rem' } }),
];

interface Form {
  text: string;
  speakerId: string;
  speakerName: string;
  basis: (typeof KNOWLEDGE_BASES)[number];
  hearsayFrom: string;
  language: string;
  translation: string;
  translationKind: '' | 'human' | 'machine';
  translator: string;
  notes: string;
}
const blank: Form = {
  text: '',
  speakerId: '',
  speakerName: '',
  basis: 'first-hand',
  hearsayFrom: '',
  language: '',
  translation: '',
  translationKind: '',
  translator: '',
  notes: '',
};
const formOf = (s: Statement): Form => ({
  text: s.text,
  speakerId: s.speakerId ?? '',
  speakerName: s.speakerId ? '' : (s.speakerName ?? ''),
  basis: s.basis,
  hearsayFrom: s.hearsayFrom ?? '',
  language: s.language ?? '',
  translation: s.translation ?? '',
  translationKind: s.translationKind ?? '',
  translator: s.translator ?? '',
  notes: s.notes ?? '',
});

export function TestimonyView() {
  const list = useOp('listStatements', {});
  const [chosen, setChosen] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const statement = (list.data ?? NONE).find((s) => s.id === chosen) ?? null;
  return (
    <section className="testimony-view" data-testid="testimony-view">
      <header className="view-head">
        <h1>Testimony</h1>
        <button
          type="button"
          className="primary"
          onClick={() => {
            setChosen(null);
            setAdding(true);
          }}
        >
          New statement
        </button>
      </header>
      {list.error ? <ErrorMessage>{explain(list.error)}</ErrorMessage> : null}
      <DataTable
        label="Statements"
        data={list.data ?? NONE}
        columns={columns}
        getRowId={(s) => s.id}
        onOpen={(s) => {
          setAdding(false);
          setChosen(s.id);
        }}
        filterLabel="Search statements"
        emptyText="No statements yet: accept quote suggestions, or add one by hand."
      />
      {adding ? <StatementForm key="new" statement={null} onDone={(id) => (setAdding(false), setChosen(id))} /> : null}
      {statement ? <StatementForm key={statement.id} statement={statement} onDone={(id) => setChosen(id)} /> : null}
    </section>
  );
}

function StatementForm({ statement, onDone }: { statement: Statement | null; onDone(id: string | null): void }) {
  const people = useOp('listPeople', {});
  const profile = useOp('getProfile', {});
  const add = useOpMutation('addStatement');
  const update = useOpMutation('updateStatement');
  const del = useOpMutation('deleteRecord');
  const [form, setForm] = useState<Form>(statement ? formOf(statement) : blank);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const set = <K extends keyof Form>(k: K, v: Form[K]) => {
    setSaved(false);
    setForm((f) => ({ ...f, [k]: v }));
  };
  const subject = profile.data?.fullName ?? null;
  const { busy, onSubmit } = useSubmitOnce(async () => {
    setError(null);
    const fields = {
      text: form.text,
      speakerId: form.speakerId && form.speakerId !== 'subject' ? form.speakerId : null,
      speakerName: form.speakerId === 'subject' ? subject : form.speakerId ? undefined : form.speakerName || null,
      basis: form.basis,
      hearsayFrom: form.hearsayFrom || null,
      language: form.language || null,
      translation: form.translation || null,
      translationKind: form.translationKind || null,
      translator: form.translationKind ? form.translator.trim() || null : null,
      notes: form.notes || null,
    };
    try {
      if (statement) {
        await update.run({ id: statement.id, ...fields });
        setSaved(true);
      } else onDone((await add.run(fields)).id);
    } catch (err) {
      setError((err as Error).message);
    }
  });
  return (
    <form className="panel statement-form" aria-label={statement ? 'Statement' : 'New statement'} onSubmit={onSubmit}>
      <h2>{statement ? 'Statement' : 'New statement'}</h2>
      <div className="side-by-side">
        <Field label="Original">
          {(c) => (
            <textarea {...c} rows={5} lang={form.language || undefined} value={form.text} onChange={(e) => set('text', e.target.value)} />
          )}
        </Field>
        <Field
          label={
            form.translationKind
              ? `Translation (${form.translationKind}${form.translator.trim() ? `, by ${form.translator.trim()}` : ''})`
              : 'Translation'
          }
        >
          {(c) => <textarea {...c} rows={5} value={form.translation} onChange={(e) => set('translation', e.target.value)} />}
        </Field>
      </div>
      <div className="form-grid">
        <Field label="Language of the original" hint="e.g. ru, uk, en">
          {(c) => <input {...c} value={form.language} onChange={(e) => set('language', e.target.value)} />}
        </Field>
        <Field label="Translation by">
          {(c) => (
            <select {...c} value={form.translationKind} onChange={(e) => set('translationKind', e.target.value as Form['translationKind'])}>
              <option value="">no translation</option>
              <option value="human">a person (human translation)</option>
              <option value="machine">a machine (machine translation)</option>
            </select>
          )}
        </Field>
        {form.translationKind ? (
          <Field label="Translator" hint={form.translationKind === 'machine' ? 'the service, e.g. DeepL' : 'who translated it'}>
            {(c) => <input {...c} value={form.translator} onChange={(e) => set('translator', e.target.value)} />}
          </Field>
        ) : null}
        <Field label="Speaker">
          {(c) => (
            <select {...c} value={form.speakerId} onChange={(e) => set('speakerId', e.target.value)}>
              <option value="">someone not recorded as a person</option>
              {subject ? <option value="subject">{subject} (the subject)</option> : null}
              {(people.data ?? []).map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        {form.speakerId === '' ? (
          <Field label="Speaker's name">
            {(c) => <input {...c} value={form.speakerName} onChange={(e) => set('speakerName', e.target.value)} />}
          </Field>
        ) : null}
        <Field label="Basis" hint="how the speaker knows it">
          {(c) => <EnumSelect control={c} value={form.basis} values={KNOWLEDGE_BASES} onChange={(v) => set('basis', v)} />}
        </Field>
        {form.basis === 'hearsay' ? (
          <Field label="Heard from">
            {(c) => <input {...c} value={form.hearsayFrom} onChange={(e) => set('hearsayFrom', e.target.value)} />}
          </Field>
        ) : null}
      </div>
      <ErrorMessage>{error}</ErrorMessage>
      {saved ? <Notice>Saved.</Notice> : null}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {statement ? 'Save statement' : 'Add statement'}
        </button>
        {statement ? (
          <button
            type="button"
            className="danger"
            onClick={async () => {
              try {
                await del.run({ kind: 'statement', id: statement.id });
                onDone(null);
              } catch (err) {
                setError((err as Error).message);
              }
            }}
          >
            Delete statement
          </button>
        ) : null}
      </div>
    </form>
  );
}
