// Size budgets as a gate: prints each entry's gzipped size and exits 1 when the content script or the
// popup is over budget. The budgets live in one place, scripts/bundle-size.ts (BUDGETS), and the
// measuring is that script's; this only decides pass or fail.
//
//   npx tsx scripts/check-budgets.ts [buildDir]   default .output/chrome-mv3 (run `npx wxt build` first)
//   npx tsx scripts/check-budgets.ts --fresh      builds into a temporary directory first
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_BUILD_DIR, formatBundleSizes, kb, measureBundles, type BundleSizes } from './bundle-size';
import { buildIsolated } from './lib/build-isolated';
import { runAsMain } from './lib/run-as-main';

/** One line per entry over its budget; empty when every budget holds. */
export function overBudget(sizes: BundleSizes): string[] {
  return Object.entries(sizes)
    .filter(([, s]) => s.budgetBytes !== null && s.gzipBytes > s.budgetBytes)
    .map(([name, s]) => `${name}: ${kb(s.gzipBytes)} KB gzipped > budget ${kb(s.budgetBytes!)} KB (${s.gzipBytes - s.budgetBytes!} bytes over)`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const fresh = args.includes('--fresh');
  const dirArg = args.find((a) => !a.startsWith('--'));
  const temp = fresh ? mkdtempSync(join(tmpdir(), 'loopready-budgets-')) : null;
  try {
    const buildDir = temp ? await buildIsolated(temp, 'chrome') : dirArg ? resolve(dirArg) : DEFAULT_BUILD_DIR;
    const sizes = measureBundles(buildDir);
    for (const line of formatBundleSizes(sizes)) console.log(line);
    const over = overBudget(sizes);
    if (over.length > 0) {
      for (const line of over) console.log(`OVER BUDGET ${line}`);
      process.exitCode = 1;
    } else {
      console.log('budgets: all within');
    }
  } finally {
    if (temp) rmSync(temp, { recursive: true, force: true });
  }
}

runAsMain(import.meta.url, main);
