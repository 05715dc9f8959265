// A scheduled interview for a tracked application: when (a UTC instant plus the IANA time zone the
// user entered it in), how long, how it happens, who is on it, for a loop its sessions, and the
// candidate's debrief afterwards. Any number per application (jobId).
//
// Times are epoch milliseconds limited to 2000–2100: a typo like year 20026 is refused at every
// boundary instead of producing a reminder that never fires. `nextReminderAt` is derived (see
// core/interview-reminders.ts) and indexed; null keeps a finished interview out of that index.
import * as z from 'zod/mini';
import { MAX_TIME, MIN_TIME, Timestamp } from './timestamp';
import { isTimeZone } from './zoned-time';

// One range for every stored time (core/timestamp.ts).
export { MAX_TIME, MIN_TIME };
export const InterviewTime = Timestamp;
const Text = (max: number) => z.string().check(z.maxLength(max));

export const INTERVIEW_KINDS = ['online-assessment', 'phone-screen', 'second-phone-screen', 'loop', 'other'] as const;
export const InterviewKind = z.enum(INTERVIEW_KINDS);
export type InterviewKind = z.infer<typeof InterviewKind>;

export const INTERVIEW_KIND_LABELS: Readonly<Record<InterviewKind, string>> = {
  'online-assessment': 'Online assessment',
  'phone-screen': 'Phone screen',
  'second-phone-screen': 'Second phone screen',
  loop: 'Loop',
  other: 'Interview',
};

export const INTERVIEW_MODES = ['video', 'phone', 'on-site'] as const;
export const InterviewMode = z.enum(INTERVIEW_MODES);
export type InterviewMode = z.infer<typeof InterviewMode>;

export const INTERVIEW_MODE_LABELS: Readonly<Record<InterviewMode, string>> = {
  video: 'Video call',
  phone: 'Phone call',
  'on-site': 'On site',
};

/** An IANA zone name the runtime knows ("Europe/Berlin", "America/New_York", "UTC"). */
export const TimeZone = z.string().check(z.minLength(1), z.maxLength(64), z.refine(isTimeZone));

/** Minutes; an assessment can be 15 minutes, a loop day 8 hours. */
export const DurationMinutes = z.number().check(z.int(), z.gte(5), z.lte(12 * 60));

/** As the user typed it; the role is often unknown ("" then). */
export const Interviewer = z.object({ name: Text(200), role: Text(200) });
export type Interviewer = z.infer<typeof Interviewer>;

/** One conversation of a loop: its own time and interviewer, and the principles it is expected to probe. */
export const LoopSession = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  start: InterviewTime,
  durationMinutes: DurationMinutes,
  interviewer: Interviewer,
  /** Leadership Principle ids (as core/principles names them), usually two or three. */
  principles: z.array(Text(100)).check(z.maxLength(16)),
});
export type LoopSession = z.infer<typeof LoopSession>;

export const FEELINGS = ['great', 'good', 'mixed', 'rough'] as const;
export const Feeling = z.enum(FEELINGS);
export type Feeling = z.infer<typeof Feeling>;

/** A story told in the interview, and to whom (empty when the user did not say). */
export const StoryUse = z.object({ storyId: z.string().check(z.minLength(1), z.maxLength(100)), interviewer: Text(200) });
export type StoryUse = z.infer<typeof StoryUse>;

export const Debrief = z.object({
  /** The questions that came, one per entry. */
  questions: z.array(Text(2_000)).check(z.maxLength(100)),
  storiesUsed: z.array(StoryUse).check(z.maxLength(100)),
  feeling: z.nullable(Feeling),
  notes: Text(20_000),
  at: InterviewTime,
});
export type Debrief = z.infer<typeof Debrief>;

/** What an interview reminds of, in time order. `follow-up` is not a notification: it schedules the application's next follow-up. */
export const INTERVIEW_STEPS = ['day-before', 'shortly-before', 'debrief', 'thank-you', 'follow-up'] as const;
export const InterviewStep = z.enum(INTERVIEW_STEPS);
export type InterviewStep = z.infer<typeof InterviewStep>;

const InterviewId = z.string().check(z.minLength(1), z.maxLength(100));

export const Interview = z.object({
  id: InterviewId,
  jobId: z.string().check(z.regex(/^\d{1,12}$/)),
  kind: InterviewKind,
  /** The UTC instant it starts. */
  start: InterviewTime,
  /** The zone the user scheduled it in: shown in that zone, exported to calendars with it. */
  timeZone: TimeZone,
  durationMinutes: DurationMinutes,
  mode: InterviewMode,
  /** A place, dial-in or meeting link exactly as the user typed it; always shown as text. */
  place: Text(2_000),
  interviewers: z.array(Interviewer).check(z.maxLength(20)),
  /** Loop sessions, in time order; empty for other kinds. */
  sessions: z.array(LoopSession).check(z.maxLength(12)),
  debrief: z.nullable(Debrief),
  /** The user wants a reminder to send a thank-you note after it. */
  thankYouWanted: z.boolean(),
  /** When `start` was last set: reminders that were already due then are skipped, not sent late. */
  scheduledAt: InterviewTime,
  /** Per step, the `start` it was done for: a reschedule (a new start) makes every step due again. */
  handled: z.partialRecord(InterviewStep, InterviewTime),
  /** The earliest step still to do (derived, indexed); null when nothing is left. */
  nextReminderAt: z.nullable(InterviewTime),
  createdAt: InterviewTime,
  updatedAt: InterviewTime,
});
export type Interview = z.infer<typeof Interview>;

/**
 * What the user edits, as the stored Interview has it (one definition of each field); the id is absent
 * for a new interview. Everything else (debrief, reminder state, times) is kept by the store.
 */
export const InterviewDraft = z.extend(
  z.pick(Interview, {
    jobId: true,
    kind: true,
    start: true,
    timeZone: true,
    durationMinutes: true,
    mode: true,
    place: true,
    interviewers: true,
    sessions: true,
    thankYouWanted: true,
  }),
  { id: z.optional(InterviewId) },
);
export type InterviewDraft = z.infer<typeof InterviewDraft>;

/** A debrief as the user writes it: the stored Debrief without its time, which the store sets. */
export const DebriefDraft = z.omit(Debrief, { at: true });
export type DebriefDraft = z.infer<typeof DebriefDraft>;

const MINUTE_MS = 60_000;

/** When it ends: for a loop, the end of its last session if that is later. */
export function interviewEnd(iv: Pick<Interview, 'start' | 'durationMinutes' | 'sessions'>): number {
  let end = iv.start + iv.durationMinutes * MINUTE_MS;
  for (const s of iv.sessions) end = Math.max(end, s.start + s.durationMinutes * MINUTE_MS);
  return end;
}

/** Everyone on the panel: the interviewers and the loop sessions' interviewers, named ones only. */
export function panelNames(iv: Pick<Interview, 'interviewers' | 'sessions'>): string[] {
  const names = [...iv.interviewers.map((p) => p.name), ...iv.sessions.map((s) => s.interviewer.name)];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const n of names) {
    const key = personKey(n);
    if (key && !seen.has(key)) {
      seen.add(key);
      out.push(n.trim());
    }
  }
  return out;
}

/** "  Dana  Lee " and "dana lee" are the same person. */
export function personKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}

export function newInterviewId(now: number): string {
  return `iv-${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** What the user sees beside a field the draft got wrong (zod/mini ships no message texts). */
const FIELD_PROBLEMS: Readonly<Record<string, string>> = {
  jobId: 'This interview is not linked to a tracked job',
  kind: 'Choose what kind of interview it is',
  start: 'Enter a date and time between 2000 and 2100',
  timeZone: 'Choose a time zone from the list',
  durationMinutes: 'Duration must be 5 to 720 minutes',
  mode: 'Choose video, phone or on site',
  place: 'The place or link can be at most 2,000 characters',
  interviewers: 'Up to 20 interviewers, names and roles up to 200 characters each',
  sessions: 'Up to 12 sessions, each with a time between 2000 and 2100 and 5 to 720 minutes',
  thankYouWanted: 'Say whether you want a thank-you reminder',
  id: 'Not a valid interview id',
};

export type DraftCheck = { ok: true; draft: InterviewDraft } | { ok: false; problems: { field: string; message: string }[] };

/** Validate an editor's draft: the problems name the field (`issue.path[0]`) with a message fit to show. */
export function checkInterviewDraft(input: unknown): DraftCheck {
  const parsed = InterviewDraft.safeParse(input);
  if (parsed.success) return { ok: true, draft: parsed.data };
  const seen = new Set<string>();
  const problems: { field: string; message: string }[] = [];
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? '(draft)');
    if (seen.has(field)) continue;
    seen.add(field);
    problems.push({ field, message: FIELD_PROBLEMS[field] ?? 'This value is not valid' });
  }
  return { ok: false, problems };
}
