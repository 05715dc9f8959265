import { useState } from 'preact/hooks';
import { STATUS_LABELS, allowedTransitions, type Status } from '../../core/status';
import { StatusPill } from '../ui/StatusPill';

/** The application's stage, and a move to one of the stages the state machine allows from it. */
export function StageControl({ status, busy, onMove }: { status: Status; busy: boolean; onMove: (to: Status) => void }) {
  const options = allowedTransitions(status);
  // A choice belongs to the stage it was made in: a new stage preselects its first option (the usual
  // next step) in the same render, so a quick pick right after a move is never overwritten.
  const [choice, setChoice] = useState<{ from: Status; to: Status } | null>(null);
  const to: Status | '' = choice && choice.from === status ? choice.to : (options[0] ?? '');
  const setTo = (next: Status) => setChoice({ from: status, to: next });
  return (
    <div class="stage">
      <p class="stage-now">
        Stage: <StatusPill status={status} />
      </p>
      {options.length === 0 ? (
        <p class="hint">“{STATUS_LABELS[status]}” is final: there is no later stage.</p>
      ) : (
        <form
          class="row"
          onSubmit={(e) => {
            e.preventDefault();
            if (to) onMove(to);
          }}
        >
          <label for="next-stage">Move to</label>
          <select id="next-stage" value={to} onChange={(e) => setTo(e.currentTarget.value as Status)}>
            {options.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
          <button type="submit" disabled={busy || !to}>
            Update stage
          </button>
        </form>
      )}
    </div>
  );
}
