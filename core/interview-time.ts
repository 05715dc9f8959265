// Wall-clock times in a named time zone <-> UTC instants, with the runtime's own zone database
// (Intl), so daylight-saving changes are right without shipping tz data. An interview is entered as
// "10:00 on 30 March, Europe/Berlin"; it is stored as the instant plus the zone.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True for a zone name the runtime's Intl knows. */
export function isTimeZone(name: string): boolean {
  try {
    formatter(name);
    return true;
  } catch {
    return false;
  }
}

export interface WallTime {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** The wall-clock time at `ms` in `timeZone`. */
export function wallTime(ms: number, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(ms))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour! % 24, minute: parts.minute! };
}

/** Minutes the zone is ahead of UTC at instant `ms` (Berlin in summer: 120). */
export function zoneOffsetMinutes(ms: number, timeZone: string): number {
  const w = wallTime(ms, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  return Math.round((asUtc - Math.floor(ms / 60_000) * 60_000) / 60_000);
}

/**
 * The instant a wall-clock time happens in `timeZone`. A time skipped by a spring-forward change
 * (02:30 on the changeover night) is read with the offset from before the change, so it lands an
 * hour later, as a clock set by hand would; a time repeated in autumn resolves to its first occurrence.
 */
export function zonedToUtc(w: WallTime, timeZone: string): number {
  const guess = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  const before = zoneOffsetMinutes(guess - 86_400_000 / 2, timeZone);
  const after = zoneOffsetMinutes(guess + 86_400_000 / 2, timeZone);
  // Try the larger offset first: for an ambiguous autumn time that is the earlier instant.
  for (const offset of before >= after ? [before, after] : [after, before]) {
    const t = guess - offset * 60_000;
    const back = wallTime(t, timeZone);
    if (back.year === w.year && back.month === w.month && back.day === w.day && back.hour === w.hour && back.minute === w.minute) return t;
  }
  // In the gap: keep the pre-change offset.
  return guess - before * 60_000;
}

/** "2026-03-30" and "10:00" (as <input type=date/time> give them) in `timeZone`; null when unreadable. */
export function parseZoned(date: string, time: string, timeZone: string): number | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t || !isTimeZone(timeZone)) return null;
  const w = { year: +d[1]!, month: +d[2]!, day: +d[3]!, hour: +t[1]!, minute: +t[2]! };
  if (w.month < 1 || w.month > 12 || w.day < 1 || w.day > 31 || w.hour > 23 || w.minute > 59) return null;
  const probe = new Date(Date.UTC(w.year, w.month - 1, w.day));
  if (probe.getUTCDate() !== w.day) return null; // 31 April
  return zonedToUtc(w, timeZone);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The inverse of parseZoned: { date: "2026-03-30", time: "10:00" } in `timeZone`. */
export function formatZoned(ms: number, timeZone: string): { date: string; time: string } {
  const w = wallTime(ms, timeZone);
  return { date: `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`, time: `${pad(w.hour)}:${pad(w.minute)}` };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "3 March" in the interview's zone: the day the candidate will remember it by. */
export function dayMonth(ms: number, timeZone: string): string {
  const w = wallTime(ms, timeZone);
  return `${w.day} ${MONTHS[w.month - 1]}`;
}
