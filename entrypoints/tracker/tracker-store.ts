// Keeps the tracker's rows in step with the store without re-reading 10,000 full records (reading
// them takes seconds in IndexedDB: each carries its posting). With a cached projection
// (row-cache.ts) the page starts from it and reads only records updated since. Without one, the
// newest page comes straight from the updatedAt index (first paint in one small read) and the rest
// loads in small chunks by primary key, yielding between chunks so typing stays responsive. After
// that a liveQuery re-reads only what changed: records updated since, plus a count that tells
// whether the key list needs checking (deletions, records written with an older updatedAt).
import { liveQuery } from 'dexie';
import { isSaneTime } from '../../core/timestamp';
import type { Application } from '../../core/application';
import { listRecent } from '../../db/applications';
import type { LoopReadyDb } from '../../db/db';
import type { RowCache } from './row-cache';
import { toRow, type TrackerRow } from '../../components/tracker/tracker-rows';
import { errorMessage } from '../../core/error-message';

// Small enough that deserialising one chunk of full records is a short task on a slow machine.
const CHUNK = 200;
// While loading, hand the page new rows at most this often (each hand-off re-filters and re-renders).
const PROGRESS_MS = 250;
const CACHE_WRITE_MS = 1000;

export interface TrackerStore {
  /** Stop listening. */
  close(): void;
  /** Reload everything from the store (after an import, which may write older updatedAt values). */
  reload(): Promise<void>;
}

export interface TrackerStoreEvents {
  /**
   * The rows known so far. `complete` is false while the full projection is still loading (at first
   * only the most recently updated page); it is called again as more load and after each change.
   */
  onRows(rows: TrackerRow[], complete: boolean): void;
  onError(message: string): void;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function openTrackerStore(db: LoopReadyDb, events: TrackerStoreEvents, cache: RowCache | null = null, firstPageSize = 50): TrackerStore {
  const rows = new Map<string, TrackerRow>();
  let syncedUpTo = 0;
  let closed = false;
  let sub: { unsubscribe(): void } | null = null;
  let cacheTimer: ReturnType<typeof setTimeout> | null = null;
  let lastProgress = 0;
  // Whether the rows differ from what the cache holds: rewriting 10,000 rows is a long task.
  let dirty = false;

  const remember = (apps: Application[]) => {
    for (const app of apps) {
      // Every tracking write bumps updatedAt; the records at exactly syncedUpTo come back each time.
      if (rows.get(app.jobId)?.updatedAt !== app.updatedAt) dirty = true;
      rows.set(app.jobId, toRow(app));
      // A damaged record's impossible updatedAt (year 275760) would stop every later change from being read.
      if (isSaneTime(app.updatedAt) && app.updatedAt > syncedUpTo) syncedUpTo = app.updatedAt;
    }
  };
  const progress = () => {
    if (closed || performance.now() - lastProgress < PROGRESS_MS) return;
    lastProgress = performance.now();
    events.onRows([...rows.values()], false);
  };
  const emit = () => {
    if (closed) return;
    events.onRows([...rows.values()], true);
    if (cache && dirty && cacheTimer === null) {
      cacheTimer = setTimeout(() => {
        cacheTimer = null;
        if (closed) return;
        dirty = false;
        cache.write({ rows: [...rows.values()], syncedUpTo });
      }, CACHE_WRITE_MS);
    }
  };

  /** Read these keys' records in chunks, a task apart, showing progress. */
  const readChunked = async (keys: string[]) => {
    for (let i = 0; i < keys.length && !closed; i += CHUNK) {
      const got = await db.applications.bulkGet(keys.slice(i, i + CHUNK));
      remember(got.filter((a): a is Application => a !== undefined));
      progress();
      await nextTask();
    }
  };

  /** Bring the rows in line with the store's keys: drop deleted ones, read ones never seen. */
  const reconcileKeys = async () => {
    const keys = await db.applications.toCollection().primaryKeys();
    const present = new Set(keys);
    for (const id of rows.keys()) {
      if (present.has(id)) continue;
      rows.delete(id);
      dirty = true;
    }
    await readChunked(keys.filter((k) => !rows.has(k)));
  };

  /** What changed since `syncedUpTo`, and the key list only when the count says rows are missing or gone. */
  const catchUp = async (changed: Application[], count: number) => {
    remember(changed);
    if (count !== rows.size) await reconcileKeys();
  };

  const loadAll = async () => {
    let last: string | null = null;
    while (!closed) {
      const chunk: Application[] = await (last === null
        ? db.applications.orderBy(':id').limit(CHUNK).toArray()
        : db.applications.where(':id').above(last).limit(CHUNK).toArray());
      remember(chunk);
      if (chunk.length < CHUNK) break;
      last = chunk[chunk.length - 1]!.jobId;
      progress();
      await nextTask();
    }
  };

  const watch = () => {
    sub?.unsubscribe();
    sub = liveQuery(async () => {
      const [count, changed] = await Promise.all([
        db.applications.count(),
        db.applications.where('updatedAt').aboveOrEqual(syncedUpTo).toArray(),
      ]);
      return { count, changed };
    }).subscribe({
      next: ({ count, changed }) => {
        if (closed) return;
        void catchUp(changed, count).then(emit, (err: unknown) => events.onError(String(err)));
      },
      error: (err: unknown) => events.onError(errorMessage(err)),
    });
  };

  const fromCache = async (cached: NonNullable<ReturnType<RowCache['read']>>) => {
    for (const r of cached.rows) rows.set(r.jobId, r);
    syncedUpTo = cached.syncedUpTo;
    events.onRows([...rows.values()], true);
    // Let the page draw the cached rows before the store is queried (Dexie's promise zones would
    // otherwise hold the render until the catch-up has returned).
    await nextTask();
    // The key list once, off the first paint: a record written behind the cache's back with an
    // older updatedAt can replace a deleted one without changing the count.
    const changed = await db.applications.where('updatedAt').aboveOrEqual(cached.syncedUpTo).toArray();
    if (closed) return;
    remember(changed);
    await reconcileKeys();
    emit();
  };

  const fromStore = async () => {
    const first = await listRecent(db, firstPageSize);
    if (closed) return;
    remember(first);
    if (first.length < firstPageSize) return emit();
    lastProgress = performance.now();
    events.onRows([...rows.values()], false);
    await nextTask();
    await loadAll();
    emit();
  };

  const start = async () => {
    try {
      // An empty cache (a first visit, or one before records were written behind its back) says
      // nothing: the store's first page is the faster way to the first rows then.
      const cached = cache?.read() ?? null;
      if (cached && cached.rows.length > 0) await fromCache(cached);
      else await fromStore();
      if (!closed) watch();
    } catch (err) {
      events.onError(errorMessage(err));
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
      rows.clear();
      syncedUpTo = 0;
      await loadAll();
      emit();
      if (!closed) watch();
    },
  };
}
