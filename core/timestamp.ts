// Every stored time is epoch milliseconds between 2000-01-01 and 2100-01-01 (UTC). JavaScript dates
// reach ±8.64e15 ms, but a time outside this range in a record is a corrupt or hostile file, and
// formatting one throws (`RangeError: Invalid time value`) where the UI least expects it.
import * as z from 'zod/mini';

export const MIN_TIME = Date.UTC(2000, 0, 1);
export const MAX_TIME = Date.UTC(2100, 0, 1);

export const Timestamp = z.number().check(z.int(), z.gte(MIN_TIME), z.lte(MAX_TIME));

/** True for an integer ms time in the range every record's times must be in. */
export function isSaneTime(t: unknown): t is number {
  return typeof t === 'number' && Number.isInteger(t) && t >= MIN_TIME && t <= MAX_TIME;
}
