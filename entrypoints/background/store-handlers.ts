// The background's answers to tracking messages. Thin: each calls a db/ query; anything that can
// move a follow-up date then re-syncs the badge and the next-due alarm.
import { Application } from '../../core/application';
import type { MessageData, MessageResult, TrackingMessage } from '../../messaging/protocol';
import { handle } from '../../messaging/bus';
import {
  dueFollowUps,
  getApplication,
  getTrackedStatuses,
  listRecent,
  markFollowedUp,
  refreshSnapshot,
  saveApplication,
  setFollowUpAt,
  setStatus,
  snooze,
  undoLastStatus,
} from '../../db/applications';
import type { LoopReadyDb } from '../../db/db';
import { getSettings } from '../../db/settings';
import { planReminder } from '../../core/reminder';
import { prepQuestions } from '../../core/prep-questions';
import { topPrinciples } from '../../core/top-principles';
import type { Reminders } from './reminders';

export type StoreHandlers = {
  [K in TrackingMessage]: (data: MessageData<K>) => Promise<MessageResult<K>>;
};

export function storeHandlers(db: LoopReadyDb, reminders: Reminders, now: () => number = Date.now): StoreHandlers {
  const thenSync = async <T>(result: T): Promise<T> => {
    await reminders.sync();
    return result;
  };
  return {
    postingSeen: async ({ posting }) => {
      await refreshSnapshot(db, posting, now());
      return null;
    },
    saveApplication: async ({ posting }) => thenSync(await saveApplication(db, posting, now())),
    getApplication: ({ jobId }) => getApplication(db, jobId),
    setStatus: async ({ jobId, status, at }) => thenSync(await setStatus(db, jobId, status, now(), at)),
    undoStatus: async ({ jobId }) => thenSync(await undoLastStatus(db, jobId, now())),
    snooze: async ({ jobId, days }) => thenSync(await snooze(db, jobId, now(), days)),
    markFollowedUp: async ({ jobId }) => thenSync(await markFollowedUp(db, jobId, now())),
    setFollowUp: async ({ jobId, at }) => thenSync(await setFollowUpAt(db, jobId, at, now())),
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
    runReminderCheck: () => reminders.check(),
    topPrinciples: async ({ posting, limit }) => topPrinciples(posting, limit),
    prepQuestions: async ({ posting }) => prepQuestions(posting),
  };
}

/** Register every tracking handler on the message bus; returns a function that unregisters them. */
export function registerStoreHandlers(handlers: StoreHandlers): () => void {
  const removers = (Object.keys(handlers) as TrackingMessage[]).map((name) =>
    handle(name, handlers[name] as (data: unknown) => Promise<never>),
  );
  return () => removers.forEach((remove) => remove());
}
