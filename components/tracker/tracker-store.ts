// Keeps the tracker's rows in step with the store without re-reading 10,000 full records. With a
// cached projection (row-cache.ts) the page starts from it and reads only records updated since,
// then checks the key list for deletions and additions. Without one, the newest page comes straight
// from the updatedAt index (fast first paint) and the rest loads in chunks by primary key. After
// that a liveQuery re-reads only what changed.
import { liveQuery } from 'dexie';
import type { Application } from '../../core/application';
import type { LoopReadyDb } from '../../db/db';
import type { RowCache } from './row-cache';
import { toRow, type TrackerRow } from './tracker-rows';

const CHUNK = 1000;
const CACHE_WRITE_MS = 1000;

export interface TrackerStore {
  /** Stop listening. */
  close(): void;
  /** Reload everything from the store (after an import, which may write older updatedAt values). */
  reload(): Promise<void>;
}

export interface TrackerStoreEvents {
  /** The most recently updated applications, before the full load finishes (no cache only). */
  onFirstPage(rows: TrackerRow[], total: number): void;
  /** The full set of rows (called again after each change). */
  onRows(rows: TrackerRow[]): void;
  onError(message: string): void;
}

export function openTrackerStore(db: LoopReadyDb, events: TrackerStoreEvents, cache: RowCache | null = null, firstPageSize = 50): TrackerStore {
  const rows = new Map<string, TrackerRow>();
  let syncedUpTo = 0;
  let closed = false;
  let sub: { unsubscribe(): void } | null = null;
  let cacheTimer: ReturnType<typeof setTimeout> | null = null;

  const remember = (apps: Application[]) => {
    for (const app of apps) {
      rows.set(app.jobId, toRow(app));
      if (app.updatedAt > syncedUpTo) syncedUpTo = app.updatedAt;
    }
  };
  const emit = () => {
    if (closed) return;
    events.onRows([...rows.values()]);
    if (cache && cacheTimer === null) {
      cacheTimer = setTimeout(() => {
        cacheTimer = null;
        if (!closed) cache.write({ rows: [...rows.values()], syncedUpTo });
      }, CACHE_WRITE_MS);
    }
  };

  /** Bring the rows in line with the store's keys: drop deleted ones, read ones we have never seen. */
  const reconcileKeys = async (keys: string[]) => {
    const present = new Set(keys);
    for (const id of rows.keys()) if (!present.has(id)) rows.delete(id);
    const unseen = keys.filter((k) => !rows.has(k));
    for (let i = 0; i < unseen.length; i += CHUNK) {
      const got = await db.applications.bulkGet(unseen.slice(i, i + CHUNK));
      remember(got.filter((a): a is Application => a !== undefined));
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
        void reconcileKeys(keys).then(emit, (err: unknown) => events.onError(String(err)));
      },
      error: (err: unknown) => events.onError(err instanceof Error ? err.message : String(err)),
    });
  };

  const fromCache = async (cached: NonNullable<ReturnType<RowCache['read']>>) => {
    for (const r of cached.rows) rows.set(r.jobId, r);
    syncedUpTo = cached.syncedUpTo;
    events.onRows([...rows.values()]);
    // Let the page draw the cached rows before the store is queried (Dexie's promise zones would
    // otherwise hold the render until the catch-up has returned).
    await new Promise((resolve) => setTimeout(resolve, 0));
    // Catch up: what was written since the cache, then the key list (deletions, records never seen).
    const [changed, keys] = await Promise.all([
      db.applications.where('updatedAt').aboveOrEqual(cached.syncedUpTo).toArray(),
      db.applications.toCollection().primaryKeys(),
    ]);
    if (closed) return;
    remember(changed);
    await reconcileKeys(keys);
    emit();
  };

  const fromStore = async () => {
    const first = await db.applications.orderBy('updatedAt').reverse().limit(firstPageSize).toArray();
    if (closed) return;
    // The total is not counted here: counting 10,000 records costs as much as the first page.
    events.onFirstPage(first.map(toRow), first.length < firstPageSize ? first.length : -1);
    await loadAll();
    emit();
  };

  const start = async () => {
    try {
      const cached = cache?.read() ?? null;
      if (cached) await fromCache(cached);
      else await fromStore();
      if (!closed) watch();
    } catch (err) {
      events.onError(err instanceof Error ? err.message : String(err));
    }
  };
  void start();

  return {
    close() {
      closed = true;
      sub?.unsubscribe();
      if (cacheTimer !== null) clearTimeout(cacheTimer);
    },
    async reload() {
      sub?.unsubscribe();
      cache?.clear();
      await loadAll();
      emit();
      if (!closed) watch();
    },
  };
}
