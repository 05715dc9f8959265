// What the content script knows about this page, so the popup is answered from memory instead of
// re-reading the DOM. Entries are tied to the URL they were read at.
// - shown: the posting the page shows (its identity, read cheaply once the DOM is this URL's job)
//   and the stored application for it, asked once per page and shared by the features;
// - posting: the whole posting, once something needed it.
import type { Application } from '../../core/application';
import type { Posting } from '../../core/posting';
import type { PreviousPosting } from './posting-readiness';

export interface ShownPosting extends PreviousPosting {
  /** The stored application for the job, or null when it is not tracked (rejects without the background). */
  application: Promise<Application | null>;
}

export interface PageCache {
  shown(url: string): ShownPosting | null;
  /** The last posting shown at any URL (to spot DOM that has not been swapped yet). */
  lastShown(): ShownPosting | null;
  setShown(shown: ShownPosting): void;
  /** Calls `listener` with each posting set as shown from now on; returns the unsubscribe. */
  onShown(listener: (shown: ShownPosting) => void): () => void;
  posting(url: string): Posting | null;
  setPosting(url: string, posting: Posting): void;
}

export function createPageCache(): PageCache {
  let shown: ShownPosting | null = null;
  let posting: { url: string; value: Posting } | null = null;
  const listeners = new Set<(shown: ShownPosting) => void>();
  return {
    shown: (url) => (shown?.url === url ? shown : null),
    lastShown: () => shown,
    setShown(value) {
      shown = value;
      for (const listener of [...listeners]) listener(value);
    },
    onShown(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    posting: (url) => (posting?.url === url ? posting.value : null),
    setPosting(url, value) {
      posting = { url, value };
    },
  };
}
