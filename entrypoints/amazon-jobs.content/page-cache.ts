// What the content script last extracted on this page, so the popup is answered from memory
// instead of re-reading the DOM. Entries are tied to the URL they were extracted at.
import type { Listing, Posting } from '../../core/posting';

export interface PageCache {
  posting(url: string): Posting | null;
  listing(url: string): Listing | null;
  /** The last posting extracted at any URL (to spot DOM that has not been swapped yet). */
  lastPosting(): Posting | null;
  setPosting(url: string, posting: Posting): void;
  setListing(url: string, listing: Listing): void;
}

export function createPageCache(): PageCache {
  let posting: { url: string; value: Posting } | null = null;
  let listing: { url: string; value: Listing } | null = null;
  return {
    posting: (url) => (posting?.url === url ? posting.value : null),
    listing: (url) => (listing?.url === url ? listing.value : null),
    lastPosting: () => posting?.value ?? null,
    setPosting(url, value) {
      posting = { url, value };
    },
    setListing(url, value) {
      listing = { url, value };
    },
  };
}
