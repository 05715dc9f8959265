// On a job page: extract the posting once it has rendered (and, after a client-side navigation,
// once the site has swapped in the new job), cache it for the popup and tell the background
// once per posting. Stops observing as soon as it has the posting.
import { extractPosting } from '../../content/extract-posting';
import { send } from '../../messaging/content-bus';
import { debugLog, guarded } from './log';
import { observeDom } from './observe-dom';
import type { PageFeature } from './page-feature';
import { postingReadiness } from './posting-readiness';
import { createSeenPostings } from './seen-postings';

/** How long the DOM may keep showing a look-alike posting before we accept it (reposts share text). */
const STALE_GRACE_MS = 3000;

const seen = createSeenPostings();

export const postingWatcher: PageFeature = {
  id: 'posting-watcher',
  runsOn: (kind) => kind.page === 'job',
  init({ signal, kind, url, cache }) {
    if (kind.page !== 'job') return;
    let graceTimer: ReturnType<typeof setTimeout> | null = null;
    let done = false;
    let stop: (() => void) | null = null;
    signal.addEventListener('abort', () => graceTimer !== null && clearTimeout(graceTimer), { once: true });

    const accept = (posting: ReturnType<typeof extractPosting>) => {
      done = true;
      stop?.(); // null when the very first check (inside observeDom) already succeeds
      if (graceTimer !== null) clearTimeout(graceTimer);
      cache.setPosting(url, posting);
      // Read by `npm run bench:browser` (time from navigation to the posting in hand).
      performance.mark('loopready:posting-extracted');
      if (seen.firstSighting(posting)) {
        send('postingSeen', { posting }).catch((err: unknown) => debugLog('postingSeen not delivered:', err));
      }
    };

    const check = () =>
      guarded('posting extraction', () => {
        if (signal.aborted || cache.posting(url)) return;
        // #not-found: amazon.jobs' page for a removed job (no h1), which must still reach a saved job as "closed".
        const rendered = document.querySelector('#job-detail, h1, #not-found') !== null;
        if (!rendered) return;
        const posting = extractPosting(document, url);
        const previous = cache.lastPosting();
        const readiness = postingReadiness(posting, kind.jobId, rendered, previous);
        if (readiness === 'ready') return accept(posting);
        if (readiness === 'stale' && graceTimer === null) {
          graceTimer = setTimeout(() => {
            if (!signal.aborted && !cache.posting(url)) guarded('posting extraction', () => accept(extractPosting(document, url)), undefined);
          }, STALE_GRACE_MS);
        }
      }, undefined);

    stop = observeDom(check, { signal });
    if (done) stop();
  },
};

// Try it on: https://www.amazon.jobs/en/jobs/3038134/sr-bie-position-3p-selection-eu-3p-selection
// and after searching, clicking a result (client-side navigation).
