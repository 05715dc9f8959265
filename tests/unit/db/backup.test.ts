import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, parseBackup } from '../../../core/backup';
import type { PracticeSession } from '../../../core/practice';
import type { Story } from '../../../core/story';
import { addNote, saveApplication, setStatus } from '../../../db/applications';
import { BackupError, exportBackup, importBackup } from '../../../db/backup';
import type { LoopReadyDb } from '../../../db/db';
import { getSettings, updateSettings } from '../../../db/settings';
import { DAY, T0, freshDbs, postingOf } from '../tracking/fixtures';

const db = freshDbs();

const STORY: Story = {
  id: 'story-1',
  title: 'Cut the release checklist from 40 steps to 12',
  principles: ['invent-and-simplify', 'deliver-results'],
  situation: 's', task: 't', action: 'a', result: 'r',
  createdAt: T0, updatedAt: T0,
};

const PRACTICE: PracticeSession[] = [
  { id: 'p-1', jobId: '2790938', principle: 'dive-deep', question: 'Walk me through a metric you traced to its root cause.', rating: 3, elapsedMs: 95_000, at: T0 + DAY },
  { id: 'p-2', jobId: null, principle: 'ownership', question: 'When did you take on work outside your role?', rating: 5, elapsedMs: 118_000, at: T0 + DAY + 60_000 },
];

async function filled(): Promise<LoopReadyDb> {
  const d = db();
  for (const id of ['1496414', '2790938', '3038134', '2877542']) await saveApplication(d, postingOf(id), T0);
  await setStatus(d, '2790938', 'applied', T0 + DAY);
  await addNote(d, '3038134', 'BIE loop prep: SQL and a dashboard case', T0 + DAY);
  await d.stories.put(STORY);
  await d.practice.bulkPut(PRACTICE);
  await updateSettings(d, { followUpDays: { applied: 10 } });
  return d;
}

describe('JSON backup', () => {
  it('round-trips the whole store into an empty one', async () => {
    const source = await filled();
    const backup = await exportBackup(source, T0 + 2 * DAY);
    expect(backup.format).toBe(BACKUP_FORMAT);
    expect(backup.version).toBe(3);
    expect(backup.exportedAt).toBe(new Date(T0 + 2 * DAY).toISOString());
    const target = db();
    const result = await importBackup(target, JSON.stringify(backup));
    expect(result).toEqual({ applications: 4, stories: 1, settings: true, practice: 2, interviews: 0, unchanged: { applications: 0, stories: 0, practice: 0, interviews: 0 } });
    expect(await target.applications.orderBy('jobId').toArray()).toEqual(await source.applications.orderBy('jobId').toArray());
    expect(await target.stories.toArray()).toEqual([STORY]);
    expect((await getSettings(target)).followUpDays).toEqual({ applied: 10 });
    expect(await target.stories.where('principles').equals('deliver-results').count()).toBe(1);
    expect(await target.practice.orderBy('id').toArray()).toEqual(PRACTICE);
    expect(await target.practice.where('jobId').equals('2790938').primaryKeys()).toEqual(['p-1']);
  });

  it('still imports a version 1 file, which has no practice sessions, leaving stored sessions alone in merge mode', async () => {
    const v2 = await exportBackup(await filled(), T0);
    const { practice: _dropped, ...v1 } = { ...v2, version: 1 };
    expect(Object.hasOwn(v1, 'practice')).toBe(false);
    const target = db();
    await target.practice.put(PRACTICE[0]!);
    const result = await importBackup(target, JSON.stringify(v1));
    expect(result).toEqual({ applications: 4, stories: 1, settings: true, practice: 0, interviews: 0, unchanged: { applications: 0, stories: 0, practice: 0, interviews: 0 } });
    expect(await target.applications.count()).toBe(4);
    expect(await target.practice.toArray()).toEqual([PRACTICE[0]]);
    await importBackup(target, JSON.stringify(v1), { mode: 'replace' });
    expect(await target.practice.count()).toBe(0);
  });

  it('names a bad or duplicated practice session by its id', async () => {
    const backup = JSON.parse(JSON.stringify(await exportBackup(await filled(), T0)));
    backup.practice[1].rating = 9;
    expect(parseBackup(JSON.stringify(backup))).toEqual({ ok: false, errors: ['Practice session p-2, rating: too large (at most 5)'] });
    backup.practice[1] = { ...backup.practice[0] };
    expect(parseBackup(JSON.stringify(backup))).toEqual({ ok: false, errors: ['Practice session p-1: the file holds it twice (also as session number 1)'] });
  });

  it('names the record and field of a bad value and writes nothing', async () => {
    const backup = await exportBackup(await filled(), T0);
    const bad = JSON.parse(JSON.stringify(backup));
    bad.applications[3].status = 'hired';
    const target = db();
    await saveApplication(target, postingOf('994952'), T0);
    const before = await target.applications.toArray();
    const error = await importBackup(target, JSON.stringify(bad)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).errors).toEqual([
      'Application “Sr BIE position 3P Selection, EU 3P Selection” (job 3038134), status: invalid option (expected "saved", "applied", "online-assessment", "phone-screen", "second-phone-screen", "loop", "offer", "rejected", "withdrawn", "no-response")',
    ]);
    expect(await target.applications.toArray()).toEqual(before);
    expect(await target.stories.count()).toBe(0);
  });

  it('reports wrong types, missing fields and cross-record problems by job title and ID', async () => {
    const backup = JSON.parse(JSON.stringify(await exportBackup(await filled(), T0)));
    backup.applications[0].nextFollowUpAt = 'tomorrow';
    delete backup.applications[1].posting.title;
    backup.applications[2].history[0].at = 1.5;
    expect(parseBackup(JSON.stringify(backup))).toEqual({
      ok: false,
      errors: [
        'Application “SDE, AWS Security Dev Ops” (job 1496414), nextFollowUpAt: expected number',
        'Application for job 2790938, posting.title: missing (expected string)',
        'Application “Amazon Postdoctoral Scientist, The Decision Science & Technology (DST)” (job 2877542), history[0].at: expected a whole number',
      ],
    });
    const dup = JSON.parse(JSON.stringify(await exportBackup(await filled(), T0)));
    dup.applications[2] = { ...dup.applications[0] };
    dup.applications[1].posting.jobId = '42';
    expect(parseBackup(JSON.stringify(dup))).toEqual({
      ok: false,
      errors: [
        'Application “Applied Scientist, EU INTech” (job 2790938), posting.jobId: does not match jobId 2790938',
        'Application “SDE, AWS Security Dev Ops” (job 1496414): the file holds job 1496414 twice (also as application number 1)',
      ],
    });
  });

  it('refuses files that are not a backup, are newer, or are not JSON', () => {
    expect(parseBackup('{"format":"something-else"}')).toEqual({ ok: false, errors: ['Not a LoopReady backup (format should be "loopready-backup")'] });
    expect(parseBackup('{"format":"loopready-backup","version":7}').ok).toBe(false);
    expect((parseBackup('{"format":"loopready-backup","version":7}') as { errors: string[] }).errors[0]).toContain('version 7');
    expect((parseBackup('{"format": ') as { errors: string[] }).errors[0]).toMatch(/^Not valid JSON: /);
    expect(parseBackup('null').ok).toBe(false);
  });

  it('ignores smuggled fields and prototype keys in a hostile file', async () => {
    const backup = JSON.parse(JSON.stringify(await exportBackup(await filled(), T0)));
    const text = JSON.stringify(backup).replace('"jobId":"1496414",', '"jobId":"1496414","__proto__":{"polluted":true},"extra":"<img src=x onerror=alert(1)>",');
    const target = db();
    await importBackup(target, text);
    const stored = await target.applications.get('1496414');
    expect(stored).not.toHaveProperty('extra');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(stored)).toBe(Object.prototype);
  });

  it('leaves the store as it was when the import fails midway', async () => {
    const backup = await exportBackup(await filled(), T0);
    const target = db();
    await saveApplication(target, postingOf('1496414'), T0 - DAY);
    await saveApplication(target, postingOf('994952'), T0 - DAY);
    const before = await target.applications.orderBy('jobId').toArray();
    // Fail on the third record written, after two have gone in.
    let writes = 0;
    const fail = () => {
      if (++writes === 3) throw new Error('disk full');
    };
    target.applications.hook('creating', fail);
    target.applications.hook('updating', fail);
    await expect(importBackup(target, JSON.stringify(backup), { mode: 'replace' })).rejects.toThrow('disk full');
    target.applications.hook('creating').unsubscribe(fail);
    target.applications.hook('updating').unsubscribe(fail);
    expect(writes).toBe(3);
    expect(await target.applications.orderBy('jobId').toArray()).toEqual(before);
    expect(await target.stories.count()).toBe(0);
  });

  it('leaves the store as it was when the import fails among the practice sessions', async () => {
    const backup = await exportBackup(await filled(), T0);
    const target = db();
    await saveApplication(target, postingOf('994952'), T0 - DAY);
    const mine: PracticeSession = { ...PRACTICE[0]!, id: 'p-mine', jobId: '994952' };
    await target.practice.put(mine);
    const apps = await target.applications.toArray();
    // Applications and stories are written by then; the second session fails.
    let writes = 0;
    const fail = () => {
      if (++writes === 2) throw new Error('disk full');
    };
    target.practice.hook('creating', fail);
    await expect(importBackup(target, JSON.stringify(backup), { mode: 'replace' })).rejects.toThrow('disk full');
    target.practice.hook('creating').unsubscribe(fail);
    expect(writes).toBe(2);
    expect(await target.applications.toArray()).toEqual(apps);
    expect(await target.practice.toArray()).toEqual([mine]);
    expect(await target.stories.count()).toBe(0);
    expect(await target.settings.count()).toBe(0);
  });

  it('replaces the store exactly in replace mode, keeps other records in merge mode', async () => {
    const backup = JSON.stringify(await exportBackup(await filled(), T0));
    const merged = db();
    await saveApplication(merged, postingOf('994952'), T0);
    await importBackup(merged, backup);
    expect((await merged.applications.orderBy('jobId').primaryKeys())).toEqual(['1496414', '2790938', '2877542', '3038134', '994952']);
    const replaced = db();
    await saveApplication(replaced, postingOf('994952'), T0);
    await importBackup(replaced, backup, { mode: 'replace' });
    expect((await replaced.applications.orderBy('jobId').primaryKeys())).toEqual(['1496414', '2790938', '2877542', '3038134']);
  });
});
