// The popup's PopupApi in the browser: the tab's content script, the background's messages, new tabs.
import { browser } from 'wxt/browser';
import type { PopupApi } from '../../components/popup/popup-api';
import { onApplicationChanged, send } from '../../messaging/bus';
import { askPage, targetTabId } from './ask-page';

export function browserPopupApi(): PopupApi {
  // Asked now, before the first render: Preact runs effects only after the next frame, and the
  // page's answer is what the first real content waits for.
  const page = targetTabId().then(askPage);
  return {
    askPage: () => page,
    call: (name, data) => send(name, data),
    openPage: async (path) => {
      await browser.tabs.create({ url: browser.runtime.getURL(path) });
    },
    now: () => Date.now(),
    onApplicationChanged,
  };
}
