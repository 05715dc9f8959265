// Privacy: the extension itself makes no network request, ever. The built extension runs a whole
// session (extract a posting and a listing, rank, save, reminder check, every extension page, a
// service-worker restart) while every request is blocked and recorded; the requests that are the
// extension's must number zero.
//
// Attribution: a request from the service worker has no frame; one from an extension page has a
// chrome-extension:// frame; a content script's request carries the amazon.jobs page's frame, so it
// is told from the page's own requests by loading the same pages in a browser WITHOUT the extension
// (the baseline): whatever the page frames request beyond the baseline is the content script's.
// Two positive controls (a fetch from the worker and one from a page) prove the recording sees them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page, type Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, EXTENSION_DIR, LISTING_URL, fixtureFor } from '../../scripts/lib/chromium';
import { launchExtension, postingUrl, type ExtensionHarness } from './harness';
import { restartServiceWorker, sendFromPage } from './extension-session';

// LOOPREADY_EXTENSION_DIR: a build of one's own (scripts/lib/build-isolated.ts); default .output/chrome-mv3.
const EXT_DIR = process.env.LOOPREADY_EXTENSION_DIR ?? EXTENSION_DIR;
const JOB = '3038134';

/** What amazon.jobs pages request on their own, in a browser without the extension (same routing). */
async function baselineRequests(urls: string[]): Promise<Set<string>> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const context = await browser.newContext();
    const seen = new Set<string>();
    await context.route('**/*', async (route, request) => {
      const html = request.isNavigationRequest() ? fixtureFor(request.url()) : null;
      if (html !== null) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      seen.add(request.url());
      return route.abort('blockedbyclient');
    });
    for (const url of urls) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(1000);
    }
    return seen;
  } finally {
    await browser.close();
  }
}

/** One request as seen by the browser, with who made it. */
interface Seen {
  url: string;
  /** 'worker' (a service worker), 'extension-page' (a chrome-extension:// page) or the amazon.jobs page's URL. */
  by: string;
}

function whoMade(request: Request): string {
  const worker = request.serviceWorker();
  if (worker) return `worker ${worker.url()}`;
  try {
    const frame = request.frame();
    const top = frame.page().url();
    return top.startsWith('chrome-extension://') || frame.url().startsWith('chrome-extension://') ? `extension-page ${top}` : top;
  } catch {
    return 'unknown';
  }
}

/**
 * The web-accessible files, which a page loads through a per-session chrome-extension:// host
 * (`use_dynamic_url`), not the extension's ID: the content script's features module.
 */
function webAccessibleFiles(): Set<string> {
  const manifest = JSON.parse(readFileSync(join(EXT_DIR, 'manifest.json'), 'utf8')) as { web_accessible_resources?: Array<{ resources: string[] }> };
  return new Set((manifest.web_accessible_resources ?? []).flatMap((w) => w.resources).map((f) => `/${f}`));
}

/** The extension's requests: a worker's, an extension page's, or a page frame's beyond the baseline. Its own files don't count. */
function extensionRequests(seen: readonly Seen[], pageOwn: ReadonlySet<string>, served: readonly string[]): Seen[] {
  const accessible = webAccessibleFiles();
  return seen.filter((r) => {
    if (r.url.startsWith(`chrome-extension://${ext.extensionId}/`)) return false;
    if (r.url.startsWith('chrome-extension://') && accessible.has(new URL(r.url).pathname)) return false;
    if (r.by.startsWith('worker ') || r.by.startsWith('extension-page ') || r.by === 'unknown') return true;
    return !pageOwn.has(r.url) && !served.includes(r.url);
  });
}

let ext: ExtensionHarness;
let extensionPages: string[];
const seen: Seen[] = [];
let blockedAfterControls = 0;
let problemsAfterControls = 0;

beforeAll(async () => {
  ext = await launchExtension({ extensionDir: EXT_DIR });
  // Every request of the context, service workers' included (the harness sets Playwright's flag for them).
  ext.context.on('request', (request) => seen.push({ url: request.url(), by: whoMade(request) }));
  extensionPages = readdirSync(EXT_DIR).filter((f) => f.endsWith('.html')).sort();
}, 60_000);

afterAll(async () => {
  await ext?.close();
});

describe('a whole session with the built extension', () => {
  it('first, the recording sees a request from the service worker and from an extension page (controls)', async () => {
    const before = seen.length;
    await ext.serviceWorker.evaluate(() => fetch('https://control.example/worker').catch(() => undefined));
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await page.evaluate(() => fetch('https://control.example/page').catch(() => undefined));
    await page.waitForTimeout(300);
    const own = extensionRequests(seen.slice(before), new Set(), []);
    expect(own.map((r) => r.url).sort()).toEqual(['https://control.example/page', 'https://control.example/worker']);
    await page.close();
    seen.length = 0; // the controls are not the session
    blockedAfterControls = ext.requests.blocked.length;
    problemsAfterControls = ext.problems.length;
  }, 30_000);

  it('runs: posting and listing extracted, posting ranked, saved, reminders checked, every page opened, worker restarted', async () => {
    const posting: Page = await ext.openPosting(JOB);
    const { posting: extracted } = await ext.pageReport(posting);
    const listing = await ext.openListing();
    await listing.waitForTimeout(1500); // the listing watcher and badges run after idle

    const popup = await ext.openPopupFor(posting);
    const saved = (await sendFromPage(popup, 'saveApplication', { posting: extracted })) as { jobId: string };
    expect(saved.jobId).toBe(JOB);
    const check = (await sendFromPage(popup, 'runReminderCheck', null)) as { due: number };

    // Every extension page the build has, pointed at the saved job where it takes one (the plan ranks it).
    expect(extensionPages).toContain('popup.html');
    const tabId = await ext.tabIdOf(posting);
    for (const file of extensionPages) {
      const page = await ext.context.newPage();
      await page.goto(`chrome-extension://${ext.extensionId}/${file}?${file === 'popup.html' ? `tabId=${tabId}` : `jobId=${JOB}`}`, { waitUntil: 'load' });
      await page.waitForTimeout(800);
      await page.close();
    }

    // A worker restart runs the background's start-up code again, with the recording in place from the start.
    await restartServiceWorker(ext, popup);
    const again = (await sendFromPage(popup, 'runReminderCheck', null)) as { due: number };
    expect(again.due).toBe(check.due);
    await posting.reload({ waitUntil: 'load' });
    await listing.reload({ waitUntil: 'load' });
    await popup.waitForTimeout(1500);
  }, 120_000);

  it('made zero requests of its own', async () => {
    const pageOwn = await baselineRequests([postingUrl(JOB), LISTING_URL]);
    const own = extensionRequests(seen, pageOwn, ext.requests.served);
    expect(own).toEqual([]);
    // And the harness's record of blocked requests agrees: nothing from a worker or an extension page.
    expect(ext.requests.blocked.slice(blockedAfterControls).filter((r) => r.frameUrl.startsWith('chrome-extension://'))).toEqual([]);
    // The fixture pages themselves were served; nothing else left the browser.
    expect(ext.requests.served).toContain(postingUrl(JOB));
    expect(ext.extensionProblems().filter((p) => ext.problems.indexOf(p) >= problemsAfterControls)).toEqual([]);
  }, 60_000);

});

