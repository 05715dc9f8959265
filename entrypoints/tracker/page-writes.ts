// The store's one write path (db/store-writes.ts) as extension pages use it: a page writes the store
// itself (no round trip per keystroke), then asks the background to sync the badge and the next
// alarm, never to notify. A background that is asleep or reloading must not fail the edit: the
// next alarm's check catches up. Each write to an application is announced to the other open pages
// (an open popup reads it again).
import type { LoopReadyDb } from '../../db/db';
import { storeWrites, type StoreWrites } from '../../db/store-writes';
import { announceApplicationChanged, send } from '../../messaging/bus';

export function pageStoreWrites(db: LoopReadyDb): StoreWrites {
  return storeWrites(db, () => send('syncReminders', null).catch(() => undefined), undefined, announceApplicationChanged);
}
