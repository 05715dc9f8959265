// Backup and restore of the whole store. Export reads in one transaction (a consistent picture);
// import validates the entire file first and then writes in one rw transaction, so a bad file
// writes nothing and a failure midway rolls back to the store as it was.
import { buildBackup, parseBackup, type Backup } from '../core/backup';
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
  applications: number;
  stories: number;
  settings: boolean;
  practice: number;
  interviews: number;
}

/**
 * `merge` (default) keeps what is stored and overwrites records with the same job ID / story id /
 * practice-session id / interview id;
 * `replace` makes the store exactly the backup.
 */
export async function importBackup(
  db: LoopReadyDb,
  text: string,
  { mode = 'merge' }: { mode?: 'merge' | 'replace' } = {},
): Promise<ImportResult> {
  const parsed = parseBackup(text);
  if (!parsed.ok) throw new BackupError(parsed.errors);
  const { applications, stories, settings, practice = [], interviews = [] } = parsed.backup;
  await db.transaction('rw', [db.applications, db.stories, db.settings, db.practice, db.interviews], async () => {
    if (mode === 'replace') {
      await Promise.all([db.applications.clear(), db.stories.clear(), db.settings.clear(), db.practice.clear(), db.interviews.clear()]);
    }
    await db.applications.bulkPut(applications);
    await db.stories.bulkPut(stories);
    await db.practice.bulkPut(practice);
    await db.interviews.bulkPut(interviews);
    if (settings) await db.settings.put(settings);
  });
  return { applications: applications.length, stories: stories.length, settings: settings !== null, practice: practice.length, interviews: interviews.length };
}
