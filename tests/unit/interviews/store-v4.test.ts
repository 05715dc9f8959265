// Store version 4 adds the interviews table and nothing else: a version-3 database (as the
// previous release wrote it, with applications, stories, settings and practice sessions) opens at
// version 4 with every record intact, and the new table answers by its indexes.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { withTextChecklistIds } from '../../../core/checklist-ids';
import { describe, expect, it } from 'vitest';
import { Application } from '../../../core/application';
import { DEFAULT_SETTINGS } from '../../../core/settings';
import type { PracticeSession } from '../../../core/practice';
import type { Story } from '../../../core/story';
import { openDb } from '../../../db/db';
import { dueInterviews, interviewsForJob, saveInterview } from '../../../db/interviews';
import { V1_STORES } from '../../../db/v1';
import { DAY, T0, appOf } from '../ui/helpers';
import { draftOf } from './helpers';

const V2_STORES = {
  applications: 'jobId, status, nextFollowUpAt, savedAt, updatedAt, [status+updatedAt], [status+savedAt]',
  settings: 'id',
  stories: 'id, *principles, updatedAt',
};
const V3_STORES = { practice: 'id, at, jobId, principle' };

const apps = [
  appOf('1496414', ['saved', 'applied', 'phone-screen'], { notes: [{ at: T0, text: 'Screen booked' }], nextFollowUpAt: T0 + 7 * DAY }),
  appOf('3038134', ['saved', 'applied'], { planState: { checked: ['basic-1'], starNotes: {} } }),
  appOf('2790938', ['saved', 'withdrawn']),
];
const story: Story = {
  id: 's-1', title: 'Found the double-counted refunds', principles: ['dive-deep'],
  situation: 'Revenue looked 4% high.', task: 'Explain it.', action: 'Traced the joins.', result: 'Metric matched finance.',
  createdAt: T0, updatedAt: T0,
};
const practice: PracticeSession = {
  id: 'p-1', jobId: '1496414', principle: 'dive-deep', question: 'Walk me through a metric you traced.', rating: 4, elapsedMs: 90_000, at: T0,
};
const settings = { ...DEFAULT_SETTINGS, snoozeDays: 5 };

async function v3Database(indexedDB: IDBFactory): Promise<void> {
  const v3 = new Dexie('loopready', { indexedDB, IDBKeyRange });
  v3.version(1).stores(V1_STORES);
  v3.version(2).stores(V2_STORES);
  v3.version(3).stores(V3_STORES);
  await v3.table('applications').bulkAdd(apps);
  await v3.table('stories').add(story);
  await v3.table('settings').put(settings);
  await v3.table('practice').add(practice);
  v3.close();
}

describe('store version 4 (interviews)', () => {
  it('opens a version-3 database with every record unchanged and an empty interviews table', async () => {
    const indexedDB = new IDBFactory();
    await v3Database(indexedDB);
    const db = openDb('loopready', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(4);
    const stored = await db.applications.orderBy('jobId').toArray();
    expect(stored).toEqual([...apps].map(withTextChecklistIds).sort((a, b) => a.jobId.localeCompare(b.jobId)));
    for (const a of stored) expect(Application.safeParse(a).success).toBe(true);
    expect(await db.stories.toArray()).toEqual([story]);
    expect(await db.settings.get('settings')).toEqual(settings);
    expect(await db.practice.toArray()).toEqual([practice]);
    expect(await db.interviews.count()).toBe(0);
    db.close();
  });

  it('stores interviews for a migrated application and finds them by job and by reminder time', async () => {
    const indexedDB = new IDBFactory();
    await v3Database(indexedDB);
    const db = openDb('loopready', { indexedDB, IDBKeyRange });
    const iv = await saveInterview(db, draftOf('1496414', T0 + 3 * DAY), T0);
    expect((await interviewsForJob(db, '1496414')).map((i) => i.id)).toEqual([iv.id]);
    expect((await dueInterviews(db, T0 + 2 * DAY)).map((i) => i.id)).toEqual([iv.id]);
    expect(await db.interviews.where('start').equals(T0 + 3 * DAY).count()).toBe(1);
    db.close();
  });
});
