// The plan page for a posting with 5,000 qualification bullets (issue 11: it took 4–9 s to show its
// title and ~1 s per checkbox click before the plan drew only what the 60,000-character read covers)
// against the plan page for a normal posting (job 3038134 as saved, 12 qualification bullets).
// The floor is the same page with ordinary data, not an empty page: the row is about what the size of
// the posting costs, so the plan page's own start-up (Preact, reading the store, ranking) is in both
// arms and cancels out; the empty extension page is in the popup rows already.
// Each load is a fresh tab; times are ms after navigation start:
//   rendered: the title and the first checklist checkbox are in the DOM, and the next task has run;
//   click:    a click on a checklist checkbox until the frame after it (requestAnimationFrame, then the
//             next task: Preact's redraw, style, layout and paint of that frame are all in it), the
//             median of 6 clicks (3 items, each checked and unchecked again) per load.
import type { Page } from 'playwright-core';
import type { Application } from '../../core/application';
import type { LoadedExtension } from '../lib/chromium';
import { seedApplications, writeRecords } from '../lib/seed-store';
import { EMPTY_PAGE } from './floors';
import { median, pairedRuns, type PairedRow } from './paired';
import { until } from './popup';

const BULLETS = 5_000;
/** Made-up job IDs: the plan page reads the application by ID. */
const NORMAL_ID = '91000001';
const BIG_ID = '91000002';

/** In-page code as source text: tsx would wrap named functions in a helper the page lacks. */
const OBSERVER = `(() => {
  const t = (window.__plan = { rendered: null });
  const mo = new MutationObserver(() => {
    if (t.rendered === null && document.querySelector('h1')?.textContent && document.querySelector('.checklist input[type="checkbox"]')) {
      mo.disconnect();
      setTimeout(() => { t.rendered = performance.now(); }, 0);
    }
  });
  mo.observe(document, { childList: true, subtree: true, characterData: true });
})()`;

/** Clicks the first `n` checklist checkboxes twice each; per click, ms to the frame after it. */
const CLICKS = `async (n) => {
  const boxes = [...document.querySelectorAll('.checklist input[type="checkbox"]')].slice(0, n);
  const out = [];
  for (const round of [0, 1]) {
    for (const box of boxes) {
      const t0 = performance.now();
      box.click();
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      out.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return out;
}`;

interface Observed {
  rendered: number;
  click: number;
}

/** Two applications of the same real posting: as saved, and with 5,000 more basic-qualification bullets. */
function applications(now: number): Application[] {
  const base = seedApplications(50, now).find((a) => a.jobId === '3038134');
  if (!base) throw new Error('plan bench: no application for job 3038134 among the seeded ones');
  const at = (jobId: string) => ({ ...base.posting, jobId, url: `https://www.amazon.jobs/en/jobs/${jobId}` });
  const bullets = Array.from({ length: BULLETS }, (_, i) => `Experience with system number ${i} at scale`);
  return [
    { ...base, jobId: NORMAL_ID, posting: at(NORMAL_ID) },
    { ...base, jobId: BIG_ID, posting: { ...at(BIG_ID), basicQualifications: [...bullets, ...base.posting.basicQualifications] } },
  ];
}

export async function benchPlan(ext: LoadedExtension, runs: number, log: (s: string) => void): Promise<PairedRow[]> {
  const origin = `chrome-extension://${ext.extensionId}`;
  const setup = await ext.context.newPage();
  await setup.goto(`${origin}/${EMPTY_PAGE}`);
  // The plan page opens the database (and creates its schema) before the records can be written.
  await setup.goto(`${origin}/plan.html?jobId=${NORMAL_ID}`);
  await until(setup, `document.querySelector('.empty') !== null`, 'the plan page to say the job is not tracked', 60_000);
  await writeRecords(setup, 'applications', applications(Date.now()));
  await setup.close();

  const load = async (jobId: string): Promise<Observed> => {
    const page: Page = await ext.context.newPage();
    try {
      await page.setViewportSize({ width: 1300, height: 900 });
      await page.goto(`${origin}/${EMPTY_PAGE}`);
      await page.addInitScript(OBSERVER);
      await page.goto(`${origin}/plan.html?jobId=${jobId}`);
      const rendered = await until<number>(page, `window.__plan.rendered`, `plan.html?jobId=${jobId} to render`, 120_000);
      const clicks = await page.evaluate<number[]>(`(${CLICKS})(3)`);
      return { rendered, click: median(clicks) };
    } finally {
      await page.close();
    }
  };

  log(`plan: ${BULLETS.toLocaleString('en-US')} bullets, ${runs} pairs…`);
  // Untimed: the first load of each warms the disk cache.
  await load(BIG_ID);
  await load(NORMAL_ID);
  const got = await pairedRuns(runs, () => load(BIG_ID), () => load(NORMAL_ID));
  const floor = 'the plan page for a normal posting (job 3038134 as saved)';
  return [
    { name: `plan rendered: ${BULLETS.toLocaleString('en-US')}-bullet posting`, unit: 'ms', floor, ours: got.ours.map((o) => o.rendered), floorSamples: got.floor.map((o) => o.rendered) },
    {
      name: `plan checkbox click: ${BULLETS.toLocaleString('en-US')}-bullet posting`,
      unit: 'ms',
      floor,
      ours: got.ours.map((o) => o.click),
      floorSamples: got.floor.map((o) => o.click),
    },
  ];
}
