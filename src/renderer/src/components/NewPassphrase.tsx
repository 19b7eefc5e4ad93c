/**
 * A new passphrase, entered twice, with the strength meter and the rule case creation set: a weak one is
 * accepted only when the person ticks that they understand what it means for a seized copy. Used for a
 * new case and for a hand-over copy, so both apply the same rule.
 */
import { useMemo, useState } from 'react';
import { estimateStrength } from '../../../shared/passphrase-strength';
import { StrengthMeter } from './ui';

export function useNewPassphrase() {
  const [pass, setPass] = useState('');
  const [repeat, setRepeat] = useState('');
  const [acceptWeak, setAcceptWeak] = useState(false);
  const strength = useMemo(() => estimateStrength(pass), [pass]);
  const weak = pass.length > 0 && strength.level < 2;
  const mismatch = repeat.length > 0 && repeat !== pass;
  return {
    pass,
    setPass,
    repeat,
    setRepeat,
    acceptWeak,
    setAcceptWeak,
    strength,
    weak,
    mismatch,
    /** Entered twice the same, and strong enough or knowingly weak. */
    ready: pass.length > 0 && pass === repeat && (!weak || acceptWeak),
    clear() {
      setPass('');
      setRepeat('');
      setAcceptWeak(false);
    },
  };
}

export type NewPassphrase = ReturnType<typeof useNewPassphrase>;

interface Props {
  value: NewPassphrase;
  label?: string;
  repeatLabel?: string;
  /** What is wrong with the first one beyond strength (e.g. "the same as this case's"). */
  error?: string | null;
  disabled?: boolean;
}

export function NewPassphraseFields({ value: v, label = 'Passphrase', repeatLabel = 'Repeat the passphrase', error, disabled }: Props) {
  return (
    <>
      <label className="field">
        <span className="label">{label}</span>
        <input
          type="password"
          value={v.pass}
          onChange={(e) => v.setPass(e.target.value)}
          autoComplete="new-password"
          spellCheck={false}
          disabled={disabled}
          aria-invalid={error ? true : undefined}
        />
        {error ? <span className="hint hint-error">{error}</span> : null}
      </label>
      <StrengthMeter strength={v.strength} />

      <label className="field">
        <span className="label">{repeatLabel}</span>
        <input
          type="password"
          value={v.repeat}
          onChange={(e) => v.setRepeat(e.target.value)}
          autoComplete="new-password"
          spellCheck={false}
          disabled={disabled}
          aria-invalid={v.mismatch}
        />
        {v.mismatch ? <span className="hint hint-error">The two passphrases are not the same.</span> : null}
      </label>

      {v.weak ? (
        <label className="check warning-check">
          <input type="checkbox" checked={v.acceptWeak} disabled={disabled} onChange={(e) => v.setAcceptWeak(e.target.checked)} />I
          understand this passphrase is weak and a seized copy of the file could be opened by guessing it.
        </label>
      ) : null}
    </>
  );
}
