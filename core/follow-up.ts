// When to suggest following up on an application, and why. Pure date arithmetic on epoch ms.
import type { Application } from './application';
import type { FollowUpEvent } from './follow-up-event';
import type { Settings } from './settings';
import { STATUS_LABELS, isTerminal, type ActiveStatus, type Status } from './status';

export const DAY_MS = 86_400_000;

// Default waits, in calendar days. Amazon's own guidance to candidates is to expect news within
// about one to two weeks after an interview step, and recruiters commonly say a loop decision comes
// within five business days. We pick the end of each window, so a reminder means "this is now
// late", not "this is normal":
// - saved 7: postings close without notice when filled; a week is long enough to decide.
// - applied 14: résumé review is the slowest step and has no promised date; two weeks is the
//   usual "if you have not heard, ask" point.
// - online assessment 7: results (or the next invitation) usually follow within a week.
// - phone screens 7: feedback after a screen is typically given within a week.
// - loop 7: five business days is a calendar week.
export const DEFAULT_FOLLOW_UP_DAYS: Readonly<Record<ActiveStatus, number>> = {
  saved: 7,
  applied: 14,
  'online-assessment': 7,
  'phone-screen': 7,
  'second-phone-screen': 7,
  loop: 7,
};

/** What the candidate is told is normal, per stage, for the reminder's reason. */
const USUAL_WAIT: Readonly<Record<ActiveStatus, string>> = {
  saved: 'postings can close without notice once filled',
  applied: 'candidates usually hear back within two weeks',
  'online-assessment': 'assessment results usually come within a week',
  'phone-screen': 'feedback after a phone screen usually comes within a week',
  'second-phone-screen': 'feedback after a phone screen usually comes within a week',
  loop: 'a decision usually comes within five business days of the loop',
};

/** Days to wait in a stage (the user's setting, else the default); null for statuses with no follow-up. */
export function followUpDays(status: Status, settings: Settings): number | null {
  if (isTerminal(status)) return null;
  const active = status as ActiveStatus;
  const mine = settings.followUpDays[active];
  return mine === undefined ? DEFAULT_FOLLOW_UP_DAYS[active] : mine;
}

/** The follow-up time for a status entered at `enteredAt`; null when none is due for that status. */
export function followUpAfterStatus(status: Status, enteredAt: number, settings: Settings): number | null {
  const days = followUpDays(status, settings);
  return days === null ? null : enteredAt + days * DAY_MS;
}

/** After "I followed up": the next check, or none for statuses with no follow-up. */
export function followUpAfterNudge(status: Status, now: number, settings: Settings): number | null {
  return isTerminal(status) ? null : now + settings.followUpIntervalDays * DAY_MS;
}

export function snoozeUntil(now: number, days: number): number {
  return now + days * DAY_MS;
}

/** Whole days between two times (floored; 0 when `later` is earlier). */
export function daysBetween(earlier: number, later: number): number {
  return Math.max(0, Math.floor((later - earlier) / DAY_MS));
}

function ago(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  return `${days} days ago`;
}

function inDays(days: number): string {
  return days <= 1 ? 'within a day' : `in ${days} days`;
}

function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}

export interface FollowUpAdvice {
  due: boolean;
  /** Shown to the user as is. */
  reason: string;
  /** The user followed up enough times without an answer: offer "mark as no response". */
  suggestNoResponse: boolean;
}

type AdviceInput = Pick<Application, 'status' | 'history' | 'nextFollowUpAt' | 'followUpCount'> &
  Partial<Pick<Application, 'closedAt' | 'followUpFrom'>>;

// ---- Follow-up from an interview -------------------------------------------------------------

type EventKind = FollowUpEvent['kind'];

const EVENT_LABELS: Readonly<Record<EventKind, string>> = {
  'online-assessment': 'Online assessment',
  'phone-screen': 'Phone screen',
  'second-phone-screen': 'Second phone screen',
  loop: 'Loop',
  other: 'Interview',
};

/** The stage whose waiting time applies after an interview of this kind ("other": the application's stage). */
export function stageOfInterview(kind: EventKind, status: Status): Status {
  return kind === 'other' ? status : kind;
}

/**
 * The follow-up time after an interview that ended at `end`: its stage's wait counted from the
 * interview, not from the stage change. null when the application is finished or the user turned
 * that stage's reminder off.
 */
export function followUpAfterInterview(kind: EventKind, end: number, status: Status, settings: Settings): number | null {
  if (isTerminal(status)) return null;
  const days = followUpDays(stageOfInterview(kind, status), settings);
  return days === null ? null : end + days * DAY_MS;
}

function within(days: number): string {
  if (days === 7) return 'a week';
  if (days % 7 === 0) return `${['', 'one', 'two', 'three', 'four'][days / 7] ?? days / 7} weeks`;
  return days === 1 ? 'a day' : `${days} days`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "3 March": the interview's day in its own zone (the machine's zone if that name is unknown here). */
function eventDay(ms: number, timeZone: string): string {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', { timeZone, month: 'numeric', day: 'numeric' }).formatToParts(new Date(ms));
  } catch {
    parts = new Intl.DateTimeFormat('en-US', { month: 'numeric', day: 'numeric' }).formatToParts(new Date(ms));
  }
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return `${n('day')} ${MONTHS[n('month') - 1]}`;
}

/** "Phone screen on 3 March; you usually hear back within a week" (the wait is the one the date was set with). */
export function eventReason(event: FollowUpEvent, days: number): string {
  const what = `${EVENT_LABELS[event.kind]} on ${eventDay(event.start, event.timeZone)}`;
  const wait = event.kind === 'loop' ? `a decision usually comes within ${within(days)}` : `you usually hear back within ${within(days)}`;
  return `${what}; ${wait}`;
}

/** The event the current follow-up date came from, if it still stands (a snooze, a nudge or a stage change replaces it). */
function standingEvent(app: AdviceInput): FollowUpEvent | null {
  const e = app.followUpFrom;
  return e && app.nextFollowUpAt === e.at && app.followUpCount === 0 ? e : null;
}

/** Why a follow-up is (or is not) due now, in words the tracker can show. */
export function followUpAdvice(app: AdviceInput, now: number, settings: Settings): FollowUpAdvice {
  if (isTerminal(app.status) || app.nextFollowUpAt === null) {
    return { due: false, reason: `${STATUS_LABELS[app.status]}: no follow-up needed`, suggestNoResponse: false };
  }
  const due = app.nextFollowUpAt <= now;
  const enteredAt = app.history.at(-1)?.at ?? now;
  const stage = STATUS_LABELS[app.status];
  const since = `${stage} ${ago(daysBetween(enteredAt, now))}`;
  const active = app.status as ActiveStatus;
  const suggestNoResponse = due && app.followUpCount >= settings.followUpsBeforeNoResponse;
  const event = standingEvent(app);
  let reason: string;
  if (event) {
    // at = end + days; an interview lasts under 12 hours, so rounding from the start gives the days.
    const days = Math.max(1, Math.round((event.at - event.start) / DAY_MS));
    reason = eventReason(event, days);
    if (!due) reason = `${reason}; follow-up suggested ${inDays(Math.ceil((app.nextFollowUpAt - now) / DAY_MS))}`;
  } else if (suggestNoResponse) {
    reason = `${since}; you followed up ${times(app.followUpCount)} with no answer. Consider marking it "No response"`;
  } else if (app.followUpCount > 0) {
    reason = `${since}; you followed up ${times(app.followUpCount)} and have not heard back`;
  } else if (active === 'saved') {
    reason = `Saved ${ago(daysBetween(enteredAt, now))} and not applied yet; ${USUAL_WAIT.saved}`;
  } else {
    reason = `${since}; ${USUAL_WAIT[active]}`;
  }
  if (!due && !event) reason = `${since}; follow-up suggested ${inDays(Math.ceil((app.nextFollowUpAt - now) / DAY_MS))}`;
  // A closed posting often means the role was filled: worth knowing before writing to a recruiter.
  if (app.closedAt != null && app.closedAt <= now) reason += '. The posting has since closed';
  return { due, reason, suggestNoResponse };
}
