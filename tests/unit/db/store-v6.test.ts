// Store version 6: checklist ticks and notes saved under position ids ("basic-2") move to the text
// ids of the items at those positions, so a refreshed posting or a new splitting rule can no longer
// put a candidate's tick on another requirement. Every other field of every record is kept.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { Application } from '../../../core/application';
import { checklistIds, checklistTexts, hasLegacyIds, upgradePlanState } from '../../../core/checklist-ids';
import { buildPrepPlan } from '../../../core/prep-plan';
import { withPlanState } from '../../../components/plan/plan-state';
import { exportBackup, importBackup } from '../../../db/backup';
import { openDb } from '../../../db/db';
import { V1_STORES } from '../../../db/v1';
import { T0, appOf, postingOf } from '../ui/helpers';

const V2_STORES = {
  applications: 'jobId, status, nextFollowUpAt, savedAt, updatedAt, [status+updatedAt], [status+savedAt]',
  settings: 'id',
  stories: 'id, *principles, updatedAt',
};

const bi = postingOf('3038134');
const texts = checklistTexts(bi);
const legacy = appOf('3038134', ['saved', 'applied'], {
  planState: {
    checked: ['basic-2', 'preferred-1', 'basic-99'],
    starNotes: { 'note:basic-2': 'Ran the pricing A/B test', 'star:dive-deep:situation': 'Q3 report', 'note:basic-99': 'kept' },
  },
});
const fresh = appOf('1496414', ['saved']);

async function v5Database(indexedDB: IDBFactory, records: unknown[]): Promise<void> {
  const old = new Dexie('loopready', { indexedDB, IDBKeyRange });
  old.version(1).stores(V1_STORES);
  old.version(2).stores(V2_STORES);
  old.version(3).stores({ practice: 'id, at, jobId, principle' });
  old.version(4).stores({ interviews: 'id, jobId, start, nextReminderAt' });
  old.version(5).stores({ applications: 'jobId, nextFollowUpAt, updatedAt', practice: 'id, at, [jobId+at]' });
  await old.table('applications').bulkAdd(records);
  old.close();
}

describe('checklist ids from the item text', () => {
  it('gives each item of a real posting its own id, the same on every build', () => {
    const ids = checklistIds('basic', texts.basic);
    expect(new Set(ids).size).toBe(texts.basic.length);
    expect(checklistIds('basic', texts.basic)).toEqual(ids);
    // Spacing and case do not make another requirement; other words do.
    expect(checklistIds('basic', [texts.basic[0]!.toUpperCase().replace(/ /g, '  ')])).toEqual([ids[0]]);
    expect(checklistIds('basic', [`${texts.basic[0]} and Python`])).not.toEqual([ids[0]]);
    expect(checklistIds('preferred', ['SQL', 'SQL'])).toEqual([checklistIds('preferred', ['SQL'])[0], `${checklistIds('preferred', ['SQL'])[0]}~2`]);
  });

  it('keeps a tick on its requirement when the posting gains an item above it', () => {
    const plan = buildPrepPlan(bi);
    const second = plan.checklist.basic[1]!;
    const state = { checked: [second.id], starNotes: { [`note:${second.id}`]: 'Ran the pricing A/B test' } };
    const edited = { ...bi, basicQualifications: ['Experience with Tableau dashboards', ...bi.basicQualifications] };
    const after = withPlanState(buildPrepPlan(edited), state).checklist.basic;
    expect(after.filter((i) => i.done).map((i) => i.text)).toEqual([second.text]);
    expect(after.find((i) => i.text === second.text)!.note).toBe('Ran the pricing A/B test');
    expect(after[0]!.text).toBe('Experience with Tableau dashboards');
    expect(after[0]!.done).toBe(false);
  });
});

describe('store version 6 (checklist ids)', () => {
  it('moves position ids to the text ids of the same items and keeps everything else', async () => {
    const indexedDB = new IDBFactory();
    await v5Database(indexedDB, [legacy, fresh]);
    const db = openDb('loopready', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(6);
    const [a, b] = await db.applications.bulkGet(['3038134', '1496414']);
    const second = checklistIds('basic', texts.basic)[1]!;
    const firstPreferred = checklistIds('preferred', texts.preferred)[0]!;
    expect(a!.planState.checked).toEqual([second, firstPreferred, 'basic-99']);
    expect(a!.planState.starNotes).toEqual({ [`note:${second}`]: 'Ran the pricing A/B test', 'star:dive-deep:situation': 'Q3 report', 'note:basic-99': 'kept' });
    expect({ ...a, planState: null }).toEqual({ ...legacy, planState: null });
    expect(b).toEqual(fresh);
    for (const r of [a, b]) expect(Application.safeParse(r).success).toBe(true);
    // The plan page shows the tick and the note on the requirement they were saved on.
    const shown = withPlanState(buildPrepPlan(a!.posting), a!.planState).checklist;
    expect(shown.basic.filter((i) => i.done).map((i) => i.text)).toEqual([texts.basic[1]]);
    expect(shown.basic[1]!.note).toBe('Ran the pricing A/B test');
    expect(shown.preferred.filter((i) => i.done).map((i) => i.text)).toEqual([texts.preferred[0]]);
    db.close();
  });

  it('opens with a record it cannot read left as it was', async () => {
    const indexedDB = new IDBFactory();
    const broken = { ...legacy, jobId: '9999999', posting: { title: 'no lists here' } };
    await v5Database(indexedDB, [legacy, broken]);
    const db = openDb('loopready', { indexedDB, IDBKeyRange });
    await db.open();
    expect(await db.applications.get('9999999')).toEqual(broken);
    // The readable one beside it was still upgraded.
    expect((await db.applications.get('3038134'))!.planState.checked[0]).toBe(checklistIds('basic', texts.basic)[1]);
    expect(hasLegacyIds(fresh.planState)).toBe(false);
    db.close();
  });

  it('rewrites position ids from an older backup on import', async () => {
    const source = openDb('src', { indexedDB: new IDBFactory(), IDBKeyRange });
    await source.applications.put(legacy); // as a backup written before text ids holds it
    const file = JSON.stringify(await exportBackup(source, T0));
    source.close();
    const db = openDb('dst', { indexedDB: new IDBFactory(), IDBKeyRange });
    await importBackup(db, file);
    const stored = (await db.applications.get('3038134'))!;
    expect(stored.planState).toEqual(upgradePlanState(legacy.planState, texts));
    expect(stored.planState.checked[0]).toBe(checklistIds('basic', texts.basic)[1]);
    db.close();
  });
});
