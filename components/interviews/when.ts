// An interview's time as people read it: in the zone it was arranged in, and in the candidate's own
// zone when that differs (a recruiter in Seattle, a candidate in Berlin).
import { localIsoDate } from '../../core/calendar-date';
import { zoneOffsetMs } from '../../core/zoned-time';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string, kind: 'day-time' | 'time' | 'day'): Intl.DateTimeFormat {
  const key = `${zone}|${kind}`;
  let f = formatters.get(key);
  if (!f) {
    const time = { hour: '2-digit', minute: '2-digit' } as const;
    const day = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' } as const;
    f = new Intl.DateTimeFormat(undefined, {
      timeZone: zone,
      ...(kind === 'time' ? { ...time, timeZoneName: 'short' } : kind === 'day' ? { weekday: 'long', day: 'numeric', month: 'long' } : { ...day, ...time }),
    });
    formatters.set(key, f);
  }
  return f;
}

/** "Tue, 3 Mar 2026, 10:00 – 11:00 GMT+1" in `zone`. */
export function formatSpan(startAt: number, minutes: number, zone: string): string {
  return `${formatter(zone, 'day-time').format(startAt)} – ${formatter(zone, 'time').format(startAt + minutes * 60_000)}`;
}

/** "10:00 CET" in `zone`. */
export function formatTime(at: number, zone: string): string {
  return formatter(zone, 'time').format(at);
}

/** "Tuesday 3 March": an agenda day heading, in the user's zone. */
export function formatDay(at: number, zone: string): string {
  return formatter(zone, 'day').format(at);
}

/** The interview's time in its own zone, and in the user's when the two read differently. */
export function whenLines(startAt: number, minutes: number, zone: string, userZone: string): { there: string; here: string | null } {
  const there = `${formatSpan(startAt, minutes, zone)} (${zone})`;
  const same = zone === userZone || zoneOffsetMs(startAt, zone) === zoneOffsetMs(startAt, userZone);
  return { there, here: same ? null : `${formatSpan(startAt, minutes, userZone)} (${userZone}, your time)` };
}

/** yyyy-mm-dd of the local day an instant falls on (agenda grouping). */
export const dayKey = (at: number) => localIsoDate(at);
