/**
 * The subject profile: read view with sensitive fields masked until revealed one by one, and an edit form
 * where any field can be marked sensitive. Saving sends only what changed.
 */
import { type FormEvent, useState } from 'react';
import type { Profile } from '../../../shared/contract/case';
import { explain, type UiError } from '../api';
import { ErrorMessage } from '../components/ui';
import { useOp, useOpMutation } from '../data/operations';
import { useUnsavedChanges } from '../navigation/unsaved';

type AliasKind = Profile['aliases'][number]['kind'];
/** Same list as the contract's ALIAS_KINDS (kept as a type-checked copy so zod stays out of the renderer bundle). */
const ALIAS_KINDS = ['alias', 'call-sign', 'transliteration', 'birth-name'] as const satisfies readonly AliasKind[];

type TextKey =
  'fullName' | 'rank' | 'unit' | 'service' | 'birthDate' | 'origin' | 'routeOut' | 'currentLocation' | 'contacts' | 'family' | 'notes';
type FieldKey = TextKey | 'age' | 'aliases';

const FIELDS: { key: TextKey | 'age'; label: string; long?: boolean }[] = [
  { key: 'fullName', label: 'Full name' },
  { key: 'rank', label: 'Rank' },
  { key: 'unit', label: 'Unit' },
  { key: 'service', label: 'Service' },
  { key: 'birthDate', label: 'Date of birth' },
  { key: 'age', label: 'Age' },
  { key: 'origin', label: 'Origin' },
  { key: 'routeOut', label: 'Route out', long: true },
  { key: 'currentLocation', label: 'Current location' },
  { key: 'contacts', label: 'Contacts', long: true },
  { key: 'family', label: 'Family', long: true },
  { key: 'notes', label: 'Notes', long: true },
];

type Draft = Record<TextKey | 'age', string> & { aliases: { name: string; kind: (typeof ALIAS_KINDS)[number] }[]; sensitive: string[] };

function toDraft(p: Profile): Draft {
  const d = { aliases: p.aliases.map((a) => ({ ...a })), sensitive: [...p.sensitive] } as Draft;
  for (const f of FIELDS) d[f.key] = f.key === 'age' ? (p.age === null ? '' : String(p.age)) : (p[f.key] ?? '');
  return d;
}

function display(p: Profile, key: TextKey | 'age'): string | null {
  if (key === 'age') return p.age === null ? null : String(p.age);
  return p[key];
}

const LABELS: Record<string, string> = Object.fromEntries(FIELDS.map((f) => [f.key, f.label]));

export function ProfileCard() {
  const query = useOp('getProfile', {});
  const update = useOpMutation('updateProfile');
  const profile = query.data;
  const [draft, setDraft] = useState<Draft | null>(null);
  const [revealed, setRevealed] = useState<Set<FieldKey>>(new Set());
  const [error, setError] = useState<string | null>(null);
  /** Field → what is wrong with it, shown next to the field. */
  const [invalid, setInvalid] = useState<Record<string, string>>({});
  const saving = update.isPending;
  useUnsavedChanges('profile', 'the profile', draft !== null && !!profile && JSON.stringify(draft) !== JSON.stringify(toDraft(profile)));

  if (!profile) {
    return (
      <section className="card profile" aria-labelledby="profile-heading">
        <h2 id="profile-heading">Profile</h2>
        <ErrorMessage>{query.error ? explain(query.error) : null}</ErrorMessage>
      </section>
    );
  }

  const isSensitive = (k: string) => (draft ?? profile).sensitive.includes(k);
  const reveal = (k: FieldKey) => setRevealed((r) => new Set(r).add(k));
  const hideAll = () => setRevealed(new Set());

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!draft) return;
    setError(null);
    setInvalid({});
    const patch: Record<string, unknown> = {};
    for (const f of FIELDS) {
      const v = draft[f.key].trim();
      if (f.key === 'age') {
        const n = v === '' ? null : Number(v);
        if (n !== null && (!Number.isInteger(n) || n < 0 || n > 130)) {
          setInvalid({ age: 'Age must be a whole number between 0 and 130, or empty.' });
          return;
        }
        if (n !== profile.age) patch.age = n;
      } else if ((v || null) !== profile[f.key]) patch[f.key] = v || null;
    }
    const aliases = draft.aliases.filter((a) => a.name.trim()).map((a) => ({ name: a.name.trim(), kind: a.kind }));
    if (JSON.stringify(aliases) !== JSON.stringify(profile.aliases)) patch.aliases = aliases;
    if (JSON.stringify([...draft.sensitive].sort()) !== JSON.stringify([...profile.sensitive].sort())) patch.sensitive = draft.sensitive;
    try {
      if (Object.keys(patch).length) await update.run(patch);
      setDraft(null);
      hideAll();
    } catch (err) {
      const e = err as UiError;
      if (e.fields) setInvalid(Object.fromEntries(Object.entries(e.fields).map(([k, why]) => [k, `${LABELS[k] ?? k} ${why}.`])));
      else setError(explain(e, LABELS));
    }
  };

  if (draft) {
    const set = (k: TextKey | 'age', v: string) => setDraft({ ...draft, [k]: v });
    const toggleSensitive = (k: string, on: boolean) =>
      setDraft({ ...draft, sensitive: on ? [...new Set([...draft.sensitive, k])] : draft.sensitive.filter((s) => s !== k) });
    return (
      <form className="card profile editing" onSubmit={(e) => void save(e)} aria-labelledby="profile-heading">
        <div className="card-head">
          <h2 id="profile-heading">Edit profile</h2>
        </div>
        {FIELDS.map((f) => {
          const masked = isSensitive(f.key) && !revealed.has(f.key);
          const id = `pf-${f.key}`;
          const problem = invalid[f.key];
          const control = {
            id,
            'aria-invalid': problem ? true : undefined,
            'aria-describedby': problem ? `${id}-error` : undefined,
          };
          return (
            <div className="field" key={f.key}>
              <div className="label-row">
                <label className="label" htmlFor={masked ? undefined : id}>
                  {f.label}
                </label>
                <label className="check small">
                  {/* Its own name per field: twelve checkboxes all called "Sensitive" cannot be told apart by ear. */}
                  <input
                    type="checkbox"
                    aria-label={`Sensitive: ${f.label}`}
                    checked={isSensitive(f.key)}
                    onChange={(e) => toggleSensitive(f.key, e.target.checked)}
                  />
                  <span aria-hidden="true">Sensitive</span>
                </label>
              </div>
              {masked ? (
                <div className="masked-edit">
                  <span className="mask" aria-label={`${f.label} is hidden`}>
                    {draft[f.key] ? '••••••••' : 'empty'}
                  </span>
                  <button type="button" className="link" onClick={() => reveal(f.key)} aria-label={`Reveal ${f.label} to edit`}>
                    Reveal to edit
                  </button>
                </div>
              ) : f.long ? (
                <textarea {...control} value={draft[f.key]} rows={3} onChange={(e) => set(f.key, e.target.value)} />
              ) : (
                <input
                  {...control}
                  value={draft[f.key]}
                  inputMode={f.key === 'age' ? 'numeric' : undefined}
                  onChange={(e) => set(f.key, e.target.value)}
                />
              )}
              {problem ? (
                <span className="field-error" role="alert" id={`${id}-error`}>
                  {problem}
                </span>
              ) : null}
            </div>
          );
        })}
        <fieldset className="aliases">
          <legend className="label">Aliases and call signs</legend>
          {draft.aliases.length === 0 ? <p className="empty small">None yet.</p> : null}
          {draft.aliases.map((a, i) => (
            <div className="alias-row" key={i}>
              <input
                aria-label={`Alias ${i + 1}`}
                value={a.name}
                onChange={(e) =>
                  setDraft({ ...draft, aliases: draft.aliases.map((x, j) => (j === i ? { ...x, name: e.target.value } : x)) })
                }
              />
              <select
                aria-label={`Kind of alias ${i + 1}`}
                value={a.kind}
                onChange={(e) =>
                  setDraft({
                    ...draft,
                    aliases: draft.aliases.map((x, j) => (j === i ? { ...x, kind: e.target.value as (typeof ALIAS_KINDS)[number] } : x)),
                  })
                }
              >
                {ALIAS_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {k}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="icon-button"
                aria-label={`Remove alias ${i + 1}`}
                onClick={() => setDraft({ ...draft, aliases: draft.aliases.filter((_, j) => j !== i) })}
              >
                ×
              </button>
            </div>
          ))}
          <button
            type="button"
            className="link"
            onClick={() => setDraft({ ...draft, aliases: [...draft.aliases, { name: '', kind: 'alias' }] })}
          >
            Add alias
          </button>
        </fieldset>
        <ErrorMessage>{error}</ErrorMessage>
        <div className="buttons">
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setDraft(null);
              hideAll();
              setError(null);
              setInvalid({});
            }}
          >
            Cancel
          </button>
          <button type="submit" className="primary" disabled={saving}>
            Save profile
          </button>
        </div>
      </form>
    );
  }

  const anyRevealed = revealed.size > 0;
  return (
    <section className="card profile" aria-labelledby="profile-heading">
      <div className="card-head">
        <h2 id="profile-heading">Profile</h2>
        <div className="card-actions">
          {anyRevealed ? (
            <button className="link" onClick={hideAll}>
              Hide sensitive
            </button>
          ) : null}
          <button className="secondary small" onClick={() => setDraft(toDraft(profile))}>
            Edit profile
          </button>
        </div>
      </div>
      <dl className="profile-list">
        {FIELDS.map((f) => {
          const value = display(profile, f.key);
          const sensitive = isSensitive(f.key);
          return (
            <div className="profile-row" key={f.key} data-field={f.key}>
              <dt>
                {f.label}
                {sensitive ? <span className="sensitive-tag">sensitive</span> : null}
              </dt>
              <dd>
                {value === null ? (
                  <span className="empty">—</span>
                ) : sensitive && !revealed.has(f.key) ? (
                  <>
                    <span className="mask" aria-label={`${f.label} is hidden`}>
                      ••••••••
                    </span>
                    <button className="link" onClick={() => reveal(f.key)} aria-label={`Reveal ${f.label}`}>
                      Reveal
                    </button>
                  </>
                ) : (
                  <span className="value">{value}</span>
                )}
              </dd>
            </div>
          );
        })}
        <div className="profile-row">
          <dt>Aliases</dt>
          <dd>
            {profile.aliases.length === 0 ? (
              <span className="empty">—</span>
            ) : (
              profile.aliases.map((a) => (
                <span className="chip" key={`${a.kind}:${a.name}`}>
                  {a.name} <span className="chip-kind">{a.kind}</span>
                </span>
              ))
            )}
          </dd>
        </div>
      </dl>
      <ErrorMessage>{error}</ErrorMessage>
    </section>
  );
}
