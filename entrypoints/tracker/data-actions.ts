// The data panel's actions against the real store. Exports read one consistent snapshot; import
// validates the whole file first (db/backup.ts), so a bad file writes nothing.
import { countOf } from '../../components/ui/count';
import { applicationsToCsv } from '../../core/export-csv';
import { followUpsToIcs } from '../../core/export-ics';
import { localIsoDate } from '../../core/calendar-date';
import { scheduledFollowUps } from '../../db/applications';
import { BackupError, exportBackup } from '../../db/backup';
import { calendarInterviews } from '../../db/interviews';
import type { LoopReadyDb } from '../../db/db';
import { getSettings } from '../../db/settings';
import type { StoreWrites } from '../../db/store-writes';
import { localRowCache } from './row-cache';
import { downloadText } from '../../components/ui/download';
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
    async importJson(text) {
      let result;
      // An import may write records older than the tracker's cached projection: forget it.
      localRowCache().clear();
      try {
        result = await writes.importBackup(text);
      } catch (err) {
        // First line: what happened; then one line per problem, as the panel lists them.
        if (err instanceof BackupError) throw new Error(['This file is not a valid LoopReady backup:', ...err.errors].join('\n'));
        throw err;
      }
      await afterImport();
      const practice = result.practice ? `, ${countOf(result.practice, 'practice session', 'practice sessions')}` : '';
      return `Imported ${countOf(result.applications, 'application', 'applications')} and ${countOf(result.stories, 'story', 'stories')}${practice}${result.settings ? ', and your settings' : ''}.`;
    },
  };
}
