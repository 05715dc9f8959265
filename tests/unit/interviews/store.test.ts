// The interviews store on fake-indexeddb: saving (add, edit, reschedule), the indexes the screens
// and reminders read, debriefs, and the follow-up scheduled from an interview's end.
import { describe, expect, it } from 'vitest';
import { followUpAdvice } from '../../../core/follow-up';
import { Interview } from '../../../core/interview';
import { DEFAULT_SETTINGS } from '../../../core/settings';
import { deleteApplication, getApplication, saveApplication, setStatus } from '../../../db/applications';
import {
  agenda,
  deleteInterview,
  dueInterviews,
  getInterview,
  interviewsBetween,
  interviewsForJob,
  nextInterviewReminderAfter,
  recordInterviewSteps,
  saveDebrief,
  saveInterview,
  storiesUsedWithPanel,
  updateInterviewReminderSettings,
} from '../../../db/interviews';
import { DAY, HOUR, MINUTE, at, draftOf, freshDb, postingOf } from './helpers';

const NOW = at('2026-03-01', '09:00');
const PHONE = at('2026-03-03', '10:00');

async function tracked(jobId = '1496414', now = NOW - 10 * DAY) {
  const db = freshDb();
  await saveApplication(db, postingOf(jobId), now);
  await setStatus(db, jobId, 'applied', now);
  return db;
}

describe('saving interviews', () => {
  it('adds a valid record with its next reminder a day before', async () => {
    const db = await tracked();
    const iv = await saveInterview(db, draftOf('1496414', PHONE), NOW);
    expect(Interview.safeParse(iv).success).toBe(true);
    expect(iv.id).toMatch(/^iv-/);
    expect(iv.scheduledAt).toBe(NOW);
    expect(iv.nextReminderAt).toBe(PHONE - 24 * HOUR);
    expect(await getInterview(db, iv.id)).toEqual(iv);
  });

  it('refuses an unknown job, a bad zone and a year outside 2000–2100 with messages for people', async () => {
    const db = await tracked();
    await expect(saveInterview(db, draftOf('2790938', PHONE), NOW)).rejects.toThrow('Job 2790938 is not tracked');
    await expect(saveInterview(db, draftOf('1496414', PHONE, { timeZone: 'Mars/Olympus' }), NOW)).rejects.toThrow(
      'Choose a time zone from the list',
    );
    await expect(saveInterview(db, draftOf('1496414', Date.UTC(2126, 0, 1)), NOW)).rejects.toThrow('between 2000 and 2100');
    await expect(saveInterview(db, draftOf('1496414', PHONE, { durationMinutes: 2 }), NOW)).rejects.toThrow('5 to 720 minutes');
    expect(await db.interviews.count()).toBe(0);
  });

  it('moves the reminders when rescheduled, and keeps them when only the place changes', async () => {
    const db = await tracked();
    const iv = await saveInterview(db, draftOf('1496414', PHONE), NOW);
    const edited = await saveInterview(db, { ...draftOf('1496414', PHONE, { place: 'Room 4' }), id: iv.id }, NOW + HOUR);
    expect(edited.scheduledAt).toBe(NOW);
    expect(edited.createdAt).toBe(NOW);
    expect(edited.updatedAt).toBe(NOW + HOUR);
    const later = PHONE + 2 * DAY;
    const moved = await saveInterview(db, { ...draftOf('1496414', later), id: iv.id }, NOW + 2 * HOUR);
    expect(moved.scheduledAt).toBe(NOW + 2 * HOUR);
    expect(moved.nextReminderAt).toBe(later - 24 * HOUR);
    expect(await db.interviews.count()).toBe(1);
  });

  it('lists by job, by time range and the two-week agenda through the indexes', async () => {
    const db = await tracked();
    await saveApplication(db, postingOf('3038134'), NOW - DAY);
    const a = await saveInterview(db, draftOf('1496414', PHONE), NOW);
    const b = await saveInterview(db, draftOf('1496414', PHONE + 20 * DAY, { kind: 'loop', durationMinutes: 300 }), NOW);
    const c = await saveInterview(db, draftOf('3038134', PHONE + DAY), NOW);
    expect((await interviewsForJob(db, '1496414')).map((i) => i.id)).toEqual([a.id, b.id]);
    expect((await interviewsBetween(db, NOW, NOW + 14 * DAY)).map((i) => i.id)).toEqual([a.id, c.id]);
    const soon = await agenda(db, NOW);
    expect(soon.interviews.map((i) => i.id)).toEqual([a.id, c.id]);
    // 3038134 was saved a day ago: its follow-up is due in six days; 1496414 (applied 10 days ago) in four.
    expect(soon.followUps.map((f) => f.jobId)).toEqual(['1496414', '3038134']);
  });

  it('deletes an interview, and all of an application\'s interviews with the application', async () => {
    const db = await tracked();
    const a = await saveInterview(db, draftOf('1496414', PHONE), NOW);
    await saveInterview(db, draftOf('1496414', PHONE + DAY), NOW);
    expect(await deleteInterview(db, a.id)).toBe(true);
    expect(await deleteInterview(db, a.id)).toBe(false);
    await deleteApplication(db, '1496414');
    expect(await db.interviews.count()).toBe(0);
  });
});

describe('reminder index', () => {
  it('finds due interviews and the next reminder time by index', async () => {
    const db = await tracked();
    const iv = await saveInterview(db, draftOf('1496414', PHONE), NOW);
    expect(await dueInterviews(db, NOW)).toEqual([]);
    expect(await nextInterviewReminderAfter(db, NOW)).toBe(PHONE - 24 * HOUR);
    expect((await dueInterviews(db, PHONE - 24 * HOUR)).map((i) => i.id)).toEqual([iv.id]);
    await recordInterviewSteps(db, [{ interviewId: iv.id, start: PHONE, steps: ['day-before'] }], PHONE - 24 * HOUR);
    expect(await nextInterviewReminderAfter(db, PHONE - 24 * HOUR)).toBe(PHONE - 60 * MINUTE);
  });

  it('ignores steps recorded for a start the interview no longer has (rescheduled in between)', async () => {
    const db = await tracked();
    const iv = await saveInterview(db, draftOf('1496414', PHONE), NOW);
    await saveInterview(db, { ...draftOf('1496414', PHONE + DAY), id: iv.id }, NOW + HOUR);
    await recordInterviewSteps(db, [{ interviewId: iv.id, start: PHONE, steps: ['day-before'] }], NOW + 2 * HOUR);
    const stored = await getInterview(db, iv.id);
    expect(stored?.handled).toEqual({});
    expect(stored?.nextReminderAt).toBe(PHONE + DAY - 24 * HOUR);
  });

  it('moves every pending reminder when the settings change, and drops one switched off', async () => {
    const db = await tracked();
    const iv = await saveInterview(db, draftOf('1496414', PHONE), NOW);
    await updateInterviewReminderSettings(db, { dayBeforeHours: 72, shortlyBeforeMinutes: 30, debriefPrompt: true }, NOW);
    // 72 h before is before the interview was scheduled: that reminder is skipped, the 30-minute one is next.
    expect((await getInterview(db, iv.id))?.nextReminderAt).toBe(PHONE - 30 * MINUTE);
    await updateInterviewReminderSettings(db, { dayBeforeHours: 36, shortlyBeforeMinutes: null, debriefPrompt: true }, NOW);
    expect((await getInterview(db, iv.id))?.nextReminderAt).toBe(PHONE - 36 * HOUR);
  });
});

describe('after the interview', () => {
  it('schedules the follow-up from the interview end with the stage wait, and says so', async () => {
    const db = await tracked();
    const iv = await saveInterview(db, draftOf('1496414', PHONE), NOW);
    const end = PHONE + HOUR;
    const moved = await recordInterviewSteps(db, [{ interviewId: iv.id, start: PHONE, steps: ['debrief', 'follow-up'] }], end + MINUTE);
    expect(moved).toEqual(['1496414']);
    const app = (await getApplication(db, '1496414'))!;
    expect(app.nextFollowUpAt).toBe(end + 7 * DAY);
    expect(app.followUpFrom).toEqual({ interviewId: iv.id, kind: 'phone-screen', start: PHONE, timeZone: 'Europe/Berlin', at: end + 7 * DAY });
    expect(followUpAdvice(app, end + 8 * DAY, DEFAULT_SETTINGS).reason).toBe(
      'Phone screen on 3 March; you usually hear back within a week',
    );
    // Recording again (a second check after a restart) does not move it.
    await recordInterviewSteps(db, [{ interviewId: iv.id, start: PHONE, steps: ['follow-up'] }], end + 2 * DAY);
    expect((await getApplication(db, '1496414'))!.nextFollowUpAt).toBe(end + 7 * DAY);
  });

  it('a debrief saved after the end starts the follow-up clock if the check has not', async () => {
    const db = await tracked();
    const iv = await saveInterview(db, draftOf('1496414', PHONE), NOW);
    const saved = await saveDebrief(
      db,
      iv.id,
      { questions: [' Tell me about a time you disagreed ', ''], storiesUsed: [{ storyId: 's-1', interviewer: '' }], feeling: 'good', notes: '' },
      PHONE + 2 * HOUR,
    );
    expect(saved.debrief?.questions).toEqual(['Tell me about a time you disagreed']);
    expect(saved.handled['follow-up']).toBe(PHONE);
    expect((await getApplication(db, '1496414'))!.nextFollowUpAt).toBe(PHONE + HOUR + 7 * DAY);
    // With the debrief written and the follow-up set, nothing is left to remind of.
    expect(saved.nextReminderAt).toBeNull();
  });

  it('marks stories the same panel heard, in this interview and earlier ones', async () => {
    const db = await tracked();
    const screen = await saveInterview(db, draftOf('1496414', PHONE), NOW);
    await saveDebrief(db, screen.id, { questions: [], storiesUsed: [{ storyId: 's-refunds', interviewer: '' }], feeling: null, notes: '' }, PHONE + 2 * HOUR);
    const other = await saveInterview(db, draftOf('1496414', PHONE + DAY, { interviewers: [{ name: 'Sam Roe', role: '' }] }), NOW);
    await saveDebrief(db, other.id, { questions: [], storiesUsed: [{ storyId: 's-migration', interviewer: '' }], feeling: null, notes: '' }, PHONE + DAY + 2 * HOUR);
    const loop = await saveInterview(
      db,
      draftOf('1496414', PHONE + 10 * DAY, {
        kind: 'loop',
        interviewers: [],
        sessions: [
          { id: 'l1', start: PHONE + 10 * DAY, durationMinutes: 60, interviewer: { name: ' dana  LEE', role: '' }, principles: [] },
          { id: 'l2', start: PHONE + 10 * DAY + HOUR, durationMinutes: 60, interviewer: { name: 'Kim Park', role: 'Bar raiser' }, principles: [] },
        ],
      }),
      NOW,
    );
    const used = await storiesUsedWithPanel(db, loop.id);
    expect(used.map((u) => [u.storyId, u.samePanel, u.heardBy])).toEqual([
      ['s-refunds', true, ['Dana Lee']],
      ['s-migration', false, ['Sam Roe']],
    ]);
  });
});
