// Upcoming follow-ups as a calendar file (all-day events on the local due date), built by the
// `ics` package so escaping and line folding follow RFC 5545.
import { createEvents, type EventAttributes } from 'ics';
import type { Application } from './application';
import { localDateParts, localIsoDate } from './calendar-date';
import { followUpAdvice } from './follow-up';
import { titleOf } from './application-title';
import type { Settings } from './settings';
import { STATUS_LABELS } from './status';

// By calendar, not by adding 24 h: a day can be 23 or 25 hours long.
function nextDay([y, m, d]: [number, number, number]): [number, number, number] {
  const next = new Date(y, m - 1, d + 1);
  return [next.getFullYear(), next.getMonth() + 1, next.getDate()];
}

export function followUpsToIcs(applications: readonly Application[], settings: Settings, now: number): string {
  const events: EventAttributes[] = applications
    .filter((a): a is Application & { nextFollowUpAt: number } => a.nextFollowUpAt !== null)
    .map((a) => {
      const at = a.nextFollowUpAt;
      // Evaluated on the due date, so the description reads as it will that day.
      const advice = followUpAdvice(a, Math.max(at, now), settings);
      return {
        // Stable per application and date: re-importing the file updates events instead of duplicating them.
        uid: `loopready-${a.jobId}-${localIsoDate(at)}@loopready`,
        title: `Follow up: ${titleOf(a)}`,
        description: `${STATUS_LABELS[a.status]}. ${advice.reason}.`,
        url: a.posting.url,
        start: localDateParts(at),
        end: nextDay(localDateParts(at)),
        timestamp: now,
        transp: 'TRANSPARENT',
        busyStatus: 'FREE',
      } as EventAttributes;
    });
  const { error, value } = createEvents(events, { productId: 'loopready/follow-ups', calName: 'LoopReady follow-ups' });
  if (error || value === null) throw new Error(`Could not build the calendar: ${error?.message ?? 'unknown error'}`);
  return value;
}
