// The content script's startup: all that runs while an amazon.jobs page loads. On a page whose URL
// may be a posting's it adds the listener that answers the popup; then it asks for an idle callback.
// Which pages those are the manifest decides (./entries.ts: two entries, the other pages' one with a
// flag file first), so the startup reads no URL while the page loads.
// There it adds the listener on every other page, follows client-side navigation, and where the URL
// may be a job or search page's (mayRunFeatures) loads the features (./features.ts, a module of its
// own) and starts them; the module works out the page's kind. Other pages never load them.
// What it leaves out, and why:
// - the popup's listener, on a search or other page, until idle time: the first use of chrome.runtime
//   in the content script's world costs about 1.5 ms (Chromium builds the API's bindings then), the
//   most of what the startup cost a search page. A popup opened on a search page in the instant
//   before the page's first idle callback (at most IDLE_TIMEOUT_MS) finds no listener, as it finds
//   none before the content script is injected at all: it shows its off-posting view and asks once
//   more a little later (components/popup/App.tsx, usePageAnswer);
// - WXT's ContentScriptContext (about 2 ms per page: a postMessage to the page, a CustomEvent, class
//   set-up); its two uses here, "stop when the extension goes away" and location changes, are below;
// - @webext-core/messaging's listener: the popup's one question is answered in the library's wire
//   format ({id, type, data, timestamp} -> {res} | {err}), which the popup's askPage speaks;
// - Zod and the extractors: the features module has them, and the popup parses what we send.
// Measured by `npm run bench:browser` ("content script startup CPU").
import { errorMessage } from '../../core/error-message';
import type { PageReport } from '../../messaging/protocol';
import { NOT_POSTING_FLAG } from './entries';
import type { ContentFeatures } from './features';
import { debugLog } from './log';

/** The features module in the build, at the extension's root (wxt.config.ts). */
export const FEATURES_PATH = '/amazon-jobs-features.js';
/** A page that never goes idle still gets its features this soon. */
export const IDLE_TIMEOUT_MS = 500;
/** Without the Navigation API (Firefox), how often the URL is compared for client-side navigation. */
export const POLL_MS = 1000;

type SendResponse = (reply: unknown) => void;

/** The few extension APIs the startup uses, as both browsers' `chrome` namespace has them. */
export interface StartupRuntime {
  /** Undefined once the extension was reloaded or removed under this page. */
  readonly id?: string;
  getURL(path: string): string;
  onMessage: { addListener(listener: (message: unknown, sender: unknown, sendResponse: SendResponse) => boolean | undefined): void };
}

export interface StartupEnv {
  runtime: StartupRuntime;
  /** The page's current URL. */
  href(): string;
  loadFeatures(url: string): Promise<ContentFeatures>;
  /** Calls `onUrl` with the new URL on each client-side navigation. */
  watchLocation(onUrl: (url: string) => void, isAlive: () => boolean): void;
  /** Runs `callback` once the page is idle (within IDLE_TIMEOUT_MS). */
  idle(callback: () => void): void;
  /** Whether the page may be a posting (a superset is fine): then the popup is answered from the start. */
  mayBePosting(): boolean;
}

/**
 * Whether the page at `url` may be a job or search page, whose features the module starts (it works
 * out the page's kind itself, with pageKindOfHref): a superset, read from the URL with one function.
 * The startup's own code is compiled function by function at first call in every page (only the
 * features module has a code cache), and the whole classification, a dozen small functions, cost
 * its first call about 1 ms there. A job or search URL has one of these in its path (pageKind's
 * rules, core/amazon-jobs-url.ts); other amazon.jobs pages mostly have none, and a page that has one
 * but is neither loads the module, which then starts nothing.
 */
export function mayRunFeatures(url: string): boolean {
  const lower = url.toLowerCase();
  for (const part of FEATURE_PATH_PARTS) if (lower.includes(part)) return true;
  return false;
}
const FEATURE_PATH_PARTS = ['/jobs/', '/search', '/job-categories/', '/teams/', '/business_categories/', '/job_categories/', '/locations/'];
/** The popup's answer where no feature runs: the content script runs on amazon.jobs (http or https) only, so the page is "other". */
const OTHER_PAGE: PageReport = { kind: { page: 'other' }, posting: null, listing: null };

/** The popup's question, in @webext-core/messaging's wire format. */
function isPageQuestion(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'getPagePosting';
}

export function startContentScript(env: StartupEnv): void {
  let features: Promise<ContentFeatures> | null = null;
  const load = () => (features ??= env.loadFeatures(env.runtime.getURL(FEATURES_PATH)));
  let scope: AbortController | null = null;
  const alive = () => {
    if (env.runtime.id !== undefined) return true;
    scope?.abort();
    return false;
  };

  const start = (url: string) => {
    scope?.abort();
    scope = null;
    if (!alive()) return;
    if (!mayRunFeatures(url)) return;
    const signal = (scope = new AbortController()).signal;
    load().then(
      (f) => signal.aborted || f.start(url, signal),
      (err: unknown) => debugLog('features not loaded:', err),
    );
  };

  // The popup asks at any time, also before idle time: then the features load at once. On a posting
  // this is the one thing done while the page loads (a listener added later would miss an early
  // question); elsewhere it waits for idle time like the rest (see the top of this file).
  let listening = false;
  const listen = () => {
    if (listening) return;
    listening = true;
    env.runtime.onMessage.addListener(onQuestion);
  };
  const onQuestion = (message: unknown, _sender: unknown, sendResponse: SendResponse): boolean => {
    if (!isPageQuestion(message)) return false;
    const url = env.href();
    const answer: Promise<PageReport> = mayRunFeatures(url) ? load().then((f) => f.report(url)) : Promise.resolve(OTHER_PAGE);
    answer.then(
      (res) => sendResponse({ res }),
      (err: unknown) => sendResponse({ err: { message: errorMessage(err) } }),
    );
    return true; // answered asynchronously
  };
  if (env.mayBePosting()) listen();
  // Everything else waits for idle time: even parsing the URL and watching for navigation cost the
  // page's loading about 1.5 ms (first use of URL and of the Navigation API in this world).
  env.idle(() => {
    if (!alive()) return;
    listen();
    env.watchLocation(start, alive);
    start(env.href());
  });
}

interface NavigateEvent extends Event {
  destination?: { url?: string };
}

/** The browser's own environment: `chrome.*`, the Navigation API or polling, requestIdleCallback. */
export function browserEnv(): StartupEnv {
  return {
    // Read when used, not here: the first read instantiates chrome.runtime (see the top of this file).
    get runtime() {
      return (globalThis as unknown as { chrome: { runtime: StartupRuntime } }).chrome.runtime;
    },
    // The manifest entry's answer (./entries.ts): a global of this world, not the URL.
    mayBePosting: () => (globalThis as unknown as Record<string, unknown>)[NOT_POSTING_FLAG] !== true,
    href: () => location.href,
    loadFeatures: (url) => import(/* @vite-ignore */ url) as Promise<ContentFeatures>,
    watchLocation(onUrl, isAlive) {
      let last = location.href;
      const changed = (url: string) => {
        if (url === last) return;
        last = url;
        onUrl(url);
      };
      const navigation = (globalThis as { navigation?: EventTarget }).navigation;
      if (typeof navigation?.addEventListener === 'function') {
        // Fires before location.href changes: the event's destination is the new URL.
        navigation.addEventListener('navigate', (event) => {
          const url = (event as NavigateEvent).destination?.url;
          if (url && isAlive()) changed(url);
        });
      } else {
        const timer = setInterval(() => {
          if (isAlive()) changed(location.href);
          else clearInterval(timer);
        }, POLL_MS);
      }
    },
    idle: (callback) => void requestIdleCallback(callback, { timeout: IDLE_TIMEOUT_MS }),
  };
}
