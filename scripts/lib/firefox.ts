// Firefox (Debian's firefox-esr) with the built Firefox extension (.output/firefox-mv2: MV2 background
// page, moz-extension:// pages, the webextension polyfill) driven by puppeteer-core over WebDriver
// BiDi. amazon.jobs is served from the same fixtures as in Chromium (scripts/lib/fixture-site.ts);
// every other page request is aborted and recorded. Used by the `firefox` test project (tests/firefox/).
//
// Two Firefox facts shape this file:
// - BiDi refuses to navigate a tab to moz-extension:// unless the client has system access
//   (--remote-allow-system-access), and even then puppeteer is not told when that navigation ends:
//   openExtensionPage() starts it and waits for the document itself.
// - Puppeteer intercepts requests per page, and the background page is no page of its. So every
//   request that gets past interception (the background page's, an extension page's, Firefox's own)
//   is sent through a proxy of ours that records it and answers 403: `network` lists them, and the
//   extension's share of it must be none.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { FIREFOX, requireBrowser } from './find-browser';
import { LISTING_URL, ROOT, fixtureFor, postingUrl } from './fixture-site';

export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output', 'firefox-mv2');
/** browser_specific_settings.gecko.id in wxt.config.ts. */
export const GECKO_ID = 'loopready@loopready.dev';
/** The extension's moz-extension:// host, fixed through the extensions.webextensions.uuids pref. */
export const EXTENSION_UUID = '5d1f3a8e-7c2b-4e61-9a0d-10c0ffee0001';

/** A page request that was not a served fixture: aborted, never sent. */
export interface AbortedRequest {
  url: string;
  /** The fixture document the tab had been served last when it asked (about:blank before any). */
  pageUrl: string;
}

/** A console error or uncaught exception in a page (extension pages included). */
export interface FirefoxProblem {
  kind: 'console-error' | 'page-error';
  text: string;
  pageUrl: string;
}

export interface FirefoxExtension {
  browser: Browser;
  /** moz-extension://<uuid> */
  base: string;
  /** Fixture pages served (URLs). */
  served: string[];
  /** Page requests aborted by interception. */
  aborted: AbortedRequest[];
  /** Requests that reached the network layer (the recording proxy): `CONNECT host:port` or `GET http://…`. */
  network: string[];
  problems: FirefoxProblem[];
  /** A new tab whose requests are intercepted: fixtures served, the rest aborted and recorded. */
  newPage(): Promise<Page>;
  openPosting(jobIdOrUrl: string): Promise<Page>;
  openListing(options?: { renderLate?: boolean }): Promise<Page>;
  /** A new tab on moz-extension://<uuid>/<path>, once its document has loaded. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  /** false: the same browser without the extension (the baseline of what pages request on their own). */
  withExtension?: boolean;
  extensionDir?: string;
}

export async function launchFirefoxWithExtension(options: FirefoxLaunchOptions = {}): Promise<FirefoxExtension> {
  const withExtension = options.withExtension ?? true;
  const extensionDir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  const executablePath = requireBrowser(FIREFOX).path;
  const proxy = await recordingProxy();
  const profileDir = mkdtempSync(join(tmpdir(), 'loopready-firefox-'));
  const cleanUp = () => rmSync(profileDir, { recursive: true, force: true });
  process.once('exit', cleanUp);

  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      userDataDir: profileDir,
      args: ['--remote-allow-system-access'],
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
        // Everything not intercepted goes to the recording proxy, localhost included.
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        'network.dns.disablePrefetch': true,
        'network.prefetch-next': false,
        // Firefox's own background traffic, off, so what the proxy sees is what pages and add-ons asked for.
        'network.connectivity-service.enabled': false,
        'network.captive-portal-service.enabled': false,
        'browser.safebrowsing.update.enabled': false,
        'extensions.getAddons.cache.enabled': false,
        'extensions.systemAddon.update.enabled': false,
        // Remote settings: release builds ignore this pref unless MOZ_REMOTE_SETTINGS_DEVTOOLS=1 (below).
        'services.settings.server': 'data:,#remote-settings-dummy/v1',
      },
    });
  } catch (err) {
    proxy.server.close();
    cleanUp();
    throw err;
  }

  const served: string[] = [];
  const aborted: AbortedRequest[] = [];
  const problems: FirefoxProblem[] = [];

  // One router per tab. page.url() still says about:blank while a new document's subresources load,
  // so the tab remembers the last document it was served.
  const route = () => {
    let documentUrl = 'about:blank';
    return async (request: HTTPRequest) => {
      const url = request.url();
      if (url.startsWith('moz-extension://')) return request.continue();
      const html = request.method() === 'GET' && request.isNavigationRequest() ? fixtureFor(url) : null;
      if (html !== null) {
        served.push(url);
        documentUrl = url;
        return request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      }
      aborted.push({ url, pageUrl: documentUrl }); // (resourceType() is CDP-only in puppeteer)
      return request.abort('blockedbyclient');
    };
  };

  const watch = (page: Page) => {
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push({ kind: 'console-error', text: msg.text(), pageUrl: page.url() });
    });
    page.on('pageerror', (err) => {
      problems.push({ kind: 'page-error', text: err instanceof Error ? err.message : String(err), pageUrl: page.url() });
    });
  };

  const newPage = async (): Promise<Page> => {
    const page = await browser.newPage();
    watch(page);
    await page.setRequestInterception(true);
    page.on('request', route());
    return page;
  };

  const base = `moz-extension://${EXTENSION_UUID}`;
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    try {
      await browser.close();
    } finally {
      proxy.server.close();
      cleanUp();
      process.off('exit', cleanUp);
    }
  };

  try {
    if (withExtension) {
      const id = await browser.installExtension(extensionDir);
      if (id !== GECKO_ID) throw new Error(`installed extension id ${id}, expected ${GECKO_ID}`);
    }
  } catch (err) {
    await close();
    throw err;
  }

  return {
    browser,
    base,
    served,
    aborted,
    network: proxy.seen,
    problems,
    newPage,
    async openPosting(jobIdOrUrl) {
      const page = await newPage();
      await page.goto(/^\d+$/.test(jobIdOrUrl) ? postingUrl(jobIdOrUrl) : jobIdOrUrl, { waitUntil: 'load' });
      return page;
    },
    async openListing({ renderLate = false } = {}) {
      const page = await newPage();
      await page.goto(renderLate ? `${LISTING_URL}&render=late` : LISTING_URL, { waitUntil: 'load' });
      return page;
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      watch(page);
      const url = `${base}/${path.replace(/^\//, '')}`;
      // Puppeteer never sees this navigation end (see the top of the file): no timeout, not awaited.
      page.goto(url, { timeout: 0 }).catch(() => undefined);
      await waitUntil(`${url} loaded`, async () => {
        const state = await page
          .evaluate(() => [location.href, document.readyState] as const)
          .catch(() => ['', ''] as const); // mid-navigation: the old document is gone
        return state[0] === url && state[1] === 'complete';
      });
      return page;
    },
    close,
  };
}

/** Polls `test` every 100 ms until it is true; throws `timed out waiting until <what>` after `timeoutMs`. */
export async function waitUntil(what: string, test: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await test())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** An HTTP proxy that records the first line of every request (CONNECT host:port, GET url…) and refuses it. */
async function recordingProxy(): Promise<{ server: Server; port: number; seen: string[] }> {
  const seen: string[] = [];
  const server = createServer((socket) => {
    socket.once('data', (chunk) => {
      const line = chunk.toString('latin1').split('\r\n', 1)[0] ?? '';
      seen.push(line.replace(/ HTTP\/\d(\.\d)?$/, ''));
      socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port, seen };
}
