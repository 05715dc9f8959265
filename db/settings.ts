// The settings row: read with defaults filled in, written whole after validation.
import { DEFAULT_SETTINGS, Settings, SETTINGS_ID } from '../core/settings';
import type { LoopReadyDb } from './db';

export async function getSettings(db: LoopReadyDb): Promise<Settings> {
  const stored = await db.settings.get(SETTINGS_ID);
  // A row written by an older version may lack newer fields: defaults fill them.
  const parsed = Settings.safeParse({ ...DEFAULT_SETTINGS, ...stored });
  return parsed.success ? parsed.data : { ...DEFAULT_SETTINGS };
}

/** Merge a change into the settings; throws (writing nothing) if the result is invalid. */
export async function updateSettings(db: LoopReadyDb, change: Partial<Omit<Settings, 'id'>>): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const next = Settings.parse({ ...(await getSettings(db)), ...change, id: SETTINGS_ID });
    await db.settings.put(next);
    return next;
  });
}
