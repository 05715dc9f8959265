// Store version 3 adds the practice-session table and nothing else: a version-2 database (as the
// previous release wrote it) opens at version 3 with every application, story and setting intact.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { withTextChecklistIds } from '../../../core/checklist-ids';
import { describe, expect, it } from 'vitest';
import { Application } from '../../../core/application';
import { DEFAULT_SETTINGS } from '../../../core/settings';
import type { Story } from '../../../core/story';
import { openDb } from '../../../db/db';
import { listPractice, recordPractice } from '../../../db/practice';
import { storiesForPrinciples } from '../../../db/stories';
import { V1_STORES } from '../../../db/v1';
import { DAY, T0, appOf } from '../ui/helpers';

const V2_STORES = {
  applications: 'jobId, status, nextFollowUpAt, savedAt, updatedAt, [status+updatedAt], [status+savedAt]',
  settings: 'id',
  stories: 'id, *principles, updatedAt',
};

const apps = [
  appOf('1496414', ['saved', 'applied'], { notes: [{ at: T0, text: 'Referral' }], nextFollowUpAt: T0 + 14 * DAY }),
  appOf('3038134', ['saved', 'applied', 'phone-screen'], { planState: { checked: ['basic-1'], starNotes: { 'star:dive-deep:situation': 'Q3 report' } } }),
  appOf('2790938', ['saved', 'withdrawn']),
];
const story: Story = {
  id: 's-1',
  title: 'Found the double-counted refunds',
  principles: ['dive-deep', 'insist-on-the-highest-standards'],
  situation: 'Weekly revenue looked 4% high.',
  task: 'Find out why before the business review.',
  action: 'Traced the joins row by row.',
  result: 'Fixed the join; the metric matched finance again.',
  createdAt: T0,
  updatedAt: T0,
};
const settings = { ...DEFAULT_SETTINGS, snoozeDays: 5, followUpDays: { applied: 10 } };

async function v2Database(indexedDB: IDBFactory): Promise<void> {
  const v2 = new Dexie('loopready', { indexedDB, IDBKeyRange });
  v2.version(1).stores(V1_STORES);
  v2.version(2).stores(V2_STORES);
  await v2.table('applications').bulkAdd(apps);
  await v2.table('stories').add(story);
  await v2.table('settings').put(settings);
  v2.close();
}

describe('store version 3', () => {
  it('opens a version-2 database with every record unchanged', async () => {
    const indexedDB = new IDBFactory();
    await v2Database(indexedDB);
    const db = openDb('loopready', { indexedDB, IDBKeyRange });
    await db.open();
    // Later versions (v4: interviews) open it too; they are tested in their own files.
    expect(db.verno).toBeGreaterThanOrEqual(3);
    const stored = await db.applications.orderBy('jobId').toArray();
    expect(stored).toEqual([...apps].map(withTextChecklistIds).sort((a, b) => a.jobId.localeCompare(b.jobId)));
    for (const a of stored) expect(Application.safeParse(a).success).toBe(true);
    expect(await db.stories.toArray()).toEqual([story]);
    expect(await db.settings.get('settings')).toEqual(settings);
    // The indexes screens read still answer (version 5 dropped the rest: see store-v5.test.ts).
    expect((await db.applications.where('nextFollowUpAt').aboveOrEqual(0).primaryKeys())).toEqual(['1496414']);
    expect((await storiesForPrinciples(db, ['dive-deep'])).map((s) => s.id)).toEqual(['s-1']);
    expect(await db.practice.count()).toBe(0);
    db.close();
  });

  it('records practice sessions and lists them per application, newest first', async () => {
    const indexedDB = new IDBFactory();
    await v2Database(indexedDB);
    const db = openDb('loopready', { indexedDB, IDBKeyRange });
    const q = 'Tell me about a time a metric looked fine but something was wrong underneath.';
    await recordPractice(db, { jobId: '3038134', principle: 'dive-deep', question: q, rating: 3, elapsedMs: 95_000, at: T0 });
    await recordPractice(db, { jobId: '3038134', principle: 'dive-deep', question: q, rating: 4, elapsedMs: 110_000, at: T0 + DAY });
    await recordPractice(db, { jobId: null, principle: 'ownership', question: 'Another', rating: 2, elapsedMs: 1000, at: T0 + 2 * DAY });
    expect((await listPractice(db, '3038134')).map((s) => s.rating)).toEqual([4, 3]);
    expect((await listPractice(db, null)).map((s) => s.rating)).toEqual([2, 4, 3]);
    await expect(recordPractice(db, { jobId: null, principle: 'ownership', question: 'x', rating: 6, elapsedMs: 0, at: T0 })).rejects.toThrow(
      /not saved/,
    );
    expect(await db.practice.count()).toBe(3);
    db.close();
  });
});
