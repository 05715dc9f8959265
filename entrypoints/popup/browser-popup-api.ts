// The popup's PopupApi in the browser: the tab's content script, the background's messages, new tabs.
import { browser } from 'wxt/browser';
import type { PageAnswer, PopupApi } from '../../components/popup/popup-api';
import { onApplicationChanged, send } from '../../messaging/bus';
import { askPage, readReply, targetTabId } from './ask-page';
import { takeEarlyReply } from './page-question';

export function browserPopupApi(): PopupApi {
  // Usually asked already, by popup-ask.js before this bundle loaded; else now, before the first
  // render: Preact runs effects only after the next frame, and the page's answer is what the first
  // real content waits for.
  const early = takeEarlyReply();
  let first: Promise<PageAnswer> | null = early ? readReply(early) : targetTabId().then((tabId) => askPage(tabId));
  return {
    // The first call takes the question already sent; each later one asks the tab again.
    askPage: () => {
      const answer = first ?? targetTabId().then((tabId) => askPage(tabId));
      first = null;
      return answer;
    },
    call: (name, data) => send(name, data),
    openPage: async (path) => {
      await browser.tabs.create({ url: browser.runtime.getURL(path) });
    },
    now: () => Date.now(),
    onApplicationChanged,
  };
}
