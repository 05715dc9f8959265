// Every change to the store goes through here, from the background and from the extension pages
// alike. Each write is one of db/'s transactions; when it can change what the reminders show (a
// follow-up date, a stage, a deletion, an interview, the settings, an import), `afterChange` then
// brings the badge and the next alarm up to date. It never notifies: the user is looking at their
// own edit. The background passes its reminders' sync; a page passes a message asking the
// background for that same sync (entrypoints/tracker/page-writes.ts).
// After each write to an application, `announce(jobId)` tells the other open views (the popup, the
// tracker) to read it again: the `applicationChanged` message (messaging/bus.ts). An announcement
// is never a notification, and nobody listening is not an error.
import type { Contact, PlanState } from '../core/application';
import type { DebriefDraft } from '../core/interview';
import type { Posting } from '../core/posting';
import type { PracticeSession } from '../core/practice';
import type { InterviewReminderSettings, Settings } from '../core/settings';
import type { Status } from '../core/status';
import {
  addNote,
  deleteApplication,
  markFollowedUp,
  refreshSnapshot,
  saveApplication,
  setContacts,
  setFollowUpAt,
  setPlanState,
  setStatus,
  snooze,
  undoLastStatus,
} from './applications';
import type { ImportOptions } from './backup';
import type { LoopReadyDb } from './db';
import { deleteInterview, saveDebrief, saveInterview, setThankYouWanted, updateInterviewReminderSettings } from './interviews';
import { recordPractice } from './practice';
import { updateSettings } from './settings';
import { deleteStory, saveStory, type StoryDraft } from './stories';

/**
 * A move of an application's stage: `from` is the stage the mover was shown. When the stored stage
 * differs (moved elsewhere since), the move is refused in the write's own transaction
 * ("Stage changed elsewhere: now Phone screen"), so the last move never silently wins.
 */
export interface StageMove {
  from: Status;
  to: Status;
  /** When it happened (epoch ms), for a backdated move; default now. */
  at?: number;
}

export function storeWrites(
  db: LoopReadyDb,
  afterChange: () => Promise<unknown>,
  now: () => number = () => Date.now(),
  announce: (jobId: string) => void = () => {},
) {
  const thenSync = async <T>(write: Promise<T>): Promise<T> => {
    const result = await write;
    await afterChange();
    return result;
  };
  /** After a write to application `jobId` (nothing when it was refused): tell the other views. */
  const told = async <T>(jobId: string, write: Promise<T>): Promise<T> => {
    const result = await write;
    announce(jobId);
    return result;
  };
  return {
    // Applications. Notes, contacts, plan ticks and a refreshed snapshot move no follow-up date.
    saveApplication: async (posting: Posting) => {
      const app = await thenSync(saveApplication(db, posting, now()));
      announce(app.jobId);
      return app;
    },
    refreshSnapshot: async (posting: Posting) => {
      const refresh = await refreshSnapshot(db, posting, now());
      if (refresh?.written) announce(refresh.application.jobId);
      return refresh;
    },
    setStatus: (jobId: string, { from, to, at }: StageMove) => told(jobId, thenSync(setStatus(db, jobId, to, now(), at ?? now(), from))),
    undoStatus: (jobId: string) => told(jobId, thenSync(undoLastStatus(db, jobId, now()))),
    snooze: (jobId: string, days?: number) => told(jobId, thenSync(snooze(db, jobId, now(), days))),
    markFollowedUp: (jobId: string) => told(jobId, thenSync(markFollowedUp(db, jobId, now()))),
    setFollowUpAt: (jobId: string, at: number) => told(jobId, thenSync(setFollowUpAt(db, jobId, at, now()))),
    addNote: (jobId: string, text: string) => told(jobId, addNote(db, jobId, text, now())),
    setContacts: (jobId: string, contacts: Contact[]) => told(jobId, setContacts(db, jobId, contacts, now())),
    setPlanState: (jobId: string, state: PlanState) => told(jobId, setPlanState(db, jobId, state, now())),
    deleteApplication: (jobId: string) => told(jobId, thenSync(deleteApplication(db, jobId))),
    // Interviews: each can move an interview reminder, and a debrief can start a follow-up.
    saveInterview: (draft: unknown) => thenSync(saveInterview(db, draft, now())),
    deleteInterview: (id: string) => thenSync(deleteInterview(db, id)),
    saveDebrief: async (id: string, debrief: DebriefDraft) => {
      const iv = await thenSync(saveDebrief(db, id, debrief, now()));
      announce(iv.jobId);
      return iv;
    },
    setThankYouWanted: (id: string, wanted: boolean) => thenSync(setThankYouWanted(db, id, wanted, now())),
    setInterviewReminders: (change: InterviewReminderSettings) => thenSync(updateInterviewReminderSettings(db, change, now())),
    // Stories and practice sessions have no reminders.
    saveStory: (draft: StoryDraft & { id?: string }) => saveStory(db, draft, now()),
    deleteStory: (id: string) => deleteStory(db, id),
    recordPractice: (session: Omit<PracticeSession, 'id'>) => recordPractice(db, session),
    // Settings hold the follow-up timings and the notification switch.
    updateSettings: (change: Partial<Omit<Settings, 'id'>>): Promise<Settings> => thenSync(updateSettings(db, change)),
    // Loaded on first use: the backup checks are a large part of a page's script and rarely run.
    importBackup: (text: string, progress?: Pick<ImportOptions, 'onProgress' | 'pause'>) =>
      thenSync(import('./backup').then((m) => m.importBackup(db, text, progress))),
  };
}

export type StoreWrites = ReturnType<typeof storeWrites>;
