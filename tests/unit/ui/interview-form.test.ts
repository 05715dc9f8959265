// The interview editor's checks and conversion: messages name the field and what to do; times are
// read in the chosen zone; loop sessions follow each other when their start is left blank.
import { describe, expect, it } from 'vitest';
import { InterviewDraft } from '../../../core/interview';
import { blankSession, checkForm, emptyForm, formFromInterview, type InterviewFormValues } from '../../../components/interviews/interview-form';
import { interviewOf } from './interview-fixtures';

const ids = { jobId: '3038134' };
const filled = (change: Partial<InterviewFormValues> = {}): InterviewFormValues => ({
  ...emptyForm('phone-screen', 'Europe/Berlin'),
  date: '2026-03-03',
  time: '10:00',
  ...change,
});

describe('checkForm', () => {
  it('names every missing or wrong field', () => {
    const r = checkForm({ ...emptyForm('phone-screen', 'Mars/Olympus'), duration: '2' }, ids);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors).sort()).toEqual(['date', 'duration', 'time', 'timeZone']);
    expect(r.errors.date).toBe('Choose the day of the interview.');
    expect(r.errors.duration).toBe('Duration is in whole minutes, from 5 to 720.');
    expect(r.errors.timeZone).toContain('Mars/Olympus');
  });

  it('reads the time in the chosen zone and gives a draft the store schema accepts', () => {
    const r = checkForm(filled({ place: '  https://example.com/meet/abc  ', interviewers: [{ name: ' Dana Lee ', role: 'hiring manager' }, { name: '', role: '' }] }), ids);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(new Date(r.draft.start).toISOString()).toBe('2026-03-03T09:00:00.000Z');
    expect(r.draft.place).toBe('https://example.com/meet/abc');
    expect(r.draft.interviewers).toEqual([{ name: 'Dana Lee', role: 'hiring manager' }]);
    expect(InterviewDraft.safeParse(r.draft).success).toBe(true);
    const ny = checkForm(filled({ timeZone: 'America/New_York' }), ids);
    expect(ny.ok && new Date(ny.draft.start).toISOString()).toBe('2026-03-03T15:00:00.000Z');
  });

  it('refuses an interviewer with a role but no name, and a year out of range', () => {
    const r = checkForm(filled({ interviewers: [{ name: '', role: 'bar raiser' }] }), ids);
    expect(!r.ok && r.errors.interviewers).toMatch(/needs a name/);
    const y = checkForm(filled({ date: '2126-03-03' }), ids);
    expect(!y.ok && y.errors.date).toMatch(/between 2000 and 2100/);
  });

  it('places loop sessions back to back when their start is blank, and refuses one before the loop', () => {
    const loop = filled({
      kind: 'loop',
      duration: '300',
      sessions: [
        { ...blankSession(), name: 'Ana', role: 'hiring manager' },
        { ...blankSession(), minutes: '45', name: 'Lee' },
        { ...blankSession(), time: '14:00', name: 'Raj', role: 'bar raiser' },
        blankSession(),
      ],
    });
    const r = checkForm(loop, ids);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.draft.sessions.map((s) => [new Date(s.start).toISOString().slice(11, 16), s.durationMinutes, s.interviewer.name])).toEqual([
      ['09:00', 60, 'Ana'],
      ['10:00', 45, 'Lee'],
      ['13:00', 60, 'Raj'],
    ]);
    expect(InterviewDraft.safeParse(r.draft).success).toBe(true);
    const early = checkForm({ ...loop, sessions: [{ ...blankSession(), time: '08:00', name: 'Ana', role: '' }] }, ids);
    expect(!early.ok && early.errors.sessions).toBe('Session 1 starts before the loop (10:00). Change one of the two.');
    const none = checkForm({ ...loop, sessions: [blankSession()] }, ids);
    expect(!none.ok && none.errors.sessions).toMatch(/add at least one/);
  });

  it('round-trips a stored interview, keeping session ids and the principles the user set', () => {
    const stored = interviewOf({
      id: 'iv-1',
      jobId: '3038134',
      kind: 'loop',
      start: Date.UTC(2026, 2, 10, 16, 0),
      timeZone: 'America/Los_Angeles',
      durationMinutes: 240,
      sessions: [
        { id: 's1', start: Date.UTC(2026, 2, 10, 16, 0), durationMinutes: 60, interviewer: { name: 'Ana', role: '' }, principles: ['ownership'] },
        { id: 's2', start: Date.UTC(2026, 2, 10, 17, 0), durationMinutes: 60, interviewer: { name: 'Raj', role: 'bar raiser' }, principles: [] },
      ],
    });
    const form = formFromInterview(stored);
    expect([form.date, form.time, form.sessions[1]!.time]).toEqual(['2026-03-10', '09:00', '10:00']);
    const r = checkForm(form, { id: stored.id, jobId: stored.jobId });
    expect(r.ok && r.draft.sessions).toEqual(stored.sessions);
    expect(r.ok && [r.draft.id, r.draft.start, r.draft.timeZone]).toEqual(['iv-1', stored.start, 'America/Los_Angeles']);
  });
});
