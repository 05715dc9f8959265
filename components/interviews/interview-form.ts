// The interview editor's form: what the inputs hold (strings, as typed), the checks that put a
// message beside each field, and the conversion to and from the store's InterviewDraft. Pure, so
// it is tested alone; the store parses the draft again with Zod at its boundary.
import {
  DurationMinutes,
  checkInterviewDraft,
  INTERVIEW_KINDS,
  type Interview,
  type InterviewDraft,
  type InterviewKind,
  type InterviewMode,
  MAX_TIME,
  MIN_TIME,
} from '../../core/interview';
import { fromWallTime, isTimeZone, toWallTime } from '../../core/zoned-time';

export const KINDS = INTERVIEW_KINDS;

export interface PersonRow {
  name: string;
  role: string;
}
export interface SessionRow {
  /** Kept from the stored session so an edit keeps its id (and the planner's principles). */
  id?: string;
  principles?: string[];
  /** hh:mm in the interview's zone, on the interview's day; blank = right after the previous one. */
  time: string;
  minutes: string;
  name: string;
  role: string;
}

export interface InterviewFormValues {
  kind: InterviewKind;
  date: string;
  time: string;
  timeZone: string;
  /** Minutes, as typed. */
  duration: string;
  mode: InterviewMode;
  place: string;
  interviewers: PersonRow[];
  sessions: SessionRow[];
  thankYouWanted: boolean;
}

export type FormField = 'kind' | 'date' | 'time' | 'timeZone' | 'duration' | 'mode' | 'place' | 'interviewers' | 'sessions';
export type FormErrors = Partial<Record<FormField, string>>;

/** Usual lengths, so a new interview starts with a sensible duration. */
export const DEFAULT_MINUTES: Record<InterviewKind, number> = {
  'online-assessment': 90,
  'phone-screen': 60,
  'second-phone-screen': 60,
  loop: 300,
  other: 60,
};
const SESSION_MINUTES = 60;
export const LOOP_SESSIONS = 5;
export const MAX_TEXT = 2000;
export const MAX_PEOPLE = 20;
export const MAX_SESSIONS = 12;

export const blankSession = (): SessionRow => ({ time: '', minutes: String(SESSION_MINUTES), name: '', role: '' });

export function emptyForm(kind: InterviewKind, timeZone: string): InterviewFormValues {
  return {
    kind,
    date: '',
    time: '',
    timeZone,
    duration: String(DEFAULT_MINUTES[kind]),
    mode: kind === 'phone-screen' ? 'phone' : 'video',
    place: '',
    interviewers: [],
    sessions: kind === 'loop' ? Array.from({ length: LOOP_SESSIONS }, blankSession) : [],
    thankYouWanted: false,
  };
}

export function formFromInterview(i: Interview): InterviewFormValues {
  const wall = toWallTime(i.start, i.timeZone);
  return {
    kind: i.kind,
    date: wall.date,
    time: wall.time,
    timeZone: i.timeZone,
    duration: String(i.durationMinutes),
    mode: i.mode,
    place: i.place,
    interviewers: i.interviewers.map((p) => ({ ...p })),
    sessions: i.sessions.map((s) => ({
      id: s.id,
      principles: s.principles,
      time: toWallTime(s.start, i.timeZone).time,
      minutes: String(s.durationMinutes),
      name: s.interviewer.name,
      role: s.interviewer.role,
    })),
    thankYouWanted: i.thankYouWanted,
  };
}

const minutesOf = (text: string): number | null => {
  const n = Number(text.trim());
  return /^\d+$/.test(text.trim()) && DurationMinutes.safeParse(n).success ? n : null;
};
const isBlankSession = (s: SessionRow) => !s.time.trim() && !s.name.trim() && !s.role.trim();

let sessionCounter = 0;
function sessionId(start: number): string {
  sessionCounter += 1;
  return `ls-${start.toString(36)}-${sessionCounter.toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
}

/**
 * Check the form; on success the draft to store (blank rows dropped, text trimmed). Messages are
 * written for the candidate and name what to do.
 */
export function checkForm(
  v: InterviewFormValues,
  ids: { id?: string; jobId: string },
): { ok: true; draft: InterviewDraft } | { ok: false; errors: FormErrors } {
  const errors: FormErrors = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.date)) errors.date = 'Choose the day of the interview.';
  if (!/^\d{2}:\d{2}$/.test(v.time)) errors.time = 'Enter the start time, for example 10:30.';
  if (!isTimeZone(v.timeZone)) errors.timeZone = `“${v.timeZone}” is not a time zone this browser knows. Pick one from the list.`;
  const minutes = minutesOf(v.duration);
  if (minutes === null) errors.duration = 'Duration is in whole minutes, from 5 to 720.';
  if (v.place.length > MAX_TEXT) errors.place = `Keep this under ${MAX_TEXT} characters.`;
  const interviewers = v.interviewers
    .map((p) => ({ name: p.name.trim(), role: p.role.trim() }))
    .filter((p) => p.name || p.role);
  if (interviewers.some((p) => !p.name)) errors.interviewers = 'Each interviewer needs a name; remove the row if you do not know it.';
  else if (interviewers.length > MAX_PEOPLE) errors.interviewers = `At most ${MAX_PEOPLE} interviewers.`;
  else if (interviewers.some((p) => p.name.length > 200 || p.role.length > 200)) errors.interviewers = 'Keep names and roles under 200 characters.';

  let start: number | null = null;
  if (!errors.date && !errors.time && !errors.timeZone) {
    start = fromWallTime({ date: v.date, time: v.time }, v.timeZone);
    if (start === null) errors.date = 'That day does not exist in the calendar.';
    else if (start < MIN_TIME || start > MAX_TIME) errors.date = 'Check the year: the date should be between 2000 and 2100.';
  }

  const sessions: InterviewDraft['sessions'] = [];
  if (v.kind === 'loop') {
    const rows = v.sessions.filter((s) => !isBlankSession(s));
    if (rows.length === 0) errors.sessions = 'A loop has sessions: add at least one, with a start time or an interviewer.';
    else if (rows.length > MAX_SESSIONS) errors.sessions = `At most ${MAX_SESSIONS} sessions.`;
    else if (start !== null) {
      let next = start;
      for (const [i, row] of rows.entries()) {
        const len = minutesOf(row.minutes);
        if (len === null) {
          errors.sessions = `Session ${i + 1}: its length is in whole minutes, from 5 to 720.`;
          break;
        }
        let at = next;
        if (row.time.trim()) {
          const parsed = /^\d{2}:\d{2}$/.test(row.time) ? fromWallTime({ date: v.date, time: row.time }, v.timeZone) : null;
          if (parsed === null) {
            errors.sessions = `Session ${i + 1}: enter its start time, for example 13:00.`;
            break;
          }
          if (parsed < start) {
            errors.sessions = `Session ${i + 1} starts before the loop (${v.time}). Change one of the two.`;
            break;
          }
          at = parsed;
        }
        const name = row.name.trim();
        const role = row.role.trim();
        if (!name && role) {
          errors.sessions = `Session ${i + 1}: add the interviewer's name, or clear the role.`;
          break;
        }
        sessions.push({ id: row.id ?? sessionId(at), start: at, durationMinutes: len, interviewer: { name, role }, principles: row.principles ?? [] });
        next = at + len * 60_000;
      }
      sessions.sort((a, b) => a.start - b.start);
    }
  }

  if (Object.keys(errors).length > 0 || start === null || minutes === null) return { ok: false, errors };
  // The store's own schema has the last word; its problems go beside the matching field.
  const checked = checkInterviewDraft({
    ...(ids.id ? { id: ids.id } : {}),
    jobId: ids.jobId,
    kind: v.kind,
    start,
    timeZone: v.timeZone,
    durationMinutes: minutes,
    mode: v.mode,
    place: v.place.trim(),
    interviewers,
    sessions,
    thankYouWanted: v.thankYouWanted,
  });
  if (checked.ok) return { ok: true, draft: checked.draft };
  for (const p of checked.problems) errors[DRAFT_FIELD[p.field] ?? 'kind'] ??= p.message;
  return { ok: false, errors };
}

// InterviewDraft's field names → the form's (the start is typed as date + time).
const DRAFT_FIELD: Partial<Record<string, FormField>> = {
  kind: 'kind',
  start: 'date',
  timeZone: 'timeZone',
  durationMinutes: 'duration',
  mode: 'mode',
  place: 'place',
  interviewers: 'interviewers',
  sessions: 'sessions',
};

/** The fields in the order they appear, to focus the first one with a problem. */
export const FIELD_ORDER: FormField[] = ['kind', 'date', 'time', 'timeZone', 'duration', 'mode', 'place', 'interviewers', 'sessions'];
