// The popup asks the content script in the target tab what is on the page. The target is the tab
// named by ?tabId= (tests and the demo open the popup as a page) or else the active tab.
import { browser } from 'wxt/browser';
import type { PageAnswer } from '../../components/popup/popup-api';
import { errorMessage } from '../../core/error-message';
import { pageQuestion, targetTab } from './page-question';
import { parseShownReport } from '../../components/popup/shown-report';

export function targetTabId(search: string = location.search): Promise<number> {
  return targetTab(browser.tabs, search);
}

/** Chrome and Firefox word "no listener in that tab" differently; both mean: not an amazon.jobs page. */
export function isNoReceiver(err: unknown): boolean {
  const message = errorMessage(err);
  return /Receiving end does not exist|Could not establish connection/i.test(message);
}

type TabSend = (tabId: number, message: unknown) => Promise<unknown>;

/**
 * Sent in @webext-core/messaging's wire format ({id, type, data, timestamp} -> {res} | {err}), which
 * the content script's listener speaks, but through the promise API: the library's tab path ignores
 * chrome.runtime.lastError, so a tab without the content script came back as a vague "No response"
 * plus an "Unchecked runtime.lastError" console error, instead of the browser's own error.
 */
export function askPage(tabId: number, sendToTab: TabSend = (id, m) => browser.tabs.sendMessage(id, m)): Promise<PageAnswer> {
  return readReply(sendToTab(tabId, pageQuestion()));
}

/** The answer in a pending reply to the question (sent here, or early by popup-ask.js). */
export async function readReply(pending: Promise<unknown>): Promise<PageAnswer> {
  let reply: unknown;
  try {
    reply = await pending;
  } catch (err) {
    if (isNoReceiver(err)) return { kind: 'no-content-script' };
    throw err;
  }
  const { res, err } = (reply ?? {}) as { res?: unknown; err?: { message?: unknown } };
  if (err != null) throw new Error(typeof err.message === 'string' ? err.message : 'the page could not answer');
  if (res === undefined) throw new Error('the page did not answer');
  // The content script sends without Zod (its size budget); the popup is where its answer is checked:
  // here what the first content shows, by the panels in full (PageAnswer says why two checks).
  return { kind: 'report', report: parseShownReport(res), reply: res };
}
