/** Controls the record screens share: a select of an enumeration, and "Delete … / Cancel" for an open record. */
import { useOpMutation } from '../data/operations';
import type { RecordKind } from '../../../shared/contract/records';
import type { ControlProps } from './Field';

/** A <select> of fixed values (stages, precisions, statuses), each shown as itself or by `label`. */
export function EnumSelect<T extends string>({
  control,
  value,
  values,
  onChange,
  label,
}: {
  control: ControlProps;
  value: NoInfer<T>;
  values: readonly T[];
  onChange(v: NoInfer<T>): void;
  label?: (v: NoInfer<T>) => string;
}) {
  return (
    <select {...control} value={value} onChange={(e) => onChange(e.target.value as T)}>
      {values.map((v) => (
        <option key={v} value={v}>
          {label ? label(v) : v}
        </option>
      ))}
    </select>
  );
}

/**
 * Delete the record being edited (one custody entry with its hash), or leave the form. `groupIds`: the rest
 * of a group whose decision is deleted with it (the service undoes them in one transaction).
 */
export function DeleteOrCancel({
  kind,
  id,
  groupIds,
  what,
  onDone,
  onDeleted,
  onError,
}: {
  kind: RecordKind;
  id: string;
  groupIds?: string[];
  what: string;
  onDone(): void;
  /** Called after a deletion, before onDone (which a Cancel calls too). */
  onDeleted?(): void;
  onError(message: string): void;
}) {
  const del = useOpMutation('deleteRecord');
  return (
    <>
      <button
        type="button"
        className="danger"
        disabled={del.isPending}
        onClick={async () => {
          try {
            await del.run({ kind, id, groupIds });
            onDeleted?.();
            onDone();
          } catch (err) {
            onError((err as Error).message);
          }
        }}
      >
        Delete {what}
      </button>
      <button type="button" onClick={onDone}>
        Cancel
      </button>
    </>
  );
}
