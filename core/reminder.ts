// What a reminder check should do with the follow-ups due now: which are new since the last
// notification, and what the one summary notification and the badge say. Pure, so the rules are
// tested without a browser; the background adapter only carries them out.
import { compareJobIds } from './job-id';
import type { Application } from './application';
import { titleOf } from './application-title';
import { followUpAdvice } from './follow-up';
import type { Settings } from './settings';

export interface DueItem {
  jobId: string;
  title: string;
  reason: string;
  suggestNoResponse: boolean;
  nextFollowUpAt: number;
}

export interface ReminderPlan {
  /** Everything due, earliest first (the badge and the summary). */
  due: DueItem[];
  /** Due items not yet notified for this follow-up date. */
  fresh: DueItem[];
  /** Badge text: the due count, empty when nothing is due. */
  badge: string;
  /** The summary to show, or null when there is nothing new to tell (or notifications are off). */
  notification: { title: string; message: string } | null;
}

const SHOWN_IN_MESSAGE = 3;

export function dueItem(app: Application, now: number, settings: Settings): DueItem {
  const advice = followUpAdvice(app, now, settings);
  return {
    jobId: app.jobId,
    title: titleOf(app),
    reason: advice.reason,
    suggestNoResponse: advice.suggestNoResponse,
    nextFollowUpAt: app.nextFollowUpAt ?? now,
  };
}

/** Badge text for a count: browsers show about four characters. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}

/**
 * `due` are the applications the follow-up index returned. An item is new when its current
 * follow-up date has not been notified: the stored `notifiedDueAt` makes that survive restarts, and
 * a snooze or "I followed up" (a new date) makes it eligible again.
 */
export function planReminder(due: Application[], now: number, settings: Settings): ReminderPlan {
  const sorted = [...due]
    .filter((a) => a.nextFollowUpAt !== null && a.nextFollowUpAt <= now)
    .sort((a, b) => a.nextFollowUpAt! - b.nextFollowUpAt! || compareJobIds(a.jobId, b.jobId));
  const items = sorted.map((a) => dueItem(a, now, settings));
  const fresh = items.filter((item, i) => sorted[i]!.notifiedDueAt !== sorted[i]!.nextFollowUpAt);
  const notification =
    fresh.length > 0 && settings.notificationsEnabled ? summarize(items, fresh.length) : null;
  return { due: items, fresh, badge: badgeText(items.length), notification };
}

function summarize(items: DueItem[], freshCount: number): { title: string; message: string } {
  const title = items.length === 1 ? 'LoopReady: 1 follow-up due' : `LoopReady: ${items.length} follow-ups due`;
  const lines = items.slice(0, SHOWN_IN_MESSAGE).map((i) => `${i.title}: ${i.reason}`);
  const more = items.length - SHOWN_IN_MESSAGE;
  if (more > 0) lines.push(`and ${more} more`);
  if (freshCount < items.length) lines.push(`${freshCount} new since the last reminder`);
  return { title, message: lines.join('\n') };
}
