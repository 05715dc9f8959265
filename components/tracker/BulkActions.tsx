import { useState } from 'preact/hooks';
import { STATUS_LABELS, canTransition, type Status } from '../../core/status';
import { ErrorText } from '../ui/ErrorText';
import { StageControl, type StagePick } from '../ui/StageControl';
import { useAction } from '../ui/use-action';
import type { TrackerRow } from './tracker-rows';

export interface BulkResult {
  done: number;
  /** Refused: their stage had changed elsewhere since the rows were shown. */
  stale: number;
}

/** One row's move: `from` is the stage the row shows, which the store checks before moving it. */
export interface BulkMove {
  jobId: string;
  from: Status;
}

/**
 * Change the stage of, or delete, the selected rows. A stage change applies only where the state
 * machine allows it; the others are counted and left alone (nothing moves backwards by accident).
 * Each row moves from the stage it shows, so a row moved elsewhere meanwhile is left as it is.
 */
export function BulkActions({
  selected,
  onSetStatus,
  onDelete,
  onClear,
}: {
  selected: TrackerRow[];
  onSetStatus: (moves: BulkMove[], to: Status) => Promise<BulkResult>;
  onDelete: (jobIds: string[]) => Promise<unknown>;
  onClear: () => void;
}) {
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
  const movableTo = (to: Status) => selected.filter((r) => canTransition(r.status, to));

  const move = ({ to }: StagePick) =>
    run(async () => {
      setResult(null);
      const movable = movableTo(to);
      const { done, stale } = await onSetStatus(
        movable.map((r) => ({ jobId: r.jobId, from: r.status })),
        to,
      );
      const skipped = selected.length - movable.length;
      setResult(
        `Moved ${done} to ${STATUS_LABELS[to]}` +
          (skipped ? `; ${skipped} skipped (not allowed from their stage)` : '') +
          (stale ? `; ${stale} left as they are (their stage changed elsewhere)` : '') +
          '.',
      );
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
      <StageControl from={null} initial="applied" busy={busy} count={(to) => movableTo(to).length} onMove={(pick) => void move(pick)} />
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
