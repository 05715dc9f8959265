// Chromium with the built extension loaded, amazon.jobs served from fixtures (scripts/lib/fixture-site.ts,
// shared with the Firefox tests), and every other request blocked and recorded. Shared by the browser
// tests (tests/browser/harness.ts) and `npm run demo`, so both exercise exactly the same setup.
// Nothing here reaches the network.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, requireBrowser } from './find-browser';
import { ROOT, fixtureFor, postingUrl } from './fixture-site';
import { chromium, type BrowserContext, type Page, type Request, type Route, type Worker } from 'playwright-core';

// The fixture site, re-exported for the scripts and tests that import it from here.
export { LISTING_URL, ROOT, fixtureFor, postingUrl, searchPageRendered, searchResultsFragment, searchShell } from './fixture-site';

export const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');
/** The Chromium (or Chrome) to launch: CHROMIUM_PATH, else the usual places (scripts/lib/find-browser.ts). */
export const chromiumPath = (): string => requireBrowser(CHROMIUM).path;

/** A request the browser tried to make that was not a served fixture: aborted, never sent. */
export interface BlockedRequest {
  url: string;
  resourceType: string;
  /** URL of the frame that made it ('' when there is none: a worker, or a frame already gone). */
  frameUrl: string;
  /** Made by a service worker (for an amazon.jobs fixture page, that can only be the extension's). */
  fromServiceWorker: boolean;
}

/** A console error or uncaught exception seen in any page of the context (popup included). */
export interface PageProblem {
  kind: 'console-error' | 'page-error';
  text: string;
  pageUrl: string;
  /** Script URL (console) or stack (exception): tells page scripts from extension scripts. */
  source: string;
}

export interface LoadedExtension {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Fixture pages that were served (URLs). */
  served: string[];
  /** Every other request: aborted and recorded here. */
  blocked: BlockedRequest[];
  problems: PageProblem[];
  /** Close the browser and delete its profile directory. Safe to call twice. */
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  extensionDir?: string;
}

/** Launch Chromium with the built extension, serve amazon.jobs fixtures, block everything else. */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<LoadedExtension> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`no built extension at ${extensionDir}: run \`npx wxt build\` first`);
  }
  const executablePath = chromiumPath();
  // Lets context.route see the extension service worker's own requests too (the privacy check
  // needs them); without it Playwright only routes page requests.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

  const profileDir = mkdtempSync(join(tmpdir(), 'loopready-chromium-'));
  // Safety net for a script that dies before close(): the profile is deleted when Node exits.
  const removeProfile = () => rmSync(profileDir, { recursive: true, force: true });
  process.once('exit', removeProfile);
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath,
      headless: options.headless ?? true,
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        '--no-sandbox', // CI runs as root, where Chromium's sandbox refuses to start
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  } catch (err) {
    removeProfile();
    process.off('exit', removeProfile);
    throw err;
  }

  const served: string[] = [];
  const blocked: BlockedRequest[] = [];
  const problems: PageProblem[] = [];

  await context.route('**/*', async (route: Route, request: Request) => {
    const url = request.url();
    if (url.startsWith('chrome-extension://')) return route.continue();
    const html = request.method() === 'GET' && request.isNavigationRequest() ? fixtureFor(url) : null;
    if (html !== null) {
      served.push(url);
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    }
    blocked.push({ url, resourceType: request.resourceType(), frameUrl: frameUrlOf(request), fromServiceWorker: request.serviceWorker() !== null });
    return route.abort('blockedbyclient');
  });

  const watch = (page: Page) => {
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      problems.push({ kind: 'console-error', text: msg.text(), pageUrl: page.url(), source: msg.location().url });
    });
    page.on('pageerror', (err) => {
      problems.push({ kind: 'page-error', text: err.message, pageUrl: page.url(), source: err.stack ?? '' });
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);

  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    try {
      await context.close();
    } finally {
      removeProfile();
      process.off('exit', removeProfile);
    }
  };

  try {
    const serviceWorker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(serviceWorker.url()).host;
    return { context, extensionId, serviceWorker, served, blocked, problems, close };
  } catch (err) {
    await close();
    throw err;
  }
}

function frameUrlOf(request: Request): string {
  try {
    return request.frame().url();
  } catch {
    return ''; // service-worker requests and detached frames have none
  }
}

/**
 * The extension's tab id for a page. The extension has no "tabs" permission, so tab URLs are
 * hidden from it; instead the page is brought to the front and the one active tab is read.
 */
export async function tabIdOf(serviceWorker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  const ids = await serviceWorker.evaluate(async () => {
    // Runs inside the service worker, where `chrome` is the extension API.
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } } }).chrome;
    return (await api.tabs.query({ active: true })).map((t) => t.id ?? -1);
  });
  if (ids.length !== 1 || ids[0] === undefined || ids[0] < 0) {
    throw new Error(`expected exactly one active tab for ${page.url()}, found ${JSON.stringify(ids)}`);
  }
  return ids[0];
}

/** Open the popup as a page, pointed at the tab showing `target` (a real toolbar click is impossible headless). */
export async function openPopupFor(ext: LoadedExtension, target: Page): Promise<Page> {
  const tabId = await tabIdOf(ext.serviceWorker, target);
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

/** Open a posting fixture by job ID or full amazon.jobs URL and wait for it to load. */
export async function openPosting(ext: LoadedExtension, jobIdOrUrl: string): Promise<Page> {
  const url = /^\d+$/.test(jobIdOrUrl) ? postingUrl(jobIdOrUrl) : jobIdOrUrl;
  const page = await ext.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** A message the extension sent at runtime (content script -> background), as the background received it. */
export interface RecordedMessage {
  type: string;
  data: unknown;
  senderTabId: number | null;
}

/**
 * Add a listener in the service worker that records every runtime message (it never answers, so
 * the real handlers still reply). @webext-core/messaging sends `{id, type, data, timestamp}`.
 */
export async function recordRuntimeMessages(serviceWorker: Worker): Promise<void> {
  await serviceWorker.evaluate(() => {
    type Msg = { type?: unknown; data?: unknown };
    const g = globalThis as unknown as {
      __loopreadyMessages?: RecordedMessage[];
      chrome: { runtime: { onMessage: { addListener(cb: (m: Msg, s: { tab?: { id?: number } }) => undefined): void } } };
    };
    if (g.__loopreadyMessages) return;
    g.__loopreadyMessages = [];
    g.chrome.runtime.onMessage.addListener((message, sender) => {
      if (message && typeof message.type === 'string') {
        g.__loopreadyMessages!.push({ type: message.type, data: message.data, senderTabId: sender.tab?.id ?? null });
      }
      return undefined;
    });
  });
}

export async function readRuntimeMessages(serviceWorker: Worker): Promise<RecordedMessage[]> {
  return serviceWorker.evaluate(() => (globalThis as unknown as { __loopreadyMessages?: RecordedMessage[] }).__loopreadyMessages ?? []);
}

/**
 * What the content script reports for a page, asked as the popup asks (the `getPagePosting` tab
 * message, in @webext-core/messaging's wire format), from the service worker. The content script
 * extracts a posting when asked; it sends one to the background by itself only for a tracked job.
 * Retries while the page's content script is not listening yet.
 */
export async function pageReportOf(ext: LoadedExtension, page: Page, timeoutMs = 10_000): Promise<{ posting: unknown; listing: unknown }> {
  const tabId = await tabIdOf(ext.serviceWorker, page);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const reply = await ext.serviceWorker.evaluate(async (id) => {
      const api = (globalThis as unknown as { chrome: { tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> } } }).chrome;
      try {
        return (await api.tabs.sendMessage(id, { id: Date.now(), type: 'getPagePosting', data: null, timestamp: Date.now() })) as {
          res?: { posting: unknown; listing: unknown };
          err?: { message: string };
        };
      } catch (err) {
        return { err: { message: String(err) } };
      }
    }, tabId);
    if (reply?.res) return reply.res;
    if (Date.now() > deadline) throw new Error(`no page report for ${page.url()}: ${reply?.err?.message ?? 'no answer'}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
