/**
 * Restore a backup (or a colleague's hand-over copy) from the start screen: the backup is chosen in the
 * Open dialog for restoring only, the new case's place in the Save dialog. The backup is only read; the
 * restored case is written beside its target, verified and put in place, and an existing file there is
 * replaced only when the person ticks that it should be. No case is open here, so the screen keeps its own
 * small query client for the one operation.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { CopyResult } from '../../../shared/contract/case';
import type { Progress } from '../../../shared/contract/define';
import type { ChosenFile } from '../../../preload/desktop';
import { casefile, explain, type UiError } from '../api';
import { CopyResultView } from '../components/CopyResultView';
import { ChosenFileField, PassphraseField } from '../components/ChoiceFields';
import { Brand, ErrorMessage, Notice } from '../components/ui';
import { WorkProgress } from '../components/WorkProgress';
import { useOpMutation } from '../data/operations';
import { baseName, fileStem } from '../text/format';

interface Props {
  onBack(): void;
  /** Go on to unlock the restored case. */
  onOpen(file: ChosenFile): void;
}

export function RestoreScreen(props: Props) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { mutations: { retry: false } } }));
  useEffect(() => () => client.clear(), [client]);
  return (
    <QueryClientProvider client={client}>
      <RestoreForm {...props} />
    </QueryClientProvider>
  );
}

type Problems = { backup?: string; passphrase?: string; dest?: string };

/** Which field a refusal concerns, in words a person understands. */
function placeError(ui: UiError, dest: string): { problems?: Problems; exists?: true; error?: string } {
  switch (ui.code) {
    case 'ALREADY_EXISTS':
      return {
        exists: true,
        problems: { dest: `A file already exists at ${dest}. Nothing was overwritten: choose another place, or tick “Replace it”.` },
      };
    case 'WRONG_PASSPHRASE':
      return { problems: { passphrase: 'That passphrase does not open this backup. Nothing was written.' } };
    case 'NOT_A_CASE_FILE':
      return { problems: { backup: 'This file is not a Casefile backup or case file.' } };
    case 'NOT_FOUND':
      return { problems: { backup: explain(ui) } };
    case 'IN_USE':
      return { problems: { dest: explain(ui) } };
    case 'INVALID_INPUT':
      return { problems: { dest: explain(ui) } };
    default:
      return { error: `Nothing was restored: ${explain(ui)}` };
  }
}

function RestoreForm({ onBack, onOpen }: Props) {
  const restore = useOpMutation('restoreCase');
  const [backup, setBackup] = useState<ChosenFile | null>(null);
  const [dest, setDest] = useState<ChosenFile | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [exists, setExists] = useState(false);
  const [replace, setReplace] = useState(false);
  const [problems, setProblems] = useState<Problems>({});
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [result, setResult] = useState<CopyResult | null>(null);
  const abort = useRef<AbortController | null>(null);
  const busy = restore.isPending;

  const chooseBackup = async () => {
    const f = await casefile().desktop.chooseCaseFile({ purpose: 'restore-source' });
    if (!f) return;
    setBackup(f);
    setResult(null);
    setProblems((p) => ({ ...p, backup: undefined }));
  };

  const chooseDest = async () => {
    const f = await casefile().desktop.chooseNewCaseFile(`${fileStem(backup?.name ?? 'restored')}-restored.casefile`);
    if (!f) return;
    setDest(f);
    setExists(false);
    setReplace(false);
    setResult(null);
    setProblems((p) => ({ ...p, dest: undefined }));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const p: Problems = {};
    if (!backup) p.backup = 'Choose the backup to restore.';
    if (!passphrase) p.passphrase = 'Enter the passphrase of the backup.';
    if (!dest) p.dest = 'Choose where to put the restored case.';
    else if (exists && !replace) p.dest = `A file already exists at ${dest.path}. Choose another place, or tick “Replace it”.`;
    setProblems(p);
    if (Object.keys(p).length || !backup || !dest) return;
    setError(null);
    setNotice(null);
    setResult(null);
    setProgress(null);
    const controller = new AbortController();
    abort.current = controller;
    try {
      const r = await restore.run(
        { backupPath: backup.path, destPath: dest.path, passphrase, overwrite: exists && replace },
        { signal: controller.signal, onProgress: setProgress },
      );
      setPassphrase('');
      setResult(r);
    } catch (err) {
      const ui = err as UiError;
      if (ui.code === 'CANCELLED') return setNotice('The restore was cancelled; nothing was put in place.');
      const placed = placeError(ui, dest.path);
      if (placed.exists) setExists(true);
      setProblems(placed.problems ?? {});
      setError(placed.error ?? null);
    } finally {
      abort.current = null;
    }
  };

  return (
    <main className="narrow">
      <Brand />
      <form className="panel" onSubmit={(e) => void submit(e)} aria-labelledby="restore-heading" noValidate>
        <h1 id="restore-heading">Restore a backup</h1>
        <p className="lead">
          Put a backup, or a copy a colleague handed over to you, back as a case file. The backup itself is only read. The restored case is
          checked (every page, the custody chain) before it is put in place, and records the restore in its custody log.
        </p>

        <ChosenFileField
          id="restore-backup"
          label="Backup"
          file={backup}
          choose={backup ? 'Choose another backup…' : 'Choose the backup…'}
          none="No backup chosen yet"
          onChoose={() => void chooseBackup()}
          problem={problems.backup}
          disabled={busy}
        />

        <PassphraseField
          label="Passphrase of the backup"
          value={passphrase}
          onChange={setPassphrase}
          error={problems.passphrase}
          hint="A backup opens with the passphrase of the case it was made from; a hand-over copy with the one your colleague chose for you."
          disabled={busy}
        />

        <ChosenFileField
          id="restore-dest"
          label="Restore to"
          file={dest}
          choose={dest ? 'Choose another place…' : 'Choose where to put it…'}
          none="No place chosen yet"
          onChoose={() => void chooseDest()}
          problem={problems.dest}
          disabled={busy}
        >
          {exists ? (
            <label className="check warning-check">
              <input type="checkbox" checked={replace} disabled={busy} onChange={(e) => setReplace(e.target.checked)} />
              Replace it: the file there now is overwritten by the restored case, and what it holds is lost.
            </label>
          ) : null}
        </ChosenFileField>

        <ErrorMessage>{error}</ErrorMessage>
        <Notice>{notice}</Notice>

        <div className="buttons">
          <button type="button" className="secondary" onClick={onBack} disabled={busy}>
            Back
          </button>
          <button type="submit" className="primary" disabled={busy}>
            Restore
          </button>
        </div>
        {busy ? (
          <WorkProgress
            label="Restore progress"
            progress={progress}
            starting="Restoring…"
            onCancel={() => abort.current?.abort()}
            cancelLabel="Cancel the restore"
          />
        ) : null}
      </form>

      {result ? (
        <CopyResultView
          title="Restored and verified"
          result={result}
          custody={[
            {
              where: 'Custody (the restored case)',
              entry: (
                <>
                  #{result.custodySeq} <span className="badge">case.restore</span>{' '}
                  {result.copyHead ? <code className="hash">{result.copyHead.hash}</code> : null}
                </>
              ),
            },
          ]}
        >
          <div className="buttons">
            <button type="button" className="primary" onClick={() => onOpen({ path: result.path, name: baseName(result.path) })}>
              Open the restored case
            </button>
          </div>
        </CopyResultView>
      ) : null}
    </main>
  );
}
