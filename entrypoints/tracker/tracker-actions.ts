// The tracker page's actions against the real store. Pages write the store directly (one transaction per
// change, see db/applications.ts) and then ask the background to re-check reminders, so the badge
// and the next alarm follow the new follow-up dates.
import type { TrackerActions } from '../../components/tracker/tracker-actions';
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
