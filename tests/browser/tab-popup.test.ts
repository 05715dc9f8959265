// Each amazon.jobs tab's toolbar popup (entrypoints/background/tab-popups.ts), in the built extension:
// once a posting page's content script announces its posting, the tab's popup address names it
// (components/popup/popup-address.ts), and the popup opened there shows it at once, even while the
// tab's page cannot run a line of script; Chromium drops the address when the tab loads a new document;
// a same-document navigation gets the next posting's address; and an address naming a job the tab no
// longer shows gives way to what the tab shows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/fixture-site';
import { pausePage } from './extension-session';
import { LISTING_URL, launchExtension, postingUrl, type ExtensionHarness } from './harness';

// h1.title of the reconstructed fixture pages.
const BIE = { jobId: '3038134', title: 'Sr BIE position 3P Selection, EU 3P Selection' };
const DEFECTS = { jobId: '3049864', title: 'Senior Business Intelligence Engineer, EU Defects' };

let ext: ExtensionHarness;
let posting: Page;
let tabId: number;

beforeAll(async () => {
  ext = await launchExtension();
  posting = await ext.openPosting(BIE.jobId); // untracked: no copy in the background, no postingSeen
  tabId = await ext.tabIdOf(posting);
});

afterAll(async () => {
  await ext?.close();
});

/** The tab's toolbar popup, as a click on the button would open it (action.getPopup). */
function toolbarPopup(): Promise<string> {
  return ext.serviceWorker.evaluate(async (id) => {
    const api = (globalThis as unknown as { chrome: { action: { getPopup(d: { tabId: number }): Promise<string> } } }).chrome;
    return api.action.getPopup({ tabId: id });
  }, tabId);
}

/** The posting a popup address names: [job, title], or null. */
async function named(): Promise<[string, string] | null> {
  const query = new URL(await toolbarPopup()).searchParams;
  const job = query.get('job');
  return job === null ? null : [job, query.get('title') ?? ''];
}

async function openAt(address: string): Promise<Page> {
  const popup = await ext.context.newPage();
  await popup.goto(address);
  return popup;
}


describe("a posting tab's toolbar popup", () => {
  it('names the posting its content script announced, and shows its title and job ID while the page is paused', async () => {
    await expect.poll(named, { timeout: 10_000 }).toEqual([BIE.jobId, BIE.title]);
    const address = await toolbarPopup();
    expect(new URL(address).searchParams.get('tabId')).toBe(String(tabId));
    const resume = await pausePage(ext, posting);
    const popup = await openAt(address);
    try {
      await popup.getByText('Reading the rest of the posting…').waitFor({ timeout: 10_000 });
      expect(await popup.locator('h2#posting-title').textContent()).toBe(BIE.title);
      expect(await popup.locator('[data-field="jobId"]').textContent()).toBe(BIE.jobId);
    } finally {
      await resume();
    }
    await popup.locator('[data-field="company"]').waitFor({ timeout: 10_000 });
    await popup.close();
  });

  it('is dropped by the browser when the tab loads a new document, and set again on the next posting', async () => {
    const defaultPopup = `chrome-extension://${ext.extensionId}/popup.html`;
    await posting.goto('about:blank');
    expect(await toolbarPopup()).toBe(defaultPopup);
    await posting.goto(postingUrl(BIE.jobId), { waitUntil: 'load' });
    await expect.poll(named, { timeout: 10_000 }).toEqual([BIE.jobId, BIE.title]);
  });

  it('names the next posting after a client-side navigation', async () => {
    const nextHtml = readFileSync(join(ROOT, 'tests/fixtures/pages/reconstructed', `${DEFECTS.jobId}.html`), 'utf8');
    // Like the site's router: the URL changes first, the new job's DOM arrives a moment later.
    await posting.evaluate(
      async ({ url, html }) => {
        history.pushState({}, '', url);
        await new Promise((r) => setTimeout(r, 300));
        const next = new DOMParser().parseFromString(html, 'text/html');
        document.title = next.title;
        document.querySelector('#job-detail')!.replaceWith(document.importNode(next.querySelector('#job-detail')!, true));
      },
      { url: postingUrl(DEFECTS.jobId), html: nextHtml },
    );
    await expect.poll(named, { timeout: 10_000 }).toEqual([DEFECTS.jobId, DEFECTS.title]);
    const popup = await openAt(await toolbarPopup());
    await popup.locator('[data-field="company"]').waitFor({ timeout: 10_000 });
    expect(await popup.locator('h2#posting-title').textContent()).toBe(DEFECTS.title);
    await popup.close();
  });

  it('gives way to what the tab shows when its address names another job (the tab moved on before announcing)', async () => {
    // The tab shows DEFECTS; an address still naming BIE, as between a navigation and its announcement.
    const stale = `chrome-extension://${ext.extensionId}/popup.html?${new URLSearchParams({ tabId: String(tabId), job: BIE.jobId, title: BIE.title })}`;
    // The tab's page paused: not its answer, the popup's own check against the tab replaces the preview.
    const resume = await pausePage(ext, posting);
    const popup = await openAt(stale);
    try {
      await expect.poll(() => popup.locator('[data-field="jobId"]').textContent(), { timeout: 10_000 }).toBe(DEFECTS.jobId);
      expect(await popup.locator('h2#posting-title').textContent()).toBe(DEFECTS.title);
    } finally {
      await resume();
    }
    await popup.locator('[data-field="company"]').waitFor({ timeout: 10_000 });
    expect(await popup.locator('h2#posting-title').textContent()).toBe(DEFECTS.title);
    await popup.close();

    await posting.goto(LISTING_URL, { waitUntil: 'load' });
    await expect.poll(toolbarPopup, { timeout: 10_000 }).toBe(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
    const onListing = await openAt(stale);
    await onListing.locator('[data-field="cardCount"]').waitFor({ timeout: 10_000 });
    expect(await onListing.locator('h2#posting-title').count()).toBe(0);
    await onListing.close();
  });

  it('renders a title from its address as text', async () => {
    const title = '<img src=x onerror="document.title=1">Engineer';
    const popup = await openAt(`chrome-extension://${ext.extensionId}/popup.html?${new URLSearchParams({ tabId: String(tabId), job: BIE.jobId, title })}`);
    await popup.locator('[data-field="cardCount"]').waitFor({ timeout: 10_000 }); // the tab shows the listing
    expect(await popup.locator('img').count()).toBe(0);
    await popup.close();
  });

  it('caused no extension errors', () => {
    expect(ext.extensionProblems()).toEqual([]);
  });
});
