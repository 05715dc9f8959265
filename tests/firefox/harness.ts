// Firefox test harness: the BUILT Firefox extension (.output/firefox-mv2; `npm run test:firefox`
// builds it) in Debian's firefox-esr over WebDriver BiDi (scripts/lib/firefox.ts), plus one extension
// page kept open as the harness's own window into the extension: it records the runtime messages the
// content script sends (every extension page receives them, as the background page does), asks which
// tab is active, and reads the store. Launched once per test file.
import type { Page } from 'puppeteer-core';
import { launchFirefoxWithExtension, waitUntil, type FirefoxExtension, type FirefoxProblem } from '../../scripts/lib/firefox';
import { storedApplicationsInPage } from '../shared/store-in-page';

export { waitUntil };

export interface RecordedMessage {
  type: string;
  data: unknown;
  senderTabId: number | null;
}

export interface FirefoxHarness extends FirefoxExtension {
  /** options.html, kept open: records runtime messages, runs extension API calls for the tests. */
  control: Page;
  /** Messages of `type` the extension pages received since launch. */
  messages(type?: string): Promise<RecordedMessage[]>;
  waitForMessages(type: string, count: number, timeoutMs?: number): Promise<RecordedMessage[]>;
  /** The extension's tab id for a page (brought to the front, then the one active tab). */
  tabIdOf(page: Page): Promise<number>;
  /**
   * The page's report as the popup gets it (the `getPagePosting` tab message): the posting is
   * extracted when asked. The content script sends one to the background only for a tracked job.
   */
  pageReport(page: Page): Promise<{ posting: unknown; listing: unknown }>;
  /** popup.html?tabId=<the page's tab> in a new tab, once it has its answer (aria-busy=false). */
  openPopupFor(page: Page): Promise<Page>;
  /** Every stored application, read from the extension's IndexedDB. */
  storedApplications(): Promise<Array<Record<string, unknown>>>;
  /** Problems whose page is an extension page or that name the extension. */
  extensionProblems(): FirefoxProblem[];
}

type ExtensionGlobal = {
  browser: {
    runtime: { onMessage: { addListener(cb: (m: unknown, s: { tab?: { id?: number } }) => undefined): void } };
    tabs: { query(q: object): Promise<Array<{ id?: number }>>; sendMessage(tabId: number, message: unknown): Promise<unknown> };
  };
  __loopreadyMessages?: RecordedMessage[];
};

export async function launchFirefox(): Promise<FirefoxHarness> {
  const ext = await launchFirefoxWithExtension();
  let control: Page;
  try {
    control = await ext.openExtensionPage('options.html');
    await control.evaluate(() => {
      const g = globalThis as unknown as ExtensionGlobal;
      g.__loopreadyMessages = [];
      g.browser.runtime.onMessage.addListener((message, sender) => {
        const m = message as { type?: unknown; data?: unknown } | null;
        if (m && typeof m.type === 'string') {
          g.__loopreadyMessages!.push({ type: m.type, data: m.data, senderTabId: sender.tab?.id ?? null });
        }
        return undefined; // never answers: the background's handlers still reply
      });
    });
  } catch (err) {
    await ext.close();
    throw err;
  }

  const messages = async (type?: string): Promise<RecordedMessage[]> => {
    const all = await control.evaluate(() => (globalThis as unknown as ExtensionGlobal).__loopreadyMessages ?? []);
    return type ? all.filter((m) => m.type === type) : all;
  };

  const tabIdOf = async (page: Page): Promise<number> => {
    await page.bringToFront();
    const ids = await control.evaluate(async () =>
      (await (globalThis as unknown as ExtensionGlobal).browser.tabs.query({ active: true })).map((t) => t.id ?? -1),
    );
    if (ids.length !== 1 || ids[0] === undefined || ids[0] < 0) throw new Error(`expected one active tab, found ${JSON.stringify(ids)}`);
    return ids[0];
  };

  return {
    ...ext,
    control,
    messages,
    async waitForMessages(type, count, timeoutMs = 10_000) {
      let found: RecordedMessage[] = [];
      await waitUntil(`${count} '${type}' message(s) arrived`, async () => (found = await messages(type)).length >= count, timeoutMs);
      return found;
    },
    tabIdOf,
    async pageReport(page) {
      const tabId = await tabIdOf(page);
      let report: { posting: unknown; listing: unknown } | undefined;
      // Asked again while the page's content script is not listening yet.
      await waitUntil('the page answered', async () => {
        const reply = await control.evaluate(async (id) => {
          const tabs = (globalThis as unknown as ExtensionGlobal).browser.tabs;
          const question = { id: Date.now(), type: 'getPagePosting', data: null, timestamp: Date.now() };
          return (await tabs.sendMessage(id, question).catch(() => null)) as { res?: { posting: unknown; listing: unknown } } | null;
        }, tabId);
        report = reply?.res;
        return report !== undefined;
      });
      return report!;
    },
    async openPopupFor(page) {
      const popup = await ext.openExtensionPage(`popup.html?tabId=${await tabIdOf(page)}`);
      await waitUntil('the popup had its answer', () => popup.evaluate(() => document.querySelector('#app [aria-busy="false"]') !== null));
      return popup;
    },
    storedApplications: () => control.evaluate(storedApplicationsInPage),
    extensionProblems: () =>
      ext.problems.filter((p) => p.pageUrl.startsWith('moz-extension://') || /moz-extension:|LoopReady/i.test(p.text)),
  };
}

/** Text of the first element matching `selector` (`>>>` pierces open shadow roots), or null. */
export async function textOf(page: Page, selector: string): Promise<string | null> {
  const el = await page.$(selector);
  if (!el) return null;
  try {
    return await el.evaluate((e) => e.textContent);
  } finally {
    await el.dispose();
  }
}
