// What the tracker can do to an application. The tracker page supplies it (entrypoints/tracker/);
// components receive it as a prop, and tests pass fakes.
import type { Contact, PlanState } from '../../core/application';
import type { StageMove } from '../../db/store-writes';

export interface TrackerActions {
  /** Refused, writing nothing, when the stored stage is no longer `move.from` (changed elsewhere). */
  setStatus(jobId: string, move: StageMove): Promise<unknown>;
  undoStatus(jobId: string): Promise<unknown>;
  addNote(jobId: string, text: string): Promise<unknown>;
  setContacts(jobId: string, contacts: Contact[]): Promise<unknown>;
  snooze(jobId: string, days?: number): Promise<unknown>;
  markFollowedUp(jobId: string): Promise<unknown>;
  setFollowUpAt(jobId: string, at: number): Promise<unknown>;
  setPlanState(jobId: string, state: PlanState): Promise<unknown>;
  remove(jobId: string): Promise<unknown>;
}
