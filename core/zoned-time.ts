// Wall-clock times in a named IANA time zone, converted to and from instants (epoch ms) with the
// platform's Intl data only. An interview is entered as "10:00 on 3 March, Europe/Berlin"; the
// instant is what alarms and sorting use, the zone is what the candidate and the recruiter read.

export interface WallTime {
  /** yyyy-mm-dd */
  date: string;
  /** hh:mm, 24-hour */
  time: string;
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(zone: string): Intl.DateTimeFormat {
  let f = partsFormatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormatters.set(zone, f);
  }
  return f;
}

/** True when the platform knows `zone` as an IANA time zone name. */
export function isTimeZone(zone: string): boolean {
  if (!zone) return false;
  try {
    partsFormatter(zone);
    return true;
  } catch {
    return false;
  }
}

function fields(ms: number, zone: string): [number, number, number, number, number, number] {
  const get: Record<string, number> = {};
  for (const p of partsFormatter(zone).formatToParts(ms)) if (p.type !== 'literal') get[p.type] = Number(p.value);
  return [get.year!, get.month!, get.day!, get.hour!, get.minute!, get.second!];
}

/** The zone's offset from UTC at the instant `ms`, in ms (Berlin in winter: +3 600 000). */
export function zoneOffsetMs(ms: number, zone: string): number {
  const [y, mo, d, h, mi, s] = fields(ms, zone);
  return Date.UTC(y, mo - 1, d, h, mi, s) - Math.floor(ms / 1000) * 1000;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The wall time at instant `ms` in `zone`. */
export function toWallTime(ms: number, zone: string): WallTime {
  const [y, mo, d, h, mi] = fields(ms, zone);
  return { date: `${pad(y, 4)}-${pad(mo)}-${pad(d)}`, time: `${pad(h)}:${pad(mi)}` };
}

/**
 * The instant of wall time `date` `time` in `zone`; null when the input is malformed or the zone
 * unknown. A time skipped by a daylight-saving jump (02:30 on a spring-forward night) resolves to the
 * same clock reading after the jump (03:30); a repeated one (autumn) to its first occurrence.
 */
export function fromWallTime({ date, time }: WallTime, zone: string): number | null {
  const dm = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const tm = /^(\d{2}):(\d{2})$/.exec(time);
  if (!dm || !tm || !isTimeZone(zone)) return null;
  const [y, mo, d, h, mi] = [Number(dm[1]), Number(dm[2]), Number(dm[3]), Number(tm[1]), Number(tm[2])];
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59) return null;
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  if (new Date(asUtc).getUTCDate() !== d) return null; // 31 February
  // Two candidates: the offsets a day either side of the wall time cover every transition.
  const offsets = [...new Set([zoneOffsetMs(asUtc - 86_400_000, zone), zoneOffsetMs(asUtc + 86_400_000, zone)])];
  const exact = offsets.map((o) => asUtc - o).filter((t) => fields(t, zone).slice(0, 5).join() === [y, mo, d, h, mi].join());
  if (exact.length > 0) return Math.min(...exact);
  // In a gap: keep the reading, on the offset before the jump.
  return asUtc - Math.min(...offsets);
}

/** The browser's own zone (falls back to UTC where the platform does not say). */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Every zone the platform knows, with `extra` (e.g. a stored zone) kept even if not listed. */
export function timeZones(...extra: string[]): string[] {
  const listed = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([...listed, 'UTC', ...extra.filter(Boolean)])].sort();
}
