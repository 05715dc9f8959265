// A trailing debounce with a ceiling: amazon.jobs re-renders in bursts (React mounting, filters),
// so work waits for a quiet moment, but a page that never goes quiet still gets handled every
// `maxWaitMs`. Timers are injected so the logic is tested without a browser.

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
  now(): number;
}

export const realTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (id) => globalThis.clearTimeout(id as ReturnType<typeof globalThis.setTimeout>),
  now: () => Date.now(),
};

export interface Debounced {
  /** Ask for a run; calls within `waitMs` of each other collapse into one. */
  (): void;
  /** Run now if a run is pending. */
  flush(): void;
}

export function debounce(
  fn: () => void,
  { waitMs, maxWaitMs, signal, timers = realTimers }: { waitMs: number; maxWaitMs: number; signal?: AbortSignal; timers?: Timers },
): Debounced {
  let timer: unknown = null;
  let firstRequestAt: number | null = null;

  const cancel = () => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
    firstRequestAt = null;
  };
  const run = () => {
    cancel();
    if (!signal?.aborted) fn();
  };
  signal?.addEventListener('abort', cancel, { once: true });

  const request = (() => {
    if (signal?.aborted) return;
    const now = timers.now();
    firstRequestAt ??= now;
    if (timer !== null) timers.clearTimeout(timer);
    const delay = Math.max(0, Math.min(waitMs, firstRequestAt + maxWaitMs - now));
    timer = timers.setTimeout(run, delay);
  }) as Debounced;
  request.flush = () => {
    if (timer !== null) run();
  };
  return request;
}
