// Sets each amazon.jobs tab's toolbar popup to an address that names the posting the tab shows
// (components/popup/popup-address.ts), so a click on the toolbar button opens a popup that draws the
// title and job ID from its own address, before any round trip to the browser or the tab.
// - When: the content script announces the posting it shows (getApplication, once per posting page,
//   also after a client-side navigation), and a listing page's badges ask for statuses
//   (getTrackedStatuses): that tab shows no posting any more, so its popup names none.
// - Until when: the browser drops a tab's popup when the tab loads a new document (both browsers;
//   tests/browser/tab-popup.test.ts checks Chromium), so a reload or a new page never keeps an old one.
//   A same-document navigation keeps it until the next announcement: the popup checks the tab anyway.
// - The title is the tab's title (sender.tab.title, with host access to amazon.jobs), and only when it
//   names the job the tab's address and the announcement do; else the address names the tab alone.
import { pageKind } from '../../core/amazon-jobs-url';
import { postingTitled } from '../../components/popup/tab-title';
import { popupAddress } from '../../components/popup/popup-address';
import type { Sender } from '../../messaging/messenger';
import { senderTab } from './sender-tab';

/** action.setPopup (MV3) or browserAction.setPopup (Firefox MV2): the same call. */
export type SetPopup = (details: { tabId: number; popup: string }) => Promise<void>;

export interface TabPopups {
  /** The sender's tab shows the posting `jobId` (its content script asked for its application). */
  postingShown(jobId: string, sender: Sender): Promise<void>;
  /** The sender's tab asked for listing statuses: unless it is a posting page, its popup names no posting. */
  listingShown(sender: Sender): Promise<void>;
}

export function createTabPopups(setPopup: SetPopup): TabPopups {
  return {
    async postingShown(jobId, sender) {
      const tab = senderTab(sender);
      if (!tab) return;
      // The tab's title and address as the message arrived; both must name the job announced.
      const posting = tab.title ? postingTitled(tab.url, tab.title) : null;
      await setPopup({ tabId: tab.tabId, popup: popupAddress(tab.tabId, posting?.jobId === jobId ? posting : null) });
    },
    async listingShown(sender) {
      const tab = senderTab(sender);
      if (!tab || pageKind(tab.url).page === 'job') return;
      await setPopup({ tabId: tab.tabId, popup: popupAddress(tab.tabId, null) });
    },
  };
}
