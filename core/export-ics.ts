// Upcoming follow-ups (all-day events on the local due date) and scheduled interviews as one
// calendar file, built by the `ics` package so escaping and line folding follow RFC 5545.
//
// Interviews are written as UTC instants (DTSTART:…Z): the stored instant was converted from the
// wall time in the interview's own zone (core/zoned-time.ts), so every calendar shows it at the
// right moment in whatever zone it runs, across daylight-saving changes, without a VTIMEZONE block
// (which the `ics` package cannot write). The zone and wall time are repeated in the description.
import { createEvents, type EventAttributes } from 'ics';
import { isAmazonJobsUrl } from './amazon-jobs-url';
import type { Application } from './application';
import { interviewEnd, INTERVIEW_KIND_LABELS, INTERVIEW_MODE_LABELS, MIN_TIME, type Interview } from './interview';
import { toWallTime } from './zoned-time';
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

type UtcParts = [number, number, number, number, number];

function utcParts(ms: number): UtcParts {
  const d = new Date(ms);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()];
}

function interviewDescription(iv: Interview, jobTitle: string): string {
  const { date, time } = toWallTime(iv.start, iv.timeZone);
  const lines = [
    `${INTERVIEW_KIND_LABELS[iv.kind]} for ${jobTitle}: ${date} ${time} ${iv.timeZone.replace(/_/g, ' ')} time, ${iv.durationMinutes} minutes, ${INTERVIEW_MODE_LABELS[iv.mode].toLowerCase()}.`,
  ];
  const people = iv.interviewers.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).filter(Boolean);
  if (people.length) lines.push(`Interviewers: ${people.join(', ')}.`);
  for (const s of iv.sessions) {
    const who = s.interviewer.name ? ` with ${s.interviewer.name}` : '';
    lines.push(`${toWallTime(s.start, iv.timeZone).time}${who}, ${s.durationMinutes} minutes.`);
  }
  return lines.join('\n');
}

/** One event per interview, at its instant; the UID is the interview's, so a re-import after a reschedule moves the event. */
function interviewEvents(interviews: readonly Interview[], titles: ReadonlyMap<string, string>, now: number): EventAttributes[] {
  return interviews.map((iv) => {
    const jobTitle = titles.get(iv.jobId) ?? `Job ${iv.jobId}`;
    return {
      uid: `loopready-interview-${iv.id}@loopready`,
      // Calendars take the higher SEQUENCE as the newer version of the same UID: minutes since 2000 of the last edit.
      sequence: Math.max(0, Math.floor((iv.updatedAt - MIN_TIME) / 60_000)),
      title: `${INTERVIEW_KIND_LABELS[iv.kind]}: ${jobTitle}`,
      description: interviewDescription(iv, jobTitle),
      ...(iv.place.trim() ? { location: iv.place.trim() } : {}),
      start: utcParts(iv.start),
      startInputType: 'utc',
      startOutputType: 'utc',
      end: utcParts(interviewEnd(iv)),
      endInputType: 'utc',
      endOutputType: 'utc',
      timestamp: now,
      transp: 'OPAQUE',
      busyStatus: 'BUSY',
    } as EventAttributes;
  });
}

/**
 * The calendar: every scheduled follow-up, plus `interviews` (pass the ones to export, e.g. those
 * from a month ago on). Interviews of applications not in `applications` are named by job ID.
 */
export function followUpsToIcs(
  applications: readonly Application[],
  settings: Settings,
  now: number,
  interviews: readonly Interview[] = [],
  titles: ReadonlyMap<string, string> = new Map(applications.map((a) => [a.jobId, titleOf(a)])),
): string {
  const followUps: EventAttributes[] = applications
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
        // Only a posting link we would show (records written before the URL rule could hold anything).
        ...(isAmazonJobsUrl(a.posting.url) ? { url: a.posting.url } : {}),
        start: localDateParts(at),
        end: nextDay(localDateParts(at)),
        timestamp: now,
        transp: 'TRANSPARENT',
        busyStatus: 'FREE',
      } as EventAttributes;
    });
  const events = [...interviewEvents(interviews, titles, now), ...followUps];
  const calName = interviews.length > 0 ? 'LoopReady interviews and follow-ups' : 'LoopReady follow-ups';
  const { error, value } = createEvents(events, { productId: 'loopready/follow-ups', calName });
  // The `ics` package's own messages are validation internals (a regular expression, a field path): not for people.
  if (error || value === null) throw new Error('Could not build the calendar file from your follow-ups. Check that their dates and posting links look right, then try again.');
  return value;
}
