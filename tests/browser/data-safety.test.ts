// Data safety in the real browser: two tabs saving the same job at once give one record, and a
// follow-up reminder is shown once, not again after the service worker is stopped and restarted
// (MV3 workers stop after 30 s idle, so this happens many times a day).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../../scripts/lib/chromium';
import { extensionPage, restartServiceWorker, sendFromPage, storedApplications } from './extension-session';
import { launchExtension, type ExtensionHarness } from './harness';

const EXT_DIR = process.env.LOOPREADY_EXTENSION_DIR ?? EXTENSION_DIR;

let ext: ExtensionHarness;

beforeAll(async () => {
  ext = await launchExtension({ extensionDir: EXT_DIR });
}, 60_000);

afterAll(async () => {
  await ext?.close();
});

/** The posting as the content script extracted it from the served page. */
async function extractedPosting(jobId: string): Promise<unknown> {
  const page = await ext.openPosting(jobId);
  const posting = (await ext.pageReport(page)).posting as { jobId: string };
  expect(posting.jobId).toBe(jobId);
  return posting;
}

/** The ids of the notifications the extension is showing now. */
async function shownNotifications(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) =>
        (globalThis as unknown as { chrome: { notifications: { getAll(cb: (all: Record<string, boolean>) => void): void } } }).chrome.notifications.getAll(
          (all) => resolve(Object.keys(all)),
        ),
      ),
  );
}

async function clearNotifications(page: Page): Promise<void> {
  for (const id of await shownNotifications(page)) {
    await page.evaluate(
      (id) =>
        new Promise<void>((resolve) =>
          (globalThis as unknown as { chrome: { notifications: { clear(id: string, cb: () => void): void } } }).chrome.notifications.clear(id, () => resolve()),
        ),
      id,
    );
  }
}

describe('two tabs saving the same job at once', () => {
  it('give one record, and both get it back', async () => {
    const posting = await extractedPosting('3049864');
    const [a, b] = [await extensionPage(ext), await extensionPage(ext)];
    const replies = (await Promise.all([
      sendFromPage(a, 'saveApplication', { posting }),
      sendFromPage(b, 'saveApplication', { posting }),
      sendFromPage(a, 'saveApplication', { posting }),
      sendFromPage(b, 'saveApplication', { posting }),
    ])) as { jobId: string; savedAt: number }[];
    expect(new Set(replies.map((r) => r.jobId))).toEqual(new Set(['3049864']));
    // The later saves returned the first save's record, not a new one.
    expect(new Set(replies.map((r) => r.savedAt)).size).toBe(1);
    const stored = (await storedApplications(a)).filter((app) => app.jobId === '3049864');
    expect(stored).toHaveLength(1);
    expect(stored[0]!.savedAt).toBe(replies[0]!.savedAt);
  }, 60_000);
});

describe('a due follow-up across a service-worker restart', () => {
  it('is notified once: the restarted worker does not notify it again', async () => {
    const posting = await extractedPosting('3038134');
    const page = await extensionPage(ext);
    await sendFromPage(page, 'saveApplication', { posting });
    const dueAt = Date.now() - 60_000;
    await sendFromPage(page, 'setFollowUp', { jobId: '3038134', at: dueAt });
    await clearNotifications(page);

    const first = (await sendFromPage(page, 'runReminderCheck', null)) as { due: number; notified: number };
    expect(first).toEqual({ due: 1, notified: 1, interviewNotices: 0 });
    expect(await shownNotifications(page)).toEqual(['loopready-follow-ups-due']);
    const afterFirst = (await storedApplications(page)).find((a) => a.jobId === '3038134')!;
    expect(afterFirst.notifiedDueAt).toBe(dueAt);

    // The user dismisses it; then the worker is stopped (idle) and woken again.
    await clearNotifications(page);
    await restartServiceWorker(ext, page);

    const second = (await sendFromPage(page, 'runReminderCheck', null)) as { due: number; notified: number };
    expect(second).toEqual({ due: 1, notified: 0, interviewNotices: 0 });
    expect(await shownNotifications(page)).toEqual([]);
    const afterSecond = (await storedApplications(page)).find((a) => a.jobId === '3038134')!;
    expect(afterSecond.notifiedDueAt).toBe(dueAt);
    expect(afterSecond.nextFollowUpAt).toBe(dueAt);

    // A new due date (the user snoozed, time passed) is a new reminder: shown once more.
    const newDue = Date.now() - 1_000;
    await sendFromPage(page, 'setFollowUp', { jobId: '3038134', at: newDue });
    const third = (await sendFromPage(page, 'runReminderCheck', null)) as { due: number; notified: number };
    expect(third).toEqual({ due: 1, notified: 1, interviewNotices: 0 });
    expect(await shownNotifications(page)).toEqual(['loopready-follow-ups-due']);
  }, 90_000);
});
