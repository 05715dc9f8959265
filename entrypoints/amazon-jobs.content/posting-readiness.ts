// Is the posting in the DOM the one the URL names? After a client-side navigation the URL changes
// first and the old posting's DOM stays until the site swaps it, so extracting right away would
// file the previous job under the new URL.
import type { Posting } from '../../core/posting';

export type Readiness =
  /** The posting has not rendered yet (no #job-detail / h1). */
  | 'not-rendered'
  /** The DOM still shows another posting. */
  | 'stale'
  | 'ready';

export function postingReadiness(
  posting: Pick<Posting, 'jobId' | 'url' | 'title' | 'description' | 'provenance'>,
  urlJobId: string,
  rendered: boolean,
  previous: Pick<Posting, 'jobId' | 'url' | 'title' | 'description'> | null,
): Readiness {
  if (!rendered) return 'not-rendered';
  // The page states its own ID ("Job ID: 3038134"); one that disagrees with the URL is old DOM.
  const idFromPage = posting.provenance.jobId !== undefined && posting.provenance.jobId.strategy !== 'url';
  if (idFromPage && posting.jobId !== null && posting.jobId !== urlJobId) return 'stale';
  // Same text as the posting shown at another URL just before: the swap has not happened yet.
  if (
    previous !== null &&
    previous.url !== posting.url &&
    previous.jobId !== urlJobId &&
    posting.title !== null &&
    previous.title === posting.title &&
    previous.description === posting.description
  ) {
    return 'stale';
  }
  return 'ready';
}
