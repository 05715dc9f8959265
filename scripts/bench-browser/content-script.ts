// What an amazon.jobs page pays for the content script: the same fixture page loaded in a browser
// with LoopReady and in one with the floor extension (an empty content script), in alternation.
// Per load, a fresh tab:
//   startup CPU: the content script's own evaluation task (the trace's EvaluateScript events for
//                chrome-extension:// scripts: compile, top-level code and everything main() does
//                synchronously), the part that competes with the page's loading; thread time, so a
//                busy machine preempting the renderer does not count;
//   main-thread CPU: the renderer main thread's CPU time for the whole load (CDP ThreadTime);
//   total CPU:   all script time on the page (CDP Performance.getMetrics ScriptDuration, which counts
//                the content script's isolated world too), read after the page has been quiet for
//                SETTLE_MS after `load`, so work deferred to idle time is counted as well; wall time,
//                so on a busy machine it also counts the time the renderer was preempted mid-script;
//   total CPU, thread time: the same window from the trace: the thread time of every script event
//                on the renderer's main thread (evaluation, function calls, microtasks, module compile
//                and evaluation; nested events counted once), which preemption does not inflate;
//   long tasks:  the total of tasks over 50 ms the page saw in that time.
// On a posting page, also when LoopReady knew which posting the page shows (its mark: the save control
// can appear; the whole posting is extracted only when asked, or for a tracked job) against when the
// empty content script ran (its injection).
import type { LoadedExtension } from '../lib/chromium';
import { LISTING_URL, postingUrl } from '../lib/chromium';
import { FLOOR_CONTENT_MARK } from './floors';
import { pairedRuns, type PairedRow } from './paired';

const SETTLE_MS = 1200;
/** posting-watcher.ts SHOWN_MARK (not imported: that module pulls in the extension's messaging). */
const SHOWN_MARK = 'loopready:posting-shown';

/** Injected before the page's scripts (main world): collects long tasks. */
const LONG_TASKS = `(() => {
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
})()`;

interface Load {
  startupMs: number;
  scriptThreadMs: number;
  scriptMs: number;
  threadMs: number;
  longTaskMs: number;
  /** ms after navigation start when `mark` was set, null when it never was. */
  markAt: number | null;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { url?: string } };
}

/** Trace events that are script running on the main thread (nested ones inside each other). */
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'RunMicrotasks', 'v8.compileModule', 'v8.evaluateModule', 'v8.callFunction', 'v8.run', 'v8.compile']);

/** Thread time of script on the thread that evaluated the content script: outermost events only. */
export function scriptThreadMs(trace: TraceEvent[]): number {
  const injected = trace.find((e) => e.name === 'EvaluateScript' && String(e.args?.data?.url ?? '').startsWith('chrome-extension://'));
  if (!injected) return NaN;
  const events = trace
    .filter((e) => e.ph === 'X' && e.pid === injected.pid && e.tid === injected.tid && SCRIPT_EVENTS.has(e.name))
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  let total = 0;
  let end = -Infinity;
  for (const e of events) {
    if (e.ts < end) continue; // inside an event already counted
    total += (e.tdur ?? e.dur ?? 0) / 1000;
    end = e.ts + (e.dur ?? 0);
  }
  return total;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function load(ext: LoadedExtension, url: string, mark: string): Promise<Load> {
  const page = await ext.context.newPage();
  try {
    const cdp = await ext.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.addInitScript(LONG_TASKS);
    const trace: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => trace.push(...(e.value as unknown as TraceEvent[])));
    const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
    await page.goto(url, { waitUntil: 'load' });
    await sleep(SETTLE_MS);
    await cdp.send('Tracing.end');
    await traced;
    const startupMs = trace
      .filter((e) => e.name === 'EvaluateScript' && e.ph === 'X' && String(e.args?.data?.url ?? '').startsWith('chrome-extension://'))
      .reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0) / 1000, 0);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const script = metrics.find((m) => m.name === 'ScriptDuration');
    const thread = metrics.find((m) => m.name === 'ThreadTime');
    if (!script || !thread) throw new Error('CDP Performance.getMetrics gave no ScriptDuration or ThreadTime');
    const longTaskMs = await page.evaluate<number>(`window.__longTasks.reduce((s, d) => s + d, 0)`);
    const markAt = await page.evaluate<number | null>(`performance.getEntriesByName(${JSON.stringify(mark)})[0]?.startTime ?? null`);
    await cdp.detach();
    return { startupMs, scriptThreadMs: scriptThreadMs(trace), scriptMs: script.value * 1000, threadMs: thread.value * 1000, longTaskMs, markAt };
  } finally {
    await page.close();
  }
}

export async function benchContentScript(ours: LoadedExtension, floor: LoadedExtension, runs: number, log: (s: string) => void): Promise<PairedRow[]> {
  const pages = [
    { label: 'posting page', url: postingUrl('3038134') },
    { label: 'search page', url: LISTING_URL },
  ];
  const rows: PairedRow[] = [];
  for (const { label, url } of pages) {
    log(`content script: ${label}, ${runs} pairs…`);
    // One untimed load each: warms the disk cache and the fixture route.
    await load(ours, url, SHOWN_MARK);
    await load(floor, url, FLOOR_CONTENT_MARK);
    const got = await pairedRuns(
      runs,
      () => load(ours, url, SHOWN_MARK),
      () => load(floor, url, FLOOR_CONTENT_MARK),
    );
    const floorIs = 'the same page, empty content script';
    rows.push({ name: `content script startup CPU: ${label}`, unit: 'ms', floor: floorIs, ours: got.ours.map((l) => l.startupMs), floorSamples: got.floor.map((l) => l.startupMs) });
    rows.push({ name: `content script CPU: ${label}`, unit: 'ms', floor: floorIs, ours: got.ours.map((l) => l.scriptMs), floorSamples: got.floor.map((l) => l.scriptMs) });
    rows.push({ name: `content script CPU, thread time: ${label}`, unit: 'ms', floor: floorIs, ours: got.ours.map((l) => l.scriptThreadMs), floorSamples: got.floor.map((l) => l.scriptThreadMs) });
    rows.push({ name: `page main-thread CPU: ${label}`, unit: 'ms', floor: floorIs, ours: got.ours.map((l) => l.threadMs), floorSamples: got.floor.map((l) => l.threadMs) });
    rows.push({ name: `long tasks (total): ${label}`, unit: 'ms', floor: floorIs, ours: got.ours.map((l) => l.longTaskMs), floorSamples: got.floor.map((l) => l.longTaskMs) });
    if (label === 'posting page') {
      const missing = got.ours.filter((l) => l.markAt === null).length;
      if (missing > 0) throw new Error(`the posting was not identified within ${SETTLE_MS} ms of load in ${missing} of ${runs} loads`);
      rows.push({
        name: 'posting identified: posting page (ms after navigation)',
        unit: 'ms',
        floor: 'the empty content script runs (its injection)',
        ours: got.ours.map((l) => l.markAt!),
        floorSamples: got.floor.map((l) => l.markAt ?? NaN),
      });
    }
  }
  return rows;
}
