// The tracker's projection, remembered between visits. Reading 10,000 full records (each with its
// posting) takes seconds in IndexedDB, so the page starts from the rows it saw last time and then
// asks the store only for what changed since: records whose updatedAt is newer (every tracking
// write bumps it), plus the key list for deletions. An import, which can write older updatedAt
// values, clears the cache (see data-actions.ts).
import { STATUSES, type Status } from '../../core/status';
import { haystackOf, type TrackerRow } from '../../components/tracker/tracker-rows';

const KEY = 'loopready-tracker-rows-v1';

export interface CachedRows {
  rows: TrackerRow[];
  /** The highest updatedAt the rows reflect. */
  syncedUpTo: number;
}

export interface RowCache {
  read(): CachedRows | null;
  write(cached: CachedRows): void;
  clear(): void;
}

type Stored = Omit<TrackerRow, 'haystack'>;

function isStored(v: unknown): v is Stored {
  const r = v as Stored;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.jobId === 'string' &&
    typeof r.title === 'string' &&
    typeof r.locations === 'string' &&
    typeof r.notes === 'string' &&
    (STATUSES as readonly string[]).includes(r.status as Status) &&
    typeof r.updatedAt === 'number' &&
    typeof r.savedAt === 'number'
  );
}

/** localStorage of the extension's origin (shared by its pages); any problem just means "no cache". */
export function localRowCache(storage: Storage | null = typeof localStorage === 'undefined' ? null : localStorage): RowCache {
  return {
    read() {
      try {
        const raw = storage?.getItem(KEY);
        if (!raw) return null;
        const parsed = JSON.parse(raw) as { syncedUpTo?: unknown; rows?: unknown };
        if (typeof parsed.syncedUpTo !== 'number' || !Array.isArray(parsed.rows) || !parsed.rows.every(isStored)) return null;
        return { syncedUpTo: parsed.syncedUpTo, rows: parsed.rows.map((r: Stored) => ({ ...r, haystack: haystackOf(r) })) };
      } catch {
        return null;
      }
    },
    write({ rows, syncedUpTo }) {
      try {
        // The haystack is rebuilt on read: storing it would nearly double the size.
        storage?.setItem(KEY, JSON.stringify({ syncedUpTo, rows: rows.map(({ haystack: _h, ...r }) => r) }));
      } catch {
        // Over the storage quota: the next visit reads the store in full instead.
        storage?.removeItem(KEY);
      }
    },
    clear() {
      try {
        storage?.removeItem(KEY);
      } catch {
        // nothing cached to clear
      }
    },
  };
}
