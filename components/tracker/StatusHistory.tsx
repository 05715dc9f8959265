import type { StatusChange } from '../../core/application';
import { STATUS_LABELS } from '../../core/status';
import { isoDateTime, shortDate } from '../ui/format-date';

/** Every stage the application went through, oldest first, with "Undo" on the last change. */
export function StatusHistory({ history, onUndo, busy }: { history: StatusChange[]; onUndo: () => void; busy: boolean }) {
  return (
    <div>
      <ol class="history">
        {history.map((h, i) => (
          <li key={i}>
            <time dateTime={isoDateTime(h.at)}>{shortDate(h.at)}</time>: {h.from === null ? 'Saved' : STATUS_LABELS[h.to]}
          </li>
        ))}
      </ol>
      {history.length > 1 && (
        <button type="button" onClick={onUndo} disabled={busy}>
          Undo “{STATUS_LABELS[history.at(-1)!.to]}”
        </button>
      )}
    </div>
  );
}
