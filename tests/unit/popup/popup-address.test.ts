// The toolbar popup's address for a tab (components/popup/popup-address.ts) and how the background
// sets it (entrypoints/background/tab-popups.ts): the title amazon.jobs gives a posting's page, read
// from the real fixture pages, with their addresses from the fixtures index.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_TITLE } from '../../../components/popup/tab-title';
import { popupAddress, postingFromAddress } from '../../../components/popup/popup-address';
import { createTabPopups } from '../../../entrypoints/background/tab-popups';
import type { Sender } from '../../../messaging/messenger';
import { LISTING_URL, ROOT, postingUrl } from '../../../scripts/lib/fixture-site';

const pageTitle = (jobId: string) => /<title>([^<]*)<\/title>/.exec(readFileSync(join(ROOT, 'tests/fixtures/pages/reconstructed', `${jobId}.html`), 'utf8'))![1]!;
const BIE = { jobId: '3038134', title: 'Sr BIE position 3P Selection, EU 3P Selection' };
// A title with ' - ' of its own.
const SDE = { jobId: '1497592', title: 'Software Development Engineer - AWS Region Build Engineering' };
const search = (address: string) => address.slice(address.indexOf('?'));

describe("the popup's address for a tab", () => {
  it('names the tab, and the posting it shows when known, and gives the posting back as it went in', () => {
    for (const posting of [BIE, SDE]) {
      const address = popupAddress(7, posting);
      expect(address.startsWith('popup.html?')).toBe(true);
      expect(new URLSearchParams(search(address)).get('tabId')).toBe('7');
      expect(postingFromAddress(search(address))).toEqual(posting);
    }
    expect(popupAddress(7, null)).toBe('popup.html?tabId=7');
    expect(postingFromAddress('?tabId=7')).toBeNull();
  });

  it('carries markup-like and non-Latin titles encoded, as the same text', () => {
    for (const title of ['<img src=x onerror="alert(1)">Engineer & Co', 'مهندس برمجيات #1 ?x=1', '100% remote / 50+ "quotes"']) {
      const address = popupAddress(1, { jobId: '1', title });
      expect(address).not.toMatch(/[<>"# ]/);
      expect(postingFromAddress(search(address))?.title).toBe(title);
    }
  });

  it('checks what it reads back, as page text: invisible controls removed, bounded length, a numeric job ID', () => {
    const with_ = (job: string, title: string) => `?${new URLSearchParams({ tabId: '1', job, title })}`;
    expect(postingFromAddress(with_('3038134', '\u202ESr BIE\u200B'))?.title).toBe('Sr BIE');
    expect(postingFromAddress(with_('3038134', 'x'.repeat(MAX_TITLE + 1)))).toBeNull();
    expect(postingFromAddress(with_('3038134', '  \u200B '))).toBeNull();
    expect(postingFromAddress(with_('30381<b>', BIE.title))).toBeNull();
  });
});

describe('the background setting a tab’s popup', () => {
  const tabPopups = () => {
    const set: { tabId: number; popup: string }[] = [];
    return { set, popups: createTabPopups(async (details) => void set.push(details)) };
  };
  // After a same-document navigation Chromium's sender.url is still the document's first address; the tab's is current.
  const from = (url: string, title: string | undefined, more: Partial<Sender> = {}): Sender => ({ tab: { id: 5, url, title }, frameId: 0, url: LISTING_URL, ...more });

  it("names the posting a tab's content script announces, from the tab's title", async () => {
    const { set, popups } = tabPopups();
    await popups.postingShown(BIE.jobId, from(postingUrl(BIE.jobId), pageTitle(BIE.jobId)));
    await popups.postingShown(SDE.jobId, from(postingUrl(SDE.jobId), pageTitle(SDE.jobId)));
    expect(set.map((s) => s.tabId)).toEqual([5, 5]);
    expect(set.map((s) => postingFromAddress(search(s.popup)))).toEqual([BIE, SDE]);
  });

  it("names the tab alone while the tab's title is still the previous job's (a client-side navigation), or missing", async () => {
    const { set, popups } = tabPopups();
    await popups.postingShown(SDE.jobId, from(postingUrl(SDE.jobId), pageTitle(BIE.jobId)));
    await popups.postingShown(SDE.jobId, from(postingUrl(SDE.jobId), undefined));
    // The address moved on after the message left: the announced job is not the one the tab shows.
    await popups.postingShown(BIE.jobId, from(postingUrl(SDE.jobId), pageTitle(SDE.jobId)));
    expect(set.map((s) => s.popup)).toEqual(['popup.html?tabId=5', 'popup.html?tabId=5', 'popup.html?tabId=5']);
  });

  it('ignores frames, and senders that are no tab', async () => {
    const { set, popups } = tabPopups();
    await popups.postingShown(BIE.jobId, from(postingUrl(BIE.jobId), pageTitle(BIE.jobId), { frameId: 3 }));
    await popups.postingShown(BIE.jobId, { url: postingUrl(BIE.jobId), frameId: 0 });
    await popups.postingShown(BIE.jobId, { tab: { id: -1, url: postingUrl(BIE.jobId), title: pageTitle(BIE.jobId) }, frameId: 0 });
    await popups.listingShown(from(LISTING_URL, 'Job search', { frameId: 2 }));
    expect(set).toEqual([]);
  });

  it("names no posting once the tab shows a listing; a posting page's own list of jobs changes nothing", async () => {
    const { set, popups } = tabPopups();
    await popups.listingShown(from(LISTING_URL, 'Job search | Amazon.jobs'));
    await popups.listingShown(from(postingUrl(BIE.jobId), pageTitle(BIE.jobId)));
    expect(set).toEqual([{ tabId: 5, popup: 'popup.html?tabId=5' }]);
  });
});
