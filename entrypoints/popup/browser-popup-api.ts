// The popup's PopupApi in the browser: the tab's content script, the background's messages, new tabs.
import { browser } from 'wxt/browser';
import type { PageAnswer, PopupApi } from '../../components/popup/popup-api';
import { askPage, readReply, targetTabId } from './ask-page';
import { askFirst, takeEarlyQuestion } from './page-question';
import { checkedPreview, pagePreview } from '../../components/popup/page-preview';
import { tabShowsJob } from '../../components/popup/tab-title';
import { panelsLoader } from './panels-loader';

export function browserPopupApi(): PopupApi {
  // Usually asked already, by popup-ask.js before this bundle loaded (the background's copy of the
  // tab's report, or the tab); else now, before the first render: Preact runs effects only after the
  // next frame, and the page's answer is what the first real content waits for.
  const question = takeEarlyQuestion() ?? askFirst(browser.tabs, browser.storage.session, location.search);
  let first: Promise<PageAnswer> | null = readReply(question.reply);
  // The typed messaging is in the panels' file (its Zod protocol is most of that file): a message
  // asked for before the file has run (the popup's first lists, at once) waits for it, without
  // loading it sooner than the first content asks.
  const panels = panelsLoader();
  return {
    // The first call takes the question already sent; each later one asks the tab again.
    askPage: () => {
      const answer = first ?? targetTabId().then((tabId) => askPage(tabId));
      first = null;
      return answer;
    },
    call: (name, data) => panels.ready.then((p) => p.send(name, data)),
    // From the tab's title; else the one drawn from the popup's address while the tab still shows that job (its title may lag, or the tab still loads).
    previewPage: () =>
      question.asked.then(
        (tab) => pagePreview(tab) ?? (question.drawn && tabShowsJob(tab, question.drawn) ? checkedPreview(question.drawn) : null),
        () => null,
      ),
    earlyPreview: () => checkedPreview(question.drawn),
    loadPanels: () => panels.load(),
    openPage: async (path) => {
      await browser.tabs.create({ url: browser.runtime.getURL(path) });
    },
    now: () => Date.now(),
    onApplicationChanged: (listener) => {
      const now = panels.loaded();
      if (now) return now.onApplicationChanged(listener);
      let stop: (() => void) | null = null;
      let stopped = false;
      panels.ready.then((p) => stopped || (stop = p.onApplicationChanged(listener)), () => undefined);
      return () => {
        stopped = true;
        stop?.();
      };
    },
  };
}
