// Keeps the tracker's rows in step with the store without re-reading 10,000 records on every change.
// The first page comes straight from an index (fast first paint); the full projection then loads in
// chunks by primary key; afterwards a liveQuery re-reads only the records updated since the last sync
// (every tracking write bumps updatedAt) plus the key list, to notice deletions and imports.
import { liveQuery } from 'dexie';
import type { Application } from '../../core/application';
import type { LoopReadyDb } from '../../db/db';
import { toRow, type TrackerRow } from './tracker-rows';

const CHUNK = 1000;

export interface TrackerStore {
  /** Stop listening. */
  close(): void;
  /** Reload everything (after an import, which may write older updatedAt values). */
  reload(): Promise<void>;
}

export interface TrackerStoreEvents {
  /** The most recently updated applications, before the full load finishes. */
  onFirstPage(rows: TrackerRow[], total: number): void;
  /** The full set of rows (called again after each change). */
  onRows(rows: TrackerRow[]): void;
  onError(message: string): void;
}

export function openTrackerStore(db: LoopReadyDb, events: TrackerStoreEvents, firstPageSize = 50): TrackerStore {
  const rows = new Map<string, TrackerRow>();
  let syncedUpTo = 0;
  let closed = false;
  let sub: { unsubscribe(): void } | null = null;

  const remember = (apps: Application[]) => {
    for (const app of apps) {
      rows.set(app.jobId, toRow(app));
      if (app.updatedAt > syncedUpTo) syncedUpTo = app.updatedAt;
    }
  };

  const loadAll = async () => {
    rows.clear();
    syncedUpTo = 0;
    let last: string | null = null;
    for (;;) {
      const chunk: Application[] = await (last === null
        ? db.applications.orderBy(':id').limit(CHUNK).toArray()
        : db.applications.where(':id').above(last).limit(CHUNK).toArray());
      if (closed) return;
      remember(chunk);
      if (chunk.length < CHUNK) break;
      last = chunk[chunk.length - 1]!.jobId;
    }
  };

  const watch = () => {
    sub?.unsubscribe();
    sub = liveQuery(async () => {
      const [keys, changed] = await Promise.all([
        db.applications.toCollection().primaryKeys(),
        db.applications.where('updatedAt').aboveOrEqual(syncedUpTo).toArray(),
      ]);
      return { keys, changed };
    }).subscribe({
      next: ({ keys, changed }) => {
        if (closed) return;
        remember(changed);
        if (keys.length !== rows.size || changed.length > 0) {
          const present = new Set(keys);
          for (const id of rows.keys()) if (!present.has(id)) rows.delete(id);
        }
        events.onRows([...rows.values()]);
      },
      error: (err: unknown) => events.onError(err instanceof Error ? err.message : String(err)),
    });
  };

  const start = async () => {
    try {
      const [first, total] = await Promise.all([
        db.applications.orderBy('updatedAt').reverse().limit(firstPageSize).toArray(),
        db.applications.count(),
      ]);
      if (closed) return;
      events.onFirstPage(first.map(toRow), total);
      await loadAll();
      if (closed) return;
      events.onRows([...rows.values()]);
      watch();
    } catch (err) {
      events.onError(err instanceof Error ? err.message : String(err));
    }
  };
  void start();

  return {
    close() {
      closed = true;
      sub?.unsubscribe();
    },
    async reload() {
      sub?.unsubscribe();
      await loadAll();
      if (!closed) {
        events.onRows([...rows.values()]);
        watch();
      }
    },
  };
}
