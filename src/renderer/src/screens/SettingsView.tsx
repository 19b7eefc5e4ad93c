/**
 * Case settings: the case's name, the passphrase (re-encryption with progress), how soon the case locks
 * itself, and the way to destroy it (its own screen, DestroyView).
 */
import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import type { Progress } from '../../../shared/api';
import { estimateStrength } from '../../../shared/passphrase-strength';
import { explain } from '../api';
import { Field } from '../components/Field';
import { ErrorMessage, Notice, Spinner, StrengthMeter } from '../components/ui';
import { useOp, useOpMutation } from '../data/operations';
import { useDesktopSettings } from '../hooks/useDesktopSettings';
import { useUnsavedChanges } from '../navigation/unsaved';

const AUTO_LOCK_CHOICES = [60, 300, 600, 900, 1800, 3600];

function describeSeconds(s: number): string {
  return s % 60 === 0 ? `${s / 60} min` : `${s} s`;
}

export function SettingsView() {
  return (
    <section className="settings-view">
      <header className="content-head">
        <h1>Case settings</h1>
      </header>
      <div className="settings-grid">
        <RenameCard />
        <PassphraseCard />
        <AutoLockCard />
        <DestroyCard />
      </div>
    </section>
  );
}

function DestroyCard() {
  return (
    <section className="card danger-card" aria-labelledby="destroy-card-heading">
      <h2 id="destroy-card-heading">Destroy the case file</h2>
      <p className="muted small">
        Overwrites the file with random data and deletes it, after you type the case’s name and its passphrase. Backups and copies elsewhere
        are not touched.
      </p>
      <div className="buttons">
        <Link href="/settings/destroy" className="button danger">
          Destroy this case file…
        </Link>
      </div>
    </section>
  );
}

function AutoLockCard() {
  const [settings, update] = useDesktopSettings();
  const choices =
    settings && !AUTO_LOCK_CHOICES.includes(settings.autoLockSeconds)
      ? [settings.autoLockSeconds, ...AUTO_LOCK_CHOICES]
      : AUTO_LOCK_CHOICES;
  return (
    <section className="card" aria-labelledby="autolock-heading">
      <h2 id="autolock-heading">Locking</h2>
      {settings ? (
        <Field label="Lock when idle for" hint="Also locks with Ctrl+L, and when the computer sleeps or its screen locks.">
          {(control) => (
            <select
              {...control}
              value={settings.autoLockSeconds}
              onChange={(e) => void update({ autoLockSeconds: Number(e.target.value) })}
            >
              {choices.map((c) => (
                <option key={c} value={c}>
                  {describeSeconds(c)}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
    </section>
  );
}

function RenameCard() {
  const info = useOp('caseInfo', {}).data;
  const rename = useOpMutation('renameCase');
  const [title, setTitle] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const current = info?.title ?? '';
  const value = title ?? current;
  useUnsavedChanges('case-title', 'the new case name', title !== null && title.trim() !== current);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const next = value.trim();
    if (!next) return setProblem('Enter a name for the case.');
    if (next.length > 300) return setProblem('A name of at most 300 characters.');
    setProblem(null);
    try {
      await rename.run({ title: next });
      setTitle(null);
      setDone(true);
    } catch {
      // Shown below, from rename.error.
    }
  };

  return (
    <form className="card" aria-labelledby="rename-heading" onSubmit={(e) => void submit(e)} noValidate>
      <h2 id="rename-heading">Case name</h2>
      <p className="muted small">Shown in the sidebar and on exports. The custody log records the old and the new name.</p>
      <Field label="Name of the case" error={problem}>
        {(c) => <input {...c} type="text" autoComplete="off" value={value} onChange={(e) => (setTitle(e.target.value), setDone(false))} />}
      </Field>
      <ErrorMessage>{rename.error ? explain(rename.error) : null}</ErrorMessage>
      {done ? <Notice>The case is now called “{current}”.</Notice> : null}
      <div className="buttons">
        <button type="submit" className="primary" disabled={rename.isPending || !info}>
          Rename case
        </button>
      </div>
    </form>
  );
}

function PassphraseCard() {
  const change = useOpMutation('changePassphrase');
  const [oldPassphrase, setOld] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problems, setProblems] = useState<{ old?: string; next?: string; repeat?: string }>({});
  const [done, setDone] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  useUnsavedChanges('passphrase', 'the new passphrase', !!(oldPassphrase || next || repeat));
  const strength = next ? estimateStrength(next) : null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    const p: typeof problems = {};
    if (!oldPassphrase) p.old = 'Enter the current passphrase.';
    if (!next) p.next = 'Enter a new passphrase.';
    else if (next === oldPassphrase) p.next = 'The new passphrase is the same as the current one.';
    if (next && repeat !== next) p.repeat = 'The two new passphrases are not the same.';
    setProblems(p);
    if (Object.keys(p).length) return;
    try {
      setProgress(null);
      await change.run({ oldPassphrase, newPassphrase: next }, { onProgress: setProgress });
      setOld('');
      setNext('');
      setRepeat('');
      setDone(true);
    } catch (err) {
      const ui = err as Parameters<typeof explain>[0];
      if (ui.code === 'WRONG_PASSPHRASE') setProblems({ old: 'That is not the current passphrase. Nothing was changed.' });
    }
  };

  const serverError = change.error && change.error.code !== 'WRONG_PASSPHRASE' ? explain(change.error) : null;
  return (
    <form className="card" aria-labelledby="passphrase-heading" onSubmit={(e) => void submit(e)} noValidate>
      <h2 id="passphrase-heading">Change the passphrase</h2>
      <p className="muted small">The whole case file is re-encrypted under the new passphrase; the old one stops working.</p>
      <Field label="Current passphrase" error={problems.old}>
        {(c) => <input {...c} type="password" autoComplete="off" value={oldPassphrase} onChange={(e) => setOld(e.target.value)} />}
      </Field>
      <Field label="New passphrase" error={problems.next}>
        {(c) => <input {...c} type="password" autoComplete="off" value={next} onChange={(e) => setNext(e.target.value)} />}
      </Field>
      {strength ? <StrengthMeter strength={strength} /> : null}
      <Field label="Repeat the new passphrase" error={problems.repeat}>
        {(c) => <input {...c} type="password" autoComplete="off" value={repeat} onChange={(e) => setRepeat(e.target.value)} />}
      </Field>
      <ErrorMessage>{serverError}</ErrorMessage>
      {done ? <Notice>The passphrase was changed. Use the new one from now on.</Notice> : null}
      <div className="buttons">
        {change.isPending ? (
          <>
            <progress max={progress?.total ?? 1} value={progress?.done ?? 0} aria-label="Re-encrypting the case file" />
            <Spinner label={progress?.label ? `${progress.label}…` : 'Re-encrypting the case file…'} />
          </>
        ) : null}
        <button type="submit" className="primary" disabled={change.isPending}>
          Change passphrase
        </button>
      </div>
    </form>
  );
}
