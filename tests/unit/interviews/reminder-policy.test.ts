// The pure reminder policy: which steps an interview has, when, what is shown, and what is skipped.
import { describe, expect, it } from 'vitest';
import type { Interview } from '../../../core/interview';
import {
  dayBefore,
  interviewSteps,
  nextReminderAt,
  noticeId,
  noticePath,
  parseNoticeId,
  pendingSteps,
  planInterviewReminders,
  whenText,
} from '../../../core/interview-reminders';
import { DEFAULT_SETTINGS, type Settings } from '../../../core/settings';
import { DAY, HOUR, MINUTE, at } from './helpers';

const START = at('2026-03-31', '10:00');

function interview(extra: Partial<Interview> = {}): Interview {
  return {
    id: 'iv-1', jobId: '1496414', kind: 'phone-screen', start: START, timeZone: 'Europe/Berlin', durationMinutes: 45, mode: 'phone',
    place: '+49 30 1234 5678', interviewers: [{ name: 'Dana Lee', role: 'Senior Manager' }], sessions: [], debrief: null,
    thankYouWanted: false, scheduledAt: START - 10 * DAY, handled: {}, nextReminderAt: null, createdAt: START - 10 * DAY,
    updatedAt: START - 10 * DAY, ...extra,
  };
}
const title = () => 'SDE, AWS Security Dev Ops';
const settings = (r: Partial<NonNullable<Settings['interviewReminders']>> = {}, extra: Partial<Settings> = {}): Settings => ({
  ...DEFAULT_SETTINGS, interviewReminders: { dayBeforeHours: 24, shortlyBeforeMinutes: 60, debriefPrompt: true, ...r }, ...extra,
});

describe('steps and their times', () => {
  it('has the day before, an hour before, the debrief at the end and the follow-up, in time order', () => {
    const steps = interviewSteps(interview({ thankYouWanted: true }), DEFAULT_SETTINGS);
    expect(steps.map((s) => [s.step, s.dueAt - START])).toEqual([
      ['day-before', -DAY],
      ['shortly-before', -HOUR],
      ['debrief', 45 * MINUTE],
      ['follow-up', 45 * MINUTE],
      ['thank-you', 45 * MINUTE + HOUR],
    ]);
  });

  it('announces "the day before" at the same clock time across a daylight-saving change', () => {
    // An online assessment can fall on a Sunday. Berlin moved its clocks forward at 02:00 on Sunday
    // 29 March 2026, so Saturday 10:00 is 23 real hours before Sunday 10:00.
    const sunday = at('2026-03-29', '10:00');
    expect(dayBefore({ start: sunday, timeZone: 'Europe/Berlin' }, 24)).toBe(at('2026-03-28', '10:00'));
    expect(sunday - at('2026-03-28', '10:00')).toBe(23 * HOUR);
    // New York moved them back on Sunday 1 November 2026: 25 hours.
    const ny = at('2026-11-01', '09:00', 'America/New_York');
    expect(ny - dayBefore({ start: ny, timeZone: 'America/New_York' }, 24)).toBe(25 * HOUR);
    // 36 hours: twelve hours before that clock time.
    expect(dayBefore({ start: sunday, timeZone: 'Europe/Berlin' }, 36)).toBe(at('2026-03-27', '22:00'));
    // A week without a change: exactly 24 hours.
    expect(START - dayBefore({ start: START, timeZone: 'Europe/Berlin' }, 24)).toBe(DAY);
  });

  it('leaves out a reminder switched off, and the debrief once written', () => {
    const steps = interviewSteps(
      interview({ debrief: { questions: [], storiesUsed: [], feeling: 'good', notes: '', at: START + HOUR } }),
      settings({ dayBeforeHours: null }),
    );
    expect(steps.map((s) => s.step)).toEqual(['shortly-before', 'follow-up']);
  });

  it('skips notifications already due when the interview was scheduled, but never the follow-up', () => {
    const late = interview({ scheduledAt: START - 3 * HOUR });
    expect(pendingSteps(late, DEFAULT_SETTINGS).map((s) => s.step)).toEqual(['shortly-before', 'debrief', 'follow-up']);
    const logged = interview({ scheduledAt: START + DAY });
    expect(pendingSteps(logged, DEFAULT_SETTINGS).map((s) => s.step)).toEqual(['follow-up']);
  });

  it('counts a step as done only for the start it was done for', () => {
    const done = interview({ handled: { 'day-before': START } });
    expect(nextReminderAt(done, DEFAULT_SETTINGS)).toBe(START - HOUR);
    const moved = { ...done, start: START + DAY };
    expect(nextReminderAt(moved, DEFAULT_SETTINGS)).toBe(START);
    const finished = interview({ handled: { 'day-before': START, 'shortly-before': START, debrief: START, 'follow-up': START } });
    expect(nextReminderAt(finished, DEFAULT_SETTINGS)).toBeNull();
  });
});

describe('what a check shows', () => {
  it('shows the day-before reminder with the day, the time and the place as the user typed it', () => {
    const plan = planInterviewReminders([interview()], START - DAY, DEFAULT_SETTINGS, title, 'Europe/Berlin');
    expect(plan.notices).toEqual([
      {
        notificationId: 'loopready-interview:day-before:iv-1', interviewId: 'iv-1', step: 'day-before',
        title: 'Phone screen tomorrow at 10:00',
        message: 'SDE, AWS Security Dev Ops. Open your prep plan for a last look.\n+49 30 1234 5678',
        path: '/plan.html?jobId=1496414#phone-title',
      },
    ]);
    expect(plan.done).toEqual([{ interviewId: 'iv-1', start: START, steps: ['day-before'] }]);
    expect(plan.followUps).toEqual([]);
  });

  it('names the interview\'s zone when it is not the machine\'s', () => {
    expect(whenText(interview({ timeZone: 'America/New_York', start: at('2026-04-02', '09:00', 'America/New_York') }), START, 'Europe/Berlin')).toBe(
      'on 2 April at 09:00 (America/New York time)',
    );
  });

  it('shows only the later "before" reminder when both are due, and nothing "before" once it has started', () => {
    const both = planInterviewReminders([interview()], START - 20 * MINUTE, DEFAULT_SETTINGS, title, 'Europe/Berlin');
    expect(both.notices.map((n) => [n.step, n.title])).toEqual([['shortly-before', 'Phone screen in 20 minutes']]);
    expect(both.done[0]!.steps).toEqual(['day-before', 'shortly-before']);
    const started = planInterviewReminders([interview()], START + 10 * MINUTE, DEFAULT_SETTINGS, title, 'Europe/Berlin');
    expect(started.notices).toEqual([]);
    expect(started.done[0]!.steps).toEqual(['day-before', 'shortly-before']);
  });

  it('asks for the debrief at the end and hands the interview over for its follow-up', () => {
    const iv = interview({ handled: { 'day-before': START, 'shortly-before': START } });
    const plan = planInterviewReminders([iv], START + 46 * MINUTE, DEFAULT_SETTINGS, title, 'Europe/Berlin');
    expect(plan.notices.map((n) => [n.step, n.path])).toEqual([['debrief', '/interview.html?id=iv-1&mode=debrief']]);
    expect(plan.followUps.map((i) => i.id)).toEqual(['iv-1']);
    // A week later the debrief prompt has lapsed: recorded, not shown.
    const lapsed = planInterviewReminders([iv], START + 8 * DAY, DEFAULT_SETTINGS, title, 'Europe/Berlin');
    expect(lapsed.notices).toEqual([]);
    expect(lapsed.done[0]!.steps).toEqual(['debrief', 'follow-up']);
  });

  it('shows nothing with notifications off, but still records the steps and the follow-up', () => {
    const plan = planInterviewReminders([interview()], START + DAY, settings({}, { notificationsEnabled: false }), title, 'Europe/Berlin');
    expect(plan.notices).toEqual([]);
    expect(plan.done[0]!.steps).toEqual(['day-before', 'shortly-before', 'debrief', 'follow-up']);
    expect(plan.followUps).toHaveLength(1);
  });
});

describe('notification ids and where they lead', () => {
  it('round-trips an id and refuses others', () => {
    expect(parseNoticeId(noticeId('thank-you', 'iv-a:b'))).toEqual({ step: 'thank-you', interviewId: 'iv-a:b' });
    expect(parseNoticeId('loopready-follow-ups-due')).toBeNull();
    expect(parseNoticeId('loopready-interview:follow-up:iv-1')).toBeNull();
  });

  it('opens the loop\'s principles section the day before, the day-of view shortly before', () => {
    const loop = interview({ kind: 'loop' });
    expect(noticePath('day-before', loop)).toBe('/plan.html?jobId=1496414#principles-title');
    expect(noticePath('shortly-before', loop)).toBe('/interview.html?id=iv-1');
    expect(noticePath('thank-you', loop)).toBe('/interview.html?id=iv-1');
  });
});
