import { type FormEvent, type ReactNode, useEffect, useId, useRef } from 'react';
import type { Strength } from '../../../shared/passphrase-strength';

/** An error where the user is looking: it scrolls itself into view when it appears or changes. */
export function ErrorMessage({ children, id }: { children: ReactNode; id?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (children) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [children]);
  if (!children) return null;
  return (
    <div className="message message-error" role="alert" id={id} ref={ref}>
      {children}
    </div>
  );
}

export function Notice({ children }: { children: ReactNode }) {
  if (!children) return null;
  return (
    <div className="message message-notice" role="status">
      {children}
    </div>
  );
}

export function StrengthMeter({ strength }: { strength: Strength }) {
  return (
    <div className="strength" data-level={strength.level}>
      <div className="strength-bar" aria-hidden="true">
        {[1, 2, 3, 4].map((i) => (
          <span key={i} className={i <= strength.level ? 'on' : ''} />
        ))}
      </div>
      <div className="strength-text" aria-live="polite">
        <strong>{strength.label}</strong>
        {strength.warning ? <span className="strength-warning"> — {strength.warning}</span> : null}
      </div>
    </div>
  );
}

export function Brand() {
  return (
    <div className="brand">
      <span className="brand-mark" aria-hidden="true" />
      <span className="brand-name">Casefile</span>
    </div>
  );
}

/**
 * The screens before a case is open (new case, unlock): the brand and one form, named by its heading;
 * Escape leaves it.
 */
export function FormScreen({
  heading,
  onSubmit,
  onEscape,
  children,
}: {
  heading: string;
  onSubmit(e: FormEvent): void;
  onEscape(): void;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <main className="narrow">
      <Brand />
      <form className="panel" onSubmit={onSubmit} onKeyDown={(e) => e.key === 'Escape' && onEscape()} aria-labelledby={id}>
        <h1 id={id}>{heading}</h1>
        {children}
      </form>
    </main>
  );
}

export function Spinner({ label }: { label: string }) {
  return (
    <span className="spinner" role="status">
      <span className="spinner-dot" aria-hidden="true" />
      {label}
    </span>
  );
}
