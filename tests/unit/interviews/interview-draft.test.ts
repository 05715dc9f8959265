// The editor's draft is the stored Interview's editable part, not a second declaration of it: the same
// fields, refused for the same reasons, and the store-kept ones (debrief, reminder state, times) absent.
import { describe, expect, it } from 'vitest';
import { checkInterviewDraft, Debrief, DebriefDraft, Interview, InterviewDraft } from '../../../core/interview';
import { at, draftOf } from './helpers';

const START = at('2026-03-10', '10:00');
const STORE_KEPT = ['debrief', 'scheduledAt', 'handled', 'nextReminderAt', 'createdAt', 'updatedAt'];

function stored(): Interview {
  return Interview.parse({
    ...draftOf('1496414', START),
    id: 'iv-1',
    debrief: null,
    scheduledAt: START - 86_400_000,
    handled: {},
    nextReminderAt: START - 3_600_000,
    createdAt: START - 86_400_000,
    updatedAt: START - 86_400_000,
  });
}

describe('InterviewDraft', () => {
  it('has exactly the stored fields the user edits', () => {
    const storedKeys = Object.keys(Interview.def.shape);
    expect(Object.keys(InterviewDraft.def.shape).sort()).toEqual(storedKeys.filter((k) => !STORE_KEPT.includes(k)).sort());
  });

  it('a stored interview, cut to its editable part, is a valid draft; the store-kept fields are dropped', () => {
    const draft = InterviewDraft.parse(stored());
    expect(draft.id).toBe('iv-1');
    for (const k of STORE_KEPT) expect(draft).not.toHaveProperty(k);
  });

  it('a new interview has no id; an empty id is refused', () => {
    expect(checkInterviewDraft(draftOf('1496414', START)).ok).toBe(true);
    expect(checkInterviewDraft({ ...draftOf('1496414', START), id: '' })).toEqual({ ok: false, problems: [{ field: 'id', message: 'Not a valid interview id' }] });
  });

  it('refuses, field by field, what the store refuses, with a message to show', () => {
    const cases: [Partial<Record<keyof InterviewDraft, unknown>>, string][] = [
      [{ jobId: 'abc' }, 'jobId'],
      [{ start: Date.UTC(20026, 0, 1) }, 'start'], // a typed year 20026
      [{ timeZone: 'Mars/Olympus' }, 'timeZone'],
      [{ durationMinutes: 721 }, 'durationMinutes'],
      [{ place: 'x'.repeat(2_001) }, 'place'],
      [{ interviewers: Array.from({ length: 21 }, () => ({ name: 'A', role: '' })) }, 'interviewers'],
    ];
    for (const [change, field] of cases) {
      const draft = { ...draftOf('1496414', START), ...change };
      const check = checkInterviewDraft(draft);
      expect(check.ok, field).toBe(false);
      if (!check.ok) expect(check.problems.map((p) => p.field)).toEqual([field]);
      // The same value is refused in a stored interview.
      expect(Interview.safeParse({ ...stored(), ...change }).success, field).toBe(false);
    }
  });
});

describe('DebriefDraft', () => {
  const debrief: Debrief = { questions: ['Tell me about a time…'], storiesUsed: [{ storyId: 's1', interviewer: 'Dana Lee' }], feeling: 'good', notes: '', at: START };

  it('is the stored Debrief without its time, which the store sets', () => {
    expect(Object.keys(DebriefDraft.def.shape).sort()).toEqual(Object.keys(Debrief.def.shape).filter((k) => k !== 'at').sort());
    expect(DebriefDraft.parse(debrief)).toEqual({ questions: debrief.questions, storiesUsed: debrief.storiesUsed, feeling: 'good', notes: '' });
  });

  it('refuses what the stored Debrief refuses', () => {
    const bad = { ...debrief, feeling: 'fine', notes: 'x'.repeat(20_001) };
    expect(DebriefDraft.safeParse(bad).success).toBe(false);
    expect(Debrief.safeParse(bad).success).toBe(false);
  });
});
