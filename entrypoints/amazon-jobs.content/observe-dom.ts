// Late and re-rendered DOM: one MutationObserver per feature, its callbacks debounced so a burst
// of React renders costs one check, disconnected when the feature's signal aborts.
import { debounce, type Timers } from './debounce';

export interface ObserveOptions {
  signal: AbortSignal;
  waitMs?: number;
  maxWaitMs?: number;
  timers?: Timers;
}

/** Call `check` once now and again after DOM changes settle. Returns a function that stops observing. */
export function observeDom(check: () => void, { signal, waitMs = 250, maxWaitMs = 1500, timers }: ObserveOptions): () => void {
  if (signal.aborted) return () => {};
  const later = debounce(check, { waitMs, maxWaitMs, signal, timers });
  const observer = new MutationObserver(later);
  const stop = () => observer.disconnect();
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', stop, { once: true });
  check();
  return stop;
}
