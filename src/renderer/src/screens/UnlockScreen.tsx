import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { CaseInfo } from '../../../shared/contract/case';
import type { ChosenFile } from '../../../preload/desktop';
import { casefile, explain, toUiError } from '../api';
import { FormScreen, ErrorMessage, Notice, Spinner } from '../components/ui';
import { unlockDelaySeconds } from '../unlock-delay';

interface Props {
  file: ChosenFile;
  notice?: string;
  onBack(): void;
  onOpened(info: CaseInfo, file: ChosenFile): void;
}

export function UnlockScreen({ file, notice, onBack, onOpened }: Props) {
  const [pass, setPass] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [failures, setFailures] = useState(0);
  const [wait, setWait] = useState(0);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (wait <= 0) return;
    const t = setTimeout(() => setWait((w) => w - 1), 1000);
    return () => clearTimeout(t);
  }, [wait]);

  useEffect(() => {
    if (!busy && wait === 0) input.current?.focus();
  }, [busy, wait]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!pass || busy || wait > 0) return;
    setBusy(true);
    setError(null);
    try {
      const info = await casefile().openCase({ path: file.path, passphrase: pass });
      setPass('');
      onOpened(info, file);
    } catch (err) {
      const ui = toUiError(err);
      if (ui.code === 'WRONG_PASSPHRASE') {
        const n = failures + 1;
        setFailures(n);
        setWait(unlockDelaySeconds(n));
        setPass('');
      }
      setError(explain(ui));
      setBusy(false);
    }
  };

  return (
    <FormScreen heading="Unlock case file" onSubmit={(e) => void submit(e)} onEscape={onBack}>
      <p className="file-line">
        <span className="file-name">{file.name}</span>
        <span className="file-path">{file.path}</span>
      </p>
      <Notice>{notice}</Notice>
      <label className="field">
        <span className="label">Passphrase</span>
        <input
          ref={input}
          type="password"
          value={pass}
          onChange={(e) => setPass(e.target.value)}
          autoComplete="current-password"
          spellCheck={false}
          disabled={busy}
        />
      </label>
      <ErrorMessage>{error}</ErrorMessage>
      {failures > 1 ? (
        <p className="hint" data-testid="failures">
          {failures} failed attempts. {wait > 0 ? `You can try again in ${wait} s.` : 'Each further attempt waits longer.'}
        </p>
      ) : null}
      <div className="buttons">
        <button type="button" className="secondary" onClick={onBack}>
          Back
        </button>
        <button type="submit" className="primary" disabled={!pass || busy || wait > 0}>
          {wait > 0 ? `Wait ${wait} s` : 'Unlock'}
        </button>
      </div>
      {busy ? <Spinner label="Checking the passphrase…" /> : null}
    </FormScreen>
  );
}
