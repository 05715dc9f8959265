// Bundle sizes of the built extension (gzipped JS each entry loads, chunks included), from a build
// of the sources as they are now, made into a temporary directory: reading whatever happened to be
// in .output/ reported an older build's sizes whenever the sources had changed since. The build
// (~20 s) runs only when a bundle row is measured, so `npm run bench -- ranking` skips it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BundleSizes, kb, measureBundles } from '../scripts/bundle-size';
import { buildIsolated } from '../scripts/lib/build-isolated';
import type { BenchEntry } from './benchmark';

let sizes: Promise<BundleSizes> | null = null;

/** Builds once, measures, and removes the build. */
function freshSizes(): Promise<BundleSizes> {
  return (sizes ??= (async () => {
    const temp = mkdtempSync(join(tmpdir(), 'loopready-bench-bundle-'));
    try {
      return measureBundles(await buildIsolated(temp, 'chrome'));
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  })());
}

export default function bundleBenchmarks(): BenchEntry[] {
  return [
    { name: 'bundle: content script (gzipped JS)', measure: async () => ({ value: kb((await freshSizes()).contentScript.gzipBytes), unit: 'KB' }) },
    { name: 'bundle: popup (gzipped JS)', measure: async () => ({ value: kb((await freshSizes()).popup.gzipBytes), unit: 'KB' }) },
  ];
}
