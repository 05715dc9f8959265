// Interview reminders: one alarm at the earliest `nextReminderAt` wakes the worker, the index says
// which interviews have a step due, core/interview-reminders.ts decides what to show, and this
// adapter shows one notification per interview and step, then records the steps as done.
//
// Neither lost nor repeated: a step is recorded (per interview, for its current start) only after
// its notification was shown, so a worker stopped in between shows it again on the next check,
// under the same notification id, which replaces rather than stacks it. The periodic follow-up
// alarm and every start-up also run this check, covering an alarm the browser dropped or that
// should have fired while it was closed. A reschedule changes `start`, which makes every step due again.
import { browser } from 'wxt/browser';
import { planInterviewReminders, parseNoticeId, noticePath } from '../../core/interview-reminders';
import { titleOf } from '../../core/application-title';
import type { LoopReadyDb } from '../../db/db';
import { dueInterviews, getInterview, nextInterviewReminderAfter, recordInterviewSteps } from '../../db/interviews';
import { getSettings } from '../../db/settings';
import { NOTIFICATION_ICON } from './notification-icon';
import type { Reminders } from './reminders';

export const INTERVIEW_ALARM = 'loopready-interview-next';

export interface InterviewReminders {
  /** Show what is due, record it, move the follow-ups of finished interviews, set the next alarm. */
  check(): Promise<{ notified: number; followUpsMoved: number }>;
  /** After an edit: the next alarm only. */
  sync(): Promise<void>;
  /** A click on one of our notifications: open where it leads. False for any other id. */
  open(notificationId: string): Promise<boolean>;
}

type ExtensionPath = Parameters<typeof browser.runtime.getURL>[0];

function report(error: unknown): void {
  console.error('[LoopReady] interview reminder check failed:', error);
}

/** The machine's zone, to name an interview's zone only when it differs. */
function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function createInterviewReminders(
  db: LoopReadyDb,
  followUps: Pick<Reminders, 'sync'>,
  now: () => number = () => Date.now(),
): InterviewReminders {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  async function scheduleNext(at: number): Promise<void> {
    const next = await nextInterviewReminderAfter(db, at);
    if (next === null) await browser.alarms.clear(INTERVIEW_ALARM);
    else await browser.alarms.create(INTERVIEW_ALARM, { when: next });
  }

  const check = () =>
    serial(async () => {
      const t = now();
      const [settings, due] = await Promise.all([getSettings(db), dueInterviews(db, t)]);
      const jobIds = [...new Set(due.map((iv) => iv.jobId))];
      const apps = await db.applications.bulkGet(jobIds);
      const titles = new Map(jobIds.map((id, i) => [id, apps[i] ? titleOf(apps[i]) : `Job ${id}`]));
      const plan = planInterviewReminders(due, t, settings, (id) => titles.get(id) ?? `Job ${id}`, localZone());
      const failed = new Set<string>();
      for (const notice of plan.notices) {
        try {
          await browser.notifications.create(notice.notificationId, {
            type: 'basic',
            iconUrl: NOTIFICATION_ICON,
            title: notice.title,
            message: notice.message,
          });
        } catch (error) {
          // Blocked by the system: leave the step unrecorded so a later check retries it.
          failed.add(`${notice.interviewId}:${notice.step}`);
          report(error);
        }
      }
      const done = plan.done.map((d) => ({ ...d, steps: d.steps.filter((s) => !failed.has(`${d.interviewId}:${s}`)) }));
      const moved = await recordInterviewSteps(db, done, t);
      if (moved.length > 0) await followUps.sync();
      await scheduleNext(t);
      return { notified: plan.notices.length - failed.size, followUpsMoved: moved.length };
    });

  const sync = () => serial(() => scheduleNext(now()));

  async function open(notificationId: string): Promise<boolean> {
    const parsed = parseNoticeId(notificationId);
    if (!parsed) return false;
    const iv = await getInterview(db, parsed.interviewId);
    // Deleted since: the tracker is the best place left to go.
    const path = iv ? noticePath(parsed.step, iv) : '/tracker.html';
    await browser.tabs.create({ url: browser.runtime.getURL(path as ExtensionPath) });
    await browser.notifications.clear(notificationId);
    return true;
  }

  return { check, sync, open };
}

/** Follow-up and interview reminders as one `Reminders`: a check runs both (interviews first: they can move follow-ups). */
export function withInterviewReminders(followUps: Reminders, interviews: InterviewReminders): Reminders {
  return {
    check: async () => {
      // A failing interview check must not cost the follow-up reminders their turn.
      const iv = await interviews.check().catch((error: unknown) => {
        report(error);
        return { notified: 0, followUpsMoved: 0 };
      });
      const f = await followUps.check();
      return { ...f, interviewNotices: iv.notified };
    },
    sync: async () => {
      await interviews.sync();
      await followUps.sync();
    },
    ensureAlarms: () => followUps.ensureAlarms(),
    openTracker: () => followUps.openTracker(),
  };
}

/** The interview alarm and notification clicks. The periodic alarm and start-up reach `check` through the combined Reminders. */
export function listenForInterviewReminders(interviews: InterviewReminders): () => void {
  const onAlarm = async (alarm: { name: string }) => {
    if (alarm.name !== INTERVIEW_ALARM) return;
    await interviews.check().catch(report);
  };
  const onClicked = async (id: string) => {
    await interviews.open(id).catch(report);
  };
  browser.alarms.onAlarm.addListener(onAlarm);
  browser.notifications.onClicked.addListener(onClicked);
  return () => {
    browser.alarms.onAlarm.removeListener(onAlarm);
    browser.notifications.onClicked.removeListener(onClicked);
  };
}
