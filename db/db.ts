// The one IndexedDB database, `loopready`, and its schema versions in order. Each version lists only
// indexed fields; `.upgrade()` migrates the records of the version before.
import { Dexie, type EntityTable, type DexieOptions, type Transaction } from 'dexie';
import type { Application, StatusChange } from '../core/application';
import type { Interview } from '../core/interview';
import type { Settings } from '../core/settings';
import type { PracticeSession } from '../core/practice';
import type { Story } from '../core/story';
import { withTextChecklistIds } from '../core/checklist-ids';
import { V1_STORES, type V1Application } from './v1';

export const DB_NAME = 'loopready';

export class LoopReadyDb extends Dexie {
  applications!: EntityTable<Application, 'jobId'>;
  settings!: EntityTable<Settings, 'id'>;
  stories!: EntityTable<Story, 'id'>;
  practice!: EntityTable<PracticeSession, 'id'>;
  interviews!: EntityTable<Interview, 'id'>;

  constructor(name: string = DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(V1_STORES);
    this.version(2)
      .stores({
        applications: 'jobId, status, nextFollowUpAt, savedAt, updatedAt, [status+updatedAt], [status+savedAt]',
        settings: 'id',
        stories: 'id, *principles, updatedAt',
      })
      .upgrade(migrateV1toV2);
    // v3 adds the practice-session log only: no existing record changes, so there is no upgrade step.
    this.version(3).stores({ practice: 'id, at, jobId, principle' });
    // v4 adds scheduled interviews only (no existing record changes, so no upgrade step). Indexed for
    // what reads them: an application's interviews (jobId), the agenda (start), the reminder check
    // (nextReminderAt; null when nothing is left, which keeps finished interviews out of it).
    this.version(4).stores({ interviews: 'id, jobId, start, nextReminderAt' });
    // v5 keeps only the indexes a screen reads through, and adds the one the plan page needs; no
    // record changes. Applications: by jobId, by nextFollowUpAt (reminders, badge, due list) and by
    // updatedAt (tracker, popup's recent list, exports); stages are filtered from the tracker's rows,
    // so status, savedAt and [status+…] only cost every write. Practice: [jobId+at] gives one
    // application's sessions newest first straight from the index; `at` serves the all-jobs log.
    this.version(5).stores({
      applications: 'jobId, nextFollowUpAt, updatedAt',
      practice: 'id, at, [jobId+at]',
    });
    // v6 changes no index: checklist ticks and notes saved under position ids ("basic-3") move to the
    // text ids of the items at those positions (core/checklist-ids.ts), so a later change to the list
    // cannot move a tick onto another requirement.
    this.version(6).stores({}).upgrade(migrateChecklistIds);
  }
}

export function openDb(name: string = DB_NAME, options?: DexieOptions): LoopReadyDb {
  return new LoopReadyDb(name, options);
}

/** v1 -> v2: notes and contacts become lists, history entries record what they replaced, new fields start empty. */
export async function migrateV1toV2(tx: Transaction): Promise<void> {
  await tx
    .table('applications')
    .toCollection()
    .modify((record: Record<string, unknown>) => {
      const old = record as unknown as V1Application;
      const history: StatusChange[] = old.history.map((h, i) => ({
        from: i === 0 ? null : old.history[i - 1]!.status,
        to: h.status,
        at: h.at,
        // v1 did not keep these; undo past a migrated entry restores "nothing scheduled".
        prevNextFollowUpAt: null,
        prevFollowUpCount: 0,
      }));
      if (history.length === 0) {
        history.push({ from: null, to: old.status, at: old.savedAt, prevNextFollowUpAt: null, prevFollowUpCount: 0 });
      }
      const updatedAt = Math.max(old.savedAt, ...history.map((h) => h.at));
      const next: Application = {
        jobId: old.jobId,
        posting: old.posting,
        status: old.status,
        history,
        notes: old.note.trim() ? [{ at: old.savedAt, text: old.note }] : [],
        contacts: old.recruiter ? [{ name: old.recruiter.name, email: old.recruiter.email }] : [],
        nextFollowUpAt: old.nextFollowUpAt,
        followUpCount: old.followUpCount,
        notifiedDueAt: null,
        savedAt: old.savedAt,
        updatedAt,
        postingChangedAt: null,
        postingChanges: [],
        // v1 only knew that it closed, not when: the last time the record changed is the best bound.
        closedAt: old.closed ? updatedAt : null,
        planState: { checked: [], starNotes: {} },
      };
      for (const key of Object.keys(record)) delete record[key];
      Object.assign(record, next);
    });
}

/** v5 -> v6: position ids in plan states become text ids; applications without any are not rewritten. */
export async function migrateChecklistIds(tx: Transaction): Promise<void> {
  await tx
    .table('applications')
    .toCollection()
    .modify((record: Application) => {
      // A record this cannot read keeps its old ids: an upgrade that threw would keep the whole store closed.
      try {
        const upgraded = withTextChecklistIds(record);
        if (upgraded !== record) record.planState = upgraded.planState;
      } catch {
        /* left as it was */
      }
    });
}
