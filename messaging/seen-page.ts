// The background's copy of a tab's page report, which the popup reads from storage.session instead of
// asking the tab: asking goes through the tab's renderer, 26-34 ms on an idle machine and longer
// when the page is busy; reading the copy goes only to the browser. The background writes it
// (entrypoints/background/seen-pages.ts); popup-ask.js reads it (entrypoints/popup/page-question.ts).
// Nothing imported at run time: popup-ask.js is a small classic script.
import type { PageReport } from './protocol';

/** The storage.session key of a tab's copy. */
export function seenPageKey(tabId: number): string {
  return `seenPage:${tabId}`;
}

export function isSeenPageKey(key: string): boolean {
  return key.startsWith('seenPage:');
}

/**
 * What a tab's content script last reported with postingSeen, as it would answer getPagePosting for
 * that page. `url`: the page's address when it was sent, which the popup compares with the tab's
 * current address (a copy of another page is never used). `at`: when it was stored (epoch ms).
 */
export interface SeenPage {
  url: string;
  report: PageReport;
  at: number;
}
