// Follow-up reminders: alarms wake the service worker, the follow-up index says what is due,
// core/reminder.ts decides what to tell, and this adapter sets the badge and shows one notification.
//
// Nothing is lost or repeated across restarts: what was notified is stored per application
// (`notifiedDueAt`), the periodic alarm is re-created if the browser dropped it, and every
// startup runs a check, which covers an alarm that should have fired while the browser was closed.
import { browser } from 'wxt/browser';
import { markNotified, countDue, dueFollowUps, nextDueAfter } from '../../db/applications';
import type { LoopReadyDb } from '../../db/db';
import { getSettings } from '../../db/settings';
import { badgeText, planReminder } from '../../core/reminder';
import { NOTIFICATION_ICON } from './notification-icon';

export const PERIODIC_ALARM = 'loopready-follow-up-check';
export const NEXT_DUE_ALARM = 'loopready-next-due';
export const NOTIFICATION_ID = 'loopready-follow-ups-due';
/** Half an hour: often enough that a due follow-up shows the same morning, rare enough to cost nothing. */
export const CHECK_PERIOD_MINUTES = 30;
const BADGE_COLOR = '#B3261E';

export interface Reminders {
  /** Badge, notification for new due items, next alarm. */
  check(): Promise<{ due: number; notified: number; interviewNotices?: number }>;
  /** After a write (db/store-writes.ts): badge and next alarms only, never a notification: the user made the change. */
  sync(): Promise<void>;
  /** Make sure the periodic alarm exists (alarms may be cleared on browser restart or update). */
  ensureAlarms(): Promise<void>;
  /** Open the tracker; wired to the notification click. */
  openTracker(): Promise<void>;
}

// MV2 Firefox builds expose the toolbar button as browserAction.
function toolbar() {
  return browser.action ?? browser.browserAction;
}

export function createReminders(db: LoopReadyDb, now: () => number = Date.now): Reminders {
  // One check at a time: an alarm and a startup firing together must not both notify.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  async function setBadge(text: string): Promise<void> {
    await toolbar().setBadgeText({ text });
    if (text) await toolbar().setBadgeBackgroundColor({ color: BADGE_COLOR });
  }

  async function scheduleNext(at: number): Promise<void> {
    const next = await nextDueAfter(db, at);
    if (next === null) await browser.alarms.clear(NEXT_DUE_ALARM);
    else await browser.alarms.create(NEXT_DUE_ALARM, { when: next });
  }

  const check = () =>
    serial(async () => {
      const t = now();
      const [settings, due] = await Promise.all([getSettings(db), dueFollowUps(db, t)]);
      const plan = planReminder(due, t, settings);
      await setBadge(plan.badge);
      let shown = true;
      if (plan.notification) {
        try {
          // A fixed id: the summary replaces the previous one instead of stacking.
          await browser.notifications.create(NOTIFICATION_ID, {
            type: 'basic',
            iconUrl: NOTIFICATION_ICON,
            title: plan.notification.title,
            message: plan.notification.message,
          });
        } catch (error) {
          // Notifications blocked by the system: keep the items unmarked so a later check retries,
          // and still schedule the next alarm.
          shown = false;
          report(error);
        }
      }
      // Marked after showing: if the worker stops in between, the next check shows the same summary
      // under the same id again, which replaces it rather than losing it.
      if (shown) await markNotified(db, plan.fresh);
      await scheduleNext(t);
      return { due: plan.due.length, notified: plan.notification && shown ? plan.fresh.length : 0 };
    });

  const sync = () =>
    serial(async () => {
      const t = now();
      await setBadge(badgeText(await countDue(db, t)));
      await scheduleNext(t);
    });

  async function ensureAlarms(): Promise<void> {
    const existing = await browser.alarms.get(PERIODIC_ALARM);
    // Re-creating an existing periodic alarm would restart its period on every worker wake-up.
    if (!existing) await browser.alarms.create(PERIODIC_ALARM, { periodInMinutes: CHECK_PERIOD_MINUTES });
  }

  async function openTracker(): Promise<void> {
    // The tracker page is its own entrypoint; a cast because the typed public paths are generated per build.
    await browser.tabs.create({ url: browser.runtime.getURL('/tracker.html' as Parameters<typeof browser.runtime.getURL>[0]) });
  }

  return { check, sync, ensureAlarms, openTracker };
}

function report(error: unknown): void {
  console.error('[LoopReady] reminder check failed:', error);
}

/** Wire the reminders to browser events. Returns a function that removes the listeners. */
export function listenForReminders(reminders: Reminders): () => void {
  // Listeners return their promise (browsers ignore it) so tests can await the work; failures are
  // logged, never thrown into the event dispatcher.
  const onAlarm = async (alarm: { name: string }) => {
    if (alarm.name !== PERIODIC_ALARM && alarm.name !== NEXT_DUE_ALARM) return;
    await reminders.check().catch(report);
  };
  const onStart = async () => {
    await reminders.ensureAlarms().then(() => reminders.check()).catch(report);
  };
  const onClicked = async (id: string) => {
    if (id !== NOTIFICATION_ID) return;
    await reminders.openTracker().then(() => browser.notifications.clear(NOTIFICATION_ID)).catch(report);
  };
  browser.alarms.onAlarm.addListener(onAlarm);
  browser.runtime.onStartup.addListener(onStart);
  browser.runtime.onInstalled.addListener(onStart);
  browser.notifications.onClicked.addListener(onClicked);
  return () => {
    browser.alarms.onAlarm.removeListener(onAlarm);
    browser.runtime.onStartup.removeListener(onStart);
    browser.runtime.onInstalled.removeListener(onStart);
    browser.notifications.onClicked.removeListener(onClicked);
  };
}
