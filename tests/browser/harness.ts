// Browser-test harness: the BUILT extension (.output/chrome-mv3; `npm run test:browser` builds it)
// in Debian's Chromium, amazon.jobs served from tests/fixtures, every other request blocked and
// recorded. Launch code lives in scripts/lib/chromium.ts, shared with `npm run demo`.
//
//   const ext = await launchExtension();
//   const page = await ext.openPosting('3038134');
//   const popup = await ext.openPopupFor(page);
//   expect(ext.requests.blocked).toEqual([]);
//   expect(ext.extensionProblems()).toEqual([]);
//   await ext.close();
import type { BrowserContext, Page, Worker } from 'playwright-core';
import {
  LISTING_URL,
  launchWithExtension,
  openPopupFor,
  openPosting,
  pageReportOf,
  postingUrl,
  readRuntimeMessages,
  recordRuntimeMessages,
  searchResultsFragment,
  tabIdOf,
  type BlockedRequest,
  type LaunchOptions,
  type PageProblem,
  type RecordedMessage,
} from '../../scripts/lib/chromium';

export { LISTING_URL, postingUrl, searchResultsFragment, type BlockedRequest, type PageProblem, type RecordedMessage };

export interface ExtensionHarness {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** `served`: fixture pages delivered; `blocked`: every other request (aborted, never sent). */
  requests: { served: string[]; blocked: BlockedRequest[] };
  /** Console errors and uncaught exceptions from every page (the popup included). */
  problems: PageProblem[];
  /** Only the problems whose source is the extension (chrome-extension:// scripts or pages). */
  extensionProblems(): PageProblem[];
  /** Open a posting fixture by job ID (URL from the fixtures index) or by full amazon.jobs URL. */
  openPosting(jobIdOrUrl: string): Promise<Page>;
  /** Open the search page; `renderLate` serves the bare shell so the test can draw the cards later. */
  openListing(options?: { renderLate?: boolean }): Promise<Page>;
  /** Open popup.html?tabId=<the page's tab> in a new page and wait for it to settle. */
  openPopupFor(page: Page): Promise<Page>;
  tabIdOf(page: Page): Promise<number>;
  /**
   * The page's report as the popup gets it (`getPagePosting`): the posting is extracted when asked.
   * The content script sends a posting to the background (`postingSeen`) only for a tracked job.
   */
  pageReport(page: Page): Promise<{ posting: unknown; listing: unknown }>;
  /** Messages of `type` (e.g. 'postingSeen') the service worker received since launch. */
  messages(type?: string): Promise<RecordedMessage[]>;
  /** Wait until at least `count` messages of `type` arrived (default timeout 10 s). */
  waitForMessages(type: string, count: number, timeoutMs?: number): Promise<RecordedMessage[]>;
  close(): Promise<void>;
}

export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionHarness> {
  const ext = await launchWithExtension(options);
  try {
    await recordRuntimeMessages(ext.serviceWorker);
  } catch (err) {
    await ext.close();
    throw err;
  }

  const messages = async (type?: string): Promise<RecordedMessage[]> => {
    const all = await readRuntimeMessages(ext.serviceWorker);
    return type ? all.filter((m) => m.type === type) : all;
  };

  return {
    context: ext.context,
    extensionId: ext.extensionId,
    serviceWorker: ext.serviceWorker,
    requests: { served: ext.served, blocked: ext.blocked },
    problems: ext.problems,
    extensionProblems: () =>
      ext.problems.filter((p) => p.source.includes('chrome-extension://') || p.pageUrl.startsWith('chrome-extension://')),
    openPosting: (jobIdOrUrl) => openPosting(ext, jobIdOrUrl),
    async openListing({ renderLate = false } = {}) {
      const page = await ext.context.newPage();
      await page.goto(renderLate ? `${LISTING_URL}&render=late` : LISTING_URL, { waitUntil: 'load' });
      return page;
    },
    async openPopupFor(page) {
      const popup = await openPopupFor(ext, page);
      // The popup marks its root with aria-busy while it asks the page; wait for the answer.
      await popup.waitForSelector('#app [aria-busy="false"]', { timeout: 10_000 });
      return popup;
    },
    tabIdOf: (page) => tabIdOf(ext.serviceWorker, page),
    pageReport: (page) => pageReportOf(ext, page),
    messages,
    async waitForMessages(type, count, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = await messages(type);
        if (found.length >= count) return found;
        if (Date.now() > deadline) {
          throw new Error(`timed out waiting for ${count} '${type}' message(s); got ${found.length}`);
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    close: ext.close,
  };
}
