// The service worker: owns the store, answers tracking messages, runs follow-up reminders.
// Listeners are registered synchronously at start-up, as MV3 requires for events that wake the worker.
import { openDb } from '../../db/db';
import { createReminders, listenForReminders } from './reminders';
import { registerStoreHandlers, storeHandlers } from './store-handlers';

export default defineBackground(() => {
  const db = openDb();
  const reminders = createReminders(db);
  registerStoreHandlers(storeHandlers(db, reminders));
  listenForReminders(reminders);
  // Every wake-up: make sure the periodic alarm survived (browsers may drop alarms on restart).
  void reminders.ensureAlarms().catch((error: unknown) => console.error('[LoopReady] alarms:', error));
});
