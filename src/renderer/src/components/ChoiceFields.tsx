/**
 * The fields the copy screens share (backup, hand-over, restore, destroy): a passphrase entered once,
 * and a file chosen in a native dialog, each with its error next to it.
 */
import type { ReactNode } from 'react';
import type { ChosenFile } from '../../../preload/desktop';
import { Field } from './Field';

interface PassphraseProps {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string | null;
  hint?: string;
  disabled?: boolean;
}

export function PassphraseField({ label, value, onChange, error, hint, disabled }: PassphraseProps) {
  return (
    <Field label={label} error={error} hint={hint}>
      {(c) => (
        <input {...c} type="password" autoComplete="off" value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)} />
      )}
    </Field>
  );
}

interface ChosenFileProps {
  /** Unique on the screen: names the ids of the label and the path. */
  id: string;
  label: string;
  file: ChosenFile | null;
  /** The button's text (it names the dialog it opens). */
  choose: string;
  /** Shown when nothing is chosen yet. */
  none: string;
  onChoose(): void;
  problem?: string | null;
  disabled?: boolean;
  children?: ReactNode;
}

export function ChosenFileField({ id, label, file, choose, none, onChoose, problem, disabled, children }: ChosenFileProps) {
  return (
    <div className={`field${problem ? ' invalid' : ''}`}>
      <span className="label" id={`${id}-label`}>
        {label}
      </span>
      <div className="chosen-file">
        <button type="button" className="secondary" onClick={onChoose} disabled={disabled} aria-describedby={`${id}-label ${id}-path`}>
          {choose}
        </button>
        <span id={`${id}-path`} className={file ? 'location-path' : 'location-path empty'} data-testid={id}>
          {file ? file.path : none}
        </span>
      </div>
      {problem ? <span className="field-error">{problem}</span> : null}
      {children}
    </div>
  );
}
