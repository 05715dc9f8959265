// The background adapter against WXT's fake browser (alarms, notifications, badge, tabs) and a real
// IndexedDB implementation (fake-indexeddb). A "restart" is a new adapter over the same database.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { Application } from '../../../core/application';
import { getApplication, saveApplication, setFollowUpAt, setStatus, snooze } from '../../../db/applications';
import type { LoopReadyDb } from '../../../db/db';
import { protocol } from '../../../messaging/protocol';
import {
  CHECK_PERIOD_MINUTES,
  NEXT_DUE_ALARM,
  NOTIFICATION_ID,
  PERIODIC_ALARM,
  createReminders,
  listenForReminders,
  type Reminders,
} from '../../../entrypoints/background/reminders';
import { storeHandlers } from '../../../entrypoints/background/store-handlers';
import { DAY, T0, postingOf, workerStore } from './fixtures';

const worker = workerStore();
let db: LoopReadyDb;
let now: number;
const clock = () => now;

/** Start a "service worker": open the store, create the adapter, register its listeners. */
function startWorker(): Reminders {
  db = worker.open();
  const reminders = createReminders(db, clock);
  worker.listen(listenForReminders(reminders));
  return reminders;
}

const stopWorker = worker.stop;

beforeEach(() => {
  fakeBrowser.reset();
  now = T0;
});
afterEach(() => stopWorker());

async function notifications() {
  return fakeBrowser.notifications.getAll() as Promise<Record<string, { title: string; message: string; iconUrl: string; type: string }>>;
}

describe('reminder check', () => {
  it('shows one summary notification, sets the badge and remembers what it notified', async () => {
    const reminders = startWorker();
    await saveApplication(db, postingOf('1496414'), T0); // due T0+7d
    await saveApplication(db, postingOf('2790938'), T0);
    await setStatus(db, '2790938', 'applied', T0); // due T0+14d
    await saveApplication(db, postingOf('3038134'), T0 + 2 * DAY); // due T0+9d

    now = T0 + 10 * DAY;
    expect(await reminders.check()).toEqual({ due: 2, notified: 2 });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    const shown = await notifications();
    expect(Object.keys(shown)).toEqual([NOTIFICATION_ID]);
    expect(shown[NOTIFICATION_ID]?.title).toBe('LoopReady: 2 follow-ups due');
    expect(shown[NOTIFICATION_ID]?.message).toBe(
      'SDE, AWS Security Dev Ops: Saved 10 days ago and not applied yet; postings can close without notice once filled\n' +
        'Sr BIE position 3P Selection, EU 3P Selection: Saved 8 days ago and not applied yet; postings can close without notice once filled',
    );
    expect(shown[NOTIFICATION_ID]?.iconUrl).toMatch(/^data:image\/png;base64,/);
    expect((await getApplication(db, '1496414'))?.notifiedDueAt).toBe(T0 + 7 * DAY);
    expect((await getApplication(db, '3038134'))?.notifiedDueAt).toBe(T0 + 9 * DAY);
    // The next alarm is set for the next follow-up to come due.
    expect((await fakeBrowser.alarms.get(NEXT_DUE_ALARM))?.scheduledTime).toBe(T0 + 14 * DAY);
  });

  it('does not notify the same items again after the browser restarts, but keeps the badge', async () => {
    let reminders = startWorker();
    await saveApplication(db, postingOf('1496414'), T0);
    now = T0 + 8 * DAY;
    await reminders.check();
    await fakeBrowser.notifications.clear(NOTIFICATION_ID);
    stopWorker();
    await fakeBrowser.action.setBadgeText({ text: '' });

    now = T0 + 8 * DAY + 3_600_000;
    reminders = startWorker();
    await fakeBrowser.runtime.onStartup.trigger();
    expect(await notifications()).toEqual({});
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(await reminders.check()).toEqual({ due: 1, notified: 0 });
  });

  it('fires on startup for a follow-up that came due while the browser was closed, and re-creates the periodic alarm', async () => {
    startWorker();
    await saveApplication(db, postingOf('1496414'), T0);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(await notifications()).toEqual({});
    expect((await fakeBrowser.alarms.get(PERIODIC_ALARM))?.periodInMinutes).toBe(CHECK_PERIOD_MINUTES);
    stopWorker();
    await fakeBrowser.alarms.clearAll(); // the browser dropped the alarms on restart

    now = T0 + 30 * DAY;
    startWorker();
    await fakeBrowser.runtime.onStartup.trigger();
    expect((await notifications())[NOTIFICATION_ID]?.title).toBe('LoopReady: 1 follow-up due');
    expect((await fakeBrowser.alarms.get(PERIODIC_ALARM))?.periodInMinutes).toBe(CHECK_PERIOD_MINUTES);
    expect(await fakeBrowser.alarms.get(NEXT_DUE_ALARM)).toBeUndefined();
  });

  it('runs on the periodic and next-due alarms and ignores other alarms', async () => {
    startWorker();
    await saveApplication(db, postingOf('1496414'), T0);
    now = T0 + 7 * DAY;
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'someone-else', scheduledTime: now });
    expect(await notifications()).toEqual({});
    await fakeBrowser.alarms.onAlarm.trigger({ name: NEXT_DUE_ALARM, scheduledTime: now });
    expect(Object.keys(await notifications())).toEqual([NOTIFICATION_ID]);
  });

  it('notifies again once a snoozed follow-up comes due again', async () => {
    const reminders = startWorker();
    await saveApplication(db, postingOf('1496414'), T0);
    now = T0 + 8 * DAY;
    await reminders.check();
    await snooze(db, '1496414', now, 3);
    await fakeBrowser.notifications.clear(NOTIFICATION_ID);
    now = T0 + 10 * DAY;
    expect(await reminders.check()).toEqual({ due: 0, notified: 0 });
    now = T0 + 11 * DAY;
    expect(await reminders.check()).toEqual({ due: 1, notified: 1 });
  });

  it('runs overlapping checks one at a time, so one notification is shown', async () => {
    const reminders = startWorker();
    await saveApplication(db, postingOf('1496414'), T0);
    now = T0 + 8 * DAY;
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    const results = await Promise.all([reminders.check(), reminders.check(), fakeBrowser.runtime.onStartup.trigger()]);
    expect(create).toHaveBeenCalledTimes(1);
    expect(results.slice(0, 2)).toEqual([{ due: 1, notified: 1 }, { due: 1, notified: 0 }]);
    create.mockRestore();
  });

  it('keeps items unnotified when the system refuses the notification, and retries on the next check', async () => {
    const reminders = startWorker();
    await saveApplication(db, postingOf('1496414'), T0);
    now = T0 + 8 * DAY;
    const create = vi.spyOn(fakeBrowser.notifications, 'create').mockRejectedValueOnce(new Error('Notifications are blocked'));
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await reminders.check()).toEqual({ due: 1, notified: 0 });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect((await getApplication(db, '1496414'))?.notifiedDueAt).toBeNull();
    expect(log).toHaveBeenCalledTimes(1);
    expect(await reminders.check()).toEqual({ due: 1, notified: 1 });
    expect(create).toHaveBeenCalledTimes(2);
    create.mockRestore();
    log.mockRestore();
  });

  it('opens the tracker page when the notification is clicked', async () => {
    const reminders = startWorker();
    await saveApplication(db, postingOf('1496414'), T0);
    now = T0 + 8 * DAY;
    await reminders.check();
    await fakeBrowser.notifications.onClicked.trigger(NOTIFICATION_ID);
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain('chrome-extension://test-extension-id/tracker.html');
    expect(await notifications()).toEqual({});
  });
});

describe('tracking message handlers', () => {
  it('save, status, undo and due summary keep the badge current and reply in the protocol’s shape', async () => {
    const reminders = startWorker();
    const h = storeHandlers(db, reminders, clock);
    const saved = await h.saveApplication({ posting: postingOf('1496414') });
    expect(protocol.saveApplication.result.parse(saved)).toEqual(saved);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');

    const applied = await h.setStatus({ jobId: '1496414', status: 'applied', at: T0 - 20 * DAY, from: 'saved' });
    expect(applied.nextFollowUpAt).toBe(T0 - 6 * DAY);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(await h.getDueSummary(null)).toEqual({
      count: 1,
      items: [{ jobId: '1496414', title: 'SDE, AWS Security Dev Ops', reason: 'Applied 20 days ago; candidates usually hear back within two weeks' }],
    });

    const undone = await h.undoStatus({ jobId: '1496414' });
    expect(undone.status).toBe('saved');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect((await fakeBrowser.alarms.get(NEXT_DUE_ALARM))?.scheduledTime).toBe(T0 + 7 * DAY);

    await h.markFollowedUp({ jobId: '1496414' });
    await h.snooze({ jobId: '1496414', days: 2 });
    expect((await h.getApplication({ jobId: '1496414' }))?.nextFollowUpAt).toBe(T0 + 2 * DAY);
    expect(await h.getApplication({ jobId: '1' })).toBeNull();
    expect(await h.getTrackedStatuses({ jobIds: ['1496414', '2790938'] })).toEqual({ '1496414': 'saved' });
    expect((await h.listRecent({ limit: 5 })).map((a) => a.jobId)).toEqual(['1496414']);
  });

  it('postingSeen refreshes a tracked posting and ignores an untracked one', async () => {
    const reminders = startWorker();
    const h = storeHandlers(db, reminders, clock);
    expect(await h.postingSeen({ posting: postingOf('2790938') })).toBeNull();
    expect(await db.applications.count()).toBe(0);

    await h.saveApplication({ posting: postingOf('2790938') });
    now = T0 + DAY;
    await h.postingSeen({ posting: { ...postingOf('2790938'), closed: true, title: null } });
    const stored = await getApplication(db, '2790938');
    expect(stored?.closedAt).toBe(T0 + DAY);
    expect(stored?.posting.title).toBe('Applied Scientist, EU INTech');
    expect(Application.safeParse(stored).success).toBe(true);
  });

  it('runReminderCheck after a follow-up date set in the past shows the badge and the notification', async () => {
    const reminders = startWorker();
    const h = storeHandlers(db, reminders, clock);
    await h.saveApplication({ posting: postingOf('3038134') });
    await h.setFollowUp({ jobId: '3038134', at: T0 - DAY });
    expect(await h.runReminderCheck(null)).toEqual({ due: 1, notified: 1 });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect((await getApplication(db, '3038134'))?.notifiedDueAt).toBe(T0 - DAY);
  });

  it('passes a refused change back as an error and writes nothing', async () => {
    const reminders = startWorker();
    const h = storeHandlers(db, reminders, clock);
    await h.saveApplication({ posting: postingOf('3038134') });
    await expect(h.setStatus({ jobId: '3038134', status: 'loop', from: 'saved' })).rejects.toMatchObject({ code: 'invalid-transition' });
    await expect(setFollowUpAt(db, '3038134', -5, now)).rejects.toMatchObject({ code: 'invalid-input' });
    expect((await getApplication(db, '3038134'))?.status).toBe('saved');
  });
});
