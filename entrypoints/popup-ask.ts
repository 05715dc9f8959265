// Runs first in popup.html, as a small parser-blocking script after the shell (popup-main.js, the
// popup itself, is bigger and deferred until the document is parsed, so it always runs after this):
// sends the popup's question to the tab at once, so the content script's answer travels while the
// popup's bundle is still loading. The bundle picks the pending reply up (browser-popup-api.ts);
// without it, the bundle asks itself.
import { EARLY_REPLY_KEY, pageQuestion, targetTab, type TabsApi } from './popup/page-question';
import { ASK_MARK, REPLY_MARK, markOnce } from './popup/marks';

export default defineUnlistedScript(() => {
  markOnce(ASK_MARK);
  const g = globalThis as unknown as { browser?: { runtime?: { id?: string }; tabs: TabsApi }; chrome: { tabs: TabsApi } } & Record<string, unknown>;
  const tabs = g.browser?.runtime?.id ? g.browser.tabs : g.chrome.tabs;
  const reply = targetTab(tabs, location.search).then((tabId) => tabs.sendMessage(tabId, pageQuestion()));
  reply.then(() => markOnce(REPLY_MARK), () => undefined); // read (and reported) by the bundle; never an unhandled rejection here
  g[EARLY_REPLY_KEY] = reply;
});
