import { useState } from 'preact/hooks';
import { STATUSES, STATUS_LABELS, canTransition, type Status } from '../../core/status';
import { ErrorText } from '../ui/ErrorText';
import { useAction } from '../ui/use-action';
import type { TrackerRow } from './tracker-rows';

export interface BulkResult {
  done: number;
  skipped: number;
}

/**
 * Change the stage of, or delete, the selected rows. A stage change applies only where the state
 * machine allows it; the others are counted and left alone (nothing moves backwards by accident).
 */
export function BulkActions({
  selected,
  onSetStatus,
  onDelete,
  onClear,
}: {
  selected: TrackerRow[];
  onSetStatus: (jobIds: string[], to: Status) => Promise<unknown>;
  onDelete: (jobIds: string[]) => Promise<unknown>;
  onClear: () => void;
}) {
  const [to, setTo] = useState<Status>('applied');
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  const { busy, error, run } = useAction();
  // The outcome of the last bulk action stays visible after the selection it acted on is cleared.
  if (selected.length === 0)
    return result ? (
      <p class="bulk hint" role="status">
        {result}
      </p>
    ) : null;
  const movable = selected.filter((r) => canTransition(r.status, to));

  const move = () =>
    run(async () => {
      setResult(null);
      await onSetStatus(
        movable.map((r) => r.jobId),
        to,
      );
      const skipped = selected.length - movable.length;
      setResult(`Moved ${movable.length} to ${STATUS_LABELS[to]}${skipped ? `; ${skipped} skipped (not allowed from their stage)` : ''}.`);
      onClear();
    });
  const remove = () =>
    run(async () => {
      const n = selected.length;
      await onDelete(selected.map((r) => r.jobId));
      setConfirming(false);
      setResult(`Deleted ${n}.`);
      onClear();
    });

  return (
    <div class="bulk panel row" role="region" aria-label="Bulk actions">
      <strong>{selected.length} selected</strong>
      <label>
        Move to{' '}
        <select value={to} onChange={(e) => setTo(e.currentTarget.value as Status)}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <button type="button" disabled={busy || movable.length === 0} onClick={move}>
        Move {movable.length}
      </button>
      {confirming ? (
        <>
          <button type="button" class="danger" disabled={busy} onClick={remove}>
            Confirm: delete {selected.length}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Keep them
          </button>
        </>
      ) : (
        <button type="button" class="danger" onClick={() => setConfirming(true)}>
          Delete…
        </button>
      )}
      <button type="button" onClick={onClear}>
        Clear selection
      </button>
      <span role="status">{result}</span>
      <ErrorText error={error} />
    </div>
  );
}
