// Everything the content script does beyond its startup (./startup.ts): the page features and the
// popup's answer. Built as a module of its own (entrypoints/amazon-jobs-features.ts) that the startup
// imports in idle time, and only on a job or search page, so no amazon.jobs page pays for compiling
// it while it loads, and an amazon.jobs page that is neither never loads it at all.
import { pageKindOfHref } from '../../core/amazon-jobs-url';
import type { PageReport } from '../../messaging/protocol';
import { listingBadges } from './listing-badges';
import { guarded } from './log';
import { createPageCache } from './page-cache';
import type { PageFeature } from './page-feature';
import { pageReport } from './page-report';
import { postingWatcher } from './posting-watcher';
import { saveControl } from './save-control';
import { IDLE_TIMEOUT_MS } from './startup';

/** What the startup calls: the module's whole surface. */
export interface ContentFeatures {
  /** Start the features that run on the page at `url`, each in an idle callback of its own; all stop on `signal`. */
  start(url: string, signal: AbortSignal): void;
  /** The popup's answer for the page at `url` (from the cache, or extracted on the spot). */
  report(url: string): PageReport;
}

const features: PageFeature[] = [postingWatcher, listingBadges, saveControl];
const cache = createPageCache();

export function start(url: string, signal: AbortSignal): void {
  // The page's kind is worked out here, not in the startup: this module's functions come compiled
  // from its code cache (startup.ts, mayRunFeatures).
  const kind = pageKindOfHref(url);
  for (const feature of features) {
    if (!feature.runsOn(kind)) continue;
    // In list order (idle callbacks run first come, first served): the posting watcher has usually
    // found the page's posting by the time the save control looks for it. One callback per feature,
    // so no task of ours grows long.
    requestIdleCallback(
      () => {
        if (!signal.aborted) guarded(feature.id, () => feature.init({ signal, kind, url, cache }), undefined);
      },
      { timeout: IDLE_TIMEOUT_MS },
    );
  }
}

export function report(url: string): PageReport {
  return pageReport(url, document, cache);
}
