// The popup asks the content script in the target tab what is on the page. The target is the tab
// named by ?tabId= (tests and the demo open the popup as a page) or else the active tab.
import { browser } from 'wxt/browser';
import { send } from '../../messaging/bus';
import type { PageReport } from '../../messaging/protocol';

export type PageAnswer = { kind: 'report'; report: PageReport } | { kind: 'no-content-script' };

export async function targetTabId(search: string = location.search): Promise<number> {
  const fromQuery = new URLSearchParams(search).get('tabId');
  if (fromQuery !== null && /^\d+$/.test(fromQuery)) return Number(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('no active tab');
  return tab.id;
}

/** Chrome and Firefox word "no listener in that tab" differently; both mean: not an amazon.jobs page. */
export function isNoReceiver(err: unknown): boolean {
  const message = err instanceof Error ? err.message : String(err);
  return /Receiving end does not exist|Could not establish connection/i.test(message);
}

export async function askPage(tabId: number): Promise<PageAnswer> {
  try {
    return { kind: 'report', report: await send('getPagePosting', null, tabId) };
  } catch (err) {
    if (isNoReceiver(err)) return { kind: 'no-content-script' };
    throw err;
  }
}
