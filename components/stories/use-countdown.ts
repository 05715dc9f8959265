// A pausable countdown driven by the clock (not by counting ticks), so a throttled background tab
// still shows the right time when it comes back.
import { useEffect, useRef, useState } from 'preact/hooks';

export interface Countdown {
  remainingMs: number;
  running: boolean;
  start(): void;
  pause(): void;
  reset(): void;
}

export function useCountdown(totalMs: number, now: () => number = Date.now, tickMs = 250): Countdown {
  const [elapsedBefore, setElapsedBefore] = useState(0);
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [, force] = useState(0);
  const timer = useRef<ReturnType<typeof setInterval> | null>(null);

  const elapsed = elapsedBefore + (startedAt === null ? 0 : now() - startedAt);
  const remainingMs = Math.max(0, totalMs - elapsed);
  const running = startedAt !== null && remainingMs > 0;

  useEffect(() => {
    if (startedAt === null) return;
    timer.current = setInterval(() => force((n) => n + 1), tickMs);
    return () => {
      if (timer.current) clearInterval(timer.current);
    };
  }, [startedAt, tickMs]);
  // Stop ticking at zero.
  useEffect(() => {
    if (startedAt !== null && remainingMs === 0) {
      setElapsedBefore(totalMs);
      setStartedAt(null);
    }
  }, [remainingMs, startedAt, totalMs]);

  return {
    remainingMs,
    running,
    start() {
      if (startedAt === null && remainingMs > 0) setStartedAt(now());
    },
    pause() {
      if (startedAt !== null) {
        setElapsedBefore(elapsedBefore + now() - startedAt);
        setStartedAt(null);
      }
    },
    reset() {
      setElapsedBefore(0);
      setStartedAt(null);
    },
  };
}

export function formatClock(ms: number): string {
  const s = Math.ceil(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
