// What an interview reminds of, and when: the day-before and shortly-before notifications, the
// debrief prompt and the thank-you reminder after it, and the follow-up scheduled from its end.
// Pure; the background adapter shows the notifications and the store records what was done.
//
// The guarantees rest on two stored fields per interview: `handled[step]` holds the `start` the
// step was done for (so a restart does not repeat it, and a reschedule makes it due again), and
// `nextReminderAt` is the earliest step not yet done (indexed, so the due ones are found by index).
import { interviewEnd, INTERVIEW_KIND_LABELS, type Interview, type InterviewStep } from './interview';
import { dayOfPath, planPath, planSectionFor } from './interview-links';
import { fromWallTime, toWallTime } from './zoned-time';
import { interviewReminderSettings, type Settings } from './settings';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** A thank-you note is best sent the same day: remind an hour after it ends, drop it after two days. */
export const THANK_YOU_DELAY_MS = HOUR_MS;
const THANK_YOU_VALID_MS = 2 * DAY_MS;
/** A debrief is worth asking for within a week; after that the memory is gone. */
const DEBRIEF_VALID_MS = 7 * DAY_MS;

export interface StepTiming {
  step: InterviewStep;
  dueAt: number;
  /** Past this the step is done without a notification (a "starts in an hour" after the start is wrong). */
  until: number;
}

/**
 * `hours` before the start, counted so that 24 means the same clock time on the previous calendar day
 * in the interview's zone: across a daylight-saving change that is 23 or 25 real hours, and a
 * 10:00 interview is still announced at 10:00 the day before.
 */
export function dayBefore(iv: Pick<Interview, 'start' | 'timeZone'>, hours: number): number {
  const { date, time } = toWallTime(iv.start, iv.timeZone);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const prev = new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
  const sameTime = fromWallTime({ date: prev, time }, iv.timeZone);
  return sameTime === null ? iv.start - hours * HOUR_MS : sameTime - (hours - 24) * HOUR_MS;
}

/** The steps this interview has under these settings, in time order (whether done or not). */
export function interviewSteps(iv: Interview, settings: Settings): StepTiming[] {
  const r = interviewReminderSettings(settings);
  const end = interviewEnd(iv);
  const steps: StepTiming[] = [];
  if (r.dayBeforeHours !== null) steps.push({ step: 'day-before', dueAt: dayBefore(iv, r.dayBeforeHours), until: iv.start });
  if (r.shortlyBeforeMinutes !== null) {
    steps.push({ step: 'shortly-before', dueAt: iv.start - r.shortlyBeforeMinutes * MINUTE_MS, until: iv.start });
  }
  if (r.debriefPrompt && iv.debrief === null) steps.push({ step: 'debrief', dueAt: end, until: end + DEBRIEF_VALID_MS });
  if (iv.thankYouWanted) steps.push({ step: 'thank-you', dueAt: end + THANK_YOU_DELAY_MS, until: end + THANK_YOU_DELAY_MS + THANK_YOU_VALID_MS });
  // Always, however late: the follow-up clock starts at the interview.
  steps.push({ step: 'follow-up', dueAt: end, until: Number.POSITIVE_INFINITY });
  return steps.sort((a, b) => a.dueAt - b.dueAt);
}

function isNotification(step: InterviewStep): boolean {
  return step !== 'follow-up';
}

/**
 * Steps still to do. A notification that was already due when the interview was (re)scheduled is
 * left out: entering an interview for tomorrow at 09:00 should not announce "tomorrow" right away.
 */
export function pendingSteps(iv: Interview, settings: Settings): StepTiming[] {
  return interviewSteps(iv, settings).filter(
    (s) => iv.handled[s.step] !== iv.start && !(isNotification(s.step) && s.dueAt < iv.scheduledAt),
  );
}

/** The value to store in the `nextReminderAt` index. */
export function nextReminderAt(iv: Interview, settings: Settings): number | null {
  const pending = pendingSteps(iv, settings);
  return pending.length === 0 ? null : pending[0]!.dueAt;
}

export interface InterviewNotice {
  /** Stable per interview and step: showing it twice replaces it instead of stacking two. */
  notificationId: string;
  interviewId: string;
  step: Exclude<InterviewStep, 'follow-up'>;
  title: string;
  message: string;
  /** Extension-relative path the notification opens. */
  path: string;
}

export interface InterviewReminderPlan {
  /** Notifications to show now. */
  notices: InterviewNotice[];
  /** Steps to record as done, per interview, for the start they were computed for. */
  done: { interviewId: string; start: number; steps: InterviewStep[] }[];
  /** Interviews whose end passed: schedule the application's follow-up from them. */
  followUps: Interview[];
}

const NOTICE_PREFIX = 'loopready-interview:';

export function noticeId(step: InterviewStep, interviewId: string): string {
  return `${NOTICE_PREFIX}${step}:${interviewId}`;
}

/** The step and interview of one of our notification ids; null for any other id. */
export function parseNoticeId(id: string): { step: InterviewStep; interviewId: string } | null {
  if (!id.startsWith(NOTICE_PREFIX)) return null;
  const rest = id.slice(NOTICE_PREFIX.length);
  const colon = rest.indexOf(':');
  const step = rest.slice(0, colon) as InterviewStep;
  if (colon < 0 || !['day-before', 'shortly-before', 'debrief', 'thank-you'].includes(step)) return null;
  return { step, interviewId: rest.slice(colon + 1) };
}

/** Where a notification for this step leads. */
export function noticePath(step: InterviewStep, iv: Pick<Interview, 'id' | 'jobId' | 'kind'>): string {
  switch (step) {
    case 'day-before':
      return planPath(iv.jobId, planSectionFor(iv.kind));
    case 'debrief':
      return dayOfPath(iv.id, 'debrief');
    default:
      return dayOfPath(iv.id);
  }
}

/** "today at 10:00", "tomorrow at 10:00", "on 3 March at 10:00"; the zone is named when it is not the machine's. */
export function whenText(iv: Pick<Interview, 'start' | 'timeZone'>, now: number, localZone: string): string {
  const { date, time } = toWallTime(iv.start, iv.timeZone);
  const today = toWallTime(now, iv.timeZone).date;
  const days = Math.round((Date.parse(date) - Date.parse(today)) / DAY_MS);
  const [, m, d] = date.split('-').map(Number) as [number, number, number];
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const day = days === 0 ? 'today' : days === 1 ? 'tomorrow' : `on ${d} ${months[m - 1]}`;
  const zone = iv.timeZone === localZone ? '' : ` (${iv.timeZone.replace(/_/g, ' ')} time)`;
  return `${day} at ${time}${zone}`;
}

function minutesText(ms: number): string {
  const m = Math.max(1, Math.round(ms / MINUTE_MS));
  if (m < 60) return `${m} minute${m === 1 ? '' : 's'}`;
  const h = Math.round(m / 60);
  return `${h} hour${h === 1 ? '' : 's'}`;
}

function notice(step: InterviewNotice['step'], iv: Interview, jobTitle: string, now: number, localZone: string): InterviewNotice {
  const kind = INTERVIEW_KIND_LABELS[iv.kind];
  const lower = kind.toLowerCase();
  const place = iv.place.trim() ? `\n${iv.place.trim().slice(0, 200)}` : '';
  let title: string;
  let message: string;
  switch (step) {
    case 'day-before':
      title = `${kind} ${whenText(iv, now, localZone)}`;
      message = `${jobTitle}. Open your prep plan for a last look.${place}`;
      break;
    case 'shortly-before':
      title = `${kind} in ${minutesText(iv.start - now)}`;
      message = `${jobTitle}. Your principles, stories and questions are on one page.${place}`;
      break;
    case 'debrief':
      title = `How did the ${lower} go?`;
      message = `${jobTitle}. Note the questions and the stories you used while you remember them.`;
      break;
    case 'thank-you': {
      const names = iv.interviewers.map((p) => p.name.trim()).filter(Boolean);
      title = 'Time for a thank-you note';
      message = `${jobTitle}. A few lines${names.length ? ` to ${names.slice(0, 3).join(', ')}` : ''} after your ${lower}.`;
      break;
    }
  }
  return { notificationId: noticeId(step, iv.id), interviewId: iv.id, step, title, message, path: noticePath(step, iv) };
}

/**
 * `due` are the interviews the `nextReminderAt` index returned at `now`. Each due step is either
 * shown or, when its moment has passed (or notifications are off), only recorded as done. Of the
 * two "before" reminders only the later is shown when both are due at once (a browser opened an
 * hour before the interview shows "in an hour", not also "tomorrow").
 */
export function planInterviewReminders(
  due: readonly Interview[],
  now: number,
  settings: Settings,
  jobTitle: (jobId: string) => string,
  localZone: string,
): InterviewReminderPlan {
  const plan: InterviewReminderPlan = { notices: [], done: [], followUps: [] };
  for (const iv of [...due].sort((a, b) => a.start - b.start || a.id.localeCompare(b.id))) {
    const ready = pendingSteps(iv, settings).filter((s) => s.dueAt <= now);
    if (ready.length === 0) continue;
    const shown = ready.filter((s) => isNotification(s.step) && now < s.until && settings.notificationsEnabled);
    const superseded = shown.some((s) => s.step === 'shortly-before');
    for (const s of shown) {
      if (s.step === 'day-before' && superseded) continue;
      plan.notices.push(notice(s.step as InterviewNotice['step'], iv, jobTitle(iv.jobId), now, localZone));
    }
    if (ready.some((s) => s.step === 'follow-up')) plan.followUps.push(iv);
    plan.done.push({ interviewId: iv.id, start: iv.start, steps: ready.map((s) => s.step) });
  }
  return plan;
}
