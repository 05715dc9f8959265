// Store version 5 changes indexes only: applications keep those a screen reads through (jobId,
// nextFollowUpAt, updatedAt) and lose status, savedAt and [status+…]; practice sessions gain
// [jobId+at], so one application's sessions come newest first from the index. A version-3 database
// (as that release wrote it, before interviews) and a version-4 one open at version 5 with every record.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { withTextChecklistIds } from '../../../core/checklist-ids';
import { describe, expect, it } from 'vitest';
import { Application } from '../../../core/application';
import type { PracticeSession } from '../../../core/practice';
import { DEFAULT_SETTINGS } from '../../../core/settings';
import type { Story } from '../../../core/story';
import { countDue, listRecent, saveApplication, setStatus } from '../../../db/applications';
import { openDb } from '../../../db/db';
import { interviewsForJob } from '../../../db/interviews';
import { listPractice } from '../../../db/practice';
import { storiesForPrinciples } from '../../../db/stories';
import { V1_STORES } from '../../../db/v1';
import { DAY, T0, appOf, postingOf } from '../ui/helpers';

const V2_STORES = {
  applications: 'jobId, status, nextFollowUpAt, savedAt, updatedAt, [status+updatedAt], [status+savedAt]',
  settings: 'id',
  stories: 'id, *principles, updatedAt',
};
const V3_STORES = { practice: 'id, at, jobId, principle' };
const V4_STORES = { interviews: 'id, jobId, start, nextReminderAt' };

const apps = [
  appOf('1496414', ['saved', 'applied', 'phone-screen'], { notes: [{ at: T0, text: 'Screen booked' }], nextFollowUpAt: T0 + 7 * DAY }),
  appOf('3038134', ['saved', 'applied'], { planState: { checked: ['basic-1'], starNotes: { 'star:dive-deep:situation': 'Q3 report' } } }),
  appOf('2790938', ['saved', 'withdrawn']),
];
const story: Story = {
  id: 's-1', title: 'Found the double-counted refunds', principles: ['dive-deep'],
  situation: 'Revenue looked 4% high.', task: 'Explain it.', action: 'Traced the joins.', result: 'Metric matched finance.',
  createdAt: T0, updatedAt: T0,
};
const session = (id: string, jobId: string | null, at: number, rating: number): PracticeSession => ({
  id, jobId, principle: 'dive-deep', question: 'Walk me through a metric you traced.', rating, elapsedMs: 90_000, at,
});
// Written in an order unlike their times, so "newest first" cannot come from insertion order.
const practice = [
  session('p-b', '1496414', T0 + 2 * DAY, 2),
  session('p-a', '1496414', T0 + 5 * DAY, 5),
  session('p-c', '3038134', T0 + 9 * DAY, 3),
  session('p-d', null, T0 + 7 * DAY, 4),
  session('p-e', '1496414', T0 + 1 * DAY, 1),
];
const settings = { ...DEFAULT_SETTINGS, snoozeDays: 5 };

async function oldDatabase(indexedDB: IDBFactory, version: 3 | 4): Promise<void> {
  const old = new Dexie('loopready', { indexedDB, IDBKeyRange });
  old.version(1).stores(V1_STORES);
  old.version(2).stores(V2_STORES);
  old.version(3).stores(V3_STORES);
  if (version === 4) old.version(4).stores(V4_STORES);
  await old.table('applications').bulkAdd(apps);
  await old.table('stories').add(story);
  await old.table('settings').put(settings);
  await old.table('practice').bulkAdd(practice);
  old.close();
}

const indexNames = (db: Dexie, table: string) => db.table(table).schema.indexes.map((i) => i.name).sort();

describe('store version 5 (indexes screens read)', () => {
  for (const version of [3, 4] as const) {
    it(`opens a version-${version} database with every record unchanged`, async () => {
      const indexedDB = new IDBFactory();
      await oldDatabase(indexedDB, version);
      const db = openDb('loopready', { indexedDB, IDBKeyRange });
      await db.open();
      expect(db.verno).toBeGreaterThanOrEqual(5);
      const stored = await db.applications.orderBy('jobId').toArray();
      expect(stored).toEqual([...apps].map(withTextChecklistIds).sort((a, b) => a.jobId.localeCompare(b.jobId)));
      for (const a of stored) expect(Application.safeParse(a).success).toBe(true);
      expect(await db.stories.toArray()).toEqual([story]);
      expect(await db.settings.get('settings')).toEqual(settings);
      expect(await db.practice.orderBy('id').toArray()).toEqual([...practice].sort((a, b) => a.id.localeCompare(b.id)));
      expect(await db.interviews.count()).toBe(0);
      db.close();
    });
  }

  it('keeps only the indexes screens query', async () => {
    const indexedDB = new IDBFactory();
    await oldDatabase(indexedDB, 4);
    const db = openDb('loopready', { indexedDB, IDBKeyRange });
    await db.open();
    expect(indexNames(db, 'applications')).toEqual(['nextFollowUpAt', 'updatedAt']);
    expect(indexNames(db, 'practice')).toEqual(['[jobId+at]', 'at']);
    // What the browser holds, not only what Dexie declares: the upgrade really deleted the old ones.
    const raw = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('loopready');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    db.close();
    const tx = raw.transaction(['applications', 'practice'], 'readonly');
    expect([...tx.objectStore('applications').indexNames].sort()).toEqual(['nextFollowUpAt', 'updatedAt']);
    expect([...tx.objectStore('practice').indexNames].sort()).toEqual(['[jobId+at]', 'at']);
    raw.close();
  });

  it('serves every screen from the migrated data through its indexes', async () => {
    const indexedDB = new IDBFactory();
    await oldDatabase(indexedDB, 4);
    const db = openDb('loopready', { indexedDB, IDBKeyRange });
    // The plan page: one application's sessions, newest first, and the all-jobs log.
    expect((await listPractice(db, '1496414')).map((s) => s.id)).toEqual(['p-a', 'p-b', 'p-e']);
    expect((await listPractice(db, '1496414', 2)).map((s) => s.id)).toEqual(['p-a', 'p-b']);
    expect((await listPractice(db, '3038134')).map((s) => s.id)).toEqual(['p-c']);
    expect((await listPractice(db, null)).map((s) => s.id)).toEqual(['p-c', 'p-d', 'p-a', 'p-b', 'p-e']);
    // Tracker, popup and badge.
    expect((await listRecent(db, 10)).map((a) => a.jobId).sort()).toEqual(['1496414', '2790938', '3038134']);
    expect(await countDue(db, T0 + 30 * DAY)).toBe(1);
    expect((await storiesForPrinciples(db, ['dive-deep'])).map((s) => s.id)).toEqual(['s-1']);
    // Writes keep working on migrated records, and new records are indexed.
    await setStatus(db, '3038134', 'phone-screen', T0 + 40 * DAY);
    await saveApplication(db, postingOf('2877542'), T0 + 41 * DAY);
    expect((await listRecent(db, 2)).map((a) => a.jobId)).toEqual(['2877542', '3038134']);
    expect(await interviewsForJob(db, '1496414')).toEqual([]);
    db.close();
  });
});
