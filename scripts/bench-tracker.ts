// Browser benchmark of the tracker page with 10,000 applications, in Chromium with the built
// extension: how soon the page shows its first rows with the search box and can take input, how
// soon all 10,000 are searchable, and how long each keystroke in the search box takes, as medians.
//
// Three kinds of load, in turn: warm (the row cache a previous visit left in localStorage), cold (no
// cache: a first visit, or the first after an import) and stale (the empty cache a visit left before
// the applications were written behind its back, as this script's seeding does). Each load is a new tab that first opens an
// empty extension page (the baseline: what any extension page costs here before its own code runs),
// then navigates to the tracker. Times come from an observer injected before the page's own scripts,
// not from marks the page sets itself, so a page that draws late cannot report early.
//
//   npx tsx scripts/bench-tracker.ts [--no-build | --extension-dir <dir>] [--count 10000] [--runs 7] [--json]
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildIsolated } from './lib/build-isolated';
import { EXTENSION_DIR, ROOT, launchWithExtension } from './lib/chromium';
import { seedApplications, writeRecords } from './lib/seed-store';

const args = process.argv.slice(2);
const opt = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const COUNT = opt('--count', 10_000);
const RUNS = opt('--runs', 7);
const JSON_OUT = args.includes('--json');
const CACHE_KEY = 'loopready-tracker-rows-v1';
// Someone typing a location, then narrowing to nothing, then deleting back.
const KEYSTROKES = ['h', 'he', 'her', 'hern', 'hernd', 'herndo', 'herndon', 'herndon s', 'herndon se', 'herndon sec', 'herndon se', 'herndon', ''];

// In-page code is passed as source text: tsx would wrap named functions in a helper the page lacks.
/**
 * Injected before any page script. Records, in ms since navigation: `rows` when a table row and the
 * search box are first both in the DOM; `usable` when the first task queued at that moment runs (the
 * main thread is free to take a keystroke); `all` when the summary first counts every application;
 * and the long tasks (> 50 ms) seen.
 */
const OBSERVER = (expectedSummary: string) => `(() => {
  const t = (window.__tracker = { rows: null, usable: null, all: null, longTasks: [] });
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) t.longTasks.push({ start: e.startTime, duration: e.duration }); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
  const check = () => {
    if (t.rows === null && document.querySelector('tr[data-job-id]') && document.querySelector('input[type="search"]')) {
      t.rows = performance.now();
      setTimeout(() => { t.usable = performance.now(); }, 0);
    }
    if (t.all === null && document.querySelector('.tracker-summary')?.textContent?.includes(${JSON.stringify(expectedSummary)})) t.all = performance.now();
    if (t.rows !== null && t.all !== null) mo.disconnect();
  };
  const mo = new MutationObserver(check);
  mo.observe(document, { childList: true, subtree: true, characterData: true });
})()`;
/** Types each value into the search box; per keystroke: input event to committed DOM, and the filter's own measure. */
const TYPE_KEYS = `async (keys) => {
  const input = document.querySelector('input[type="search"]');
  const out = [];
  for (const key of keys) {
    performance.clearMeasures('tracker-filter');
    const t0 = performance.now();
    input.value = key;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    // Preact renders after the event, before the next task: wait for it.
    await new Promise((r) => setTimeout(r, 0));
    const total = performance.now() - t0;
    const filter = performance.getEntriesByName('tracker-filter').reduce((s, e) => s + e.duration, 0);
    out.push({ total, filter });
    await new Promise((r) => setTimeout(r, 30));
  }
  return out;
}`;

interface Observed {
  rows: number | null;
  usable: number | null;
  all: number | null;
  longTasks: { start: number; duration: number }[];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const round = (x: number) => Math.round(x * 10) / 10;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(page: Page, expr: string, what: string, timeoutMs = 120_000): Promise<T> {
  // Polled from here: waitForFunction evaluates a string inside the page, which its CSP forbids.
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await page.evaluate<T>(expr);
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

async function main() {
  const dirArg = args.indexOf('--extension-dir');
  const built =
    dirArg >= 0 ? args[dirArg + 1]! : args.includes('--no-build') ? EXTENSION_DIR : await buildIsolated(join(ROOT, '.output', 'bench-tracker'));
  // A copy with one more page: empty apart from a module script that sets a mark.
  const extensionDir = join(mkdtempSync(join(tmpdir(), 'loopready-bench-tracker-')), 'ext');
  cpSync(built, extensionDir, { recursive: true });
  writeFileSync(join(extensionDir, 'baseline.html'), '<!doctype html><html><head><script type="module" src="/baseline.js"></script></head><body></body></html>');
  writeFileSync(join(extensionDir, 'baseline.js'), "performance.mark('baseline-script');\n");

  const ext = await launchWithExtension({ extensionDir });
  const origin = `chrome-extension://${ext.extensionId}`;
  const expectedSummary = `of ${COUNT.toLocaleString('en-US')} applications`;
  try {
    const setup = await ext.context.newPage();
    await setup.goto(`${origin}/tracker.html`);
    await setup.waitForSelector('.empty');
    await writeRecords(setup, 'applications', seedApplications(COUNT, Date.now()));
    await setup.close();

    const baseline: number[] = [];
    const loads = { cold: [] as Observed[], warm: [] as Observed[], stale: [] as Observed[] };
    const keystroke: number[] = [];
    const filterOnly: number[] = [];
    const kinds = ['cold', 'warm', 'stale'] as const;
    for (let run = 0; run < RUNS * kinds.length; run++) {
      const kind = kinds[run % kinds.length]!;
      const page = await ext.context.newPage();
      await page.setViewportSize({ width: 1400, height: 900 });
      await page.goto(`${origin}/baseline.html`);
      baseline.push(await page.evaluate<number>(`performance.getEntriesByName('baseline-script')[0].startTime`));
      if (kind === 'cold') await page.evaluate(`localStorage.removeItem(${JSON.stringify(CACHE_KEY)})`);
      if (kind === 'stale') await page.evaluate(`localStorage.setItem(${JSON.stringify(CACHE_KEY)}, '{"syncedUpTo":0,"rows":[]}')`);
      await page.addInitScript(OBSERVER(expectedSummary));
      await page.goto(`${origin}/tracker.html`);
      const seen = await until<Observed>(page, `window.__tracker.usable !== null && window.__tracker.all !== null && window.__tracker`, 'the tracker to load');
      loads[kind].push(seen);
      if (kind === 'warm') {
        const times = await page.evaluate<{ total: number; filter: number }[]>(`(${TYPE_KEYS})(${JSON.stringify(KEYSTROKES)})`);
        keystroke.push(...times.map((t) => t.total));
        filterOnly.push(...times.map((t) => t.filter));
      } else if (kind === 'cold') {
        // The next (warm) load starts from the cache this one leaves.
        await until(page, `(localStorage.getItem(${JSON.stringify(CACHE_KEY)}) ?? '').length > ${COUNT * 50}`, 'the row cache to be written');
      }
      await page.close();
    }

    const summarise = (obs: Observed[]) => ({
      firstRowsMs: round(median(obs.map((o) => o.rows!))),
      usableMs: round(median(obs.map((o) => o.usable!))),
      allSearchableMs: round(median(obs.map((o) => o.all!))),
      // The longest the page could not take a keystroke once rows were shown (median over loads).
      longestBlockAfterRowsMs: round(median(obs.map((o) => Math.max(0, ...o.longTasks.filter((t) => t.start >= o.rows!).map((t) => t.duration))))),
    });
    const results = {
      applications: COUNT,
      runs: RUNS,
      emptyExtensionPageMs: round(median(baseline)),
      warm: summarise(loads.warm),
      cold: summarise(loads.cold),
      stale: summarise(loads.stale),
      keystrokeMs: round(median(keystroke)),
      keystrokeP95Ms: round([...keystroke].sort((a, b) => a - b)[Math.floor(keystroke.length * 0.95)]!),
      filterMs: round(median(filterOnly)),
    };
    if (JSON_OUT) console.log(JSON.stringify(results));
    else {
      console.log(`Tracker page, ${COUNT.toLocaleString('en-US')} applications, ${RUNS} warm + ${RUNS} cold + ${RUNS} stale-cache loads, medians (ms after navigation):`);
      console.log(`  baseline, an empty extension page's script runs: ${results.emptyExtensionPageMs} ms`);
      const labels = { warm: 'warm (row cache)  ', cold: 'cold (no cache)   ', stale: 'stale empty cache ' };
      for (const kind of kinds) {
        const r = results[kind];
        console.log(`  ${labels[kind]}: first rows + search box ${r.firstRowsMs} ms, usable (input can run) ${r.usableMs} ms, all searchable ${r.allSearchableMs} ms, longest block after first rows ${r.longestBlockAfterRowsMs} ms`);
      }
      console.log(`  keystroke to updated table (filter + sort + render): ${results.keystrokeMs} ms (p95 ${results.keystrokeP95Ms} ms)`);
      console.log(`  filter + sort alone: ${results.filterMs} ms`);
    }
  } finally {
    await ext.close();
    rmSync(join(extensionDir, '..'), { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
