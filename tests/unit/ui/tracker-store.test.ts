// @vitest-environment happy-dom
// The tracker's row store on a real (in-memory) IndexedDB: without a cache it reads everything and
// remembers it; with one it trusts the cached rows and reads only what changed since, drops deleted
// records and picks up new ones.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { localRowCache } from '../../../entrypoints/tracker/row-cache';
import { openTrackerStore } from '../../../entrypoints/tracker/tracker-store';
import type { TrackerRow } from '../../../components/tracker/tracker-rows';
import { openDb } from '../../../db/db';
import { DAY, T0, appOf } from './helpers';

class MemoryStorage {
  private m = new Map<string, string>();
  getItem = (k: string) => this.m.get(k) ?? null;
  setItem = (k: string, v: string) => void this.m.set(k, v);
  removeItem = (k: string) => void this.m.delete(k);
}

function storeDb() {
  return openDb(`loopready-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
}

function follow(db: ReturnType<typeof storeDb>, cache: ReturnType<typeof localRowCache>, firstPageSize?: number) {
  const updates: TrackerRow[][] = [];
  const complete: boolean[] = [];
  const errors: string[] = [];
  const store = openTrackerStore(
    db,
    {
      onRows: (r, done) => {
        updates.push(r);
        complete.push(done);
      },
      onError: (e) => errors.push(e),
    },
    cache,
    firstPageSize,
  );
  const latest = () => new Map((updates.at(-1) ?? []).map((r) => [r.jobId, r]));
  return { store, updates, complete, latest, errors };
}

describe('tracker store', () => {
  it('reads everything without a cache, then caches the projection', async () => {
    const db = storeDb();
    await db.applications.bulkAdd([appOf('1496414'), appOf('3038134', ['saved', 'applied'])]);
    const storage = new MemoryStorage() as unknown as Storage;
    const { store, latest } = follow(db, localRowCache(storage));
    await expect.poll(() => [...latest().keys()].sort()).toEqual(['1496414', '3038134']);
    await expect.poll(() => localRowCache(storage).read()?.rows.length, { timeout: 3000 }).toBe(2);
    expect(localRowCache(storage).read()!.rows.find((r) => r.jobId === '3038134')!.status).toBe('applied');
    store.close();
  });

  it('with a cache, reads only changed records, drops deleted ones and adds new ones', async () => {
    const db = storeDb();
    const kept = appOf('1496414', ['saved'], { updatedAt: T0 });
    const changed = appOf('3038134', ['saved', 'applied'], { updatedAt: T0 + 5 * DAY });
    const added = appOf('2790938', ['saved'], { updatedAt: T0 - DAY });
    await db.applications.bulkAdd([kept, changed, added]);
    const storage = new MemoryStorage() as unknown as Storage;
    const cache = localRowCache(storage);
    // The cache as a visit at T0 + DAY left it: 1496414 (with a title that only the cache has, to
    // show it is not re-read), 3038134 still "saved", and 994952, deleted since.
    const { toRow } = await import('../../../components/tracker/tracker-rows');
    cache.write({
      syncedUpTo: T0 + DAY,
      rows: [
        { ...toRow(kept), title: 'Cached title' },
        toRow(appOf('3038134', ['saved'], { updatedAt: T0 })),
        toRow(appOf('994952', ['saved'], { updatedAt: T0 })),
      ],
    });
    const { store, latest, updates, errors } = follow(db, cache);
    // First, at once: the cached rows.
    await expect.poll(() => updates.length).toBeGreaterThan(0);
    expect([...new Map(updates[0]!.map((r) => [r.jobId, r])).keys()].sort()).toEqual(['1496414', '3038134', '994952']);
    // Then reconciled with the store.
    await expect.poll(() => [...latest().keys()].sort()).toEqual(['1496414', '2790938', '3038134']);
    expect(latest().get('3038134')!.status).toBe('applied');
    expect(latest().get('1496414')!.title).toBe('Cached title');
    expect(errors).toEqual([]);
    // Later writes arrive through Dexie's liveQuery, which does not fire under vitest's environments;
    // tests/browser/surfaces.test.ts sees them in the real page (a stage change shows in the table).
    store.close();
  });

  it('without a cache, shows the most recently updated page first, marked incomplete, then everything', async () => {
    const db = storeDb();
    // Primary-key order (the full load's) differs from updatedAt order (the first page's).
    await db.applications.bulkAdd([
      appOf('1496414', ['saved'], { updatedAt: T0 + 4 * DAY }),
      appOf('1497592', ['saved'], { updatedAt: T0 }),
      appOf('2790938', ['saved'], { updatedAt: T0 + 9 * DAY }),
      appOf('2798990', ['saved'], { updatedAt: T0 + DAY }),
      appOf('2877542', ['saved'], { updatedAt: T0 + 2 * DAY }),
    ]);
    const { store, updates, complete, latest } = follow(db, localRowCache(new MemoryStorage() as unknown as Storage), 2);
    await expect.poll(() => complete.at(-1)).toBe(true);
    expect(complete[0]).toBe(false);
    expect(updates[0]!.map((r) => r.jobId).sort()).toEqual(['1496414', '2790938']);
    expect([...latest().keys()].sort()).toEqual(['1496414', '1497592', '2790938', '2798990', '2877542']);
    store.close();
  });

  it('does not trust an empty cache when the store has records (written behind its back)', async () => {
    const db = storeDb();
    await db.applications.bulkAdd([appOf('1496414'), appOf('3038134', ['saved', 'applied'])]);
    const storage = new MemoryStorage() as unknown as Storage;
    localRowCache(storage).write({ syncedUpTo: T0 + 30 * DAY, rows: [] });
    const { store, updates, complete } = follow(db, localRowCache(storage));
    await expect.poll(() => complete.at(-1)).toBe(true);
    // Never an empty "complete" set, which the page would show as "no applications yet".
    expect(updates.some((r, i) => r.length === 0 && complete[i])).toBe(false);
    expect(updates.at(-1)!.map((r) => r.jobId).sort()).toEqual(['1496414', '3038134']);
    store.close();
  });

  it('ignores a cache it cannot read', () => {
    const storage = new MemoryStorage() as unknown as Storage;
    storage.setItem('loopready-tracker-rows-v1', '{"syncedUpTo": 1, "rows": [{"jobId": 5}]}');
    expect(localRowCache(storage).read()).toBeNull();
    storage.setItem('loopready-tracker-rows-v1', 'not json');
    expect(localRowCache(storage).read()).toBeNull();
  });
});
