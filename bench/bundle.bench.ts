// Bundle sizes of the built extension (gzipped JS each entry loads, chunks included). Builds
// first when there is no .output/chrome-mv3 yet.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_BUILD_DIR, kb, measureBundles } from '../scripts/bundle-size';
import type { BenchEntry } from './benchmark';

export default async function bundleBenchmarks(): Promise<BenchEntry[]> {
  if (!existsSync(join(DEFAULT_BUILD_DIR, 'manifest.json'))) {
    execFileSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const sizes = measureBundles();
  return [
    { name: 'bundle: content script (gzipped JS)', measure: () => ({ value: kb(sizes.contentScript.gzipBytes), unit: 'KB' }) },
    { name: 'bundle: popup (gzipped JS)', measure: () => ({ value: kb(sizes.popup.gzipBytes), unit: 'KB' }) },
  ];
}
