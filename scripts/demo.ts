// npm run demo [-- <jobId>]
// Builds the extension and opens a real posting fixture, served as https://www.amazon.jobs/…
// (nothing goes to the network), in Debian's Chromium with LoopReady loaded.
// - No display: headless; saves screenshots of the page and the popup under demo-output/, prints
//   what was extracted (JSON) and where the screenshots are, exits 0.
// - With a display: a real browser window (posting tab + popup tab); waits until you close it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BrowserSetupError, CHROMIUM, ensureAndExport } from './lib/find-browser';
import { launchWithExtension, openPopupFor, openPosting, pageReportOf, postingUrl, ROOT } from './lib/chromium';
import { errorMessage } from '../core/error-message';

const jobId = process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? '3038134';
const headless = !process.env.DISPLAY;
const outDir = join(ROOT, 'demo-output');

// The browser first: a machine without one learns it in a second, not after the build.
try {
  const browser = ensureAndExport(CHROMIUM);
  process.stderr.write(`Browser: ${browser.version} (${browser.path})\n`);
} catch (err) {
  if (!(err instanceof BrowserSetupError)) throw err;
  console.error(err.message);
  process.exit(1);
}

process.stderr.write('Building the extension (wxt build)…\n');
try {
  // Quiet unless it fails: WXT's file list and progress spinner are not what the demo shows.
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
} catch (err) {
  const { stdout = '', stderr = '' } = err as { stdout?: string; stderr?: string };
  console.error(`${stdout}${stderr}\ndemo failed: \`wxt build\` failed (output above)`);
  process.exit(1);
}
process.stderr.write(`Opening job ${jobId} in ${headless ? 'headless ' : ''}Chromium with LoopReady loaded…\n`);

const ext = await launchWithExtension({ headless });
let exitCode = 0;
try {
  const page = await openPosting(ext, postingUrl(jobId));
  const { posting } = await pageReportOf(ext, page);
  const popup = await openPopupFor(ext, page);
  await popup.waitForSelector('#app [aria-busy="false"]', { timeout: 10_000 });
  // The ranking renders after the popup's first answer; a posting may also rank nothing.
  await popup.waitForSelector('.principle-name', { timeout: 10_000 }).catch(() => undefined);
  const principles = await popup.locator('.principle-name').allTextContents();

  mkdirSync(outDir, { recursive: true });
  const postingJson = join(outDir, `posting-${jobId}.json`);
  writeFileSync(postingJson, `${JSON.stringify(posting, null, 2)}\n`);
  console.log(summary(posting as DemoPosting, principles));
  console.log(`\nFull extraction (every field, its provenance): ${relative(process.cwd(), postingJson)}`);

  if (headless) {
    const pageShot = join(outDir, `posting-${jobId}.png`);
    const popupShot = join(outDir, `popup-${jobId}.png`);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: pageShot });
    await popup.setViewportSize({ width: 380, height: 560 });
    await popup.screenshot({ path: popupShot, fullPage: true });
    console.log(`Screenshots: ${relative(process.cwd(), pageShot)}, ${relative(process.cwd(), popupShot)}`);
    if (ext.blocked.length > 0) console.log(`Blocked requests (never sent): ${ext.blocked.map((r) => r.url).join(', ')}`);
  } else {
    console.log('\nChromium is open with LoopReady loaded: the posting in one tab, the popup in another.');
    console.log('Close the browser window to end the demo.');
    await new Promise<void>((done) => ext.context.on('close', () => done()));
  }
} catch (err) {
  console.error('demo failed:', errorMessage(err));
  exitCode = 1;
} finally {
  await ext.close().catch(() => {});
}
process.exit(exitCode);

interface DemoPosting {
  jobId: string;
  title: string;
  url: string;
  company: string | null;
  category: string | null;
  locations: string[];
  responsibilities: string[];
  basicQualifications: string[];
  preferredQualifications: string[];
  missing: string[];
}

/** What a person wants to see first: the fields, the counts, what was not found, the popup's ranking. */
function summary(p: DemoPosting, principles: string[]): string {
  const rows: Array<[string, string]> = [
    ['job', `${p.jobId}  ${p.url}`],
    ['title', p.title],
    ['company', p.company ?? '—'],
    ['category', p.category ?? '—'],
    ['locations', p.locations.join('; ') || '—'],
    ['bullets', `${p.responsibilities.length} responsibilities, ${p.basicQualifications.length} basic and ${p.preferredQualifications.length} preferred qualifications`],
    ['not found', p.missing.join(', ') || 'nothing'],
    ['popup ranks', principles.slice(0, 3).map((n, i) => `${i + 1}. ${n}`).join('  ') || '—'],
  ];
  return ['\nThe content script extracted, and the popup shows:', ...rows.map(([k, v]) => `  ${k.padEnd(12)}${v}`)].join('\n');
}

