// Backup and restore of the whole store. Export reads in one transaction (a consistent picture);
// import validates the entire file first and then writes in one rw transaction, so a bad file
// writes nothing and a failure midway rolls back to the store as it was. A long import reports its
// progress (records checked, then written, of the total) to an optional callback.
import type { Application } from '../core/application';
import type { Interview } from '../core/interview';
import type { PracticeSession } from '../core/practice';
import type { Story } from '../core/story';
import { buildBackup, parseBackupAsync, type Backup, type ImportProgress } from '../core/backup';
import { withTextChecklistIds } from '../core/checklist-ids';
import { SETTINGS_ID } from '../core/settings';
import type { LoopReadyDb } from './db';

export class BackupError extends Error {
  constructor(readonly errors: string[]) {
    super(`The backup was not imported:\n${errors.join('\n')}`);
    this.name = 'BackupError';
  }
}

export async function exportBackup(db: LoopReadyDb, now: number): Promise<Backup> {
  return db.transaction('r', [db.applications, db.stories, db.settings, db.practice, db.interviews], async () => {
    const [applications, stories, settings, practice, interviews] = await Promise.all([
      db.applications.toArray(),
      db.stories.toArray(),
      db.settings.get(SETTINGS_ID),
      db.practice.toArray(),
      db.interviews.toArray(),
    ]);
    return buildBackup(applications, stories, settings ?? null, practice, now, interviews);
  });
}

export interface ImportResult {
  /** Records written, per list (new, or different from the stored one with the same key). */
  applications: number;
  stories: number;
  settings: boolean;
  practice: number;
  interviews: number;
  /** Records skipped, per list: in merge mode, those already stored exactly as the file has them. */
  unchanged: { applications: number; stories: number; practice: number; interviews: number };
}

export interface ImportOptions {
  mode?: 'merge' | 'replace';
  /** Told of each step: parsing, then records checked of the total, then records written of the total. */
  onProgress?: (progress: ImportProgress) => void;
  /** Awaited between slices of the check, so the page can draw the progress (default: a macrotask). */
  pause?: () => Promise<void>;
}

/** Records put per request while writing: between two, the page can draw the progress. */
const WRITE_CHUNK = 1000;

/** Equal as stored JSON: same keys with the same values, in any key order (an absent key = undefined). */
export function sameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => sameRecord(v, bb[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ao), ...Object.keys(bo)]);
  for (const k of keys) if (!sameRecord(ao[k], bo[k])) return false;
  return true;
}

/**
 * `merge` (default) keeps what is stored and overwrites records with the same job ID / story id /
 * practice-session id / interview id (one stored exactly as the file has it is skipped, and counted);
 * `replace` makes the store exactly the backup.
 * The whole file is checked before anything is written, and everything is written in one
 * transaction: a bad file writes nothing, and a failure midway leaves the store as it was.
 */
export async function importBackup(db: LoopReadyDb, text: string, { mode = 'merge', onProgress, pause }: ImportOptions = {}): Promise<ImportResult> {
  const parsed = await parseBackupAsync(text, { onProgress, pause });
  if (!parsed.ok) throw new BackupError(parsed.errors);
  const { stories, settings, practice = [], interviews = [] } = parsed.backup;
  // A backup from before text checklist ids keeps its ticks on the same requirements (core/checklist-ids.ts).
  const applications = parsed.backup.applications.map(withTextChecklistIds);
  const total = applications.length + stories.length + practice.length + interviews.length;
  let done = 0;
  onProgress?.({ phase: 'writing', done, total });
  const unchanged = { applications: 0, stories: 0, practice: 0, interviews: 0 };
  /** Put `records` in slices, skipping (in merge mode) those stored exactly so. */
  async function write<T>(table: { bulkGet(keys: string[]): PromiseLike<(T | undefined)[]>; bulkPut(items: readonly T[]): PromiseLike<unknown> }, records: T[], key: (r: T) => string, list: keyof typeof unchanged): Promise<void> {
    for (let at = 0; at < records.length; at += WRITE_CHUNK) {
      let chunk = records.slice(at, at + WRITE_CHUNK);
      if (mode === 'merge') {
        const stored = await table.bulkGet(chunk.map(key));
        const fresh = chunk.filter((r, i) => !sameRecord(stored[i], r));
        unchanged[list] += chunk.length - fresh.length;
        chunk = fresh;
      }
      if (chunk.length > 0) await table.bulkPut(chunk);
      done += Math.min(WRITE_CHUNK, records.length - at);
      onProgress?.({ phase: 'writing', done, total });
    }
  }
  await db.transaction('rw', [db.applications, db.stories, db.settings, db.practice, db.interviews], async () => {
    if (mode === 'replace') {
      await Promise.all([db.applications.clear(), db.stories.clear(), db.settings.clear(), db.practice.clear(), db.interviews.clear()]);
    }
    await write<Application>(db.applications, applications, (a) => a.jobId, 'applications');
    await write<Story>(db.stories, stories, (s) => s.id, 'stories');
    await write<PracticeSession>(db.practice, practice, (p) => p.id, 'practice');
    await write<Interview>(db.interviews, interviews, (i) => i.id, 'interviews');
    if (settings) await db.settings.put(settings);
  });
  return {
    applications: applications.length - unchanged.applications,
    stories: stories.length - unchanged.stories,
    settings: settings !== null,
    practice: practice.length - unchanged.practice,
    interviews: interviews.length - unchanged.interviews,
    unchanged,
  };
}
