/**
 * Destroying the open case: the file is chosen in the native Open dialog for that purpose (it starts at
 * this case's file), the case's name is typed to confirm, and the passphrase is entered again. The service
 * overwrites every byte with random data, syncs and unlinks it; the screen says beforehand, in the README's
 * own words, what that cannot reach. It cannot be cancelled once it starts.
 */
import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import type { Progress } from '../../../shared/contract/define';
import type { ChosenFile } from '../../../preload/desktop';
import { casefile, explain, type UiError } from '../api';
import { ChosenFileField, PassphraseField } from '../components/ChoiceFields';
import { Field } from '../components/Field';
import { ErrorMessage } from '../components/ui';
import { WorkProgress } from '../components/WorkProgress';
import { useOp, useOpMutation } from '../data/operations';
import { useCaseExit } from '../navigation/case-exit';
import { baseName, formatSize } from '../text/format';

export const SECURE_DELETE_NOTE = __SECURE_DELETE_NOTE__;

export function DestroyView() {
  const info = useOp('caseInfo', {}).data;
  const destroy = useOpMutation('destroyCase');
  const exit = useCaseExit();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [typed, setTyped] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [problems, setProblems] = useState<{ file?: string; name?: string; passphrase?: string }>({});
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const caseFile = info ? baseName(info.path) : '';
  // What to type: the case's name as the sidebar shows it (its file name when it has no title).
  const name = info ? info.title || caseFile : '';

  const choose = async () => {
    setError(null);
    const f = await casefile().desktop.chooseCaseFile({ purpose: 'destroy-case' });
    if (!f) return;
    setFile(f);
    setProblems((p) => ({
      ...p,
      file:
        info && f.path !== info.path
          ? `That is ${f.name}, not this case’s file (${caseFile}). Choose this case’s file; to destroy another case, open it first.`
          : undefined,
    }));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!info) return;
    const p: typeof problems = {};
    if (!file) p.file = 'Choose this case’s file first.';
    else if (file.path !== info.path) p.file = problems.file;
    if (typed.trim() !== name) p.name = `Type the case’s name exactly: ${name}`;
    if (!passphrase) p.passphrase = 'Enter the passphrase of this case.';
    setProblems(p);
    if (Object.values(p).some(Boolean) || !file) return;
    setError(null);
    setProgress(null);
    try {
      const r = await destroy.run({ path: file.path, passphrase }, { onProgress: setProgress });
      exit(
        `“${name}” was destroyed: ${r.files.length} ${r.files.length === 1 ? 'file' : 'files'} (${formatSize(r.bytes)}) overwritten with random data and deleted. ` +
          'Backups and hand-over copies elsewhere were not touched: destroy them too.',
      );
    } catch (err) {
      const ui = err as UiError;
      if (ui.code === 'WRONG_PASSPHRASE') setProblems({ passphrase: 'That is not the passphrase of this case. Nothing was destroyed.' });
      else setError(`The case was not destroyed: ${explain(ui)}`);
    }
  };

  return (
    <section className="destroy-view">
      <header className="content-head">
        <h1>Destroy this case file</h1>
        <p className="muted">
          <Link href="/settings">Back to the case settings</Link>
        </p>
      </header>
      <form className="card danger-card" aria-labelledby="destroy-heading" onSubmit={(e) => void submit(e)} noValidate>
        <h2 id="destroy-heading">This cannot be undone</h2>
        <p>
          Every byte of the case file, and of any leftover copy beside it, is overwritten with random data, written to the disk, and the
          file is deleted. Without a backup, nobody can open this case again.
        </p>
        <div className="limits-note" role="note" aria-labelledby="limits-heading">
          <h3 id="limits-heading">What this cannot reach</h3>
          <p>{SECURE_DELETE_NOTE}</p>
          <p className="muted small">The same note is in the README, under “What secure delete cannot reach”.</p>
        </div>

        <ChosenFileField
          id="destroy-file"
          label="Case file"
          file={file}
          choose={file ? 'Choose again…' : 'Choose the case file…'}
          none={`Not chosen yet (this case is ${caseFile})`}
          onChoose={() => void choose()}
          problem={problems.file}
          disabled={destroy.isPending}
        />

        <Field label="Type the case’s name to confirm" error={problems.name} hint={`The name is: ${name}`}>
          {(c) => (
            <input
              {...c}
              type="text"
              autoComplete="off"
              spellCheck={false}
              value={typed}
              disabled={destroy.isPending}
              onChange={(e) => (setTyped(e.target.value), setProblems((p) => ({ ...p, name: undefined })))}
            />
          )}
        </Field>
        <PassphraseField
          label="Passphrase of this case"
          value={passphrase}
          onChange={(v) => (setPassphrase(v), setProblems((p) => ({ ...p, passphrase: undefined })))}
          error={problems.passphrase}
          disabled={destroy.isPending}
        />
        <ErrorMessage>{error}</ErrorMessage>
        <div className="buttons">
          <button type="submit" className="danger" disabled={destroy.isPending || !info}>
            Destroy the case file
          </button>
        </div>
        {destroy.isPending ? (
          <WorkProgress
            label="Destroy progress"
            progress={progress}
            starting="Checking the passphrase…"
            format={(p) => `${formatSize(p.done)} of ${formatSize(p.total)}; this cannot be stopped once it has started`}
          />
        ) : null}
      </form>
    </section>
  );
}
