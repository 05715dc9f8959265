// The tracker's actions on the store, through its one write path.
import type { TrackerActions } from '../../components/tracker/tracker-actions';
import type { StoreWrites } from '../../db/store-writes';

export function trackerActions(writes: StoreWrites): TrackerActions {
  return {
    setStatus: writes.setStatus,
    undoStatus: writes.undoStatus,
    addNote: writes.addNote,
    setContacts: writes.setContacts,
    snooze: writes.snooze,
    markFollowedUp: writes.markFollowedUp,
    setFollowUpAt: writes.setFollowUpAt,
    setPlanState: writes.setPlanState,
    remove: writes.deleteApplication,
  };
}
