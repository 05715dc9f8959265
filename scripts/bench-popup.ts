// How fast the popup shows something real, measured in the built extension in Chromium.
//   npx tsx scripts/bench-popup.ts [--opens 15] [--build] [--json]
// Builds first when there is no build (or with --build). Opens the popup (as popup.html?tabId=N, as
// the browser tests do: a toolbar click is impossible headless) N times on the real posting 3038134
// and N times on a page without the content script, and reads the popup's own performance marks:
//   page -> first paint: navigation start -> first-contentful-paint (the static shell in popup.html)
//   page -> shell:      navigation start -> the shell (heading, "Reading the page…") is in the DOM
//   script -> content:  main.tsx started (after its imports ran) -> the first real answer is in the DOM
//   page -> content:    navigation start -> the same (HTML, script download/parse included)
//   page -> principles: navigation start -> the ranked principles are in the DOM (posting only)
// Prints medians (and min/max); the budget is first content within 100 ms of opening.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { FIRST_CONTENT_MARK, PRINCIPLES_MARK, SHELL_MARK, START_MARK } from '../entrypoints/popup/marks';
import { EXTENSION_DIR, ROOT, launchWithExtension, openPopupFor, openPosting, type LoadedExtension } from './lib/chromium';

const args = process.argv.slice(2);
const opensArg = args.indexOf('--opens');
const OPENS = Math.max(10, Number(opensArg >= 0 ? args[opensArg + 1] : 15) || 15);
const JSON_OUT = args.includes('--json');
const log = (s: string) => (JSON_OUT ? process.stderr.write(s + '\n') : console.log(s));

interface Sample {
  pageToPaint: number | null;
  pageToShell: number;
  scriptToContent: number;
  pageToContent: number;
  pageToPrinciples: number | null;
}

async function openAndMeasure(ext: LoadedExtension, target: Page, withPrinciples: boolean): Promise<Sample> {
  const popup = await openPopupFor(ext, target);
  try {
    const wanted = withPrinciples ? [START_MARK, SHELL_MARK, FIRST_CONTENT_MARK, PRINCIPLES_MARK] : [START_MARK, SHELL_MARK, FIRST_CONTENT_MARK];
    await popup.waitForFunction((names) => names.every((n) => performance.getEntriesByName(n).length > 0), wanted, { timeout: 10_000 });
    const at = await popup.evaluate((names) => names.map((n) => performance.getEntriesByName(n)[0]?.startTime ?? null), wanted);
    const [start, shell, content, principles] = at as [number, number, number, number | undefined];
    const paint = await popup.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
    return { pageToPaint: paint, pageToShell: shell, scriptToContent: content - start, pageToContent: content, pageToPrinciples: principles ?? null };
  } finally {
    await popup.close();
  }
}

function stats(values: number[]) {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  const r = (x: number) => Math.round(x * 10) / 10;
  return { median: r(median), min: r(s[0]!), max: r(s.at(-1)!), n: s.length };
}

async function main() {
  if (args.includes('--build') || !existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    log('building the extension (npx wxt build)…');
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: JSON_OUT ? 'ignore' : 'inherit' });
  }
  const ext = await launchWithExtension();
  try {
    const posting = await openPosting(ext, '3038134');
    const blank = await ext.context.newPage();
    // One untimed open each: the first one also starts the service worker and warms the disk cache.
    await openAndMeasure(ext, posting, true);
    await openAndMeasure(ext, blank, false);
    const onPosting: Sample[] = [];
    const offPosting: Sample[] = [];
    for (let i = 0; i < OPENS; i++) {
      onPosting.push(await openAndMeasure(ext, posting, true));
      offPosting.push(await openAndMeasure(ext, blank, false));
    }
    const result = {
      opens: OPENS,
      posting: {
        pageToFirstPaintMs: stats(onPosting.flatMap((s) => (s.pageToPaint === null ? [] : [s.pageToPaint]))),
        pageToShellMs: stats(onPosting.map((s) => s.pageToShell)),
        scriptToContentMs: stats(onPosting.map((s) => s.scriptToContent)),
        pageToContentMs: stats(onPosting.map((s) => s.pageToContent)),
        pageToPrinciplesMs: stats(onPosting.map((s) => s.pageToPrinciples!)),
      },
      offPosting: {
        pageToFirstPaintMs: stats(offPosting.flatMap((s) => (s.pageToPaint === null ? [] : [s.pageToPaint]))),
        pageToShellMs: stats(offPosting.map((s) => s.pageToShell)),
        scriptToContentMs: stats(offPosting.map((s) => s.scriptToContent)),
        pageToContentMs: stats(offPosting.map((s) => s.pageToContent)),
      },
    };
    if (JSON_OUT) process.stdout.write(JSON.stringify(result) + '\n');
    else {
      const line = (label: string, s: ReturnType<typeof stats>) => console.log(`${label.padEnd(44)} median ${s.median} ms  (min ${s.min}, max ${s.max}, n=${s.n})`);
      line('posting 3038134: page start -> first paint', result.posting.pageToFirstPaintMs);
      line('posting 3038134: page start -> shell', result.posting.pageToShellMs);
      line('posting 3038134: script start -> first content', result.posting.scriptToContentMs);
      line('posting 3038134: page start -> first content', result.posting.pageToContentMs);
      line('posting 3038134: page start -> principles', result.posting.pageToPrinciplesMs);
      line('no content script: page start -> first paint', result.offPosting.pageToFirstPaintMs);
      line('no content script: page start -> shell', result.offPosting.pageToShellMs);
      line('no content script: script start -> first content', result.offPosting.scriptToContentMs);
      line('no content script: page start -> first content', result.offPosting.pageToContentMs);
    }
  } finally {
    await ext.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench-popup: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exit(1);
});
