// The tracker page at 1,000 and 10,000 applications against raw IndexedDB reading the same rows
// (floor-raw-idb.html: the 50 most recently updated records by the updatedAt index, drawn as plain
// table rows; keystrokes filter the same rows in plain JS). Each load is a fresh tab that first opens
// the empty extension page (where the row cache is kept or cleared), then navigates to the page
// measured. Times come from an observer injected before the page's own scripts, in ms after
// navigation: `rows` when a table row and the search box are both in the DOM, `usable` when the
// first task queued at that moment runs (the main thread can take a keystroke).
//   row cache: the projection a previous visit left in localStorage (the usual visit);
//   no cache:  a first visit, or the first after an import.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { LoadedExtension } from '../lib/chromium';
import { seedApplications, writeRecords } from '../lib/seed-store';
import { EMPTY_PAGE, RAW_IDB_PAGE } from './floors';
import { median, pairedRuns, type PairedRow } from './paired';
import { until } from './popup';

const CACHE_KEY = 'loopready-tracker-rows-v1';
// Someone typing a location, then narrowing to nothing, then deleting back.
const KEYSTROKES = ['h', 'he', 'her', 'hern', 'hernd', 'herndo', 'herndon', 'herndon s', 'herndon se', 'herndon sec', 'herndon se', 'herndon', ''];

/** In-page code as source text: tsx would wrap named functions in a helper the page lacks. */
const OBSERVER = (expectedSummary: string) => `(() => {
  const t = (window.__tracker = { rows: null, usable: null, all: null });
  const check = () => {
    if (t.rows === null && document.querySelector('tr[data-job-id]') && document.querySelector('input[type="search"]')) {
      t.rows = performance.now();
      setTimeout(() => { t.usable = performance.now(); }, 0);
    }
    if (t.all === null && document.querySelector('.tracker-summary')?.textContent?.includes(${JSON.stringify(expectedSummary)})) t.all = performance.now();
  };
  const mo = new MutationObserver(check);
  mo.observe(document, { childList: true, subtree: true, characterData: true });
})()`;

/** Types each value into the search box; per keystroke, input event to the DOM after the next task. */
const TYPE_KEYS = `async (keys) => {
  const input = document.querySelector('input[type="search"]');
  const out = [];
  for (const key of keys) {
    const t0 = performance.now();
    input.value = key;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
    out.push(performance.now() - t0);
    await new Promise((r) => setTimeout(r, 30));
  }
  return out;
}`;

interface Observed {
  rows: number;
  usable: number;
  keystrokes: number[];
}

/** The tracker page's file: tracker.html since the entrypoint was renamed, dashboard.html before. */
export function trackerPage(extensionDir: string): string {
  return existsSync(join(extensionDir, 'tracker.html')) ? 'tracker.html' : 'dashboard.html'; // builds from before the rename (--extension-dir)
}

export async function benchTracker(ext: LoadedExtension, extensionDir: string, runs: number, log: (s: string) => void): Promise<PairedRow[]> {
  const origin = `chrome-extension://${ext.extensionId}`;
  const tracker = trackerPage(extensionDir);
  const all = seedApplications(10_000, Date.now());
  const rows: PairedRow[] = [];

  const setup = await ext.context.newPage();
  await setup.goto(`${origin}/${tracker}`);
  await setup.waitForSelector('.empty', { timeout: 30_000 });

  const load = async (path: string, cache: 'keep' | 'clear', expectedSummary: string | null, type: boolean): Promise<Observed> => {
    const page: Page = await ext.context.newPage();
    try {
      await page.setViewportSize({ width: 1400, height: 900 });
      await page.goto(`${origin}/${EMPTY_PAGE}`);
      if (cache === 'clear') await page.evaluate(`localStorage.removeItem(${JSON.stringify(CACHE_KEY)})`);
      await page.addInitScript(OBSERVER(expectedSummary ?? '\u0000'));
      await page.goto(`${origin}/${path}`);
      const ready = expectedSummary === null ? `window.__tracker.usable !== null` : `window.__tracker.usable !== null && window.__tracker.all !== null`;
      const seen = await until<{ rows: number; usable: number }>(page, `${ready} && window.__tracker`, `${path} to load`, 120_000);
      const keystrokes = type ? await page.evaluate<number[]>(`(${TYPE_KEYS})(${JSON.stringify(KEYSTROKES)})`) : [];
      return { rows: seen.rows, usable: seen.usable, keystrokes };
    } finally {
      await page.close();
    }
  };

  let written = 0;
  for (const count of [1_000, 10_000]) {
    const label = count === 1_000 ? '1k' : '10k';
    log(`tracker: ${label} applications, seeding…`);
    await writeRecords(setup, 'applications', all.slice(written, count));
    written = count;
    const summary = `of ${count.toLocaleString('en-US')} applications`;

    // One cold load to leave the row cache the warm loads start from.
    {
      const page = await ext.context.newPage();
      await page.goto(`${origin}/${EMPTY_PAGE}`);
      await page.evaluate(`localStorage.removeItem(${JSON.stringify(CACHE_KEY)})`);
      await page.goto(`${origin}/${tracker}`);
      await until(page, `(localStorage.getItem(${JSON.stringify(CACHE_KEY)}) ?? '').length > ${count * 50}`, 'the row cache to be written', 120_000);
      await page.close();
    }

    log(`tracker: ${label}, ${runs} pairs with the row cache…`);
    const warm = await pairedRuns(
      runs,
      () => load(tracker, 'keep', summary, true),
      () => load(RAW_IDB_PAGE, 'keep', null, true),
    );
    log(`tracker: ${label}, ${runs} pairs without it…`);
    const cold = await pairedRuns(
      runs,
      () => load(tracker, 'clear', null, false),
      () => load(RAW_IDB_PAGE, 'keep', null, false),
    );
    // The cold loads may have rewritten or left no cache: the next count starts from a fresh one anyway.
    const raw = `raw IndexedDB: the same ${count.toLocaleString('en-US')} records, first 50 rows by index`;
    rows.push(
      { name: `tracker first rows: ${label} (row cache)`, unit: 'ms', floor: raw, ours: warm.ours.map((o) => o.rows), floorSamples: warm.floor.map((o) => o.rows) },
      { name: `tracker first rows: ${label} (no cache)`, unit: 'ms', floor: raw, ours: cold.ours.map((o) => o.rows), floorSamples: cold.floor.map((o) => o.rows) },
      { name: `tracker usable: ${label} (row cache)`, unit: 'ms', floor: raw, ours: warm.ours.map((o) => o.usable), floorSamples: warm.floor.map((o) => o.usable) },
      {
        name: `tracker keystroke: ${label} (median per load)`,
        unit: 'ms',
        floor: `plain-JS filter + redraw of the same ${count.toLocaleString('en-US')} rows`,
        ours: warm.ours.map((o) => median(o.keystrokes)),
        floorSamples: warm.floor.map((o) => median(o.keystrokes)),
      },
    );
  }
  await setup.close();
  return rows;
}
