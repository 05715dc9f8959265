// A long import in the real tracker page: a generated backup of 5,000 applications shows its steps
// and numbers while it runs (the tracker stays responsive enough to draw them), then what it
// imported; a bad one of the same size shows its check, then that nothing was imported.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBackup } from '../../core/backup';
import { EXTENSION_DIR } from '../../scripts/lib/chromium';
import { storedApplicationCountInPage } from '../shared/store-in-page';
import { appOf, T0 } from '../unit/ui/helpers';
import { launchExtension, type ExtensionHarness } from './harness';

const EXT_DIR = process.env.LOOPREADY_EXTENSION_DIR ?? EXTENSION_DIR;
/** About 30 MB of JSON: at least ten seconds of import on a loaded CI machine. IMPORT_N=100000 for the size. */
const N = Number(process.env.IMPORT_N ?? 5_000);
const TOTAL = N.toLocaleString('en');

let ext: ExtensionHarness;
let tmp: string;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'loopready-import-'));
  ext = await launchExtension({ extensionDir: EXT_DIR });
});

afterAll(async () => {
  await ext?.close();
  rmSync(tmp, { recursive: true, force: true });
});

function bigBackup(n: number): Record<string, any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const model = appOf('3038134', ['saved', 'applied']);
  const apps = Array.from({ length: n }, (_, i) => {
    const jobId = String(10_000_000 + i);
    return { ...model, jobId, posting: { ...model.posting, jobId } };
  });
  return buildBackup(apps, [], null, [], T0);
}

/** Record, with the time, every state the progress area is drawn in (a frame callback reads what is on screen). */
async function recordProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { seen: { at: number; phase: string; text: string; valuetext: string | null }[] };
    w.seen = [];
    const look = () => {
      const area = document.querySelector('.import-progress');
      const bar = area?.querySelector('progress');
      const text = area?.textContent ?? '';
      if (area && bar && w.seen.at(-1)?.text !== text) w.seen.push({ at: performance.now(), phase: area.getAttribute('data-phase') ?? '', text, valuetext: bar.getAttribute('aria-valuetext') });
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
}

/**
 * Choose the backup in the panel's file input. It is written to a temporary file (over 50 MB,
 * Playwright takes only a path) that the page reads later: it is removed after all tests.
 */
async function importFile(page: Page, body: unknown): Promise<void> {
  const file = join(tmp, `backup-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(body));
  await page.getByLabel('Import a backup (JSON)').setInputFiles(file);
}

/** How many applications are stored, straight from the extension's IndexedDB. */
const storedCount = (page: Page) => page.evaluate(storedApplicationCountInPage);

const seen = (page: Page) => page.evaluate(() => (window as unknown as { seen: { at: number; phase: string; text: string; valuetext: string | null }[] }).seen);

describe(`importing ${N.toLocaleString('en')} applications`, () => {
  it('shows the steps and their numbers while it runs, then what was imported', async () => {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/tracker.html`);
    await page.getByLabel('Import a backup (JSON)').waitFor();
    await recordProgress(page);
    await importFile(page, bigBackup(N));
    const status = page.getByRole('status').filter({ hasText: 'Imported' });
    await status.waitFor({ timeout: 120_000 });
    expect(await status.textContent()).toBe(`Imported ${N.toLocaleString('en')} applications and 0 stories.`);
    const states = await seen(page);
    // Drawn on screen before the end, with numbers short of the total, on an accessible bar.
    const partial = states.filter((s) => /(checked|saved)$/.test(s.text) && !s.text.includes(`${TOTAL} of ${TOTAL}`));
    expect(partial.length, JSON.stringify(states.map((s) => s.text))).toBeGreaterThanOrEqual(1);
    expect(partial[0]!.valuetext).toMatch(new RegExp(`^[\\d,]+ of ${TOTAL} records (checked|saved)$`));
    expect(states.map((s) => s.phase).filter((p, i, all) => p !== all[i - 1])).toEqual(expect.arrayContaining(['reading', 'validating', 'writing']));
    expect(await page.getByRole('progressbar').count()).toBe(0);
    expect(await storedCount(page)).toBe(N);
    expect(ext.extensionProblems()).toEqual([]);
    await page.close();
  });

  it('a bad file of the same size shows its check, then that nothing was imported', async () => {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/tracker.html`);
    await page.getByLabel('Import a backup (JSON)').waitFor();
    await recordProgress(page);
    const bad = bigBackup(N);
    bad.applications[N - 1].status = 'hired';
    bad.applications[N - 1].jobId = '99999999';
    await importFile(page, bad);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 120_000 });
    expect(await alert.textContent()).toContain('Nothing was imported.');
    expect(await alert.textContent()).toContain('(job 99999999)');
    const states = await seen(page);
    expect(states.some((s) => s.phase === 'validating')).toBe(true);
    expect(states.some((s) => s.phase === 'writing')).toBe(false);
    expect(await storedCount(page)).toBe(N); // the first test's, untouched
    await page.close();
  });
});
