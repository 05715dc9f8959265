// The follow-up counted from an interview, and the reason the tracker and the reminder give for it.
import { describe, expect, it } from 'vitest';
import type { FollowUpEvent } from '../../../core/follow-up-event';
import { followUpAdvice, followUpAfterInterview } from '../../../core/follow-up';
import { checkInterviewDraft } from '../../../core/interview';
import { DEFAULT_SETTINGS } from '../../../core/settings';
import { appOf } from '../ui/helpers';
import { DAY, HOUR, at, draftOf } from './helpers';

const START = at('2026-03-03', '10:00');
const END = START + HOUR;

describe('follow-up after an interview', () => {
  it('waits the interview stage\'s days from its end, whatever stage the application is in', () => {
    expect(followUpAfterInterview('phone-screen', END, 'applied', DEFAULT_SETTINGS)).toBe(END + 7 * DAY);
    expect(followUpAfterInterview('loop', END, 'phone-screen', { ...DEFAULT_SETTINGS, followUpDays: { loop: 10 } })).toBe(END + 10 * DAY);
    // "Other": the application's own stage decides.
    expect(followUpAfterInterview('other', END, 'applied', DEFAULT_SETTINGS)).toBe(END + 14 * DAY);
  });

  it('schedules nothing for a finished application or a stage whose reminder is off', () => {
    expect(followUpAfterInterview('loop', END, 'offer', DEFAULT_SETTINGS)).toBeNull();
    expect(followUpAfterInterview('phone-screen', END, 'applied', { ...DEFAULT_SETTINGS, followUpDays: { 'phone-screen': null } })).toBeNull();
  });

  const event = (kind: FollowUpEvent['kind'], days: number): FollowUpEvent => ({
    interviewId: 'iv-1', kind, start: START, timeZone: 'Europe/Berlin', at: END + days * DAY,
  });

  it('gives the interview and its date as the reason while that date stands', () => {
    const app = appOf('1496414', ['saved', 'applied', 'phone-screen'], { nextFollowUpAt: END + 7 * DAY, followUpFrom: event('phone-screen', 7) });
    expect(followUpAdvice(app, END + 7 * DAY, DEFAULT_SETTINGS)).toEqual({
      due: true, reason: 'Phone screen on 3 March; you usually hear back within a week', suggestNoResponse: false,
    });
    expect(followUpAdvice(app, END + 2 * DAY, DEFAULT_SETTINGS).reason).toBe(
      'Phone screen on 3 March; you usually hear back within a week; follow-up suggested in 5 days',
    );
    const loop = appOf('1496414', ['saved', 'applied', 'loop'], { nextFollowUpAt: END + 14 * DAY, followUpFrom: event('loop', 14) });
    expect(followUpAdvice(loop, END + 15 * DAY, DEFAULT_SETTINGS).reason).toBe('Loop on 3 March; a decision usually comes within two weeks');
  });

  it('names the day in the interview\'s zone: 23:30 in Los Angeles is the next day in UTC', () => {
    const late = { interviewId: 'iv-2', kind: 'phone-screen' as const, start: at('2026-03-03', '23:30', 'America/Los_Angeles'), timeZone: 'America/Los_Angeles', at: 0 };
    late.at = late.start + HOUR + 7 * DAY;
    const app = appOf('1496414', ['saved', 'applied'], { nextFollowUpAt: late.at, followUpFrom: late });
    expect(followUpAdvice(app, late.at, DEFAULT_SETTINGS).reason).toMatch(/^Phone screen on 3 March;/);
  });

  it('falls back to the stage\'s reason once the date was snoozed or a follow-up was sent', () => {
    const snoozed = appOf('1496414', ['saved', 'applied'], { nextFollowUpAt: END + 9 * DAY, followUpFrom: event('phone-screen', 7) });
    expect(followUpAdvice(snoozed, END + 9 * DAY, DEFAULT_SETTINGS).reason).not.toContain('Phone screen on');
    const nudged = appOf('1496414', ['saved', 'applied'], { nextFollowUpAt: END + 7 * DAY, followUpCount: 1, followUpFrom: event('phone-screen', 7) });
    expect(followUpAdvice(nudged, END + 7 * DAY, DEFAULT_SETTINGS).reason).toContain('you followed up once');
  });
});

describe('interview draft check', () => {
  it('accepts a complete draft and names each wrong field once with a message for people', () => {
    expect(checkInterviewDraft(draftOf('1496414', START)).ok).toBe(true);
    const bad = checkInterviewDraft({ ...draftOf('10569363', START), kind: 'coffee', durationMinutes: 0, timeZone: 'Berlin', start: -5 });
    expect(bad).toEqual({
      ok: false,
      problems: [
        { field: 'kind', message: 'Choose what kind of interview it is' },
        { field: 'start', message: 'Enter a date and time between 2000 and 2100' },
        { field: 'timeZone', message: 'Choose a time zone from the list' },
        { field: 'durationMinutes', message: 'Duration must be 5 to 720 minutes' },
      ],
    });
  });
});
