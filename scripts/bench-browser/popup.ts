// How soon the popup shows something real, against an empty extension page of the same extension.
// The popup is opened at the address a toolbar click would open for a tab showing a real posting (a
// click is impossible headless): the tab's own popup, read with action.getPopup in the service worker
// (entrypoints/background/tab-popups.ts sets it), or popup.html?tabId=N when none was set (the output
// says which). The empty page is floor-empty.html; each pair in alternating order, each in a fresh
// tab. Times are ms after navigation start:
//   first content: the popup's first real answer is in the DOM (its own mark): on a posting whose
//                  tab the background has no copy of (an untracked one, as here), the title and job ID
//                  from the popup's address (else from the tab's title); vs the empty page's module
//                  script has run (the earliest any page script of ours could draw);
//   principles shown: the posting's ranked principles are in the DOM (the tab's whole answer,
//                  checked, ranked by the background), vs the same floor;
//   first paint:   first-contentful-paint of the popup (its static shell) vs of the empty page (a heading).
import type { Page } from 'playwright-core';
import { FIRST_CONTENT_MARK, PRINCIPLES_MARK } from '../../entrypoints/popup/marks';
import { openPosting, tabIdOf, type LoadedExtension } from '../lib/chromium';
import { EMPTY_PAGE, EMPTY_PAGE_MARK } from './floors';
import { pairedRuns, type PairedRow } from './paired';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polled from here: a string evaluated by waitForFunction would break the pages' CSP. */
export async function until<T>(page: Page, expr: string, what: string, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await page.evaluate<T>(expr);
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

interface Open {
  content: number;
  paint: number;
  /** The popup's principles (the floor: its content mark again). */
  principles: number;
}

async function open(ext: LoadedExtension, path: string, mark: string, laterMark = mark): Promise<Open> {
  const page = await ext.context.newPage();
  try {
    await page.goto(`chrome-extension://${ext.extensionId}/${path}`);
    const at = (name: string) => until<number>(page, `performance.getEntriesByName(${JSON.stringify(name)})[0]?.startTime`, `${name} in ${path}`);
    const content = await at(mark);
    const paint = await until<number>(page, `performance.getEntriesByName('first-contentful-paint')[0]?.startTime`, `first paint of ${path}`);
    const principles = await at(laterMark);
    return { content, paint, principles };
  } finally {
    await page.close();
  }
}

/** The tab's own toolbar popup, as a path in the extension, once the background has set one naming a posting; null after `timeoutMs` without. */
async function tabPopupPath(ext: LoadedExtension, tabId: number, timeoutMs = 5_000): Promise<string | null> {
  const deadline = Date.now() + timeoutMs;
  const prefix = `chrome-extension://${ext.extensionId}/`;
  for (;;) {
    const popup = await ext.serviceWorker.evaluate(async (id) => {
      // Runs inside the service worker, where `chrome` is the extension API.
      const api = (globalThis as unknown as { chrome: { action: { getPopup(d: { tabId: number }): Promise<string> } } }).chrome;
      return api.action.getPopup({ tabId: id });
    }, tabId);
    if (popup.startsWith(prefix) && popup.includes('job=')) return popup.slice(prefix.length);
    if (Date.now() > deadline) return null;
    await sleep(50);
  }
}

export async function benchPopup(ext: LoadedExtension, runs: number, log: (s: string) => void): Promise<PairedRow[]> {
  log(`popup: ${runs} pairs…`);
  const posting = await openPosting(ext, '3038134');
  const tabId = await tabIdOf(ext.serviceWorker, posting);
  const toolbarPopup = await tabPopupPath(ext, tabId);
  log(toolbarPopup ? `popup: the tab's toolbar popup (action.getPopup): ${toolbarPopup}` : 'popup: no toolbar popup set for the tab: popup.html?tabId= instead');
  const popupPath = toolbarPopup ?? `popup.html?tabId=${tabId}`;
  const popup = () => open(ext, popupPath, FIRST_CONTENT_MARK, PRINCIPLES_MARK);
  const empty = () => open(ext, EMPTY_PAGE, EMPTY_PAGE_MARK);
  // Untimed: the first open also wakes the service worker and warms the disk cache.
  await popup();
  await empty();
  const got = await pairedRuns(runs, popup, empty);
  await posting.close();
  return [
    {
      name: 'popup first content (posting tab)',
      unit: 'ms',
      floor: 'an empty extension page: its script runs',
      ours: got.ours.map((o) => o.content),
      floorSamples: got.floor.map((o) => o.content),
    },
    {
      name: 'popup principles shown (posting tab)',
      unit: 'ms',
      floor: 'an empty extension page: its script runs',
      ours: got.ours.map((o) => o.principles),
      floorSamples: got.floor.map((o) => o.principles),
    },
    {
      name: 'popup first paint (posting tab)',
      unit: 'ms',
      floor: 'an empty extension page: first paint',
      ours: got.ours.map((o) => o.paint),
      floorSamples: got.floor.map((o) => o.paint),
    },
  ];
}
