// An open popup follows a stage changed in the tracker, in Chromium with the built extension on the
// real posting 3038134 (served from fixtures). The popup is kept from hearing focus and visibility
// events, so the only way it can learn of the change is the store's applicationChanged notice
// (db/store-writes.ts). The other way round, the tracker follows a move made in the popup.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storedApplications } from './extension-session';
import { launchExtension, type ExtensionHarness } from './harness';

const JOB = '3038134';

let ext: ExtensionHarness;

beforeAll(async () => {
  ext = await launchExtension();
});

afterAll(async () => {
  await ext?.close();
});

const poll = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 8000, interval: 100 });
const popupStage = (popup: Page) => popup.locator('.stage-now .pill').textContent();

/** Swallow the popup's focus and visibility events (counted): "looking at it again" cannot happen. */
async function neverLookedAt(popup: Page): Promise<() => Promise<number>> {
  await popup.evaluate(() => {
    const w = window as unknown as { looks: number };
    w.looks = 0;
    const swallow = (e: Event) => {
      w.looks++;
      e.stopImmediatePropagation();
    };
    window.addEventListener('focus', swallow, true);
    document.addEventListener('visibilitychange', swallow, true);
  });
  return () => popup.evaluate(() => (window as unknown as { looks: number }).looks);
}

describe('a stage changed in one view shows in the other, without a click or focus', () => {
  it('the open popup shows the stage moved in the tracker, and the tracker the one moved in the popup', async () => {
    const posting = await ext.openPosting(JOB);
    await ext.pageReport(posting); // the content script is listening
    const popup = await ext.openPopupFor(posting);
    await popup.getByRole('button', { name: 'Save to tracker' }).click();
    await poll(() => popupStage(popup)).toBe('Saved');
    const looks = await neverLookedAt(popup);

    const tracker = await ext.context.newPage();
    await tracker.goto(`chrome-extension://${ext.extensionId}/tracker.html?jobId=${JOB}`);
    const detail = tracker.locator('article.detail');
    await detail.getByRole('combobox', { name: 'Move to' }).selectOption('applied');
    await detail.getByRole('button', { name: 'Move', exact: true }).click();

    await poll(() => popupStage(popup)).toBe('Applied');
    expect(await popup.locator('.feedback').textContent()).toBe('Stage changed elsewhere: now Applied.');
    expect(await popup.locator('#next-stage option').allTextContents()).toContain('Phone screen');
    expect(await looks()).toBe(0);

    // Back in the popup: its own move is announced as its own, and the tracker's detail follows it.
    await popup.selectOption('#next-stage', 'phone-screen');
    await popup.getByRole('button', { name: 'Update stage' }).click();
    await poll(() => popupStage(popup)).toBe('Phone screen');
    await poll(() => detail.locator('.pill').first().textContent()).toBe('Phone screen');
    await poll(() => tracker.locator(`tr[data-job-id="${JOB}"] .status`).textContent()).toBe('Phone screen');
    // Give a late notice of the popup's own move time to arrive: it must not be reported as made elsewhere.
    await new Promise((r) => setTimeout(r, 300));
    expect(await popup.locator('.feedback').textContent()).toBe('Stage changed to Phone screen.');

    const stored = (await storedApplications(popup)).filter((a) => a.jobId === JOB);
    expect(stored.map((a) => a.status)).toEqual(['phone-screen']);
    expect(ext.extensionProblems()).toEqual([]);
    await tracker.close();
    await popup.close();
  });
});
