import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { Application } from '../../../core/application';
import { dueFollowUps, listRecent, setStatus, undoLastStatus } from '../../../db/applications';
import { openDb } from '../../../db/db';
import { V1_STORES, type V1Application } from '../../../db/v1';
import { DAY, T0, postingOf } from '../tracking/fixtures';

// Version 1 data as that release wrote it: one note string, one recruiter, a closed flag.
const V1_RECORDS: V1Application[] = [
  {
    jobId: '1496414',
    posting: postingOf('1496414'),
    status: 'phone-screen',
    history: [
      { status: 'saved', at: T0 },
      { status: 'applied', at: T0 + DAY },
      { status: 'phone-screen', at: T0 + 20 * DAY },
    ],
    note: 'Referred by a former teammate',
    recruiter: { name: 'Sam', email: 'sam@example.com' },
    nextFollowUpAt: T0 + 27 * DAY,
    followUpCount: 1,
    savedAt: T0,
    closed: false,
  },
  {
    jobId: '2790938',
    posting: { ...postingOf('2790938'), closed: true },
    status: 'rejected',
    history: [
      { status: 'saved', at: T0 + 2 * DAY },
      { status: 'applied', at: T0 + 3 * DAY },
      { status: 'rejected', at: T0 + 30 * DAY },
    ],
    note: '   ',
    recruiter: null,
    nextFollowUpAt: null,
    followUpCount: 0,
    savedAt: T0 + 2 * DAY,
    closed: true,
  },
  {
    jobId: '3038134',
    posting: postingOf('3038134'),
    status: 'saved',
    history: [],
    note: '',
    recruiter: null,
    nextFollowUpAt: T0 + 12 * DAY,
    followUpCount: 0,
    savedAt: T0 + 5 * DAY,
    closed: false,
  },
];

async function v1Database(indexedDB: IDBFactory): Promise<void> {
  const v1 = new Dexie('loopready', { indexedDB, IDBKeyRange });
  v1.version(1).stores(V1_STORES);
  await v1.table('applications').bulkAdd(V1_RECORDS);
  v1.close();
}

describe('migration from version 1', () => {
  it('keeps every v1 record, converted to the current shape', async () => {
    const indexedDB = new IDBFactory();
    await v1Database(indexedDB);
    const db = openDb('loopready', { indexedDB, IDBKeyRange });
    const apps = await db.applications.orderBy('jobId').toArray();
    // Opened at the current version (2 or later), past the v1 -> v2 upgrade.
    expect(db.verno).toBeGreaterThanOrEqual(2);
    expect(apps.map((a) => a.jobId)).toEqual(['1496414', '2790938', '3038134']);
    for (const a of apps) expect(Application.safeParse(a).success, a.jobId).toBe(true);

    const [screen, rejected, saved] = apps as [Application, Application, Application];
    expect(screen.posting).toEqual(postingOf('1496414'));
    expect(screen.status).toBe('phone-screen');
    expect(screen.history).toEqual([
      { from: null, to: 'saved', at: T0, prevNextFollowUpAt: null, prevFollowUpCount: 0 },
      { from: 'saved', to: 'applied', at: T0 + DAY, prevNextFollowUpAt: null, prevFollowUpCount: 0 },
      { from: 'applied', to: 'phone-screen', at: T0 + 20 * DAY, prevNextFollowUpAt: null, prevFollowUpCount: 0 },
    ]);
    expect(screen.notes).toEqual([{ at: T0, text: 'Referred by a former teammate' }]);
    expect(screen.contacts).toEqual([{ name: 'Sam', email: 'sam@example.com' }]);
    expect(screen.nextFollowUpAt).toBe(T0 + 27 * DAY);
    expect(screen.followUpCount).toBe(1);
    expect(screen.updatedAt).toBe(T0 + 20 * DAY);
    expect(screen.closedAt).toBeNull();
    expect(screen.planState).toEqual({ checked: [], starNotes: {} });
    expect(screen).not.toHaveProperty('note');
    expect(screen).not.toHaveProperty('recruiter');

    expect(rejected.notes).toEqual([]);
    expect(rejected.contacts).toEqual([]);
    expect(rejected.closedAt).toBe(T0 + 30 * DAY);

    // A v1 record with no history gets its save as the first entry.
    expect(saved.history).toEqual([{ from: null, to: 'saved', at: T0 + 5 * DAY, prevNextFollowUpAt: null, prevFollowUpCount: 0 }]);
    db.close();
  });

  it('serves the new indexes and operations on migrated data', async () => {
    const indexedDB = new IDBFactory();
    await v1Database(indexedDB);
    const db = openDb('loopready', { indexedDB, IDBKeyRange });
    expect((await dueFollowUps(db, T0 + 30 * DAY)).map((a) => a.jobId)).toEqual(['3038134', '1496414']);
    expect((await listRecent(db, 10)).map((a) => a.jobId)).toEqual(['2790938', '1496414', '3038134']);
    await setStatus(db, '1496414', 'loop', T0 + 31 * DAY);
    const undone = await undoLastStatus(db, '1496414', T0 + 31 * DAY);
    expect(undone.status).toBe('phone-screen');
    expect(undone.nextFollowUpAt).toBe(T0 + 27 * DAY);
    expect(await db.stories.count()).toBe(0);
    db.close();
  });
});
