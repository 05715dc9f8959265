// Builds the extension into a directory of its own (not the shared .output/), so a check that needs a
// fresh build (manifest test, budgets, Firefox lint) neither races another build nor tests a stale one.
//
//   npx tsx scripts/lib/build-isolated.ts <outDir> [chrome|firefox]   -> <outDir>/<browser>-mv3|mv2
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'wxt';

export type Browser = 'chrome' | 'firefox';

/** Builds for `browser` into `outDir` (`mode`: e.g. 'e2e' for the test-clock build) and returns the directory holding manifest.json. */
export async function buildIsolated(outDir: string, browser: Browser = 'chrome', mode?: string): Promise<string> {
  await build({ outDir, browser, logger: quiet, ...(mode ? { mode } : {}) });
  const dir = readdirSync(outDir).find((d) => d.startsWith(`${browser}-mv`) && existsSync(join(outDir, d, 'manifest.json')));
  if (!dir) throw new Error(`wxt build -b ${browser} produced no manifest under ${outDir}`);
  return join(outDir, dir);
}

// WXT's progress output is noise in test logs; warnings and errors still show.
const noop = (): void => undefined;
const quiet = {
  debug: noop, log: noop, info: noop, success: noop,
  warn: console.warn, error: console.error, fatal: console.error,
} as unknown as NonNullable<Parameters<typeof build>[0]>['logger'];

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [outDir, browser = 'chrome'] = process.argv.slice(2);
  if (!outDir || (browser !== 'chrome' && browser !== 'firefox')) {
    console.error('usage: tsx scripts/lib/build-isolated.ts <outDir> [chrome|firefox]');
    process.exit(2);
  }
  console.log(await buildIsolated(outDir, browser));
}
