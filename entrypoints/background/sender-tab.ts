// Which tab a content script's message came from, for the features that keep something per tab (the
// popup's copy of the page, seen-pages.ts; the toolbar popup's address, tab-popups.ts).
import type { Sender } from '../../messaging/messenger';

export interface SenderTab {
  tabId: number;
  /** The tab's address: after a same-document navigation (the site's router) Chromium still gives sender.url as the document's first address. */
  url: string;
  title?: string;
}

/** The sending tab when the message came from its top frame and its address is known, else null. */
export function senderTab(sender: Sender): SenderTab | null {
  const tabId = sender.tab?.id;
  const url = sender.tab?.url ?? sender.url;
  if (tabId === undefined || tabId < 0 || sender.frameId !== 0 || !url) return null;
  return { tabId, url, title: sender.tab?.title };
}
