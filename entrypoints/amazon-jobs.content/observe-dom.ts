// Late and re-rendered DOM: one MutationObserver per feature, its callbacks debounced so a burst
// of React renders costs one check, disconnected when the feature's signal aborts. Our own in-page
// controls being inserted (the shadow hosts marked data-loopready) are no change to the page: on a
// search page each check inserts up to one badge per card, and without this every observer would
// look at the whole page once more (the listing extracted again, each card's anchor found again):
// about 3 ms of thread time per search page load (39.7 -> 36.7 ms, 8 interleaved loads).
import { debounce, type Timers } from './debounce';

export interface ObserveOptions {
  signal: AbortSignal;
  waitMs?: number;
  maxWaitMs?: number;
  timers?: Timers;
}

/**
 * Call `check` once now and again after DOM changes settle, until it returns true (done). Returns a
 * function that stops observing. A check done at once observes nothing: on a posting page that has
 * rendered by idle time, no observer is ever created.
 */
export function observeDom(check: () => boolean | void, { signal, waitMs = 250, maxWaitMs = 1500, timers }: ObserveOptions): () => void {
  if (signal.aborted || check() === true) return () => {};
  const later = debounce(() => {
    if (check() === true) stop();
  }, { waitMs, maxWaitMs, signal, timers });
  const observer = new MutationObserver((records) => {
    if (!records.every(isOwnChange)) later();
  });
  const stop = () => observer.disconnect();
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', stop, { once: true });
  return stop;
}

const isOwnNode = (node: Node): boolean => node.nodeType === 1 && (node as Element).hasAttribute('data-loopready');

/**
 * A record that only inserts our own controls' hosts (what changes inside their shadow roots is not
 * observed at all). A removal still counts, even of our host alone: the site may have taken the badge
 * out, and the check puts it back.
 */
export function isOwnChange(record: Pick<MutationRecord, 'type' | 'addedNodes' | 'removedNodes'>): boolean {
  if (record.type !== 'childList' || record.removedNodes.length > 0 || record.addedNodes.length === 0) return false;
  return [...record.addedNodes].every(isOwnNode);
}
