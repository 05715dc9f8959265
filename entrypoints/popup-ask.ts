// Runs first in popup.html, as a small parser-blocking script after the shell (popup-main.js, the
// popup itself, is bigger and deferred until the document is parsed, so it always runs after this):
// reads the background's copy of the tab's report, or when there is none of the page the tab shows
// now, sends the popup's question to the tab (./popup/page-question.ts firstReply), at once, so the
// answer travels while the popup's bundle is still loading. The bundle picks the pending reply up
// (browser-popup-api.ts); without it, the bundle asks itself.
import { EARLY_REPLY_KEY, askFirst, type SessionRead, type TabsApi } from './popup/page-question';
import { ASK_MARK, REPLY_MARK, markOnce } from './popup/marks';

export default defineUnlistedScript(() => {
  markOnce(ASK_MARK);
  type Api = { runtime?: { id?: string }; tabs: TabsApi; storage?: { session?: SessionRead } };
  const g = globalThis as unknown as { browser?: Api; chrome: Api } & Record<string, unknown>;
  const api = g.browser?.runtime?.id ? g.browser : g.chrome;
  const question = askFirst(api.tabs, api.storage?.session, location.search);
  question.reply.then(() => markOnce(REPLY_MARK), () => undefined); // read (and reported) by the bundle; never an unhandled rejection here
  g[EARLY_REPLY_KEY] = question;
});
