// The surfaces people use, in Chromium with the built extension and amazon.jobs served from the
// real fixtures: save a posting with the in-page control, move it through stages in the tracker,
// see its stage on the real listing page, save a card from the listing, open and print its prep
// plan, change settings, and refuse a bad backup. Expected titles and IDs are read from the fixtures
// (tests/fixtures/pages/reconstructed/3038134.html; the results fragment's second card is 3045433).
// Each test sets up the state it needs (trackedAt) rather than leaning on the one before it; only
// the listing's card is saved from the listing, by the test that checks how such a card is kept.
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../../scripts/lib/chromium';
import { trackedAt } from './extension-session';
import { launchExtension, type ExtensionHarness } from './harness';

const EXT_DIR = process.env.LOOPREADY_EXTENSION_DIR ?? EXTENSION_DIR;
const BIE = { jobId: '3038134', title: 'Sr BIE position 3P Selection, EU 3P Selection' };
const RISK = { jobId: '3045433', title: 'Risk Manager, Extended Producer Responsibility (EPR)' };

let ext: ExtensionHarness;
let base: string;

beforeAll(async () => {
  ext = await launchExtension({ extensionDir: EXT_DIR });
  base = `chrome-extension://${ext.extensionId}`;
});

afterAll(async () => {
  await ext?.close();
});

async function extensionPage(path: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1300, height: 900 });
  await page.goto(`${base}/${path}`);
  return page;
}

const saveControl = (page: Page) => page.locator(`[data-loopready="save"][data-job-id="${BIE.jobId}"]`);
const badge = (page: Page, jobId: string) => page.locator(`[data-loopready="badge"][data-job-id="${jobId}"]`);
/** The text inside a control's shadow root (Playwright's CSS engine pierces open shadow roots). */
const shown = (host: ReturnType<Page['locator']>) => host.locator('.b').textContent({ timeout: 1000 }).catch(() => null);
const poll = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 8000, interval: 100 });

/** Save the listing's card `jobId` from its badge (what a card shows is all such a record knows), unless tracked already. */
async function savedFromListing(jobId: string, title: string): Promise<void> {
  const page = await ext.openListing();
  // A badge shows either the stage ("LoopReady: Saved") or a Save button.
  await poll(() => shown(badge(page, jobId))).toMatch(/^(LoopReady: |Save$)/);
  const save = badge(page, jobId).getByRole('button', { name: `Save “${title}” to LoopReady` });
  if ((await save.count()) > 0) await save.click();
  await poll(() => shown(badge(page, jobId))).toMatch(/^LoopReady: (?!not saved)/);
  await page.close();
}

describe('save, track, plan', () => {
  it('saves a posting from the control beside its title', async () => {
    const page = await ext.openPosting(BIE.jobId);
    const control = saveControl(page);
    await control.getByRole('button', { name: `Save “${BIE.title}” to LoopReady` }).click();
    await poll(() => shown(control)).toBe('LoopReady: Saved');
    // The title text is what it was: our control lives in its own shadow root.
    expect(await page.evaluate(() => document.querySelector('h1')!.textContent!.trim())).toBe(BIE.title);
    await page.close();
  });

  it('finds it in the tracker, moves it to Applied, undoes and redoes the move', async () => {
    await trackedAt(ext, BIE.jobId, 'saved');
    const page = await extensionPage('tracker.html');
    await page.getByRole('searchbox', { name: 'Search applications' }).fill('3P Selection');
    const row = page.locator(`tr[data-job-id="${BIE.jobId}"]`);
    await poll(() => row.count()).toBe(1);
    expect(await row.locator('.status').textContent()).toBe('Saved');
    await row.getByRole('button', { name: BIE.title }).click();
    const detail = page.locator('article.detail');
    await detail.getByRole('combobox', { name: /Move to/ }).selectOption('applied');
    await detail.getByRole('button', { name: 'Move', exact: true }).click();
    await poll(() => row.locator('.status').textContent()).toBe('Applied');
    await detail.getByRole('button', { name: 'Undo “Applied”' }).click();
    await poll(() => row.locator('.status').textContent()).toBe('Saved');
    await detail.getByRole('combobox', { name: /Move to/ }).selectOption('applied');
    await detail.getByRole('button', { name: 'Move', exact: true }).click();
    await poll(() => detail.locator('.history li').allTextContents()).toHaveLength(2);
    expect((await detail.locator('.history li').allTextContents())[1]).toMatch(/: Applied$/);
    // Applied: follow-up suggested in 14 days (the default wait), with the reason shown.
    expect(await detail.getByTestId('follow-up-reason').textContent()).toMatch(/^Applied today; follow-up suggested in 14 days\.$/);
    await page.close();
  });

  it('shows the stage beside the title when the posting is opened again', async () => {
    await trackedAt(ext, BIE.jobId, 'applied');
    const page = await ext.openPosting(BIE.jobId);
    await poll(() => shown(saveControl(page))).toBe('LoopReady: Applied');
    await page.close();
  });

  it('badges the real listing: the tracked job shows its stage, another card can be saved from the list', async () => {
    await trackedAt(ext, BIE.jobId, 'applied');
    const page = await ext.openListing();
    await poll(() => shown(badge(page, BIE.jobId))).toBe('LoopReady: Applied');
    await badge(page, RISK.jobId).getByRole('button', { name: `Save “${RISK.title}” to LoopReady` }).click();
    await poll(() => shown(badge(page, RISK.jobId))).toBe('LoopReady: Saved');
    expect(await page.locator('[data-loopready="badge"]').count()).toBe(10);
    // The badge sits inline after the title link and does not change the card's height.
    const heights = await page.evaluate(() => {
      const tile = document.querySelector('.job[data-job-id="3045434"]') as HTMLElement;
      const before = tile.getBoundingClientRect().height;
      const host = tile.querySelector('[data-loopready]') as HTMLElement;
      host.style.display = 'none';
      const without = tile.getBoundingClientRect().height;
      host.style.display = '';
      return { before, without };
    });
    expect(heights.before).toBe(heights.without);
    await page.close();
  });

  it('keeps badges on results drawn late by the site', async () => {
    await trackedAt(ext, BIE.jobId, 'applied');
    const page = await ext.openListing({ renderLate: true });
    expect(await page.locator('[data-loopready="badge"]').count()).toBe(0);
    const { searchResultsFragment } = await import('./harness');
    await page.evaluate((html) => {
      const mount = document.querySelector('[data-react-class="SearchContent"]')!;
      // Test DOM standing in for the site's own renderer.
      mount.insertAdjacentHTML('beforeend', html);
    }, searchResultsFragment());
    await poll(() => shown(badge(page, BIE.jobId))).toBe('LoopReady: Applied');
    await page.close();
  });

  it('lists the card saved from the listing with the fields it could not see named', async () => {
    await savedFromListing(RISK.jobId, RISK.title);
    const page = await extensionPage(`tracker.html?jobId=${RISK.jobId}`);
    const detail = page.locator('article.detail');
    await poll(() => detail.locator('#detail-title').textContent()).toBe(RISK.title);
    expect(await detail.textContent()).toContain('Not found on the page:');
    expect(await detail.textContent()).toContain('job description');
    await page.close();
  });

  it('opens the prep plan, keeps a STAR note, and prints without controls', async () => {
    await trackedAt(ext, BIE.jobId);
    const page = await extensionPage(`plan.html?jobId=${BIE.jobId}`);
    await poll(() => page.locator('#plan-title').textContent()).toBe(`Prep plan: ${BIE.title}`);
    expect(await page.locator('.evidence mark').count()).toBeGreaterThan(0);
    const situation = page.locator('.principle').first().getByRole('textbox').first();
    await situation.fill('Weekly revenue looked 4% high before the business review');
    await situation.blur();
    await poll(() => page.getByRole('status').first().textContent()).toContain('All changes saved.');
    await page.reload();
    await poll(() => page.locator('.principle').first().getByRole('textbox').first().inputValue()).toBe(
      'Weekly revenue looked 4% high before the business review',
    );

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    expect(await page.locator('header.page-head').isVisible()).toBe(false);
    expect(await page.locator('.practice').isVisible()).toBe(false);
    // On paper the STAR text is printed as text (a textarea would clip it).
    expect(await page.locator('.principle').first().locator('.print-only').first().textContent()).toBe(
      'Weekly revenue looked 4% high before the business review',
    );
    const dir = mkdtempSync(join(tmpdir(), 'loopready-print-'));
    const pdf = await page.pdf({ format: 'A4' });
    writeFileSync(join(dir, 'plan.pdf'), pdf);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThan(0);
    // The plan now carries the family's loop, a story map and the failure/disagreement pair: 12 A4 pages at most.
    expect(pages).toBeLessThanOrEqual(12);
    await page.close();
  });
});

describe('settings and data', () => {
  it('saves follow-up timing and the theme, and every page follows the theme', async () => {
    const page = await extensionPage('options.html');
    const applied = page.getByRole('spinbutton', { name: /^Applied/ });
    await poll(() => applied.inputValue()).toBe('14');
    await applied.fill('10');
    await page.getByRole('button', { name: 'Save timing' }).click();
    await poll(() => page.getByText('Saved. New timings apply').count()).toBe(1);
    await page.getByRole('radio', { name: 'Dark' }).check();
    await poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.reload();
    await poll(() => page.getByRole('spinbutton', { name: /^Applied/ }).inputValue()).toBe('10');
    const tracker = await extensionPage('tracker.html');
    expect(await tracker.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.getByRole('radio', { name: 'Same as the system' }).check();
    await poll(() => page.evaluate(() => document.documentElement.dataset.theme ?? null)).toBe(null);
    // Back to the default timing: no later test inherits this one's.
    await page.getByRole('spinbutton', { name: /^Applied/ }).fill('14');
    await page.getByRole('button', { name: 'Save timing' }).click();
    // The page was reloaded since the first save: this message is the second save's.
    await poll(() => page.getByText('Saved. New timings apply').count()).toBe(1);
    await tracker.close();
    await page.close();
  });

  it('refuses an invalid backup with the exact problem and changes nothing', async () => {
    await trackedAt(ext, BIE.jobId);
    const page = await extensionPage('tracker.html');
    await poll(() => page.getByText(/ of \d+ applications$/).count()).toBe(1);
    const rows = await page.locator('tr[data-job-id]').count();
    expect(rows).toBeGreaterThan(0);
    const bad = JSON.stringify({ format: 'loopready-backup', version: 1, exportedAt: '2025-08-01T00:00:00Z', applications: [{ jobId: 'abc' }], stories: [], settings: null });
    await page.getByLabel('Import a backup (JSON)').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
    const alert = page.getByRole('alert');
    await poll(() => alert.textContent()).toContain('Nothing was imported. This file is not a valid LoopReady backup:');
    expect(await alert.textContent()).toContain('Application for job abc, jobId: invalid format');
    await page.reload();
    await poll(() => page.getByText(/ of \d+ applications$/).count()).toBe(1);
    expect(await page.locator('tr[data-job-id]').count()).toBe(rows);
    await page.close();
  });

  it('made no requests from extension pages and logged no errors', () => {
    expect(ext.requests.blocked.filter((r) => r.frameUrl.startsWith('chrome-extension://'))).toEqual([]);
    expect(ext.extensionProblems()).toEqual([]);
  });
});
