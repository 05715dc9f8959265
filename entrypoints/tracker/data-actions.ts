// The data panel's actions against the real store. Exports read one consistent snapshot; import
// validates the whole file first (db/backup.ts), so a bad file writes nothing.
import { countOf } from '../../components/ui/count';
import { applicationsToCsv } from '../../core/export-csv';
import { followUpsToIcs } from '../../core/export-ics';
import { localIsoDate } from '../../core/calendar-date';
import { scheduledFollowUps } from '../../db/applications';
import { BackupError, exportBackup, type ImportResult } from '../../db/backup';
import { calendarInterviews } from '../../db/interviews';
import type { LoopReadyDb } from '../../db/db';
import { getSettings } from '../../db/settings';
import type { StoreWrites } from '../../db/store-writes';
import { localRowCache } from './row-cache';
import { downloadText } from '../../components/ui/download';
import { afterPaint } from '../../components/ui/after-paint';
import type { DataActions } from '../../components/data/DataPanel';

/** `afterImport`: what the page refreshes once an import is written (the reminders are the write path's). */
export function dataActions(
  db: LoopReadyDb,
  writes: Pick<StoreWrites, 'importBackup'>,
  now: () => number = Date.now,
  afterImport: () => Promise<unknown> = async () => undefined,
): DataActions {
  const stamp = () => localIsoDate(now());
  return {
    async exportJson() {
      const backup = await exportBackup(db, now());
      downloadText(`loopready-backup-${stamp()}.json`, JSON.stringify(backup, null, 1), 'application/json');
    },
    async exportCsv() {
      const apps = await db.applications.orderBy('updatedAt').reverse().toArray();
      downloadText(`loopready-applications-${stamp()}.csv`, applicationsToCsv(apps), 'text/csv');
    },
    async exportIcs() {
      const t = now();
      const [apps, settings, { interviews, titles }] = await Promise.all([scheduledFollowUps(db), getSettings(db), calendarInterviews(db, t)]);
      if (apps.length === 0 && interviews.length === 0) {
        throw new Error('No follow-ups or interviews are scheduled, so there is nothing to put in a calendar');
      }
      downloadText(`loopready-follow-ups-${stamp()}.ics`, followUpsToIcs(apps, settings, t, interviews, titles), 'text/calendar');
    },
    async importJson(text, onProgress) {
      let result;
      // An import may write records older than the tracker's cached projection: forget it.
      localRowCache().clear();
      try {
        result = await writes.importBackup(text, { onProgress, pause: afterPaint });
      } catch (err) {
        // First line: what happened; then one line per problem, as the panel lists them.
        if (err instanceof BackupError) throw new Error(['This file is not a valid LoopReady backup:', ...err.errors].join('\n'));
        throw err;
      }
      await afterImport();
      return importSummary(result);
    },
  };
}

const LIST_WORDS = {
  applications: ['application', 'applications'],
  stories: ['story', 'stories'],
  practice: ['practice session', 'practice sessions'],
  interviews: ['interview', 'interviews'],
} as const;

/** "a, b and c" */
function listOf(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
}

/** What an import did: what it wrote, and what it skipped and why. */
export function importSummary(result: ImportResult): string {
  const words = (list: keyof typeof LIST_WORDS, n: number) => countOf(n, LIST_WORDS[list][0], LIST_WORDS[list][1]);
  const practice = result.practice ? `, ${words('practice', result.practice)}` : '';
  const interviews = result.interviews ? `, ${words('interviews', result.interviews)}` : '';
  const imported = `Imported ${words('applications', result.applications)} and ${words('stories', result.stories)}${practice}${interviews}${result.settings ? ', and your settings' : ''}.`;
  const skipped = (Object.keys(LIST_WORDS) as (keyof typeof LIST_WORDS)[]).filter((l) => result.unchanged[l] > 0).map((l) => words(l, result.unchanged[l]));
  return skipped.length ? `${imported} Skipped ${listOf(skipped)} already here exactly as in the file.` : imported;
}
