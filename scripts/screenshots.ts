// Regenerates the README screenshots under docs/screenshots/ from the real extension pages, in
// Debian's Chromium with amazon.jobs served from the fixtures (no network):
//   popup.png, tracker.png, tracker-board.png, plan.png, plan-print.pdf, listing-badges.png,
//   save-control.png, tracker-dark.png, options.png, agenda.png, interview-day-of.png
//
//   npx tsx scripts/screenshots.ts            (builds into .output/screenshots first)
//   npx tsx scripts/screenshots.ts --no-build (uses .output/chrome-mv3)
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, ROOT, launchWithExtension, openPopupFor, openPosting, LISTING_URL } from './lib/chromium';
import { buildIsolated } from './lib/build-isolated';
import { SEEDED, seedInterviews, seedStories } from './lib/seed-interviews';
import { realPostings, seedApplications, writeRecords } from './lib/seed-store';

const OUT = join(ROOT, 'docs', 'screenshots');

async function main() {
  const noBuild = process.argv.includes('--no-build');
  const extensionDir = noBuild ? EXTENSION_DIR : await buildIsolated(join(ROOT, '.output', 'screenshots'));
  mkdirSync(OUT, { recursive: true });
  const ext = await launchWithExtension({ extensionDir });
  const base = `chrome-extension://${ext.extensionId}`;
  const shot = (name: string) => join(OUT, name);
  try {
    // Popup on a real posting.
    const posting = await openPosting(ext, '3038134');
    await posting.setViewportSize({ width: 1100, height: 700 });
    await posting.waitForSelector('[data-loopready="save"]', { timeout: 10_000 });
    await posting.screenshot({ path: shot('save-control.png'), clip: { x: 0, y: 0, width: 1100, height: 300 } });
    const popup = await openPopupFor(ext, posting);
    await popup.setViewportSize({ width: 400, height: 520 });
    await popup.waitForSelector('#app [aria-busy="false"]');
    await popup.screenshot({ path: shot('popup.png') });
    await popup.close();

    // Tracker with the real postings as applications.
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(`${base}/tracker.html`);
    await page.waitForSelector('.empty, .tracker-table');
    const now = Date.now();
    await writeRecords(page, 'applications', seedApplications(realPostings().length, now));
    await writeRecords(page, 'stories', seedStories(now));
    await writeRecords(page, 'interviews', seedInterviews(now));
    await page.goto(`${base}/tracker.html?jobId=3038134`);
    await page.waitForSelector('.tracker-table');
    await page.waitForSelector('#detail-title');
    await page.screenshot({ path: shot('tracker.png') });
    await page.getByRole('button', { name: 'Board' }).click();
    await page.screenshot({ path: shot('tracker-board.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByRole('button', { name: 'Table' }).click();
    await page.screenshot({ path: shot('tracker-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });

    // Interviews: the agenda on the tracker, and a loop's day-of view (sessions, stories, a story
    // already told to someone on this panel, principles without a second story).
    await page.goto(`${base}/tracker.html?jobId=${SEEDED.loopJob}`);
    await page.waitForSelector('.agenda-days');
    await page.locator('.agenda').screenshot({ path: shot('agenda.png') });
    await page.setViewportSize({ width: 1200, height: 1500 });
    await page.goto(`${base}/interview.html?id=${SEEDED.loopId}`);
    await page.waitForSelector('#day-of-title');
    await page.screenshot({ path: shot('interview-day-of.png') });
    await page.setViewportSize({ width: 1400, height: 900 });

    // Prep plan, on screen and as printed.
    await page.goto(`${base}/plan.html?jobId=3038134`);
    await page.waitForSelector('#plan-title');
    await page.screenshot({ path: shot('plan.png') });
    await page.pdf({ path: shot('plan-print.pdf'), format: 'A4', printBackground: false });

    await page.goto(`${base}/options.html`);
    await page.waitForSelector('#follow-up-title');
    await page.screenshot({ path: shot('options.png'), fullPage: true });

    // Listing badges on the real search results.
    const listing = await ext.context.newPage();
    await listing.setViewportSize({ width: 1200, height: 900 });
    await listing.goto(LISTING_URL, { waitUntil: 'load' });
    await listing.waitForSelector('[data-loopready="badge"]');
    // Save one untracked card from the listing itself, so both badge states show.
    await listing.locator('[data-loopready="badge"][data-job-id="3045433"]').getByRole('button', { name: /Save/ }).click();
    await listing.locator('[data-loopready="badge"][data-job-id="3045433"] [data-status="saved"]').waitFor();
    await listing.screenshot({ path: shot('listing-badges.png'), clip: await listingClip(listing) });
    console.log(`screenshots written to ${OUT}`);
  } finally {
    await ext.close();
  }
}

async function listingClip(page: import('playwright-core').Page) {
  const box = await page.locator('.job-tile-lists').boundingBox();
  if (!box) return { x: 0, y: 0, width: 1200, height: 900 };
  return { x: Math.max(0, box.x - 10), y: Math.max(0, box.y - 10), width: Math.min(1180, box.width + 20), height: Math.min(880, box.height + 20) };
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
