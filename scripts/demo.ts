// npm run demo [-- <jobId>]
// Builds the extension and opens a real posting fixture, served as https://www.amazon.jobs/…
// (nothing goes to the network), in Debian's Chromium with LoopReady loaded.
// - No display: headless; saves screenshots of the page and the popup under demo-output/, prints
//   what was extracted (JSON) and where the screenshots are, exits 0.
// - With a display: a real browser window (posting tab + popup tab); waits until you close it.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { launchWithExtension, openPopupFor, openPosting, postingUrl, readRuntimeMessages, recordRuntimeMessages, ROOT } from './lib/chromium';

const jobId = process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? '3038134';
const headless = !process.env.DISPLAY;
const outDir = join(ROOT, 'demo-output');

process.stderr.write('Building the extension (wxt build)…\n');
execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });

const ext = await launchWithExtension({ headless });
let exitCode = 0;
try {
  await recordRuntimeMessages(ext.serviceWorker);
  const page = await openPosting(ext, postingUrl(jobId));
  const posting = await waitForPostingSeen(jobId);
  const popup = await openPopupFor(ext, page);
  await popup.waitForSelector('#app [aria-busy="false"]', { timeout: 10_000 });

  if (headless) {
    mkdirSync(outDir, { recursive: true });
    const pageShot = join(outDir, `posting-${jobId}.png`);
    const popupShot = join(outDir, `popup-${jobId}.png`);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: pageShot });
    await popup.setViewportSize({ width: 380, height: 560 });
    await popup.screenshot({ path: popupShot, fullPage: true });
    console.log(JSON.stringify(posting, null, 2));
    console.log(`\nScreenshots:\n  ${relative(process.cwd(), pageShot)}\n  ${relative(process.cwd(), popupShot)}`);
    if (ext.blocked.length > 0) console.log(`Blocked requests (never sent): ${ext.blocked.map((r) => r.url).join(', ')}`);
  } else {
    console.log(JSON.stringify(posting, null, 2));
    console.log('\nChromium is open with LoopReady loaded: the posting in one tab, the popup in another.');
    console.log('Close the browser window to end the demo.');
    await new Promise<void>((done) => ext.context.on('close', () => done()));
  }
} catch (err) {
  console.error('demo failed:', err instanceof Error ? err.message : err);
  exitCode = 1;
} finally {
  await ext.close().catch(() => {});
}
process.exit(exitCode);

/** The posting as the content script sent it to the background (`postingSeen`). */
async function waitForPostingSeen(id: string): Promise<unknown> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const seen = (await readRuntimeMessages(ext.serviceWorker)).find(
      (m) => m.type === 'postingSeen' && (m.data as { posting?: { jobId?: string } }).posting?.jobId === id,
    );
    if (seen) return (seen.data as { posting: unknown }).posting;
    if (Date.now() > deadline) throw new Error(`the content script did not report job ${id} within 15 s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
