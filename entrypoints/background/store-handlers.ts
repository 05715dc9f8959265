// The background's answers to tracking messages. Thin: reads call a db/ query; writes go through
// db/store-writes.ts, which re-syncs the badge and the next-due alarm after any that can move them.
import { Application } from '../../core/application';
import type { MessageData, MessageResult, TrackingMessage } from '../../messaging/protocol';
import { handle } from '../../messaging/bus';
import type { Sender } from '../../messaging/messenger';
import { dueFollowUps, getApplication, getTrackedStatuses, listRecent } from '../../db/applications';
import type { LoopReadyDb } from '../../db/db';
import { getSettings } from '../../db/settings';
import { storeWrites } from '../../db/store-writes';
import { planReminder } from '../../core/reminder';
import { prepQuestions } from '../../core/prep-questions';
import { topPrinciples } from '../../core/top-principles';
import type { Reminders } from './reminders';

export type StoreHandlers = {
  [K in TrackingMessage]: (data: MessageData<K>) => Promise<MessageResult<K>>;
};

/** What registerStoreHandlers takes: StoreHandlers, of which a handler may also read who sent the message. */
export type SenderAwareStoreHandlers = {
  [K in TrackingMessage]: (data: MessageData<K>, sender: Sender) => Promise<MessageResult<K>>;
};

/** `announce`: tells the open pages an application changed (messaging/bus.ts announceApplicationChanged). */
export function storeHandlers(
  db: LoopReadyDb,
  reminders: Reminders,
  now: () => number = Date.now,
  announce: (jobId: string) => void = () => {},
): StoreHandlers {
  const writes = storeWrites(db, () => reminders.sync(), now, announce);
  return {
    postingSeen: async ({ posting }) => {
      await writes.refreshSnapshot(posting);
      return null;
    },
    saveApplication: ({ posting }) => writes.saveApplication(posting),
    getApplication: ({ jobId }) => getApplication(db, jobId),
    setStatus: ({ jobId, status, at, from }) => writes.setStatus(jobId, { from, to: status, at }),
    undoStatus: ({ jobId }) => writes.undoStatus(jobId),
    snooze: ({ jobId, days }) => writes.snooze(jobId, days),
    markFollowedUp: ({ jobId }) => writes.markFollowedUp(jobId),
    setFollowUp: ({ jobId, at }) => writes.setFollowUpAt(jobId, at),
    getTrackedStatuses: ({ jobIds }) => getTrackedStatuses(db, jobIds),
    getDueSummary: async () => {
      const t = now();
      const [settings, due] = await Promise.all([getSettings(db), dueFollowUps(db, t)]);
      const plan = planReminder(due, t, settings);
      return { count: plan.due.length, items: plan.due.map(({ jobId, title, reason }) => ({ jobId, title, reason })) };
    },
    // A damaged record (an older version's, say) would fail the reply's schema and blank the whole
    // list: the popup shows the readable ones; the tracker shows the damaged one as damaged.
    listRecent: async ({ limit }) => (await listRecent(db, limit)).filter((app) => Application.safeParse(app).success),
    syncReminders: async () => {
      await reminders.sync();
      return null;
    },
    runReminderCheck: () => reminders.check(),
    topPrinciples: async ({ posting, limit }) => topPrinciples(posting, limit),
    prepQuestions: async ({ posting }) => prepQuestions(posting),
  };
}

/** Register every tracking handler on the message bus; returns a function that unregisters them. */
export function registerStoreHandlers(handlers: SenderAwareStoreHandlers): () => void {
  const removers = (Object.keys(handlers) as TrackingMessage[]).map((name) =>
    handle(name, handlers[name] as (data: unknown, sender: Sender) => Promise<never>),
  );
  return () => removers.forEach((remove) => remove());
}
