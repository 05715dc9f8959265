import { useEffect, useState } from 'preact/hooks';
import { STATUS_LABELS, allowedTransitions, type Status } from '../../core/status';
import { dateInputValue, endOfDateInput } from '../ui/format-date';

/** Move to a next stage: only the moves the state machine allows, optionally backdated. */
export function StatusControl({
  status,
  onMove,
  busy,
  now,
}: {
  status: Status;
  onMove: (to: Status, at: number) => void;
  busy: boolean;
  now: number;
}) {
  const options = allowedTransitions(status);
  const [to, setTo] = useState<Status | ''>(options[0] ?? '');
  const [when, setWhen] = useState(dateInputValue(now));
  useEffect(() => setTo(options[0] ?? ''), [status]);
  if (options.length === 0) return <p class="hint">“{STATUS_LABELS[status]}” is final: no further stages.</p>;
  return (
    <form
      class="row"
      onSubmit={(e) => {
        e.preventDefault();
        if (to) onMove(to, endOfDateInput(when, now) ?? now);
      }}
    >
      <label>
        Move to{' '}
        <select value={to} onChange={(e) => setTo(e.currentTarget.value as Status)}>
          {options.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <label>
        on <input type="date" value={when} max={dateInputValue(now)} onChange={(e) => setWhen(e.currentTarget.value)} />
      </label>
      <button type="submit" class="primary" disabled={busy || !to}>
        Move
      </button>
    </form>
  );
}
