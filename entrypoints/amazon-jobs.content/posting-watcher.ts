// On a job page: wait until the page shows the URL's posting (once it has rendered and, after a
// client-side navigation, once the site has swapped in the new job), then ask the background once
// whether the job is tracked, and share both with the other features through the cache.
// Only a tracked job's posting is extracted at load and sent to the background (`postingSeen`:
// the stored snapshot follows the page and learns when the job closed); the background ignores the
// others, so an untracked posting is extracted only when the popup asks or Save is clicked.
// Reading the identity is a few element lookups; a cold extraction of the whole posting cost the
// page ~6 ms of script thread time on every posting page.
import { readPostingIdentity, type PostingIdentity } from '../../content/posting-identity';
import { send } from '../../messaging/content-bus';
import { debugLog, guarded } from './log';
import { observeDom } from './observe-dom';
import type { PageFeature } from './page-feature';
import { pagePosting } from './page-report';
import { postingReadiness } from './posting-readiness';
import { createSeenPostings } from './seen-postings';

/** How long the DOM may keep showing a look-alike posting before we accept it (reposts share text). */
const STALE_GRACE_MS = 3000;
/** Set when the page's posting is known (read by `npm run bench:browser`: time from navigation). */
export const SHOWN_MARK = 'loopready:posting-shown';

const seen = createSeenPostings();

export const postingWatcher: PageFeature = {
  id: 'posting-watcher',
  runsOn: (kind) => kind.page === 'job',
  init({ signal, kind, url, cache }) {
    if (kind.page !== 'job') return;
    const jobId = kind.jobId;
    let graceTimer: ReturnType<typeof setTimeout> | null = null;
    let done = false;
    let stop: (() => void) | null = null;
    signal.addEventListener('abort', () => graceTimer !== null && clearTimeout(graceTimer), { once: true });

    const accept = (identity: PostingIdentity) => {
      done = true;
      stop?.(); // when accepted after the grace time (observeDom stops itself when a check is done)
      if (graceTimer !== null) clearTimeout(graceTimer);
      const application = send('getApplication', { jobId });
      cache.setShown({ url, jobId, identity, application });
      performance.mark(SHOWN_MARK);
      application.then(
        (app) =>
          guarded('posting extraction', () => {
            if (!app || signal.aborted) return;
            const posting = pagePosting(url, document, cache);
            if (seen.firstSighting(posting)) {
              send('postingSeen', { posting }).catch((err: unknown) => debugLog('postingSeen not delivered:', err));
            }
          }, undefined),
        (err: unknown) => debugLog('getApplication failed:', err),
      );
    };

    /** True once there is nothing left to watch for. */
    const check = (): boolean =>
      guarded('posting identity', () => {
        if (signal.aborted || done) return true;
        const identity = readPostingIdentity(document);
        const readiness = postingReadiness(identity, url, jobId, cache.lastShown());
        if (readiness === 'ready') {
          accept(identity!);
          return true;
        }
        if (readiness === 'stale' && graceTimer === null) {
          graceTimer = setTimeout(() => {
            const late = signal.aborted || done ? null : readPostingIdentity(document);
            if (late) guarded('posting identity', () => accept(late), undefined);
          }, STALE_GRACE_MS);
        }
        return false;
      }, false);

    stop = observeDom(check, { signal });
  },
};

// Try it on: https://www.amazon.jobs/en/jobs/3038134/sr-bie-position-3p-selection-eu-3p-selection
// and after searching, clicking a result (client-side navigation).
