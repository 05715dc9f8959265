// The calendar export read back by a real calendar parser (ical.js, Mozilla's, as Thunderbird uses):
// interviews land at the right instant in the week the clocks change, their UID survives a
// reschedule (a re-import updates the event), and follow-ups sit beside them.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { followUpsToIcs } from '../../../core/export-ics';
import { DEFAULT_SETTINGS } from '../../../core/settings';
import { toWallTime } from '../../../core/zoned-time';
import { saveApplication, scheduledFollowUps, setStatus } from '../../../db/applications';
import { calendarInterviews, saveInterview } from '../../../db/interviews';
import { DAY, at, draftOf, freshDb, postingOf } from './helpers';

interface ParsedEvent {
  uid: string;
  summary: string;
  start: ICAL.Time;
  end: ICAL.Time;
  sequence: number;
  location: string | null;
  description: string;
}

function parse(ics: string): ParsedEvent[] {
  const cal = new ICAL.Component(ICAL.parse(ics));
  return cal.getAllSubcomponents('vevent').map((c) => {
    const e = new ICAL.Event(c);
    return { uid: e.uid, summary: e.summary, start: e.startDate, end: e.endDate, sequence: e.sequence, location: e.location, description: e.description };
  });
}

const iso = (t: ICAL.Time) => new Date(t.toUnixTime() * 1000).toISOString();

async function exported(drafts: Parameters<typeof draftOf>[], now: number) {
  const db = freshDb();
  await saveApplication(db, postingOf('1496414'), now - 20 * DAY);
  await setStatus(db, '1496414', 'applied', now - 10 * DAY);
  const saved = [];
  for (const d of drafts) saved.push(await saveInterview(db, draftOf(...d), now));
  const { interviews, titles } = await calendarInterviews(db, now);
  return { db, saved, ics: followUpsToIcs(await scheduledFollowUps(db), DEFAULT_SETTINGS, now, interviews, titles) };
}

describe('calendar export with interviews', () => {
  it('puts Berlin interviews either side of the 29 March 2026 clock change at the right instants', async () => {
    const before = at('2026-03-27', '10:00', 'Europe/Berlin'); // CET, UTC+1
    const after = at('2026-03-30', '10:00', 'Europe/Berlin'); // CEST, UTC+2
    const { ics } = await exported(
      [
        ['1496414', before],
        ['1496414', after, { kind: 'loop', durationMinutes: 240, mode: 'on-site', place: 'Amazon Berlin, Krausenstraße 38' }],
      ],
      at('2026-03-20', '09:00'),
    );
    const events = parse(ics);
    const interviews = events.filter((e) => e.uid.startsWith('loopready-interview-'));
    expect(interviews.map((e) => [iso(e.start), iso(e.end)])).toEqual([
      ['2026-03-27T09:00:00.000Z', '2026-03-27T10:00:00.000Z'],
      ['2026-03-30T08:00:00.000Z', '2026-03-30T12:00:00.000Z'],
    ]);
    // Read back in Berlin, both are at 10:00 local: the wall time the candidate entered.
    expect(interviews.map((e) => toWallTime(e.start.toUnixTime() * 1000, 'Europe/Berlin').time)).toEqual(['10:00', '10:00']);
    expect(interviews[1]!.summary).toBe('Loop: SDE, AWS Security Dev Ops');
    expect(interviews[1]!.location).toBe('Amazon Berlin, Krausenstraße 38');
    expect(interviews[1]!.description).toContain('2026-03-30 10:00 Europe/Berlin time, 240 minutes, on site.');
    // The follow-up of the application is in the same file, as an all-day event.
    const followUp = events.find((e) => !e.uid.startsWith('loopready-interview-'))!;
    expect(followUp.summary).toBe('Follow up: SDE, AWS Security Dev Ops');
    expect(followUp.start.isDate).toBe(true);
  });

  it('keeps New York times right in the week the US clocks change (8 March 2026), read in another zone too', async () => {
    const fri = at('2026-03-06', '09:30', 'America/New_York'); // EST, UTC-5
    const mon = at('2026-03-09', '09:30', 'America/New_York'); // EDT, UTC-4
    const { ics } = await exported(
      [
        ['1496414', fri, { timeZone: 'America/New_York' }],
        ['1496414', mon, { timeZone: 'America/New_York' }],
      ],
      at('2026-03-01', '09:00', 'America/New_York'),
    );
    const starts = parse(ics)
      .filter((e) => e.uid.startsWith('loopready-interview-'))
      .map((e) => e.start);
    expect(starts.map(iso)).toEqual(['2026-03-06T14:30:00.000Z', '2026-03-09T13:30:00.000Z']);
    // Europe has not changed yet that week: in Berlin the Monday one is 14:30, the Friday one 15:30.
    expect(starts.map((t) => toWallTime(t.toUnixTime() * 1000, 'Europe/Berlin').time)).toEqual(['15:30', '14:30']);
    expect(starts.every((t) => t.zone === ICAL.Timezone.utcTimezone)).toBe(true);
  });

  it('gives an interview the same UID after a reschedule, with a higher SEQUENCE, so a re-import moves it', async () => {
    const now = at('2026-03-20', '09:00');
    const start = at('2026-03-31', '10:00');
    const { db, saved, ics } = await exported([['1496414', start]], now);
    const first = parse(ics).find((e) => e.uid.startsWith('loopready-interview-'))!;
    await saveInterview(db, { ...draftOf('1496414', start + DAY), id: saved[0]!.id }, now + 3 * DAY);
    const { interviews, titles } = await calendarInterviews(db, now + 3 * DAY);
    const again = parse(followUpsToIcs(await scheduledFollowUps(db), DEFAULT_SETTINGS, now + 3 * DAY, interviews, titles));
    const moved = again.filter((e) => e.uid.startsWith('loopready-interview-'));
    expect(moved).toHaveLength(1);
    expect(moved[0]!.uid).toBe(first.uid);
    expect(moved[0]!.uid).toBe(`loopready-interview-${saved[0]!.id}@loopready`);
    expect(moved[0]!.sequence).toBeGreaterThan(first.sequence);
    expect(iso(moved[0]!.start)).toBe('2026-04-01T08:00:00.000Z');
  });
});
