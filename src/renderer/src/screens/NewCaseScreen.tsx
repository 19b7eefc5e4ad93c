import { type FormEvent, useState } from 'react';
import type { CaseInfo } from '../../../shared/contract/case';
import type { ChosenFile } from '../../../preload/desktop';
import { casefile, explain, toUiError } from '../api';
import { NewPassphraseFields, useNewPassphrase } from '../components/NewPassphrase';
import { FormScreen, ErrorMessage, Spinner } from '../components/ui';
import { today } from '../text/format';

interface Props {
  onCancel(): void;
  onCreated(info: CaseInfo, file: ChosenFile): void;
}

export function NewCaseScreen({ onCancel, onCreated }: Props) {
  const [title, setTitle] = useState('');
  const [file, setFile] = useState<ChosenFile | null>(null);
  const passphrase = useNewPassphrase();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ready = !!file && passphrase.ready && !busy;

  const chooseLocation = async () => {
    // Never the title: the dialog's own history (GTK's recently-used.xbel …) may record the name (see the README).
    const f = await casefile().desktop.chooseNewCaseFile(`case-${today()}.casefile`);
    if (f) setFile(f);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!ready || !file) return;
    setBusy(true);
    setError(null);
    try {
      const info = await casefile().createCase({ path: file.path, passphrase: passphrase.pass, title: title.trim() || undefined });
      passphrase.clear();
      onCreated(info, file);
    } catch (err) {
      setError(explain(toUiError(err)));
      setBusy(false);
    }
  };

  return (
    <FormScreen heading="New case file" onSubmit={(e) => void submit(e)} onEscape={onCancel}>
      <p className="lead">
        One encrypted file per person. Keep the passphrase safe: without it nobody, including you, can open the file again.
      </p>

      <label className="field">
        <span className="label">Case title</span>
        <input value={title} onChange={(e) => setTitle(e.target.value)} placeholder="A name or a code name" maxLength={300} autoFocus />
        <span className="hint">Stored inside the encrypted file only.</span>
      </label>

      <div className="field">
        <span className="label" id="location-label">
          Location
        </span>
        <div className="location">
          <button type="button" className="secondary" onClick={() => void chooseLocation()} aria-describedby="location-label">
            {file ? 'Change…' : 'Choose location…'}
          </button>
          <span className={file ? 'location-path' : 'location-path empty'} data-testid="location">
            {file ? file.path : 'No location chosen yet'}
          </span>
        </div>
      </div>

      <NewPassphraseFields value={passphrase} />

      <ErrorMessage>{error}</ErrorMessage>

      <div className="buttons">
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={!ready}>
          Create case file
        </button>
      </div>
      {busy ? <Spinner label="Creating and encrypting…" /> : null}
    </FormScreen>
  );
}
