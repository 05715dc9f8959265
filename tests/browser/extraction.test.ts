// The built extension in Chromium on amazon.jobs pages served from fixtures: the content script
// extracts (on load, after client-side navigation, on a listing), the popup shows the result, the
// page sees no errors and the extension sends no requests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seenPageKey } from '../../messaging/seen-page';
import { ROOT } from '../../scripts/lib/chromium';
import { axeViolations } from './axe';
import { launchExtension, postingUrl, searchResultsFragment, type ExtensionHarness } from './harness';

// Expected values read from tests/fixtures/pages/reconstructed/3038134.html: h1.title, p.meta
// "Job ID: 3038134 | Amazon EU Sarl", category link "Business Intelligence", nine "- " bullets under
// BASIC QUALIFICATIONS and one under PREFERRED QUALIFICATIONS (the rest there is equal-opportunity text).
const BIE = {
  jobId: '3038134',
  title: 'Sr BIE position 3P Selection, EU 3P Selection',
  companyAndCategory: 'Amazon EU Sarl · Business Intelligence',
  basic: '9',
  preferred: '1',
};
// tests/fixtures/pages/reconstructed/3049864.html: h1.title and p.meta "Job ID: 3049864 | Amazon".
const DEFECTS = { jobId: '3049864', title: 'Senior Business Intelligence Engineer, EU Defects' };

interface SeenPosting {
  posting: { jobId: string | null; title: string | null; url: string };
}

let ext: ExtensionHarness;

beforeAll(async () => {
  ext = await launchExtension();
});

afterAll(async () => {
  await ext?.close();
});

const text = (page: Page, selector: string) => page.locator(selector).first().textContent();

async function seenPostings(): Promise<SeenPosting['posting'][]> {
  return (await ext.messages('postingSeen')).map((m) => (m.data as SeenPosting).posting);
}

describe('on a posting page', () => {
  let page: Page;

  beforeAll(async () => {
    page = await ext.openPosting(BIE.jobId);
  });

  it('asks whether the job is tracked, extracts the posting when asked, and sends an untracked one nowhere', async () => {
    await page.locator('[data-loopready="save"] button').waitFor(); // the answer came: not tracked
    const report = (await ext.pageReport(page)).posting as SeenPosting['posting'];
    expect(report.jobId).toBe(BIE.jobId);
    expect(report.title).toBe(BIE.title);
    expect(report.url).toBe(postingUrl(BIE.jobId));
    // The background only refreshes tracked postings: give a re-render the chance to send one anyway.
    await page.waitForTimeout(800);
    expect(await ext.messages('postingSeen')).toEqual([]);
  });

  it('shows the extracted posting in the popup', async () => {
    const popup = await ext.openPopupFor(page);
    expect(await text(popup, 'h2#posting-title')).toBe(BIE.title);
    expect(await text(popup, '[data-field="jobId"]')).toBe(BIE.jobId);
    expect(await text(popup, '[data-field="company"]')).toBe(BIE.companyAndCategory);
    expect(await text(popup, '[data-field="basicQualifications"]')).toBe(BIE.basic);
    expect(await text(popup, '[data-field="preferredQualifications"]')).toBe(BIE.preferred);
    // An open posting: no closed notice.
    expect(await popup.locator('.notice').count()).toBe(0);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(popup)).toEqual([]); // contrast holds in the dark theme too
    await popup.close();
  });

  it('reports the next posting after a client-side navigation, not the stale DOM', async () => {
    // The next job is tracked (saved from its own page's control), so the content script reports it.
    const other = await ext.openPosting(DEFECTS.jobId);
    await other.locator('[data-loopready="save"] button').click();
    await other.locator('[data-loopready="save"] [data-status="saved"]').waitFor();
    await other.close();
    const nextUrl = postingUrl(DEFECTS.jobId);
    const nextHtml = readFileSync(join(ROOT, 'tests/fixtures/pages/reconstructed', `${DEFECTS.jobId}.html`), 'utf8');
    // Like the site's router: the URL changes first, the new job's DOM arrives a moment later.
    await page.evaluate(
      async ({ url, html }) => {
        history.pushState({}, '', url);
        await new Promise((r) => setTimeout(r, 600));
        const next = new DOMParser().parseFromString(html, 'text/html');
        document.title = next.title;
        document.querySelector('#job-detail')!.replaceWith(document.importNode(next.querySelector('#job-detail')!, true));
      },
      { url: nextUrl, html: nextHtml },
    );
    await ext.waitForMessages('postingSeen', 1);
    await page.locator('[data-loopready="save"] [data-status="saved"]').waitFor();
    const seen = await seenPostings();
    const next = seen.filter((p) => p.url === nextUrl);
    expect(next).toHaveLength(1);
    expect(next[0]!.jobId).toBe(DEFECTS.jobId);
    expect(next[0]!.title).toBe(DEFECTS.title);

    const popup = await ext.openPopupFor(page);
    expect(await text(popup, 'h2#posting-title')).toBe(DEFECTS.title);
    expect(await text(popup, '[data-field="jobId"]')).toBe(DEFECTS.jobId);
    // The background kept the next posting's copy for the popup (seen-pages.ts), under the tab's new address.
    const copied = await popup.evaluate(async (key) => {
      const api = (globalThis as unknown as { chrome: { storage: { session: { get(k: string): Promise<Record<string, { url?: string }>> } } } }).chrome;
      return (await api.storage.session.get(key))[key]?.url ?? null;
    }, seenPageKey(await ext.tabIdOf(page)));
    expect(copied).toBe(nextUrl);
    await popup.close();
  });

  it('caused no console errors or exceptions and sent no requests', () => {
    expect(ext.problems).toEqual([]);
    expect(ext.requests.blocked).toEqual([]);
    expect(ext.requests.served).toEqual([postingUrl(BIE.jobId), postingUrl(DEFECTS.jobId)]);
  });
});

describe('on a search page', () => {
  const shell = readFileSync(join(ROOT, 'tests/fixtures/pages/real/amazon-jobs-search-full-page_lorraine-dev_2025-08.html'), 'utf8');

  it('counts the job cards of a rendered listing', async () => {
    const page = await ext.openListing();
    const popup = await ext.openPopupFor(page);
    expect(await text(popup, '[data-field="cardCount"]')).toBe('10 job cards on this page.');
    await popup.close();
    await page.close();
  });

  it('follows results drawn after load', async () => {
    const page = await ext.openListing({ renderLate: true });
    const before = await ext.openPopupFor(page);
    expect(await text(before, '[data-field="cardCount"]')).toBe('No job cards on this page yet.');
    await before.close();
    await page.evaluate((html) => {
      // The site's React draws the results into this mount point from search.json.
      const mount = document.querySelector('[data-react-class="SearchContent"]')!;
      mount.append(document.createRange().createContextualFragment(html));
    }, searchResultsFragment());
    await page.waitForTimeout(1000); // past the listing watcher's debounce
    const after = await ext.openPopupFor(page);
    expect(await text(after, '[data-field="cardCount"]')).toBe('10 job cards on this page.');
    await after.close();
    await page.close();
  });

  it('left the page alone: every blocked request is one the page markup asks for, no extension errors', () => {
    expect(ext.extensionProblems()).toEqual([]);
    // The shell's own scripts and styles are blocked too; the extension's would be fetches/XHRs,
    // requests from its service worker (no frame), or hosts the page never names.
    const notFromMarkup = ext.requests.blocked.filter((r) => !shell.includes(new URL(r.url).hostname));
    expect(notFromMarkup).toEqual([]);
    expect(ext.requests.blocked.filter((r) => ['fetch', 'xhr', 'websocket', 'eventsource', 'ping'].includes(r.resourceType))).toEqual([]);
    expect(ext.requests.blocked.filter((r) => r.fromServiceWorker)).toEqual([]);
  });
});
