import { useState } from 'preact/hooks';
import type { FollowUpAdvice } from '../../core/follow-up';
import { dateInputValue, fromDateInput, shortDate } from '../ui/format-date';

/** Why a follow-up is (or is not) due, and what to do about it. */
export function FollowUpControls({
  advice,
  nextFollowUpAt,
  terminal,
  snoozeDays,
  onSnooze,
  onFollowedUp,
  onSetDate,
  onNoResponse,
  busy,
}: {
  advice: FollowUpAdvice;
  nextFollowUpAt: number | null;
  terminal: boolean;
  snoozeDays: number;
  onSnooze: () => void;
  onFollowedUp: () => void;
  onSetDate: (at: number) => void;
  onNoResponse: (() => void) | null;
  busy: boolean;
}) {
  const [date, setDate] = useState(nextFollowUpAt === null ? '' : dateInputValue(nextFollowUpAt));
  return (
    <div class="stack">
      <p class={advice.due ? 'notice' : undefined} data-testid="follow-up-reason">
        {advice.due && <strong>Follow-up due. </strong>}
        {advice.reason}.
      </p>
      {nextFollowUpAt !== null && <p class="hint">Next follow-up: {shortDate(nextFollowUpAt)}</p>}
      {!terminal && (
        <div class="row">
          <button type="button" onClick={onFollowedUp} disabled={busy}>
            I followed up
          </button>
          <button type="button" onClick={onSnooze} disabled={busy}>
            Remind me in {snoozeDays} days
          </button>
          <form
            class="row"
            onSubmit={(e) => {
              e.preventDefault();
              const at = fromDateInput(date);
              if (at !== null) onSetDate(at);
            }}
          >
            <label>
              Remind me on <input type="date" value={date} onChange={(e) => setDate(e.currentTarget.value)} />
            </label>
            <button type="submit" disabled={busy || fromDateInput(date) === null}>
              Set date
            </button>
          </form>
          {onNoResponse && advice.suggestNoResponse && (
            <button type="button" onClick={onNoResponse} disabled={busy}>
              Mark “No response”
            </button>
          )}
        </div>
      )}
    </div>
  );
}
