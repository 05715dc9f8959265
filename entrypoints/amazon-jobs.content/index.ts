// Thin adapter: amazon.jobs pages only. Works out what kind of page this is, runs the features
// that apply, restarts them on client-side navigation, and answers the popup. Adds to the page's DOM
// only the badge features' shadow-root hosts, and never lets an error escape into it.
// Startup does only that: each feature starts in an idle callback of its own, so the page's own
// loading never waits for an extraction and no task of ours grows long (`npm run bench:browser`).
import { pageKind } from '../../core/amazon-jobs-url';
import { handle } from '../../messaging/content-bus';
import { listingBadges } from './listing-badges';
import { listingWatcher } from './listing-watcher';
import { guarded } from './log';
import { createPageCache } from './page-cache';
import type { PageFeature } from './page-feature';
import { pageReport } from './page-report';
import { postingWatcher } from './posting-watcher';
import { saveControl } from './save-control';

const features: PageFeature[] = [postingWatcher, listingWatcher, listingBadges, saveControl];
/** A page that never goes idle still gets its features this soon. */
const IDLE_TIMEOUT_MS = 500;

export default defineContentScript({
  matches: ['*://amazon.jobs/*', '*://*.amazon.jobs/*'],
  runAt: 'document_idle',
  main(ctx) {
    const cache = createPageCache();
    let scope: AbortController | null = null;

    const start = (url: string) =>
      guarded('start', () => {
        scope?.abort();
        if (ctx.isInvalid) return;
        scope = new AbortController();
        const signal = scope.signal;
        const kind = pageKind(url);
        for (const feature of features) {
          if (!feature.runsOn(kind)) continue;
          // In list order (idle callbacks run first come, first served): the posting watcher has
          // usually cached the posting by the time the save control looks for it.
          ctx.requestIdleCallback(
            () => {
              if (!signal.aborted) guarded(feature.id, () => feature.init({ signal, kind, url, cache }), undefined);
            },
            { timeout: IDLE_TIMEOUT_MS },
          );
        }
      }, undefined);

    const unhandle = handle('getPagePosting', () => pageReport(location.href, document, cache));
    ctx.onInvalidated(() => {
      scope?.abort();
      unhandle();
    });
    // With the Navigation API this fires before location.href changes: use the event's URL.
    ctx.addEventListener(window, 'wxt:locationchange', (event) => start(event.newUrl.href));
    start(location.href);
  },
});
