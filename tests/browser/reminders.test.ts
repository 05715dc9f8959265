// Tracking and reminders in the built extension: a real posting page is saved through the
// background, its follow-up is set in the past, the reminder check runs, and the badge, the
// notification and the stored record show it — once, not again on the next check.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageName } from '../../messaging/protocol';
import { sendFromPage } from './extension-session';
import { launchExtension, type ExtensionHarness } from './harness';

// tests/fixtures/pages/reconstructed/3038134.html: h1.title and p.meta "Job ID: 3038134 | Amazon EU Sarl".
const JOB_ID = '3038134';
const TITLE = 'Sr BIE position 3P Selection, EU 3P Selection';
const DAY = 86_400_000;

/** The slice of the extension API these tests call inside extension contexts (no @types/chrome here). */
interface ChromeApi {
  action: { getBadgeText(d: object): Promise<string> };
  notifications: { getAll(): Promise<Record<string, boolean>> };
  alarms: { get(name: string): Promise<{ periodInMinutes?: number } | undefined> };
}

let ext: ExtensionHarness;
// An extension-origin document that runs none of the UI code, so the messages are the test's alone.
let extensionPage: Page;

/** A message from the extension page, the way messaging/bus.ts sends it. */
const send = async <T>(type: MessageName, data: unknown): Promise<T> => (await sendFromPage(extensionPage, type, data)) as T;

interface StoredApplication {
  jobId: string;
  status: string;
  nextFollowUpAt: number | null;
  notifiedDueAt: number | null;
  posting: { title: string | null };
}

/** The record as the service worker's IndexedDB holds it. */
function stored(jobId: string): Promise<StoredApplication | null> {
  return ext.serviceWorker.evaluate(
    (jobId) =>
      new Promise<StoredApplication | null>((resolve, reject) => {
        const open = indexedDB.open('loopready');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('applications').objectStore('applications').get(jobId);
          get.onsuccess = () => {
            resolve((get.result as StoredApplication | undefined) ?? null);
            open.result.close();
          };
          get.onerror = () => reject(get.error);
        };
      }),
    jobId,
  );
}

const badge = () => ext.serviceWorker.evaluate(() => (globalThis as unknown as { chrome: ChromeApi }).chrome.action.getBadgeText({}));

beforeAll(async () => {
  ext = await launchExtension();
  extensionPage = await ext.context.newPage();
  await extensionPage.goto(`chrome-extension://${ext.extensionId}/manifest.json`);
});

afterAll(async () => {
  await ext?.close();
});

describe('tracking a posting and its follow-up reminder', () => {
  let posting: unknown;

  it('saves the posting the content script extracted', async () => {
    const page = await ext.openPosting(JOB_ID);
    posting = (await ext.pageReport(page)).posting;
    const app = await send<StoredApplication>('saveApplication', { posting });
    expect(app.jobId).toBe(JOB_ID);
    expect(app.status).toBe('saved');
    expect((await stored(JOB_ID))?.posting.title).toBe(TITLE);
    // Saving again (another tab) is the same record.
    await send('saveApplication', { posting });
    expect(await send<Record<string, string>>('getTrackedStatuses', { jobIds: [JOB_ID, '3049864'] })).toEqual({ [JOB_ID]: 'saved' });
    // Nothing is due yet: the first follow-up is a week after saving.
    expect(await badge()).toBe('');
  });

  it('counts a follow-up set in the past on the badge and notifies once', async () => {
    const at = Date.now() - DAY;
    await send('setFollowUp', { jobId: JOB_ID, at });
    expect(await send('runReminderCheck', null)).toEqual({ due: 1, notified: 1, interviewNotices: 0 });
    expect(await badge()).toBe('1');
    const record = await stored(JOB_ID);
    expect(record?.nextFollowUpAt).toBe(at);
    expect(record?.notifiedDueAt).toBe(at);
    const shown = await ext.serviceWorker.evaluate(() => (globalThis as unknown as { chrome: ChromeApi }).chrome.notifications.getAll());
    expect(Object.keys(shown)).toEqual(['loopready-follow-ups-due']);

    // The next check (an alarm, a restart) keeps the badge and does not notify again.
    expect(await send('runReminderCheck', null)).toEqual({ due: 1, notified: 0, interviewNotices: 0 });
    expect(await badge()).toBe('1');
    const summary = await send<{ count: number; items: { jobId: string; title: string }[] }>('getDueSummary', null);
    expect(summary.count).toBe(1);
    expect(summary.items.map((i) => [i.jobId, i.title])).toEqual([[JOB_ID, TITLE]]);
  });

  it('clears the badge when the candidate moves on and keeps the periodic alarm', async () => {
    await send('setStatus', { jobId: JOB_ID, status: 'withdrawn', from: 'saved' });
    expect(await badge()).toBe('');
    expect((await stored(JOB_ID))?.status).toBe('withdrawn');
    const alarm = await ext.serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: ChromeApi }).chrome.alarms.get('loopready-follow-up-check'),
    );
    expect(alarm?.periodInMinutes).toBe(30);
  });

  it('raised no extension errors', () => {
    expect(ext.extensionProblems()).toEqual([]);
  });
});
