// The one write path (db/store-writes.ts) as the tracker page uses it, with the real background
// behind it (WXT's fake browser, fake-indexeddb): the page's own edits bring the badge and the next
// alarm up to date and never pop a notification; the alarm's check still notifies what is due.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { getApplication } from '../../../db/applications';
import { openDb, type LoopReadyDb } from '../../../db/db';
import { storeWrites, type StoreWrites } from '../../../db/store-writes';
import { NEXT_DUE_ALARM, createReminders, type Reminders } from '../../../entrypoints/background/reminders';
import { storeHandlers, type StoreHandlers } from '../../../entrypoints/background/store-handlers';
import { DAY, T0, postingOf } from './fixtures';

let db: LoopReadyDb;
let now: number;
const clock = () => now;

/** The background's handlers, and a page's writes whose afterChange is its syncReminders message. */
function setup(): { handlers: StoreHandlers; page: StoreWrites; syncs: string[]; reminders: Reminders } {
  db = openDb(`writes-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const reminders = createReminders(db, clock);
  const handlers = storeHandlers(db, reminders, clock);
  const syncs: string[] = [];
  const page = storeWrites(db, async () => {
    syncs.push('syncReminders');
    await handlers.syncReminders(null);
  }, clock);
  return { handlers, page, syncs, reminders };
}

const notificationCount = async () => Object.keys(await fakeBrowser.notifications.getAll()).length;

beforeEach(() => {
  fakeBrowser.reset();
  now = T0;
});
afterEach(() => db.close());

describe('the store write path', () => {
  it("keeps the badge and the next alarm current on the page's own edits, without a notification", async () => {
    const { page, syncs } = setup();
    await page.saveApplication(postingOf('3038134'));
    // The user dates the follow-up in the past: due now. The badge says so at once; nothing pops up.
    await page.setFollowUpAt('3038134', T0 - DAY);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(await notificationCount()).toBe(0);
    // Snoozing moves it out: badge cleared, next alarm at the new date.
    await page.snooze('3038134', 3);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect((await fakeBrowser.alarms.get(NEXT_DUE_ALARM))?.scheduledTime).toBe(T0 + 3 * DAY);
    // A stage change and a deletion sync too; none of it notified.
    await page.setStatus('3038134', { from: 'saved', to: 'applied' });
    await page.deleteApplication('3038134');
    expect(await fakeBrowser.alarms.get(NEXT_DUE_ALARM)).toBeUndefined();
    expect(await notificationCount()).toBe(0);
    expect(syncs).toHaveLength(5);
  });

  it('syncs only after writes that can move a reminder', async () => {
    const { page, syncs } = setup();
    await page.saveApplication(postingOf('1496414'));
    expect(syncs).toHaveLength(1);
    await page.addNote('1496414', 'Recruiter call on Friday');
    await page.setContacts('1496414', [{ name: 'Sam', email: 'sam@example.com' }]);
    await page.setPlanState('1496414', { checked: ['basic-1'], starNotes: {} });
    await page.saveStory({ title: 'A story', principles: ['ownership'], situation: 's', task: 't', action: 'a', result: 'r' });
    expect(syncs).toHaveLength(1);
    // Settings hold the follow-up timings: a change syncs.
    await page.updateSettings({ snoozeDays: 4 });
    expect(syncs).toHaveLength(2);
    expect((await getApplication(db, '1496414'))?.notes.map((n) => n.text)).toEqual(['Recruiter call on Friday']);
  });

  it('a refused write writes nothing and syncs nothing', async () => {
    const { page, syncs } = setup();
    await page.saveApplication(postingOf('1496414'));
    await expect(page.setStatus('1496414', { from: 'saved', to: 'loop' })).rejects.toMatchObject({ code: 'invalid-transition' });
    await expect(page.importBackup('{"not":"a backup"}')).rejects.toThrow();
    expect(syncs).toHaveLength(1);
    expect((await getApplication(db, '1496414'))?.status).toBe('saved');
  });

  it("leaves notifying to the alarm's check, which still tells what is newly due", async () => {
    const { page, reminders } = setup();
    await page.saveApplication(postingOf('3038134'));
    await page.setFollowUpAt('3038134', T0 - DAY);
    expect(await notificationCount()).toBe(0);
    expect(await reminders.check()).toMatchObject({ due: 1, notified: 1 });
    expect(await notificationCount()).toBe(1);
  });

  it('announces each write to an application, once it is stored, and nothing for a refused one', async () => {
    const { handlers } = setup();
    const told: string[] = [];
    const page = storeWrites(db, async () => {}, clock, (jobId) => told.push(jobId));
    await page.saveApplication(postingOf('3038134'));
    await page.setStatus('3038134', { from: 'saved', to: 'applied' });
    await page.addNote('3038134', 'Recruiter call on Friday');
    await page.snooze('3038134', 2);
    expect(told).toEqual(['3038134', '3038134', '3038134', '3038134']);
    // Refused: a stale stage (it is "Applied" now), an illegal move. Nothing written, nothing told.
    await expect(page.setStatus('3038134', { from: 'saved', to: 'withdrawn' })).rejects.toMatchObject({ code: 'stale-stage' });
    await expect(page.setStatus('3038134', { from: 'applied', to: 'saved' })).rejects.toMatchObject({ code: 'invalid-transition' });
    expect(told).toHaveLength(4);
    // A story is not an application; a posting seen again unchanged changes nothing.
    await page.saveStory({ title: 'A story', principles: ['ownership'], situation: 's', task: 't', action: 'a', result: 'r' });
    await page.refreshSnapshot(postingOf('3038134'));
    expect(told).toHaveLength(4);
    await page.deleteApplication('3038134');
    expect(told).toHaveLength(5);
    expect(await notificationCount()).toBe(0);
    void handlers;
  });
});
