// The built Firefox extension (.output/firefox-mv2) in Debian's firefox-esr, on amazon.jobs pages
// served from the real fixtures: its MV2 background page at moz-extension://<uuid>/, the content
// script extracting a posting and badging a listing, the in-page save control, the record in the
// store, the popup and the tracker as tabs, and no request of the extension's own: none reaching the
// network (a recording proxy sees every request interception did not stop), and none added to what the
// pages ask for on their own (a second Firefox without the extension is the baseline).
// One Firefox for the file: the tests run in order, each building on what the one before saved.
// Expected values are read from the fixtures: tests/fixtures/pages/reconstructed/3038134.html (h1.title,
// p.meta "Job ID: 3038134 | Amazon EU Sarl", category "Business Intelligence", nine basic and one
// preferred qualification) and the search results fragment (ten cards; the second is 3045433).
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pagePreview } from '../../components/popup/page-preview';
import { seenPageKey } from '../../messaging/seen-page';
import { postingUrl } from '../../scripts/lib/fixture-site';
import { EXTENSION_UUID, launchFirefoxWithExtension, type FirefoxExtension } from '../../scripts/lib/firefox';
import { launchFirefox, textOf, waitUntil, type FirefoxHarness } from './harness';

const BIE = {
  jobId: '3038134',
  title: 'Sr BIE position 3P Selection, EU 3P Selection',
  companyAndCategory: 'Amazon EU Sarl · Business Intelligence',
  basic: 9,
  preferred: 1,
};
const RISK = { jobId: '3045433', title: 'Risk Manager, Extended Producer Responsibility (EPR)' };
/** Hosts only the positive controls below ask for: never the extension. */
const CONTROL_HOST = 'privacy-control.test';

let ext: FirefoxHarness;
/** The same Firefox without the extension: what amazon.jobs pages request on their own. */
let baseline: FirefoxExtension;
let posting: Page;

beforeAll(async () => {
  [ext, baseline] = await Promise.all([launchFirefox(), launchFirefoxWithExtension({ withExtension: false })]);
}, 180_000);

afterAll(async () => {
  await Promise.all([ext?.close(), baseline?.close()]);
});

const control = (kind: 'save' | 'badge', jobId: string) => `[data-loopready="${kind}"][data-job-id="${jobId}"]`;
/** What our in-page control shows (its text lives in an open shadow root). */
const shown = (page: Page, kind: 'save' | 'badge', jobId: string) => textOf(page, `${control(kind, jobId)} >>> .b`);
const poll = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 10_000, interval: 100 });

describe('Firefox-specific plumbing', () => {
  it('runs the MV2 background page and the extension pages at moz-extension://<the uuid set by pref>/', async () => {
    const facts = await ext.control.evaluate(async () => {
      const api = (globalThis as unknown as { browser: { runtime: { getManifest(): { manifest_version: number }; getURL(p: string): string; getBackgroundPage(): Promise<Window> } } }).browser.runtime;
      const background = await api.getBackgroundPage();
      return { manifestVersion: api.getManifest().manifest_version, popupUrl: api.getURL('/popup.html'), background: background.location.href, origin: location.origin };
    });
    expect(facts).toEqual({
      manifestVersion: 2,
      popupUrl: `moz-extension://${EXTENSION_UUID}/popup.html`,
      background: `moz-extension://${EXTENSION_UUID}/_generated_background_page.html`,
      origin: `moz-extension://${EXTENSION_UUID}`,
    });
  });

  it('first, the recording sees a request from the background page, an extension page and a web page (controls)', async () => {
    await ext.control.evaluate(async (host) => {
      const api = (globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Window> } } }).browser.runtime;
      const background = await api.getBackgroundPage();
      await background.fetch(`https://${host}/from-background`).catch(() => undefined);
      await fetch(`https://${host}/from-extension-page`).catch(() => undefined);
    }, CONTROL_HOST);
    // Both left through the proxy: an HTTPS request shows there as CONNECT host:port.
    await waitUntil('both controls reached the proxy', async () => ext.network.filter((l) => l === `CONNECT ${CONTROL_HOST}:443`).length === 2);
    const page = await ext.openPosting(BIE.jobId);
    await page.evaluate((host) => fetch(`https://${host}/from-page`).catch(() => undefined), CONTROL_HOST);
    expect(ext.aborted.map((r) => r.url)).toContain(`https://${CONTROL_HOST}/from-page`);
    await page.close();
  });
});

describe('on a posting', () => {
  beforeAll(async () => {
    posting = await ext.openPosting(BIE.jobId);
  });

  it('the content script extracts it when asked, and sends an untracked posting nowhere', async () => {
    const last = (await ext.pageReport(posting)).posting as Record<string, unknown>;
    expect(last.jobId).toBe(BIE.jobId);
    expect(last.title).toBe(BIE.title);
    expect(last.url).toBe(postingUrl(BIE.jobId));
    expect(last.company).toBe('Amazon EU Sarl');
    expect(last.category).toBe('Business Intelligence');
    expect(last.basicQualifications).toHaveLength(BIE.basic);
    expect(last.preferredQualifications).toHaveLength(BIE.preferred);
    // The background only refreshes tracked postings: an untracked one is not sent to it.
    expect(await ext.messages('postingSeen')).toEqual([]);
  });

  it('puts the save control beside the title and saves from it', async () => {
    const save = `${control('save', BIE.jobId)} >>> button[aria-label="Save “${BIE.title}” to LoopReady"]`;
    await posting.waitForSelector(save, { timeout: 10_000 });
    await posting.click(save);
    await poll(() => shown(posting, 'save', BIE.jobId)).toBe('LoopReady: Saved');
    // The title itself is untouched: the control lives in its own shadow root.
    expect(await posting.evaluate(() => document.querySelector('h1')!.textContent!.trim())).toBe(BIE.title);
  });

  it('stored the application with the posting it extracted', async () => {
    const stored = await ext.storedApplications();
    const app = stored.find((a) => a.jobId === BIE.jobId);
    expect(app).toBeDefined();
    expect(app!.status).toBe('saved');
    const snapshot = app!.posting as { title: string; basicQualifications: string[]; url: string };
    expect(snapshot.title).toBe(BIE.title);
    expect(snapshot.basicQualifications).toHaveLength(BIE.basic);
    expect(snapshot.url).toBe(postingUrl(BIE.jobId));
  });

  it('the popup (moz-extension://…/popup.html) shows the posting and its stage', async () => {
    // Firefox too gives what the popup's first answer from the background's copy needs
    // (messaging/seen-page.ts): the copy in storage.session, and an address for the amazon.jobs tab
    // that is the copy's, from the host access the manifest states. Saved above, the posting is
    // sent to the background when its page loads (again, here).
    await posting.reload();
    await ext.waitForMessages('postingSeen', 1);
    const tabId = await ext.tabIdOf(posting);
    const [copy, tab] = await ext.control.evaluate(async (id, key) => {
      const api = (globalThis as unknown as { browser: { storage: { session: { get(k: string): Promise<Record<string, { url?: string; report?: { posting?: { title?: string } } }>> } }; tabs: { get(id: number): Promise<{ url?: string; title?: string; status?: string }> } } }).browser;
      return [(await api.storage.session.get(key))[key], await api.tabs.get(id)] as const;
    }, tabId, seenPageKey(tabId));
    expect(tab).toMatchObject({ url: postingUrl(BIE.jobId), status: 'complete' });
    // And the title the popup's preview reads without a copy (components/popup/page-preview.ts).
    expect(pagePreview(tab)).toEqual({ jobId: BIE.jobId, title: BIE.title });
    expect(copy?.url).toBe(tab.url);
    expect(copy?.report?.posting?.title).toBe(BIE.title);
    // The tab's toolbar popup (browserAction in MV2) names the posting, set when the page announced it
    // (entrypoints/background/tab-popups.ts); opened there, the popup shows it as from ?tabId=.
    const toolbarPopup = () =>
      ext.control.evaluate(async (id) => {
        const api = (globalThis as unknown as { browser: { browserAction: { getPopup(d: { tabId: number }): Promise<string> } } }).browser;
        return api.browserAction.getPopup({ tabId: id });
      }, tabId);
    await waitUntil('the tab’s toolbar popup names the posting', async () => new URL(await toolbarPopup()).searchParams.get('job') === BIE.jobId);
    const address = new URL(await toolbarPopup());
    expect(address.pathname).toBe('/popup.html');
    expect(address.searchParams.get('title')).toBe(BIE.title);
    const popup = await ext.openExtensionPage(`popup.html${address.search}`);
    await popup.waitForSelector('[data-field="company"]');
    expect(await textOf(popup, 'h2#posting-title')).toBe(BIE.title);
    expect(await textOf(popup, '[data-field="jobId"]')).toBe(BIE.jobId);
    expect(await textOf(popup, '[data-field="company"]')).toBe(BIE.companyAndCategory);
    expect(await textOf(popup, '[data-field="basicQualifications"]')).toBe(String(BIE.basic));
    expect(await textOf(popup, '[data-field="preferredQualifications"]')).toBe(String(BIE.preferred));
    // Saved above: the popup knows, through the background page.
    expect(await popup.evaluate(() => document.body.textContent)).toContain('Saved');
    await popup.close();
  });
});

describe('on a listing', () => {
  it('badges every card: the saved job shows its stage, another card saves from the list', async () => {
    const page = await ext.openListing();
    await poll(() => shown(page, 'badge', BIE.jobId)).toBe('LoopReady: Saved');
    expect(await page.$$eval('[data-loopready="badge"]', (els) => els.length)).toBe(10);
    await page.click(`${control('badge', RISK.jobId)} >>> button[aria-label="Save “${RISK.title}” to LoopReady"]`);
    await poll(() => shown(page, 'badge', RISK.jobId)).toBe('LoopReady: Saved');
    await poll(async () => (await ext.storedApplications()).map((a) => a.jobId).sort()).toEqual([BIE.jobId, RISK.jobId].sort());
    await page.close();
  });
});

describe('the tracker page (moz-extension://…/tracker.html)', () => {
  it('lists both saved applications with their stage', async () => {
    const tracker = await ext.openExtensionPage('tracker.html');
    const row = (jobId: string) => `tr[data-job-id="${jobId}"]`;
    await poll(() => tracker.$$eval('tr[data-job-id]', (rows) => rows.map((r) => r.getAttribute('data-job-id')).sort())).toEqual(
      [BIE.jobId, RISK.jobId].sort(),
    );
    expect(await textOf(tracker, `${row(BIE.jobId)} .status`)).toBe('Saved');
    expect(await textOf(tracker, `${row(RISK.jobId)} .status`)).toBe('Saved');
    expect(await textOf(tracker, row(BIE.jobId))).toContain(BIE.title);
    await tracker.close();
  });
});

describe('privacy and errors', () => {
  it('made zero requests of its own: nothing but the controls reached the network', () => {
    // Background page, extension pages and Firefox itself: all of it passes the recording proxy.
    expect(ext.network.filter((line) => !line.includes(CONTROL_HOST))).toEqual([]);
  });

  it('added no request to what amazon.jobs pages ask for on their own (the content script’s would show here)', async () => {
    // The page's own requests: the same pages in the same Firefox without the extension.
    for (const url of new Set(ext.served)) {
      const page = await baseline.newPage();
      await page.goto(url, { waitUntil: 'load' });
      await new Promise((r) => setTimeout(r, 1000));
      await page.close();
    }
    const pageOwn = new Set(baseline.aborted.map((r) => r.url));
    expect(pageOwn.size).toBeGreaterThan(0); // the fixtures do ask for scripts and styles: the baseline saw them
    expect(ext.aborted.filter((r) => !r.url.includes(CONTROL_HOST) && !pageOwn.has(r.url))).toEqual([]);
    expect(baseline.network).toEqual([]);
  });

  it('logged no errors in extension pages or from the content script', () => {
    expect(ext.extensionProblems()).toEqual([]);
  });
});
