// Every read and write of scheduled interviews. Each write is one rw transaction and recomputes
// the interview's `nextReminderAt`, so the reminder index is never stale after an edit; the
// background then re-syncs its alarm (messages in messaging/protocol.ts do that for the pages).
import type { Application } from '../core/application';
import { titleOf } from '../core/application-title';
import { followUpAfterInterview } from '../core/follow-up';
import {
  DebriefDraft,
  Interview,
  checkInterviewDraft,
  interviewEnd,
  newInterviewId,
  type InterviewStep,
} from '../core/interview';
import { nextReminderAt } from '../core/interview-reminders';
import { storiesUsedBefore, type UsedStory } from '../core/interview-stories';
import type { InterviewReminderSettings, Settings } from '../core/settings';
import { TrackingError } from './applications';
import type { LoopReadyDb } from './db';
import { getSettings, updateSettings } from './settings';

const DAY_MS = 86_400_000;

function withReminder(iv: Interview, settings: Settings): Interview {
  return { ...iv, nextReminderAt: nextReminderAt(iv, settings) };
}

async function mustGet(db: LoopReadyDb, id: string): Promise<Interview> {
  const iv = await db.interviews.get(id);
  if (!iv) throw new TrackingError('not-found', 'This interview no longer exists');
  return iv;
}

/**
 * Add (no id, or an unknown id) or edit an interview. A new start time counts as a reschedule: the
 * reminders move with it, and the ones already due at the new time are skipped rather than sent late.
 * Throws TrackingError('invalid-input') with one line per problem, fit to show.
 */
export async function saveInterview(db: LoopReadyDb, input: unknown, now: number): Promise<Interview> {
  const checked = checkInterviewDraft(input);
  if (!checked.ok) throw new TrackingError('invalid-input', checked.problems.map((p) => p.message).join('\n'));
  const draft = checked.draft;
  return db.transaction('rw', db.interviews, db.applications, db.settings, async () => {
    if (!(await db.applications.get(draft.jobId))) throw new TrackingError('not-found', `Job ${draft.jobId} is not tracked`);
    const existing = draft.id ? await db.interviews.get(draft.id) : undefined;
    if (existing && existing.jobId !== draft.jobId) throw new TrackingError('invalid-input', 'An interview cannot move to another job');
    const rescheduled = !existing || existing.start !== draft.start;
    const record: Interview = {
      id: existing?.id ?? draft.id ?? newInterviewId(now),
      jobId: draft.jobId,
      kind: draft.kind,
      start: draft.start,
      timeZone: draft.timeZone,
      durationMinutes: draft.durationMinutes,
      mode: draft.mode,
      place: draft.place.trim(),
      interviewers: draft.interviewers.map((p) => ({ name: p.name.trim(), role: p.role.trim() })).filter((p) => p.name || p.role),
      sessions: [...draft.sessions].sort((a, b) => a.start - b.start || a.id.localeCompare(b.id)),
      debrief: existing?.debrief ?? null,
      thankYouWanted: draft.thankYouWanted,
      scheduledAt: rescheduled ? now : existing.scheduledAt,
      handled: existing?.handled ?? {},
      nextReminderAt: null,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    const next = withReminder(Interview.parse(record), await getSettings(db));
    await db.interviews.put(next);
    return next;
  });
}

export async function deleteInterview(db: LoopReadyDb, id: string): Promise<boolean> {
  return db.transaction('rw', db.interviews, async () => {
    const existed = (await db.interviews.get(id)) !== undefined;
    await db.interviews.delete(id);
    return existed;
  });
}

export async function getInterview(db: LoopReadyDb, id: string): Promise<Interview | null> {
  return (await db.interviews.get(id)) ?? null;
}

/** An application's interviews, earliest first (by the jobId index). */
export async function interviewsForJob(db: LoopReadyDb, jobId: string): Promise<Interview[]> {
  return db.interviews.where('jobId').equals(jobId).sortBy('start');
}

/** Interviews starting in [from, to), earliest first (by the start index). */
export async function interviewsBetween(db: LoopReadyDb, from: number, to: number): Promise<Interview[]> {
  return db.interviews.where('start').between(from, to, true, false).toArray();
}

export interface Agenda {
  /** Interviews starting in the window, earliest first. */
  interviews: Interview[];
  /** Applications whose next follow-up falls in the window, earliest first. */
  followUps: Application[];
}

export const AGENDA_DAYS = 14;

/** What is coming in the next `days` (two weeks by default), both read through their indexes. */
export async function agenda(db: LoopReadyDb, from: number, days: number = AGENDA_DAYS): Promise<Agenda> {
  const to = from + days * DAY_MS;
  return db.transaction('r', db.interviews, db.applications, async () => {
    const [interviews, followUps] = await Promise.all([
      interviewsBetween(db, from, to),
      db.applications.where('nextFollowUpAt').between(from, to, true, false).toArray(),
    ]);
    return { interviews, followUps };
  });
}

/** Schedule the application's next follow-up from this interview's end (nothing for a finished application). */
async function followUpFrom(db: LoopReadyDb, iv: Interview, settings: Settings, now: number): Promise<string | null> {
  const app = await db.applications.get(iv.jobId);
  if (!app) return null;
  const at = followUpAfterInterview(iv.kind, interviewEnd(iv), app.status, settings);
  if (at === null) return null;
  await db.applications.put({
    ...app,
    nextFollowUpAt: at,
    followUpCount: 0,
    followUpFrom: { interviewId: iv.id, kind: iv.kind, start: iv.start, timeZone: iv.timeZone, at },
    // The tracker's row cache refreshes by updatedAt: the new date must reach it.
    updatedAt: now,
  });
  return app.jobId;
}

/** The debrief, written after the interview; it also starts the follow-up clock if the check has not yet. */
export async function saveDebrief(db: LoopReadyDb, id: string, input: DebriefDraft, now: number): Promise<Interview> {
  const parsed = DebriefDraft.safeParse(input);
  if (!parsed.success) throw new TrackingError('invalid-input', 'The debrief has too many or too long entries');
  const d = parsed.data;
  return db.transaction('rw', db.interviews, db.applications, db.settings, async () => {
    const iv = await mustGet(db, id);
    const settings = await getSettings(db);
    const handled = { ...iv.handled };
    // Written after the start: a "before" reminder no check has recorded yet is moot.
    if (iv.start <= now) for (const step of ['day-before', 'shortly-before'] as const) handled[step] = iv.start;
    if (interviewEnd(iv) <= now && handled['follow-up'] !== iv.start) {
      await followUpFrom(db, iv, settings, now);
      handled['follow-up'] = iv.start;
    }
    const next = withReminder(
      {
        ...iv,
        debrief: {
          questions: d.questions.map((q) => q.trim()).filter(Boolean),
          storiesUsed: d.storiesUsed.map((s) => ({ storyId: s.storyId, interviewer: s.interviewer.trim() })),
          feeling: d.feeling,
          notes: d.notes,
          at: now,
        },
        handled,
        updatedAt: now,
      },
      settings,
    );
    await db.interviews.put(next);
    return next;
  });
}

export async function setThankYouWanted(db: LoopReadyDb, id: string, wanted: boolean, now: number): Promise<Interview> {
  return db.transaction('rw', db.interviews, db.settings, async () => {
    const iv = await mustGet(db, id);
    const next = withReminder({ ...iv, thankYouWanted: wanted, updatedAt: now }, await getSettings(db));
    await db.interviews.put(next);
    return next;
  });
}

/** Interviews with a step due at `now` (by the nextReminderAt index). */
export async function dueInterviews(db: LoopReadyDb, now: number): Promise<Interview[]> {
  return db.interviews.where('nextReminderAt').belowOrEqual(now).toArray();
}

/** The earliest interview step after `now`, for the alarm; null when none is left. */
export async function nextInterviewReminderAfter(db: LoopReadyDb, now: number): Promise<number | null> {
  const first = await db.interviews.where('nextReminderAt').above(now).first();
  return first?.nextReminderAt ?? null;
}

/**
 * Record steps as done for the start they were planned for (an interview rescheduled in between is
 * left alone: its steps are due again at the new time). A `follow-up` step schedules the
 * application's follow-up. `updatedAt` is left alone: a reminder is not an edit. Returns the job
 * ids whose follow-up moved.
 */
export async function recordInterviewSteps(
  db: LoopReadyDb,
  done: readonly { interviewId: string; start: number; steps: readonly InterviewStep[] }[],
  now: number,
): Promise<string[]> {
  if (done.length === 0) return [];
  return db.transaction('rw', db.interviews, db.applications, db.settings, async () => {
    const settings = await getSettings(db);
    const moved: string[] = [];
    for (const item of done) {
      const iv = await db.interviews.get(item.interviewId);
      if (!iv || iv.start !== item.start) continue;
      const handled = { ...iv.handled };
      for (const step of item.steps) {
        if (step === 'follow-up' && handled['follow-up'] !== iv.start) {
          const jobId = await followUpFrom(db, iv, settings, now);
          if (jobId) moved.push(jobId);
        }
        handled[step] = iv.start;
      }
      await db.interviews.put(withReminder({ ...iv, handled }, settings));
    }
    return moved;
  });
}

/**
 * Recompute every live interview's `nextReminderAt` (after the reminder settings change). Live: a
 * reminder still pending, or started within the last week (a debrief prompt switched back on).
 */
export async function refreshReminderTimes(db: LoopReadyDb, now: number): Promise<number> {
  return db.transaction('rw', db.interviews, db.settings, async () => {
    const settings = await getSettings(db);
    const recent = await db.interviews.where('start').aboveOrEqual(now - 8 * DAY_MS).toArray();
    const pending = await db.interviews.where('nextReminderAt').aboveOrEqual(0).toArray();
    const byId = new Map([...recent, ...pending].map((iv) => [iv.id, iv]));
    let changed = 0;
    for (const iv of byId.values()) {
      const next = withReminder(iv, settings);
      if (next.nextReminderAt !== iv.nextReminderAt) {
        await db.interviews.put(next);
        changed++;
      }
    }
    return changed;
  });
}

/** Change the interview reminder settings and move every pending reminder to match. */
export async function updateInterviewReminderSettings(db: LoopReadyDb, change: InterviewReminderSettings, now: number): Promise<Settings> {
  const settings = await updateSettings(db, { interviewReminders: change });
  await refreshReminderTimes(db, now);
  return settings;
}

/** Stories already told in this application's interviews, marked when the same panel heard them. */
export async function storiesUsedWithPanel(db: LoopReadyDb, interviewId: string): Promise<UsedStory[]> {
  const target = await mustGet(db, interviewId);
  return storiesUsedBefore(target, await interviewsForJob(db, target.jobId));
}

/** Interviews for the calendar export (from 30 days ago on, by the start index) and their jobs' titles. */
export async function calendarInterviews(db: LoopReadyDb, now: number): Promise<{ interviews: Interview[]; titles: Map<string, string> }> {
  return db.transaction('r', db.interviews, db.applications, async () => {
    const interviews = await db.interviews.where('start').aboveOrEqual(now - 30 * DAY_MS).toArray();
    const jobIds = [...new Set(interviews.map((iv) => iv.jobId))];
    const apps = await db.applications.bulkGet(jobIds);
    const titles = new Map<string, string>();
    apps.forEach((app) => app && titles.set(app.jobId, titleOf(app)));
    return { interviews, titles };
  });
}
