import { describe, expect, it } from 'vitest';
import { fromWallTime, isTimeZone, timeZones, toWallTime, zoneOffsetMs } from '../../../core/zoned-time';

describe('wall time in a named zone', () => {
  it('converts a Berlin morning in winter and in summer (the offset follows daylight saving)', () => {
    expect(new Date(fromWallTime({ date: '2026-03-03', time: '10:00' }, 'Europe/Berlin')!).toISOString()).toBe('2026-03-03T09:00:00.000Z');
    expect(new Date(fromWallTime({ date: '2026-07-03', time: '10:00' }, 'Europe/Berlin')!).toISOString()).toBe('2026-07-03T08:00:00.000Z');
    expect(new Date(fromWallTime({ date: '2026-03-03', time: '10:00' }, 'America/Los_Angeles')!).toISOString()).toBe('2026-03-03T18:00:00.000Z');
    expect(new Date(fromWallTime({ date: '2026-03-03', time: '10:00' }, 'Asia/Kolkata')!).toISOString()).toBe('2026-03-03T04:30:00.000Z');
  });

  it('round-trips every half hour across both 2026 transitions in New York', () => {
    const start = Date.UTC(2026, 2, 7);
    for (let t = start; t < start + 3 * 86_400_000; t += 1_800_000) {
      expect(fromWallTime(toWallTime(t, 'America/New_York'), 'America/New_York')).toBe(t);
    }
    const fall = Date.UTC(2026, 9, 31);
    for (let t = fall; t < fall + 3 * 86_400_000; t += 1_800_000) {
      const back = fromWallTime(toWallTime(t, 'America/New_York'), 'America/New_York')!;
      // 01:00–02:00 on 1 November happens twice; the first occurrence is chosen.
      expect(t - back === 0 || t - back === 3_600_000).toBe(true);
    }
  });

  it('moves a time skipped by spring-forward to the same reading after the jump, and picks the first of a repeated hour', () => {
    const gap = fromWallTime({ date: '2026-03-29', time: '02:30' }, 'Europe/Berlin')!;
    expect(toWallTime(gap, 'Europe/Berlin')).toEqual({ date: '2026-03-29', time: '03:30' });
    const repeated = fromWallTime({ date: '2026-10-25', time: '02:30' }, 'Europe/Berlin')!;
    expect(new Date(repeated).toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('refuses malformed dates, times and unknown zones', () => {
    expect(fromWallTime({ date: '2026-02-31', time: '10:00' }, 'UTC')).toBeNull();
    expect(fromWallTime({ date: '2026-02-03', time: '24:00' }, 'UTC')).toBeNull();
    expect(fromWallTime({ date: '3 March', time: '10:00' }, 'UTC')).toBeNull();
    expect(fromWallTime({ date: '2026-03-03', time: '10:00' }, 'Mars/Olympus')).toBeNull();
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('')).toBe(false);
  });

  it('gives offsets and keeps a stored zone in the list', () => {
    expect(zoneOffsetMs(Date.UTC(2026, 0, 1), 'Asia/Kolkata')).toBe(5.5 * 3_600_000);
    const zones = timeZones('Etc/GMT+5');
    expect(zones).toContain('Europe/Berlin');
    expect(zones).toContain('Etc/GMT+5');
    expect(zones).toContain('UTC');
  });
});
