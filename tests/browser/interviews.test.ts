// Interviews end to end, in the built extension (a `--mode e2e` build, whose background clock the
// test moves with the e2e-only `e2eSetClock` message; pages get the same time from Playwright's
// clock). A phone screen is scheduled through the tracker's editor; the day-before and shortly-before
// reminders come at their times (and not before, and not twice); clicking the second opens the
// day-of view; after the end the debrief reminder opens the debrief, which is saved with a story
// from the bank; and the application's next follow-up is scheduled from the interview's date.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followUpAfterInterview } from '../../core/follow-up';
import { DEFAULT_SETTINGS } from '../../core/settings';
import { fromWallTime, toWallTime } from '../../core/zoned-time';
import { ROOT } from '../../scripts/lib/chromium';
import { buildIsolated } from '../../scripts/lib/build-isolated';
import { writeRecords } from '../../scripts/lib/seed-store';
import type { MessageName } from '../../messaging/protocol';
import { sendFromPage } from './extension-session';
import { launchExtension, type ExtensionHarness } from './harness';

const JOB_ID = '3038134';
const TITLE = 'Sr BIE position 3P Selection, EU 3P Selection';
const ZONE = 'Europe/Berlin';
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const ALARM = 'loopready-interview-next';

interface ChromeApi {
  notifications: { getAll(): Promise<Record<string, boolean>>; clear(id: string): Promise<boolean>; onClicked: { dispatch(id: string): void } };
  alarms: { get(name: string): Promise<{ scheduledTime: number } | undefined> };
}

let ext: ExtensionHarness;
let extensionPage: Page;
let base: string;

/** A message from the extension page, the way messaging/bus.ts sends it. */
const send = async <T>(type: MessageName, data: unknown): Promise<T> => (await sendFromPage(extensionPage, type, data)) as T;

/** Move the background's clock and the pages' clock to `at`. */
async function clockAt(at: number): Promise<void> {
  await send('e2eSetClock', { at });
  await ext.context.clock.setFixedTime(at);
}

const notices = () =>
  ext.serviceWorker.evaluate(async () => Object.keys(await (globalThis as unknown as { chrome: ChromeApi }).chrome.notifications.getAll()).sort());
const alarmTime = () =>
  ext.serviceWorker.evaluate(async (name) => (await (globalThis as unknown as { chrome: ChromeApi }).chrome.alarms.get(name))?.scheduledTime ?? null, ALARM);

function readStore<T>(store: string, key: string): Promise<T | null> {
  return ext.serviceWorker.evaluate(
    ([store, key]) =>
      new Promise<T | null>((resolve, reject) => {
        const open = indexedDB.open('loopready');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction(store).objectStore(store).get(key);
          get.onsuccess = () => {
            resolve((get.result as T | undefined) ?? null);
            open.result.close();
          };
          get.onerror = () => reject(get.error);
        };
      }),
    [store, key] as const,
  );
}

/**
 * Click a notification: Chromium offers no way to click a system notification from a test, so the
 * click event is dispatched to the background's own listeners (the ones a real click reaches).
 */
async function clickNotice(id: string): Promise<Page> {
  const opened = ext.context.waitForEvent('page', { timeout: 10_000 });
  await ext.serviceWorker.evaluate((id) => (globalThis as unknown as { chrome: ChromeApi }).chrome.notifications.onClicked.dispatch(id), id);
  const page = await opened;
  await page.waitForLoadState('domcontentloaded');
  return page;
}

// Three days ahead in real time, so no alarm fires on its own while the test runs.
const start = fromWallTime({ date: toWallTime(Date.now() + 3 * DAY, ZONE).date, time: '10:00' }, ZONE)!;
const end = start + 45 * MIN;
let interviewId = '';

beforeAll(async () => {
  const dir = await buildIsolated(join(ROOT, '.output', 'e2e'), 'chrome', 'e2e');
  ext = await launchExtension({ extensionDir: dir });
  base = `chrome-extension://${ext.extensionId}`;
  extensionPage = await ext.context.newPage();
  await extensionPage.goto(`${base}/manifest.json`);
}, 240_000);

afterAll(async () => {
  await ext?.close();
});

describe('a phone screen from scheduling to follow-up', () => {
  it('saves the posting, moves it to the phone screen stage and writes one story', async () => {
    await clockAt(start - 2 * DAY);
    const postingPage = await ext.openPosting(JOB_ID);
    await send('saveApplication', { posting: (await ext.pageReport(postingPage)).posting });
    await send('setStatus', { jobId: JOB_ID, status: 'applied', from: 'saved' });
    await send('setStatus', { jobId: JOB_ID, status: 'phone-screen', from: 'applied' });
    const page = await ext.context.newPage();
    await page.goto(`${base}/tracker.html`);
    await writeRecords(page, 'stories', [
      { id: 'story-1', title: 'Rebuilt the seller report', principles: ['dive-deep'], situation: 'S', task: 'T', action: 'A', result: 'R', createdAt: start - 9 * DAY, updatedAt: start - 9 * DAY },
    ]);
    await page.close();
  });

  it('schedules it in the tracker’s editor, in Berlin time', async () => {
    await clockAt(start - 26 * HOUR);
    const page = await ext.context.newPage();
    await page.goto(`${base}/tracker.html?jobId=${JOB_ID}`);
    await page.waitForSelector('#detail-title');
    await page.getByRole('button', { name: 'Add interview', exact: true }).click();
    const form = page.getByRole('form', { name: 'New interview' });
    await form.getByLabel('Date', { exact: true }).fill(toWallTime(start, ZONE).date);
    await form.getByLabel('Start time').fill('10:00');
    await form.getByLabel('Time zone').selectOption(ZONE);
    await form.getByLabel('Duration (minutes)').fill('45');
    await form.getByLabel('Who calls whom, and the number').fill('Dana calls my mobile');
    await form.getByRole('button', { name: 'Add interviewer' }).click();
    await form.getByLabel('Name', { exact: true }).fill('Dana Lee');
    await form.getByLabel('Role', { exact: true }).fill('recruiter');
    await form.getByRole('button', { name: 'Add interview', exact: true }).click();
    const item = page.locator('[data-interview-id]');
    await item.waitFor();
    interviewId = (await item.getAttribute('data-interview-id'))!;
    expect(await item.textContent()).toContain('(Europe/Berlin)');
    await page.close();

    const stored = await readStore<{ start: number; timeZone: string; nextReminderAt: number | null }>('interviews', interviewId);
    expect(stored).toMatchObject({ start, timeZone: ZONE, nextReminderAt: start - DAY });
    expect(await alarmTime()).toBe(start - DAY);
  });

  it('reminds the day before at its time, not earlier and not twice', async () => {
    await clockAt(start - DAY - MIN);
    await send('runReminderCheck', null);
    expect(await notices()).toEqual([]);
    await clockAt(start - DAY + MIN);
    await send('runReminderCheck', null);
    expect(await notices()).toEqual([`loopready-interview:day-before:${interviewId}`]);
    await ext.serviceWorker.evaluate((id) => (globalThis as unknown as { chrome: ChromeApi }).chrome.notifications.clear(id), `loopready-interview:day-before:${interviewId}`);
    await send('runReminderCheck', null);
    expect(await notices()).toEqual([]);
    expect(await alarmTime()).toBe(start - HOUR);
  });

  it('reminds shortly before, and the notification opens the day-of view', async () => {
    await clockAt(start - HOUR - MIN);
    await send('runReminderCheck', null);
    expect(await notices()).toEqual([]);
    await clockAt(start - HOUR + MIN);
    await send('runReminderCheck', null);
    const id = `loopready-interview:shortly-before:${interviewId}`;
    expect(await notices()).toEqual([id]);
    const page = await clickNotice(id);
    expect(page.url()).toBe(`${base}/interview.html?id=${encodeURIComponent(interviewId)}`);
    await page.waitForSelector('#day-of-title');
    expect(await page.locator('#day-of-title').textContent()).toBe(`Phone screen: ${TITLE}`);
    expect(await page.locator('.day-of-head [role="status"]').textContent()).toBe('Starts in 59 min.');
    expect(await page.getByText('Dana calls my mobile').count()).toBe(1);
    await page.close();
  });

  it('asks for the debrief after the end; the debrief is saved with the story told', async () => {
    await clockAt(end + MIN);
    await send('runReminderCheck', null);
    const id = `loopready-interview:debrief:${interviewId}`;
    expect(await notices()).toContain(id);
    const page = await clickNotice(id);
    expect(page.url()).toBe(`${base}/interview.html?id=${encodeURIComponent(interviewId)}&mode=debrief`);
    const form = page.getByRole('form', { name: 'Debrief' });
    await form.waitFor();
    await form.getByLabel('Questions that came (one per line)').fill('Tell me about a time you dug into data\nWhat would you change in your last project?');
    await form.getByRole('checkbox', { name: 'Rebuilt the seller report' }).check();
    await form.getByRole('radio', { name: 'Good' }).check();
    await form.getByRole('button', { name: 'Save debrief' }).click();
    await form.getByText('Debrief saved.').waitFor();
    await page.close();
    const stored = await readStore<{ debrief: { questions: string[]; storiesUsed: { storyId: string; interviewer: string }[]; feeling: string } }>('interviews', interviewId);
    expect(stored?.debrief).toMatchObject({
      questions: ['Tell me about a time you dug into data', 'What would you change in your last project?'],
      storiesUsed: [{ storyId: 'story-1', interviewer: 'Dana Lee' }],
      feeling: 'good',
    });
  });

  it('schedules the next follow-up from the interview’s date, and the tracker says why', async () => {
    const app = await readStore<{ status: string; nextFollowUpAt: number | null; followUpFrom?: { interviewId: string } }>('applications', JOB_ID);
    expect(app?.followUpFrom?.interviewId).toBe(interviewId);
    expect(app?.nextFollowUpAt).toBe(followUpAfterInterview('phone-screen', end, 'phone-screen', DEFAULT_SETTINGS));
    const page = await ext.context.newPage();
    await page.goto(`${base}/tracker.html?jobId=${JOB_ID}`);
    const reason = page.getByTestId('follow-up-reason');
    await reason.waitFor();
    expect(await reason.textContent()).toContain(`Phone screen on ${new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: ZONE }).format(start)}`);
    await page.close();
  });

  it('raised no extension errors and made no network request', () => {
    expect(ext.extensionProblems()).toEqual([]);
    expect(ext.requests.blocked).toEqual([]);
  });
});
