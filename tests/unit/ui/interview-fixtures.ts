// Interviews for the UI tests: complete records as the store keeps them (parsed with the Interview
// schema, so a test never renders a shape the store would refuse), around the helpers' fixed T0.
import { Interview, type Debrief } from '../../../core/interview';
import type { Story } from '../../../core/story';
import { T0 } from './helpers';

export const HOUR = 3_600_000;

export function interviewOf(extra: Partial<Interview> & Pick<Interview, 'id' | 'jobId'>): Interview {
  return Interview.parse({
    kind: 'phone-screen',
    start: T0 + 2 * 24 * HOUR,
    timeZone: 'Europe/Berlin',
    durationMinutes: 60,
    mode: 'video',
    place: '',
    interviewers: [],
    sessions: [],
    debrief: null,
    thankYouWanted: false,
    scheduledAt: T0,
    handled: {},
    nextReminderAt: null,
    createdAt: T0,
    updatedAt: T0,
    ...extra,
  });
}

export function debriefOf(extra: Partial<Debrief> = {}): Debrief {
  return { questions: [], storiesUsed: [], feeling: null, notes: '', at: T0, ...extra };
}

export function storyOf(id: string, title: string, principles: string[]): Story {
  return { id, title, principles, situation: `${title}: situation`, task: 'task', action: 'action', result: 'result', createdAt: T0, updatedAt: T0 };
}
