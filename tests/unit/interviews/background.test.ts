// Interview reminders in the background adapter, against WXT's fake browser (alarms, notifications,
// tabs) and a real IndexedDB implementation (fake-indexeddb). A "restart" is a new worker (new
// adapter, new listeners) over the same database; the clock is injected.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { noticeId } from '../../../core/interview-reminders';
import { getApplication, saveApplication, setStatus } from '../../../db/applications';
import type { LoopReadyDb } from '../../../db/db';
import { getInterview, saveInterview } from '../../../db/interviews';
import { updateSettings } from '../../../db/settings';
import { protocol } from '../../../messaging/protocol';
import { interviewHandlers } from '../../../entrypoints/background/interview-handlers';
import {
  INTERVIEW_ALARM,
  createInterviewReminders,
  listenForInterviewReminders,
  withInterviewReminders,
} from '../../../entrypoints/background/interview-reminders';
import { NEXT_DUE_ALARM, createReminders, listenForReminders, type Reminders } from '../../../entrypoints/background/reminders';
import { DAY, HOUR, MINUTE, at, draftOf, postingOf, workerStore } from './helpers';

const JOB = '1496414';
const SAVED = at('2026-03-20', '09:00');
/** Tuesday 31 March 2026, 10:00 in Berlin: two days after the clocks went forward. */
const START = at('2026-03-31', '10:00');
const END = START + HOUR;

const worker = workerStore();
let db: LoopReadyDb;
let now: number;
const clock = () => now;

/** Start a "service worker" as entrypoints/background/index.ts does. */
function startWorker(): Reminders {
  db = worker.open();
  const followUps = createReminders(db, clock);
  const interviews = createInterviewReminders(db, followUps, clock);
  const reminders = withInterviewReminders(followUps, interviews);
  worker.listen(listenForReminders(reminders), listenForInterviewReminders(interviews));
  return reminders;
}

const stopWorker = worker.stop;

async function shown() {
  return fakeBrowser.notifications.getAll() as Promise<Record<string, { title: string; message: string }>>;
}

async function alarmAt(name: string): Promise<number | undefined> {
  return (await fakeBrowser.alarms.get(name))?.scheduledTime;
}

/** The alarm fires (what the browser does at `when`). */
async function fire(name: string): Promise<void> {
  await fakeBrowser.alarms.onAlarm.trigger({ name, scheduledTime: now });
}

beforeEach(async () => {
  fakeBrowser.reset();
  now = SAVED;
});
afterEach(() => {
  stopWorker();
  vi.restoreAllMocks();
});

async function scheduled(extra = {}) {
  const reminders = startWorker();
  await saveApplication(db, postingOf(JOB), SAVED);
  await setStatus(db, JOB, 'applied', SAVED);
  const handlers = interviewHandlers(db, reminders, clock);
  const iv = await handlers.saveInterview({ draft: draftOf(JOB, START, extra) });
  return { reminders, handlers, iv };
}

describe('interview reminders', () => {
  it('sets the alarm for the day before, shows it then, and opens the prep plan on the phone-screen section', async () => {
    const { iv } = await scheduled();
    expect(await alarmAt(INTERVIEW_ALARM)).toBe(START - DAY);
    now = START - DAY;
    await fire(INTERVIEW_ALARM);
    const n = await shown();
    expect(Object.keys(n)).toEqual([noticeId('day-before', iv.id)]);
    expect(n[noticeId('day-before', iv.id)]!.title).toMatch(/^Phone screen tomorrow at 10:00/);
    expect(n[noticeId('day-before', iv.id)]!.message).toContain('SDE, AWS Security Dev Ops');
    // Next: an hour before.
    expect(await alarmAt(INTERVIEW_ALARM)).toBe(START - HOUR);
    await fakeBrowser.notifications.onClicked.trigger(noticeId('day-before', iv.id));
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain(`chrome-extension://test-extension-id/plan.html?jobId=${JOB}#phone-title`);
    expect(Object.keys(await shown())).toEqual([]);
  });

  it('shows the shortly-before reminder an hour before and opens the day-of view', async () => {
    const { iv } = await scheduled();
    now = START - DAY;
    await fire(INTERVIEW_ALARM);
    await fakeBrowser.notifications.clear(noticeId('day-before', iv.id));
    now = START - HOUR;
    await fire(INTERVIEW_ALARM);
    const n = await shown();
    expect(Object.keys(n)).toEqual([noticeId('shortly-before', iv.id)]);
    expect(n[noticeId('shortly-before', iv.id)]!.title).toBe('Phone screen in 1 hour');
    await fakeBrowser.notifications.onClicked.trigger(noticeId('shortly-before', iv.id));
    expect((await fakeBrowser.tabs.query({})).map((t) => t.url)).toContain(`chrome-extension://test-extension-id/interview.html?id=${iv.id}`);
  });

  it('does not repeat a reminder after the worker stops and the browser restarts', async () => {
    const { iv } = await scheduled();
    now = START - DAY + MINUTE;
    await fire(INTERVIEW_ALARM);
    await fakeBrowser.notifications.clear(noticeId('day-before', iv.id));
    stopWorker();
    startWorker();
    now += 30 * MINUTE;
    await fakeBrowser.runtime.onStartup.trigger();
    await fire('loopready-follow-up-check');
    expect(Object.keys(await shown())).toEqual([]);
    expect((await getInterview(db, iv.id))!.handled['day-before']).toBe(START);
  });

  it('does not lose a reminder that came due while the browser was closed', async () => {
    const { iv } = await scheduled();
    stopWorker();
    now = START - 20 * HOUR; // closed at the day-before time, opened four hours later
    startWorker();
    await fakeBrowser.runtime.onStartup.trigger();
    expect(Object.keys(await shown())).toEqual([noticeId('day-before', iv.id)]);
  });

  it('shows only "in an hour" when the browser opens with both reminders due, and neither once it has started', async () => {
    const { iv } = await scheduled();
    stopWorker();
    now = START - 30 * MINUTE;
    startWorker();
    await fakeBrowser.runtime.onStartup.trigger();
    expect(Object.keys(await shown())).toEqual([noticeId('shortly-before', iv.id)]);
    expect((await shown())[noticeId('shortly-before', iv.id)]!.title).toBe('Phone screen in 30 minutes');
    expect((await getInterview(db, iv.id))!.handled).toEqual({ 'day-before': START, 'shortly-before': START });
  });

  it('moves the reminders with a reschedule, and reminds again for the new time', async () => {
    const { handlers, iv } = await scheduled();
    now = START - DAY;
    await fire(INTERVIEW_ALARM);
    await fakeBrowser.notifications.clear(noticeId('day-before', iv.id));
    // The recruiter moves it two days later.
    now = START - DAY + HOUR;
    const later = START + 2 * DAY;
    await handlers.saveInterview({ draft: { ...draftOf(JOB, later), id: iv.id } });
    expect(await alarmAt(INTERVIEW_ALARM)).toBe(later - DAY);
    now = START - HOUR;
    await fire(INTERVIEW_ALARM);
    expect(Object.keys(await shown())).toEqual([]);
    now = later - DAY;
    await fire(INTERVIEW_ALARM);
    expect(Object.keys(await shown())).toEqual([noticeId('day-before', iv.id)]);
  });

  it('keeps a step unrecorded when the system refuses the notification, and shows it on the next check', async () => {
    const { reminders, iv } = await scheduled();
    now = START - DAY;
    const create = vi.spyOn(fakeBrowser.notifications, 'create').mockRejectedValueOnce(new Error('Notifications are blocked'));
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await reminders.check();
    expect((await getInterview(db, iv.id))!.handled['day-before']).toBeUndefined();
    now += 30 * MINUTE;
    await reminders.check();
    expect(create).toHaveBeenCalledTimes(2);
    expect(Object.keys(await shown())).toEqual([noticeId('day-before', iv.id)]);
    log.mockRestore();
  });

  it('shows a reminder again, under the same id, when the worker stopped before recording it', async () => {
    const { reminders, iv } = await scheduled();
    now = START - DAY;
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // The record write fails as if the worker was stopped right after showing the notification.
    const put = vi.spyOn(db.interviews, 'put').mockRejectedValueOnce(new Error('worker stopped'));
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await reminders.check();
    expect((await getInterview(db, iv.id))!.handled['day-before']).toBeUndefined();
    put.mockRestore();
    now += 5 * MINUTE;
    await reminders.check();
    expect(create.mock.calls.map((c) => c[0])).toEqual([noticeId('day-before', iv.id), noticeId('day-before', iv.id)]);
    expect(Object.keys(await shown())).toEqual([noticeId('day-before', iv.id)]);
    expect((await getInterview(db, iv.id))!.handled['day-before']).toBe(START);
    now += 5 * MINUTE;
    await reminders.check();
    expect(create).toHaveBeenCalledTimes(2);
    log.mockRestore();
  });

  it('asks for a debrief when it ends, schedules the follow-up from its date, and opens the debrief form', async () => {
    const { iv } = await scheduled({ thankYouWanted: true });
    now = END + MINUTE;
    await fire(INTERVIEW_ALARM);
    const n = await shown();
    expect(Object.keys(n)).toEqual([noticeId('debrief', iv.id)]);
    expect(n[noticeId('debrief', iv.id)]!.title).toBe('How did the phone screen go?');
    const app = (await getApplication(db, JOB))!;
    expect(app.nextFollowUpAt).toBe(END + 7 * DAY);
    expect(app.followUpFrom?.interviewId).toBe(iv.id);
    // The follow-up alarm moved with it.
    expect(await alarmAt(NEXT_DUE_ALARM)).toBe(END + 7 * DAY);
    // The thank-you reminder comes an hour after the end.
    expect(await alarmAt(INTERVIEW_ALARM)).toBe(END + HOUR);
    await fakeBrowser.notifications.onClicked.trigger(noticeId('debrief', iv.id));
    expect((await fakeBrowser.tabs.query({})).map((t) => t.url)).toContain(
      `chrome-extension://test-extension-id/interview.html?id=${iv.id}&mode=debrief`,
    );
    now = END + HOUR;
    await fire(INTERVIEW_ALARM);
    expect(Object.keys(await shown())).toEqual([noticeId('thank-you', iv.id)]);
    expect((await shown())[noticeId('thank-you', iv.id)]!.message).toContain('to Dana Lee');
    expect(await alarmAt(INTERVIEW_ALARM)).toBeUndefined();
  });

  it('with notifications off shows nothing but still schedules the follow-up from the interview', async () => {
    const { iv } = await scheduled();
    await updateSettings(db, { notificationsEnabled: false });
    for (const t of [START - DAY, START - HOUR, END + MINUTE]) {
      now = t;
      await fire(INTERVIEW_ALARM);
    }
    expect(Object.keys(await shown())).toEqual([]);
    expect((await getApplication(db, JOB))!.nextFollowUpAt).toBe(END + 7 * DAY);
    expect((await getInterview(db, iv.id))!.nextReminderAt).toBeNull();
  });

  it('reminder settings from the message move the pending alarm; a reminder switched off is not shown', async () => {
    const { handlers, iv } = await scheduled();
    const settings = await handlers.setInterviewReminders({ settings: { dayBeforeHours: null, shortlyBeforeMinutes: 15, debriefPrompt: false } });
    expect(protocol.setInterviewReminders.result.safeParse(settings).success).toBe(true);
    expect(await alarmAt(INTERVIEW_ALARM)).toBe(START - 15 * MINUTE);
    now = START - 15 * MINUTE;
    await fire(INTERVIEW_ALARM);
    expect(Object.keys(await shown())).toEqual([noticeId('shortly-before', iv.id)]);
    expect((await shown())[noticeId('shortly-before', iv.id)]!.title).toBe('Phone screen in 15 minutes');
  });

  it('ignores other alarms and other notifications', async () => {
    const { iv } = await scheduled();
    now = START - DAY;
    await fire('someone-else');
    expect(Object.keys(await shown())).toEqual([]);
    await fakeBrowser.notifications.onClicked.trigger('loopready-follow-ups-due-not-ours');
    expect((await getInterview(db, iv.id))!.handled).toEqual({});
  });
});

describe('interview messages', () => {
  it('replies in the protocol shape and refuses bad drafts, writing nothing', async () => {
    const { handlers, iv } = await scheduled();
    expect(protocol.saveInterview.result.safeParse(iv).success).toBe(true);
    await expect(handlers.saveInterview({ draft: draftOf('2790938', START) })).rejects.toThrow('not tracked');
    const debriefed = await handlers.saveDebrief({ id: iv.id, debrief: { questions: ['Why Amazon?'], storiesUsed: [], feeling: 'great', notes: '' } });
    expect(protocol.saveDebrief.result.safeParse(debriefed).success).toBe(true);
    expect(await handlers.deleteInterview({ id: iv.id })).toBe(true);
    expect(await alarmAt(INTERVIEW_ALARM)).toBeUndefined();
  });

  it('plans a loop over its sessions from the posting\'s ranking and the story bank', async () => {
    const { handlers } = await scheduled();
    const sessions = [0, 1, 2, 3].map((i) => ({
      id: `s${i}`, start: START + i * HOUR, durationMinutes: 55, interviewer: { name: `Interviewer ${i}`, role: '' }, principles: [],
    }));
    const loop = await handlers.saveInterview({ draft: draftOf(JOB, START, { kind: 'loop', durationMinutes: 240, sessions }) });
    const plan = await handlers.planLoop({ interviewId: loop.id });
    expect(protocol.planLoop.result.safeParse(plan).success).toBe(true);
    expect(plan.sessions.map((s) => s.principles.length)).toEqual([3, 3, 3, 3]);
    expect(new Set(plan.sessions.flatMap((s) => s.principles)).size).toBe(12);
    // An empty story bank: every planned principle is thin.
    expect(plan.thin).toHaveLength(12);
  });
});
