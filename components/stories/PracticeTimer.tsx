import { formatClock, type Countdown } from './use-countdown';

/**
 * The visible countdown and its controls. The clock itself is not a live region (a reader would hear
 * every second); a separate polite region speaks only when a minute or the time runs out.
 */
export function PracticeTimer({ countdown, totalMs }: { countdown: Countdown; totalMs: number }) {
  const { remainingMs, running } = countdown;
  const done = remainingMs === 0;
  const announcement = done ? 'Time is up.' : remainingMs <= 60_000 && running ? 'One minute left.' : '';
  return (
    <div class="timer row">
      <span class={done ? 'clock done' : 'clock'} role="timer" aria-label={`Time left ${formatClock(remainingMs)}`}>
        {formatClock(remainingMs)}
      </span>
      {running ? (
        <button type="button" onClick={countdown.pause}>
          Pause
        </button>
      ) : (
        <button type="button" class="primary" onClick={countdown.start} disabled={done}>
          {remainingMs < totalMs && !done ? 'Resume' : 'Start'}
        </button>
      )}
      <button type="button" onClick={countdown.reset}>
        Reset
      </button>
      <span class="visually-hidden" aria-live="polite" data-testid="timer-announcement">
        {announcement}
      </span>
    </div>
  );
}
