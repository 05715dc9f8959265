// The popup's first answer from the background's copy of the tab's report (messaging/seen-page.ts),
// here for a tracked posting (whose page sends it to the background), and without it the posting's
// title and job ID from the tab's own title (components/popup/page-preview.ts), in the built extension: read from storage.session without the tab, so it comes while the tab's
// page cannot run a line of script (its main thread paused by the debugger, the content script's with
// it), and after a service-worker restart; and never once the tab shows another page.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seenPageKey } from '../../messaging/seen-page';
import { extensionPage, pausePage, restartServiceWorker, trackedAt } from './extension-session';
import { LISTING_URL, launchExtension, postingUrl, type ExtensionHarness } from './harness';

const JOB = '3038134';
// h1.title of tests/fixtures/pages/reconstructed/3038134.html.
const TITLE = 'Sr BIE position 3P Selection, EU 3P Selection';

let ext: ExtensionHarness;
let posting: Page;
let tabId: number;
/** An extension page, to read storage.session as the popup does. */
let reader: Page;

beforeAll(async () => {
  ext = await launchExtension();
  // The content script sends a posting to the background (postingSeen) when its page loads only for
  // a tracked job: tracked first, then opened.
  await trackedAt(ext, JOB);
  posting = await ext.openPosting(JOB);
  tabId = await ext.tabIdOf(posting);
  await ext.waitForMessages('postingSeen', 1);
  reader = await extensionPage(ext);
});

afterAll(async () => {
  await ext?.close();
});

/** The address the tab's copy is of, or null when there is none. */
function copiedUrl(tab: number): Promise<string | null> {
  return reader.evaluate(async (key) => {
    const api = (globalThis as unknown as { chrome: { storage: { session: { get(k: string): Promise<Record<string, { url?: string }>> } } } }).chrome;
    return (await api.storage.session.get(key))[key]?.url ?? null;
  }, seenPageKey(tab));
}


async function popupFor(tab: number): Promise<Page> {
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tab}`);
  return popup;
}

describe('the popup’s first answer on a posting', () => {
  it('without a copy, shows the title and job ID the tab is named by while its page is paused, the whole posting once it runs again', async () => {
    await expect.poll(() => copiedUrl(tabId)).toBe(postingUrl(JOB));
    const copy = await reader.evaluate((key) => {
      const api = (globalThis as unknown as { chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>>; remove(k: string): Promise<void> } } } }).chrome;
      return api.storage.session.get(key).then(async (all) => (await api.storage.session.remove(key), all));
    }, seenPageKey(tabId));
    const resume = await pausePage(ext, posting);
    const popup = await popupFor(tabId);
    try {
      await popup.getByText('Reading the rest of the posting…').waitFor({ timeout: 10_000 });
      expect(await popup.locator('h2#posting-title').textContent()).toBe(TITLE);
      expect(await popup.locator('[data-field="jobId"]').textContent()).toBe(JOB);
      await popup.waitForTimeout(500);
      expect(await popup.locator('[data-field="company"]').count()).toBe(0); // the rest waits for the tab
    } finally {
      await resume();
    }
    await popup.locator('[data-field="company"]').waitFor({ timeout: 10_000 });
    expect(await popup.locator('[data-field="company"]').textContent()).toBe('Amazon EU Sarl · Business Intelligence');
    expect(await popup.getByText('Reading the rest of the posting…').count()).toBe(0);
    await popup.close();
    // Put back as the background wrote it, for the next test.
    await reader.evaluate((all) => (globalThis as unknown as { chrome: { storage: { session: { set(i: unknown): Promise<void> } } } }).chrome.storage.session.set(all), copy);
  });

  it('shows the posting from the background’s copy while the tab’s page is paused, after a worker restart too', async () => {
    expect(await copiedUrl(tabId)).toBe(postingUrl(JOB));
    await restartServiceWorker(ext, reader); // storage.session outlives the worker
    const resume = await pausePage(ext, posting);
    try {
      const popup = await popupFor(tabId);
      await popup.locator('h2#posting-title').waitFor({ timeout: 10_000 });
      expect(await popup.locator('h2#posting-title').textContent()).toBe(TITLE);
      expect(await popup.locator('[data-field="jobId"]').textContent()).toBe(JOB);
      await popup.close();
    } finally {
      await resume();
    }
  });

  it('does not use the copy once the tab shows another page: the popup shows that page', async () => {
    await posting.goto(LISTING_URL, { waitUntil: 'load' });
    // The posting's copy is still kept (a search page sends none): only its address tells it is stale.
    expect(await copiedUrl(tabId)).toBe(postingUrl(JOB));
    const popup = await popupFor(tabId);
    await popup.locator('[data-field="cardCount"]').waitFor({ timeout: 10_000 });
    expect(await popup.locator('[data-field="cardCount"]').textContent()).toBe('10 job cards on this page.');
    expect(await popup.locator('h2#posting-title').count()).toBe(0);
    await popup.close();
  });

  it('caused no extension errors', () => {
    expect(ext.extensionProblems()).toEqual([]);
  });
});
