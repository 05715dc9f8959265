// A PopupApi with the real background behind it: the tracking handlers over a fresh fake-indexeddb
// store, every message parsed with the protocol's schemas both ways, as the message bus does.
// Postings come from tests/fixtures/postings/postings.jsonl (an unchanged copy of the shared fixture).
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Posting } from '../../../core/posting';
import { openDb, type LoopReadyDb } from '../../../db/db';
import { storeWrites, type StoreWrites } from '../../../db/store-writes';
import type { Reminders } from '../../../entrypoints/background/reminders';
import { storeHandlers } from '../../../entrypoints/background/store-handlers';
import type { ExtensionPagePath, PageAnswer, PopupApi } from '../../../components/popup/popup-api';

import { protocol, type MessageData, type MessageResult, type PageReport, type TrackingMessage } from '../../../messaging/protocol';
import { panels } from '../../../entrypoints/popup/panels';

// The same real postings and fixed clock as the tracker's UI tests.
import { DAY, T0, postingOf } from '../ui/helpers';
export { DAY, T0, postingOf };

/** The answer the popup makes of a content script's report: what it shows, and the reply for the panels' full check. */
export function reportAnswer(report: PageReport): PageAnswer {
  return { kind: 'report', report, reply: report };
}

export function jobAnswer(posting: Posting): PageAnswer {
  return reportAnswer({ kind: { page: 'job', jobId: posting.jobId ?? '0', locale: 'en' }, posting, listing: null });
}

const quietReminders: Reminders = {
  check: async () => ({ due: 0, notified: 0 }),
  sync: async () => {},
  ensureAlarms: async () => {},
  openTracker: async () => {},
};

export interface StoreApi extends PopupApi {
  db: LoopReadyDb;
  /** Pages the popup asked to open, in order. */
  opened: ExtensionPagePath[];
  /** Every message the popup sent, by name. */
  sent: TrackingMessage[];
  clock: { now: number };
  /** Another view's writes on the same store (the tracker page's), announced as the browser does. */
  elsewhere: StoreWrites;
}

export function storeApi(answer: PageAnswer | (() => Promise<PageAnswer>)): StoreApi {
  const clock = { now: T0 };
  const db = openDb(`popup-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  // Every write's applicationChanged notice reaches the popup's listeners, as runtime messages reach
  // an open popup: the background's writes (the popup's own changes) and another page's alike.
  const listeners = new Set<(jobId: string) => void>();
  const announce = (jobId: string) => listeners.forEach((listener) => listener(jobId));
  const handlers = storeHandlers(db, quietReminders, () => clock.now, announce);
  const opened: ExtensionPagePath[] = [];
  const sent: TrackingMessage[] = [];
  return {
    db,
    opened,
    sent,
    clock,
    askPage: typeof answer === 'function' ? answer : async () => answer,
    // No preview by default: a test that wants one overrides this.
    previewPage: async () => null,
    async call<K extends TrackingMessage>(name: K, data: MessageData<K>): Promise<MessageResult<K>> {
      sent.push(name);
      const spec = protocol[name];
      const handler = handlers[name] as (d: unknown) => Promise<unknown>;
      return spec.result.parse(await handler(spec.data.parse(data))) as MessageResult<K>;
    },
    loadPanels: async () => panels,
    openPage: async (path) => {
      opened.push(path);
    },
    now: () => clock.now,
    onApplicationChanged: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    elsewhere: storeWrites(db, async () => {}, () => clock.now, announce),
  };
}
