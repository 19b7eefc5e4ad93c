/** Long work in progress: a bar, what it is doing in words, and Cancel when the operation can stop. */
import type { Progress } from '../../../shared/contract/define';

interface Props {
  /** Names the bar for a screen reader ("Backup progress"); unique on its screen. */
  label: string;
  progress: Progress | null;
  /** Shown before the first report. */
  starting: string;
  /** Unit of done/total when it is not steps (e.g. bytes). */
  format?: (p: Progress) => string;
  /** Absent when the operation cannot be stopped once started. */
  onCancel?: () => void;
  cancelLabel?: string;
}

export function WorkProgress({ label, progress, starting, format, onCancel, cancelLabel = 'Cancel' }: Props) {
  const known = progress && progress.total > 0;
  const text = progress
    ? `${progress.label ?? starting}${format ? ` (${format(progress)})` : known ? ` (step ${Math.min(progress.done + 1, progress.total)} of ${progress.total})` : ''}`
    : starting;
  return (
    <div className="work-progress">
      <progress aria-label={label} value={known ? progress.done : undefined} max={known ? progress.total : undefined} />
      {/* Cancel before the text: the text changes length with every step, and a button after it would
          move under the pointer (and under an automated click) while the work runs. */}
      {onCancel ? (
        <button type="button" className="secondary small" onClick={onCancel}>
          {cancelLabel}
        </button>
      ) : null}
      <span role="status" className="muted small">
        {text}
      </span>
    </div>
  );
}
