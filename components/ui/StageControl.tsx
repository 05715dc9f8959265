import { useId, useState } from 'preact/hooks';
import { STATUSES, STATUS_LABELS, allowedTransitions, type Status } from '../../core/status';
import { dateInputValue, endOfDateInput } from './format-date';

/** The stage the user picked; `at` only when the control offers a date. */
export interface StagePick {
  to: Status;
  at?: number;
}

/**
 * The one stage control, in the popup, the tracker's detail and its bulk actions: pick a stage, move.
 *
 * `from` is the stage on screen, and only the moves the state machine allows from it are offered;
 * the caller sends it with the move (db/store-writes.ts `setStatus`), so a move from a stage that
 * changed elsewhere meanwhile is refused rather than written over it. `from: null` is several
 * applications at once, each at its own stage: every stage is offered and `count` says how many can
 * make the move.
 *
 * A pick belongs to the stage it was made in: when the stage on screen changes, the first allowed
 * move is preselected in that same render, so a pick made for the old stage is never sent.
 */
export function StageControl({
  from,
  busy,
  onMove,
  now,
  submitLabel = 'Move',
  count,
  initial,
  id,
  primary = false,
}: {
  from: Status | null;
  busy: boolean;
  onMove: (pick: StagePick) => void;
  /** Offer a date for the move (backdating), no later than `now`. */
  now?: number;
  submitLabel?: string;
  /** Several applications: how many can move to `to` (said on the button; none disables it). */
  count?: (to: Status) => number;
  /** The stage preselected before any pick (default: the first allowed move). */
  initial?: Status;
  /** The select's id (default: a unique one). */
  id?: string;
  /** Draw the button as the page's main action. */
  primary?: boolean;
}) {
  const ownId = useId();
  const selectId = id ?? `stage-${ownId}`;
  const options = from === null ? STATUSES : allowedTransitions(from);
  const [choice, setChoice] = useState<{ from: Status | null; to: Status } | null>(null);
  const fallback = initial !== undefined && options.includes(initial) ? initial : options[0];
  const to: Status | undefined = choice && choice.from === from ? choice.to : fallback;
  const [when, setWhen] = useState(now === undefined ? '' : dateInputValue(now));

  if (from !== null && options.length === 0) {
    return <p class="hint">“{STATUS_LABELS[from]}” is final: there is no later stage.</p>;
  }
  const n = to !== undefined && count ? count(to) : null;
  return (
    <form
      class="row stage-control"
      onSubmit={(e) => {
        e.preventDefault();
        if (to === undefined || n === 0) return;
        onMove(now === undefined ? { to } : { to, at: endOfDateInput(when, now) ?? now });
      }}
    >
      <label for={selectId}>Move to</label>
      <select id={selectId} value={to} onChange={(e) => setChoice({ from, to: e.currentTarget.value as Status })}>
        {options.map((s) => (
          <option key={s} value={s}>
            {STATUS_LABELS[s]}
          </option>
        ))}
      </select>
      {now !== undefined && (
        <label>
          on <input type="date" value={when} max={dateInputValue(now)} onChange={(e) => setWhen(e.currentTarget.value)} />
        </label>
      )}
      <button type="submit" class={primary ? 'primary' : undefined} disabled={busy || to === undefined || n === 0}>
        {n === null ? submitLabel : `${submitLabel} ${n}`}
      </button>
    </form>
  );
}
