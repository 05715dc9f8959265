// Is the posting in the DOM the one the URL names? After a client-side navigation the URL changes
// first and the old posting's DOM stays until the site swaps it, so reading the page right away
// would file the previous job under the new URL.
import type { PostingIdentity } from '../../content/posting-identity';

export type Readiness =
  /** The posting has not rendered yet (no #job-detail / h1 / #not-found). */
  | 'not-rendered'
  /** The DOM still shows another posting. */
  | 'stale'
  | 'ready';

/** A posting the page showed at another URL just before (page-cache.ts keeps the last one). */
export interface PreviousPosting {
  url: string;
  jobId: string;
  identity: PostingIdentity;
}

export function postingReadiness(shown: PostingIdentity | null, url: string, urlJobId: string, previous: PreviousPosting | null): Readiness {
  if (!shown) return 'not-rendered';
  // The page states its own ID ("Job ID: 3038134"); one that disagrees with the URL is old DOM.
  if (shown.statedJobId !== null && shown.statedJobId !== urlJobId) return 'stale';
  // Same title and text as the posting shown at another URL just before: the swap has not happened yet.
  if (
    previous !== null &&
    previous.url !== url &&
    previous.jobId !== urlJobId &&
    shown.title !== null &&
    previous.identity.title === shown.title &&
    previous.identity.text === shown.text
  ) {
    return 'stale';
  }
  return 'ready';
}
