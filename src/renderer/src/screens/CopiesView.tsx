/**
 * Copies of the open case: a backup (same passphrase) and a hand-over copy for a colleague (under a new
 * passphrase). The target is chosen in the native Save dialog for that purpose only; each copy is itself a
 * case file, opened again and verified before it is put in place, and the screen says what was written,
 * its SHA-256, the custody entries on each side and the signing key it carries.
 */
import { type FormEvent, useRef, useState } from 'react';
import type { CopyResult } from '../../../shared/contract/case';
import type { Progress } from '../../../shared/contract/define';
import { casefile, explain, type UiError } from '../api';
import { CopyResultView } from '../components/CopyResultView';
import { PassphraseField } from '../components/ChoiceFields';
import { Field } from '../components/Field';
import { NewPassphraseFields, useNewPassphrase } from '../components/NewPassphrase';
import { ErrorMessage, Notice } from '../components/ui';
import { WorkProgress } from '../components/WorkProgress';
import { type OpInput, useOp, useOpMutation } from '../data/operations';
import { fileStem, formatWhen, today } from '../text/format';

const CASE_FILTERS = [{ name: 'Case files', extensions: ['casefile'] }];

export function CopiesView() {
  return (
    <section className="copies-view">
      <header className="content-head">
        <h1>Backup and hand-over</h1>
        <p className="muted">
          Both copies are complete case files: every source, record, the custody log, the export ledger and the export-signing key. Each is
          written beside its target, opened again and verified, and only then put in place; this case’s custody log records it with its
          SHA-256.
        </p>
      </header>
      <div className="copies-grid">
        <BackupCard />
        <HandOverCard />
      </div>
    </section>
  );
}

type CopyOp = 'backupCase' | 'handOverCase';

/** Choose the target, run the copy with progress and cancel, keep what it wrote or why it did not. */
function useCopy<N extends CopyOp>(name: N, what: 'backup' | 'hand-over') {
  const mutation = useOpMutation(name);
  const info = useOp('caseInfo', {}).data;
  const [progress, setProgress] = useState<Progress | null>(null);
  const [result, setResult] = useState<CopyResult | null>(null);
  const [targetError, setTargetError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  /** Resolves with the error for the form to place next to its field (a wrong passphrase), or null. */
  const run = async (input: (destPath: string) => OpInput<N>): Promise<UiError | null> => {
    setResult(null);
    setTargetError(null);
    setNotice(null);
    const target = await casefile().desktop.chooseSavePath({
      title: what === 'backup' ? 'Save the backup' : 'Save the copy for your colleague',
      // Named after the case FILE, never its title: the dialog's own history may record the name.
      defaultName: `${fileStem(info?.path ?? 'case')}-${what === 'backup' ? 'backup' : 'handover'}-${today()}.casefile`,
      filters: CASE_FILTERS,
      purpose: what === 'backup' ? 'backup-target' : 'handover-target',
    });
    if (!target) return null;
    const controller = new AbortController();
    abort.current = controller;
    setProgress(null);
    try {
      setResult(await mutation.run(input(target.path), { signal: controller.signal, onProgress: setProgress }));
      return null;
    } catch (e) {
      const ui = e as UiError;
      if (ui.code === 'WRONG_PASSPHRASE') return ui;
      if (ui.code === 'CANCELLED') setNotice(`The ${what} was cancelled; no file was left behind.`);
      else setTargetError(`No ${what} was written: ${explain(ui)}`);
      return null;
    } finally {
      abort.current = null;
    }
  };
  return { run, running: mutation.isPending, progress, result, targetError, notice, cancel: () => abort.current?.abort() };
}

/** The entry this case's custody log got for a copy, read through the data layer. */
function CaseCustodyEntry({ seq }: { seq: number }) {
  const entry = useOp('custodyLog', { afterSeq: seq - 1, limit: 1 }).data?.[0];
  if (!entry || entry.seq !== seq) return <>#{seq}</>;
  return (
    <>
      #{entry.seq} <span className="badge">{entry.action}</span> · {formatWhen(entry.at)} <code className="hash">{entry.hash}</code>
    </>
  );
}

const WRONG = 'That is not the passphrase of this case. Nothing was written.';

/** A copy under way (progress, Cancel), cancelled, or refused: said under its button. */
function CopyStatus({
  copy,
  what,
  starting,
}: {
  copy: Pick<ReturnType<typeof useCopy>, 'running' | 'progress' | 'cancel' | 'notice' | 'targetError'>;
  what: 'Backup' | 'Hand-over';
  starting: string;
}) {
  return (
    <>
      {copy.running ? (
        <WorkProgress
          label={`${what} progress`}
          progress={copy.progress}
          starting={starting}
          onCancel={copy.cancel}
          cancelLabel={`Cancel the ${what.toLowerCase()}`}
        />
      ) : null}
      <Notice>{copy.notice}</Notice>
      <ErrorMessage>{copy.targetError}</ErrorMessage>
    </>
  );
}

function BackupCard() {
  const copy = useCopy('backupCase', 'backup');
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!passphrase) return setProblem('Enter the passphrase of this case.');
    setProblem(null);
    const wrong = await copy.run((destPath) => ({ destPath, passphrase }));
    if (wrong) setProblem(WRONG);
    else setPassphrase('');
  };

  return (
    <form className="card" aria-labelledby="backup-heading" onSubmit={(e) => void submit(e)} noValidate>
      <h2 id="backup-heading">Back up this case</h2>
      <p className="muted small">
        A verified copy that opens with this case’s passphrase. Keep it on another drive; restore it from the start screen.
      </p>
      <PassphraseField
        label="Case passphrase"
        value={passphrase}
        onChange={setPassphrase}
        error={problem}
        hint="The backup opens with the same passphrase."
        disabled={copy.running}
      />
      <div className="buttons">
        <button type="submit" className="primary" disabled={copy.running}>
          Back up to a file…
        </button>
      </div>
      <CopyStatus copy={copy} what="Backup" starting="Backing up…" />
      {copy.result ? (
        <CopyResultView
          title="Backup written and verified"
          result={copy.result}
          custody={[{ where: 'Custody (this case)', entry: <CaseCustodyEntry seq={copy.result.custodySeq} /> }]}
        />
      ) : null}
    </form>
  );
}

function HandOverCard() {
  const copy = useCopy('handOverCase', 'hand-over');
  const [passphrase, setPassphrase] = useState('');
  const [recipient, setRecipient] = useState('');
  const colleague = useNewPassphrase();
  const [problems, setProblems] = useState<{ current?: string; colleague?: string }>({});
  const [given, setGiven] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const p: typeof problems = {};
    if (!passphrase) p.current = 'Enter the passphrase of this case.';
    if (!colleague.pass) p.colleague = 'Enter a passphrase for your colleague.';
    else if (colleague.pass === passphrase) p.colleague = 'Give the copy a passphrase of its own, not this case’s.';
    setProblems(p);
    if (Object.keys(p).length || !colleague.ready) return;
    const wrong = await copy.run((destPath) => ({
      destPath,
      passphrase,
      newPassphrase: colleague.pass,
      recipient: recipient.trim() || undefined,
    }));
    if (wrong) return setProblems({ current: WRONG });
    setGiven(recipient.trim() || null);
    setPassphrase('');
    colleague.clear();
  };

  const r = copy.result;
  return (
    <form className="card" aria-labelledby="handover-heading" onSubmit={(e) => void submit(e)} noValidate>
      <h2 id="handover-heading">Hand over to a colleague</h2>
      <p className="muted small">
        A verified copy under a new passphrase that only your colleague gets. It carries the export-signing key, so their exports are signed
        as this case’s. Both this case and the copy record the hand-over.
      </p>
      <PassphraseField
        label="Your passphrase for this case"
        value={passphrase}
        onChange={setPassphrase}
        error={problems.current}
        hint="Proves it is you; the copy will not open with it."
        disabled={copy.running}
      />
      <Field label="Colleague’s name" hint="Optional. Recorded in the custody log of both.">
        {(c) => (
          <input
            {...c}
            type="text"
            autoComplete="off"
            maxLength={300}
            value={recipient}
            disabled={copy.running}
            onChange={(e) => setRecipient(e.target.value)}
          />
        )}
      </Field>
      <NewPassphraseFields
        value={colleague}
        label="Colleague’s passphrase"
        repeatLabel="Repeat the colleague’s passphrase"
        error={problems.colleague}
        disabled={copy.running}
      />
      <div className="buttons">
        <button type="submit" className="primary" disabled={copy.running || (!!colleague.pass && !colleague.ready)}>
          Hand over to a file…
        </button>
      </div>
      <CopyStatus copy={copy} what="Hand-over" starting="Writing the copy…" />
      {r ? (
        <CopyResultView
          title="Hand-over copy written and verified"
          result={r}
          custody={[
            { where: 'Custody (this case)', entry: <CaseCustodyEntry seq={r.custodySeq} /> },
            {
              where: 'Custody (the copy)',
              entry: r.copyHead ? (
                <>
                  #{r.copyHead.seq} <span className="badge">case.handover-received</span> <code className="hash">{r.copyHead.hash}</code>
                </>
              ) : (
                '—'
              ),
            },
          ]}
        >
          <p className="muted small">
            It opens only with the colleague’s passphrase{given ? ` (for ${given})` : ''}. Tell it to them another way than the file travels
            (in person, or by a call), never written beside it.
          </p>
        </CopyResultView>
      ) : null}
    </form>
  );
}
