// Where an interview reminder leads, as extension-relative paths (the background turns them into
// URLs). One definition for the reminders and the pages that read these parameters.
import type { InterviewKind } from './interview';

export type DayOfMode = 'prepare' | 'debrief';

/** The day-of view for one interview; `debrief` opens it on the debrief form. */
export function dayOfPath(interviewId: string, mode: DayOfMode = 'prepare'): string {
  const q = new URLSearchParams({ id: interviewId });
  if (mode === 'debrief') q.set('mode', 'debrief');
  return `/interview.html?${q.toString()}`;
}

/** Prep plan sections a reminder can open (the ids PlanView gives its headings). */
export type PlanSection = 'phone-title' | 'principles-title' | 'ask-title';

/** The section of the prep plan that matters most for this kind of interview. */
export function planSectionFor(kind: InterviewKind): PlanSection {
  return kind === 'phone-screen' || kind === 'second-phone-screen' ? 'phone-title' : 'principles-title';
}

export function planPath(jobId: string, section?: PlanSection): string {
  return `/plan.html?${new URLSearchParams({ jobId }).toString()}${section ? `#${section}` : ''}`;
}

/** Reads `interview.html?id=…&mode=…`; null without an id. */
export function readDayOfParams(search: string): { id: string; mode: DayOfMode } | null {
  const q = new URLSearchParams(search);
  const id = q.get('id');
  if (!id) return null;
  return { id, mode: q.get('mode') === 'debrief' ? 'debrief' : 'prepare' };
}
