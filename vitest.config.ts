import { join } from 'node:path';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// CI (.ci/run) sets LOOPREADY_RESULTS_DIR to collect machine-readable results: one JSON file per
// run, named after the project the run selected (`vitest run --project unit` -> results-unit.json),
// because `npm test` runs the three projects as three separate vitest processes.
const resultsDir = process.env.LOOPREADY_RESULTS_DIR;
function selectedProject(argv: string[]): string {
  const i = argv.findIndex((a) => a === '--project' || a.startsWith('--project='));
  if (i < 0) return 'all';
  const arg = argv[i]!;
  return (arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[i + 1]) ?? 'all';
}
const reporting = resultsDir
  ? {
      reporters: ['default', 'json'],
      outputFile: { json: join(resultsDir, `results-${selectedProject(process.argv)}.json`) },
    }
  : {};

export default defineConfig({
  test: {
    ...reporting,
    projects: [
      {
        // Pure code and adapters with WXT's fake browser: fast, no Chromium.
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          // CI runs on 2 shared cores: a multi-megabyte page or a spawned CLI can take seconds there.
          // Speed is judged by `npm run bench`, never by a test's time limit.
          testTimeout: 30_000,
        },
      },
      {
        // The built extension (.output/chrome-mv3) loaded into Debian's Chromium via playwright-core.
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        // The built Firefox extension (.output/firefox-mv2) in Debian's firefox-esr via puppeteer-core
        // over WebDriver BiDi (scripts/lib/firefox.ts).
        test: {
          name: 'firefox',
          include: ['tests/firefox/**/*.test.ts'],
          globalSetup: ['tests/firefox/global-setup.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
