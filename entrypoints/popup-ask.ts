// Runs first in popup.html, a small script deferred in the head (popup-main.js, the popup itself, is
// bigger and deferred after it, so it always runs after this; popup.html says why there):
// reads the background's copy of the tab's report, or when there is none of the page the tab shows
// now, sends the popup's question to the tab (./popup/page-question.ts askFirst), at once, so the
// answer travels while the popup's bundle is still loading. The bundle picks the pending reply up
// (browser-popup-api.ts); without it, the bundle asks itself. It also draws the posting's title and
// job ID into the shell while the bundle loads: from its own address when that names them (the
// toolbar popup the background set for the tab), else from the tab's title.
import { EARLY_REPLY_KEY, askFirst, type SessionRead, type TabsApi } from './popup/page-question';
import { ASK_MARK, FIRST_CONTENT_MARK, REPLY_MARK, markOnce } from './popup/marks';
import { drawEarlyPreview, withdrawEarlyPreview } from './popup/early-preview';
import { postingFromTabTitle, tabShowsJob } from '../components/popup/tab-title';
import { postingFromAddress } from '../components/popup/popup-address';

export default defineUnlistedScript(() => {
  markOnce(ASK_MARK);
  type Api = { runtime?: { id?: string }; tabs: TabsApi; storage?: { session?: SessionRead } };
  const g = globalThis as unknown as { browser?: Api; chrome: Api } & Record<string, unknown>;
  const api = g.browser?.runtime?.id ? g.browser : g.chrome;
  const question = askFirst(api.tabs, api.storage?.session, location.search);
  question.reply.then(() => markOnce(REPLY_MARK), () => undefined); // read (and reported) by the bundle; never an unhandled rejection here
  g[EARLY_REPLY_KEY] = question;
  // Opened from the toolbar on a posting, the popup's own address names the posting (the background
  // set it for this tab: components/popup/popup-address.ts): its title and job ID are drawn at once,
  // with no round trip, and withdrawn below if the tab shows another page by now.
  const named = postingFromAddress(location.search);
  if (named && drawEarlyPreview(document, named, g)) {
    question.drawn = named;
    markOnce(FIRST_CONTENT_MARK);
  }
  // Else the tab's answer takes a round trip through its renderer: meanwhile the posting's title and
  // job ID, as the browser titles the tab, are drawn into the static shell as soon as the browser
  // tells, not after the bundle has loaded (./popup/early-preview.ts).
  question.shown?.then((tab) => {
    const drawn = question.drawn;
    if (drawn && tabShowsJob(tab, drawn)) return;
    if (drawn) {
      if (!withdrawEarlyPreview(document, g)) return; // the bundle has started: its own check (previewPage) replaces it
      question.drawn = undefined;
    }
    const posting = postingFromTabTitle(tab);
    if (!posting || !drawEarlyPreview(document, posting, g)) return;
    question.drawn = posting;
    markOnce(FIRST_CONTENT_MARK);
  }, () => undefined);
});
