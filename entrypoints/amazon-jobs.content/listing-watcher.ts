// On a search page: keep the current job cards for the popup. The results are drawn client-side
// after load and redrawn on filtering and paging, so this follows the DOM for as long as the page lasts.
import { extractListing } from '../../content/extract-listing';
import { guarded } from './log';
import { observeDom } from './observe-dom';
import type { PageFeature } from './page-feature';

export const listingWatcher: PageFeature = {
  id: 'listing-watcher',
  runsOn: (kind) => kind.page === 'search',
  init({ signal, url, cache }) {
    observeDom(
      () =>
        guarded('listing extraction', () => {
          if (signal.aborted) return;
          cache.setListing(url, extractListing(document, url));
        }, undefined),
      { signal, waitMs: 400, maxWaitMs: 2000 },
    );
  },
};

// Try it on: https://www.amazon.jobs/en/search?offset=0&result_limit=10&sort=relevant&country%5B%5D=LUX
