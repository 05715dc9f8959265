// What the tracker can do to an application. Pages write the store directly (one transaction per
// change, see db/applications.ts) and then ask the background to re-check reminders, so the badge
// and the next alarm follow the new follow-up dates. Components receive this as a prop; tests pass fakes.
import type { Contact, PlanState } from '../../core/application';
import type { Status } from '../../core/status';
import {
  addNote,
  deleteApplication,
  markFollowedUp,
  setContacts,
  setFollowUpAt,
  setPlanState,
  setStatus,
  snooze,
  undoLastStatus,
} from '../../db/applications';
import type { LoopReadyDb } from '../../db/db';

export interface TrackerActions {
  setStatus(jobId: string, to: Status, at?: number): Promise<unknown>;
  undoStatus(jobId: string): Promise<unknown>;
  addNote(jobId: string, text: string): Promise<unknown>;
  setContacts(jobId: string, contacts: Contact[]): Promise<unknown>;
  snooze(jobId: string, days?: number): Promise<unknown>;
  markFollowedUp(jobId: string): Promise<unknown>;
  setFollowUpAt(jobId: string, at: number): Promise<unknown>;
  setPlanState(jobId: string, state: PlanState): Promise<unknown>;
  remove(jobId: string): Promise<unknown>;
}

export function trackerActions(db: LoopReadyDb, afterChange: () => Promise<unknown>, now: () => number = Date.now): TrackerActions {
  const then = async <T>(p: Promise<T>): Promise<T> => {
    const result = await p;
    // Reminders are a convenience: a background that is asleep or reloading must not fail the edit.
    await afterChange().catch(() => undefined);
    return result;
  };
  return {
    setStatus: (jobId, to, at) => then(setStatus(db, jobId, to, now(), at ?? now())),
    undoStatus: (jobId) => then(undoLastStatus(db, jobId, now())),
    addNote: (jobId, text) => addNote(db, jobId, text, now()),
    setContacts: (jobId, contacts) => setContacts(db, jobId, contacts, now()),
    snooze: (jobId, days) => then(snooze(db, jobId, now(), days)),
    markFollowedUp: (jobId) => then(markFollowedUp(db, jobId, now())),
    setFollowUpAt: (jobId, at) => then(setFollowUpAt(db, jobId, at, now())),
    setPlanState: (jobId, state) => setPlanState(db, jobId, state, now()),
    remove: (jobId) => then(deleteApplication(db, jobId)),
  };
}

/** An action's failure as a sentence to show (TrackingError messages are written for users). */
export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
