// The service worker: owns the store, answers tracking and interview messages, runs follow-up and
// interview reminders. Listeners are registered synchronously at start-up, as MV3 requires for
// events that wake the worker.
import { browser } from 'wxt/browser';
import { openDb } from '../../db/db';
import { announceApplicationChanged } from '../../messaging/bus';
import { interviewHandlers, registerInterviewHandlers } from './interview-handlers';
import { createInterviewReminders, listenForInterviewReminders, withInterviewReminders } from './interview-reminders';
import { createReminders, listenForReminders } from './reminders';
import { createTestClock } from './test-clock';
import { createSeenPages } from './seen-pages';
import { createTabPopups } from './tab-popups';
import { registerStoreHandlers, storeHandlers } from './store-handlers';

export default defineBackground(() => {
  const db = openDb();
  // A call, not the captured Date.now: the clock is one injected function everywhere.
  let now = () => Date.now();
  let clockReady: Promise<void> = Promise.resolve();
  if (import.meta.env.MODE === 'e2e') {
    const clock = createTestClock();
    now = clock.now;
    clockReady = clock.ready;
  }
  const followUps = createReminders(db, now);
  const interviews = createInterviewReminders(db, followUps, now);
  const reminders = withInterviewReminders(followUps, interviews);
  // After each write to an application, the open popup and tracker are told to read it again.
  const store = storeHandlers(db, reminders, now, announceApplicationChanged);
  const seenPages = createSeenPages(browser.storage.session, async () => (await browser.tabs.query({})).flatMap((t) => t.id ?? []), now);
  // Firefox (MV2) names the toolbar button browserAction.
  const toolbar = browser.action ?? browser.browserAction;
  const tabPopups = createTabPopups((details) => toolbar.setPopup(details));
  const popupFailed = (error: unknown) => console.error('[LoopReady] tab popup:', error);
  registerStoreHandlers({
    ...store,
    // Also the tab's toolbar popup (./tab-popups.ts); the reply does not wait for it.
    getApplication: (data, sender) => {
      tabPopups.postingShown(data.jobId, sender).catch(popupFailed);
      return store.getApplication(data);
    },
    getTrackedStatuses: (data, sender) => {
      tabPopups.listingShown(sender).catch(popupFailed);
      return store.getTrackedStatuses(data);
    },
    // Also the tab's copy for the popup (./seen-pages.ts), not behind the snapshot's database write.
    postingSeen: async (data, sender) => {
      const kept = seenPages.remember(data.posting, sender).catch((error: unknown) => console.error('[LoopReady] page copy:', error));
      await Promise.all([kept, store.postingSeen(data)]);
      return null;
    },
  });
  registerInterviewHandlers(interviewHandlers(db, reminders, now, announceApplicationChanged));
  listenForReminders(reminders);
  listenForInterviewReminders(interviews);
  // Every wake-up: make sure the periodic alarm survived (browsers may drop alarms on restart).
  void clockReady
    .then(() => reminders.ensureAlarms())
    .catch((error: unknown) => console.error('[LoopReady] alarms:', error));
});
