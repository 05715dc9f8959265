// Everything the popup asks of the outside world, in one object so the components can be tested with
// a real store behind it and no browser. The popup never opens the database itself (no Dexie in its
// bundle): tracking goes through the background's messages.
import { browser } from 'wxt/browser';
import { send } from '../../messaging/bus';
import type { MessageData, MessageName, MessageResult } from '../../messaging/protocol';
import type { InterviewMessage } from '../background/interview-handlers';
import { askPage, targetTabId, type PageAnswer } from './ask-page';

/** The background's tracking messages (not the content script's, the interview pages' or the test build's). */
export type TrackingMessage = Exclude<MessageName, 'getPagePosting' | 'postingSeen' | 'e2eSetClock' | InterviewMessage>;

export type ExtensionPagePath = `/${'plan' | 'dashboard'}.html${string}`;

export interface PopupApi {
  /** What the target tab shows. */
  askPage(): Promise<PageAnswer>;
  call<K extends TrackingMessage>(name: K, data: MessageData<K>): Promise<MessageResult<K>>;
  /** Open an extension page ("/plan.html?jobId=1") in a new tab. */
  openPage(path: ExtensionPagePath): Promise<void>;
  now(): number;
}

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
  };
}
