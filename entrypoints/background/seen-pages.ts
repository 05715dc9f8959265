// Keeps, per tab, the posting its content script last reported (postingSeen), in storage.session,
// where the popup reads it without asking the tab (messaging/seen-page.ts says why). storage.session
// lives in the browser's memory: it survives a worker restart, is gone when the browser closes, and
// is readable by the extension's pages and this worker only, not by content scripts (its default
// access level), so one amazon.jobs page never sees what another tab showed.
import type { Posting } from '../../core/posting';
import { pageKind } from '../../core/amazon-jobs-url';
import type { Sender } from '../../messaging/messenger';
import { senderTab } from './sender-tab';
import { isSeenPageKey, seenPageKey, type SeenPage } from '../../messaging/seen-page';

/** The parts of browser.storage.session used here. */
export interface SessionArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** The open tabs' ids (no permission needed for ids). */
export type OpenTabIds = () => Promise<number[]>;

export interface SeenPages {
  /** Keep `posting` as the report of the page that sent it (replacing the tab's copy), and drop closed tabs' copies. */
  remember(posting: Posting, sender: Sender): Promise<void>;
}

export function createSeenPages(session: SessionArea, openTabIds: OpenTabIds, now: () => number): SeenPages {
  return {
    async remember(posting, sender) {
      // The tab's address, the one the popup compares (./sender-tab.ts).
      const tab = senderTab(sender);
      if (!tab) return;
      const { tabId, url } = tab;
      const kind = pageKind(url);
      // The tab shows another job by the time this arrived (or the posting names none): no copy, the
      // popup asks the tab. The popup's own check compares the whole address with the tab's.
      if (kind.page !== 'job' || kind.jobId !== posting.jobId) {
        await session.remove(seenPageKey(tabId));
        return;
      }
      const copy: SeenPage = { url, report: { kind, posting, listing: null }, at: now() };
      await session.set({ [seenPageKey(tabId)]: copy });
      await forgetClosedTabs(session, openTabIds);
    },
  };
}

/** Closed tabs' copies go at the next write: no tabs.onRemoved listener, which would wake the worker on every closed tab. */
async function forgetClosedTabs(session: SessionArea, openTabIds: OpenTabIds): Promise<void> {
  const [stored, open] = await Promise.all([session.get(null), openTabIds()]);
  const keep = new Set(open.map(seenPageKey));
  const gone = Object.keys(stored).filter((key) => isSeenPageKey(key) && !keep.has(key));
  if (gone.length > 0) await session.remove(gone);
}
