// Dates as the user reads them (their locale), and <input type="date"> values in local time.
import { localIsoDate } from '../../core/calendar-date';

// One formatter for the page: toLocaleDateString builds a new one per call, about a millisecond
// each, which made a 50-row table page cost 100 ms to draw.
let formatter: Intl.DateTimeFormat | null = null;

/** Shown for a time no calendar holds (a damaged record): formatting one would throw a RangeError. */
export const UNKNOWN_DATE = 'unknown date';

/** A time `Date` can hold (±8.64e15 ms); anything else is a damaged record's. */
function isDateValue(ms: number): boolean {
  return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15;
}

/** The date in the user's locale; never throws ("unknown date" for an impossible time). */
export function shortDate(ms: number): string {
  if (!isDateValue(ms)) return UNKNOWN_DATE;
  formatter ??= new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
  return formatter.format(ms);
}

/** For a <time dateTime>: the ISO form, or no attribute for an impossible time. */
export function isoDateTime(ms: number): string | undefined {
  return isDateValue(ms) ? new Date(ms).toISOString() : undefined;
}

/** yyyy-mm-dd for a date input ('' for an impossible time: the input shows it empty). */
export function dateInputValue(ms: number): string {
  return isDateValue(ms) ? localIsoDate(ms) : '';
}

/** A date input's value as 09:00 local time that day (a reminder at breakfast, not midnight); null if invalid. */
export function fromDateInput(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 9, 0, 0, 0);
  return Number.isNaN(d.getTime()) ? null : d.getTime();
}

/** End of the chosen local day: a backdated status change must not land in the future. */
export function endOfDateInput(value: string, now: number): number | null {
  const at = fromDateInput(value);
  if (at === null) return null;
  return Math.min(at, now);
}
