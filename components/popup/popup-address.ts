// The toolbar popup's address for one tab, set by the background when the tab's content script
// announces a posting (entrypoints/background/tab-popups.ts): popup.html?tabId=<id>&job=<id>&title=<…>.
// The popup draws the posting's title and job ID from its own address at once (popup-ask.js), with no
// round trip to the browser, and still checks them against the tab (the answer replaces them).
// Plain code, nothing that weighs: popup-ask.js, the popup's first and smallest file, reads it.
import { cleanPosting, type TitledPosting } from './tab-title';

/** The popup page, as the manifest's default_popup names it. */
export const POPUP_PAGE = 'popup.html';

/** The popup's address for a tab; with the posting it shows, when known. The title is encoded, never markup. */
export function popupAddress(tabId: number, posting: TitledPosting | null): string {
  const query = new URLSearchParams({ tabId: String(tabId) });
  if (posting) {
    query.set('job', posting.jobId);
    query.set('title', posting.title);
  }
  return `${POPUP_PAGE}?${query.toString()}`;
}

/** The posting a popup's address names (popupAddress), checked again: page text came in through the address. Null when none or not valid. */
export function postingFromAddress(search: string): TitledPosting | null {
  const query = new URLSearchParams(search);
  const jobId = query.get('job');
  const title = query.get('title');
  return jobId === null || title === null ? null : cleanPosting(jobId, title);
}
