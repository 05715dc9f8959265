// The popup's first answer from the background's copy of the tab's report (messaging/seen-page.ts):
// the background keeps what a tab's content script reported (entrypoints/background/seen-pages.ts) in
// storage.session (WXT's fake browser here), and the popup uses it only for the page the tab shows
// now, else asks the tab (entrypoints/popup/page-question.ts askFirst).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createSeenPages } from '../../../entrypoints/background/seen-pages';
import { readReply } from '../../../entrypoints/popup/ask-page';
import { askFirst, type TabInfo, type TabsApi } from '../../../entrypoints/popup/page-question';
import { seenPageKey } from '../../../messaging/seen-page';
import { postingOf } from '../tracking/fixtures';

const T0 = Date.UTC(2026, 11, 3, 12);
const posting = postingOf('3038134');
const other = postingOf('2790938');
const TAB = 17;

/** The tab's own answer, when asked: what its content script would say. */
const tabAnswer = { res: { kind: { page: 'search' }, posting: null, listing: { url: 'https://www.amazon.jobs/en/search', cards: [] } } };

function tabsShowing(tab: TabInfo): TabsApi & { sendMessage: ReturnType<typeof vi.fn> } {
  return {
    query: async () => [{ id: TAB, ...tab }],
    get: async (id) => (id === TAB ? { id, ...tab } : Promise.reject(new Error(`No tab with id: ${id}.`))),
    sendMessage: vi.fn(async () => tabAnswer),
  };
}

const openTabs = (ids: number[]) => async () => ids;
const seenPages = (ids = [TAB]) => createSeenPages(fakeBrowser.storage.session, openTabs(ids), () => T0);
const fromTab = (url: string, tabId = TAB) => ({ tab: { id: tabId }, frameId: 0, url });

beforeEach(() => fakeBrowser.reset());

describe('the background keeps each tab’s last reported posting', () => {
  it('as the report the content script would give for that page', async () => {
    await seenPages().remember(posting, fromTab(posting.url));
    expect(await fakeBrowser.storage.session.get(seenPageKey(TAB))).toEqual({
      [seenPageKey(TAB)]: { url: posting.url, report: { kind: { page: 'job', jobId: '3038134', locale: 'en' }, posting, listing: null }, at: T0 },
    });
  });

  it("after a same-document navigation, by the tab's address: Chromium still gives the sender the document's first one", async () => {
    await seenPages().remember(other, { tab: { id: TAB, url: other.url }, frameId: 0, url: posting.url });
    expect((await fakeBrowser.storage.session.get(seenPageKey(TAB)))[seenPageKey(TAB)]).toMatchObject({ url: other.url, report: { posting: other } });
  });

  it('keeps nothing when the tab shows another job by the time the posting arrives, and drops its older copy', async () => {
    await seenPages().remember(posting, fromTab(posting.url));
    await seenPages().remember(posting, fromTab(other.url));
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('keeps nothing from a frame, or from a sender without a tab', async () => {
    await seenPages().remember(posting, { tab: { id: TAB }, frameId: 3, url: posting.url });
    await seenPages().remember(posting, { frameId: 0, url: posting.url });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('drops closed tabs’ copies at its next write', async () => {
    await seenPages([TAB, 18]).remember(posting, fromTab(posting.url));
    await seenPages([TAB, 18]).remember(other, fromTab(other.url, 18));
    await seenPages([18, 19]).remember(posting, fromTab(posting.url, 19));
    expect(Object.keys(await fakeBrowser.storage.session.get(null)).sort()).toEqual([seenPageKey(18), seenPageKey(19)]);
  });
});

describe('the popup’s first answer', () => {
  beforeEach(() => seenPages().remember(posting, fromTab(posting.url)));

  it('is the copy when the tab shows that page, loaded: the tab is not asked', async () => {
    for (const search of [`?tabId=${TAB}`, '']) {
      const tabs = tabsShowing({ url: posting.url, status: 'complete' });
      const answer = await readReply(askFirst(tabs, fakeBrowser.storage.session, search).reply);
      expect(answer.kind === 'report' && answer.report.posting?.title).toBe(posting.title);
      expect(tabs.sendMessage).not.toHaveBeenCalled();
    }
  });

  it('is the tab’s own answer when the tab shows another address, is loading, hides its address, or has no copy', async () => {
    const cases: Array<[TabInfo, string]> = [
      [{ url: 'https://www.amazon.jobs/en/search?base_query=bie', status: 'complete' }, `?tabId=${TAB}`],
      [{ url: `${posting.url}#apply`, status: 'complete' }, `?tabId=${TAB}`],
      [{ url: posting.url, status: 'loading' }, `?tabId=${TAB}`],
      [{ status: 'complete' }, ''], // a tab whose address the extension may not read
    ];
    for (const [tab, search] of cases) {
      const tabs = tabsShowing(tab);
      expect(await askFirst(tabs, fakeBrowser.storage.session, search).reply).toBe(tabAnswer);
      expect(tabs.sendMessage).toHaveBeenCalledTimes(1);
    }
    await fakeBrowser.storage.session.clear();
    const tabs = tabsShowing({ url: posting.url, status: 'complete' });
    expect(await askFirst(tabs, fakeBrowser.storage.session, '').reply).toBe(tabAnswer);
    expect(await askFirst(tabs, undefined, '').reply).toBe(tabAnswer); // a browser without storage.session
  });

  it('names the tab it asked (for the preview) only when the answer comes from the tab', async () => {
    const loaded = { url: posting.url, title: 'a title', status: 'complete' };
    expect(await askFirst(tabsShowing(loaded), fakeBrowser.storage.session, `?tabId=${TAB}`).asked).toBeNull();
    const moved = { ...loaded, url: other.url };
    expect(await askFirst(tabsShowing(moved), fakeBrowser.storage.session, `?tabId=${TAB}`).asked).toEqual({ id: TAB, ...moved });
  });

  it('is still checked: a copy that breaks the reply’s shape fails as the tab’s answer would', async () => {
    await fakeBrowser.storage.session.set({ [seenPageKey(TAB)]: { url: posting.url, report: { kind: { page: 'job' } }, at: T0 } });
    const tabs = tabsShowing({ url: posting.url, status: 'complete' });
    await expect(readReply(askFirst(tabs, fakeBrowser.storage.session, '').reply)).rejects.toThrow();
  });
});
