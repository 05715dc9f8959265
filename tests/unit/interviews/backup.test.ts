// Backups carry interviews (format version 3); version 1 and 2 files still import; a file with a bad
// interview, or one whose application is missing, imports nothing.
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../../core/backup';
import { saveApplication, setStatus } from '../../../db/applications';
import { BackupError, exportBackup, importBackup } from '../../../db/backup';
import type { LoopReadyDb } from '../../../db/db';
import { dueInterviews, saveDebrief, saveInterview } from '../../../db/interviews';
import { DAY, HOUR, T0, draftOf, freshDbs, postingOf } from './helpers';

const db = freshDbs();

async function filled(): Promise<LoopReadyDb> {
  const d = db();
  for (const id of ['1496414', '3038134']) await saveApplication(d, postingOf(id), T0);
  await setStatus(d, '1496414', 'applied', T0);
  const past = await saveInterview(d, draftOf('1496414', T0 + DAY, { thankYouWanted: true }), T0);
  await saveDebrief(d, past.id, { questions: ['A time you simplified a process'], storiesUsed: [{ storyId: 's-1', interviewer: 'Dana Lee' }], feeling: 'good', notes: 'ok' }, T0 + DAY + 2 * HOUR);
  await saveInterview(d, draftOf('1496414', T0 + 9 * DAY, { kind: 'loop', durationMinutes: 300, timeZone: 'America/New_York' }), T0 + 2 * DAY);
  return d;
}

describe('backup with interviews', () => {
  it('round-trips interviews, debriefs and what was already reminded', async () => {
    const source = await filled();
    const backup = await exportBackup(source, T0 + 3 * DAY);
    expect(backup.version).toBe(3);
    expect(backup.interviews).toHaveLength(2);
    const target = db();
    const result = await importBackup(target, JSON.stringify(backup));
    expect(result.interviews).toBe(2);
    expect(await target.interviews.orderBy('id').toArray()).toEqual(await source.interviews.orderBy('id').toArray());
    // The reminder index is rebuilt from the records: the same interviews are due.
    const due = (d: LoopReadyDb) => dueInterviews(d, T0 + 8 * DAY).then((l) => l.map((i) => i.id).sort());
    expect(await due(target)).toEqual(await due(source));
  });

  it('still imports version 2 and version 1 files, which have no interviews', async () => {
    const full = await exportBackup(await filled(), T0);
    for (const version of [2, 1]) {
      const { interviews: _dropped, ...old } = { ...full, version };
      const target = db();
      const result = await importBackup(target, JSON.stringify(old));
      expect(result).toMatchObject({ applications: 2, interviews: 0 });
      expect(await target.interviews.count()).toBe(0);
    }
  });

  it('imports nothing when an interview is invalid or its application is not in the file', async () => {
    const full = await exportBackup(await filled(), T0);
    const target = db();
    await saveApplication(target, postingOf('2790938'), T0);
    const badZone = { ...full, interviews: full.interviews!.map((iv, i) => (i === 1 ? { ...iv, timeZone: 'Mars/Olympus' } : iv)) };
    await expect(importBackup(target, JSON.stringify(badZone))).rejects.toThrow(BackupError);
    expect((parseBackup(JSON.stringify(badZone)) as { errors: string[] }).errors).toEqual(['Interview for job 1496414 (number 2), timeZone: invalid value']);
    const orphan = { ...full, applications: full.applications.filter((a) => a.jobId !== '1496414') };
    const errors = (parseBackup(JSON.stringify(orphan)) as { errors: string[] }).errors;
    expect(errors).toContain('Interview for job 1496414 (number 1), jobId: no application 1496414 in this backup');
    await expect(importBackup(target, JSON.stringify(orphan))).rejects.toThrow(BackupError);
    const year = { ...full, interviews: full.interviews!.map((iv) => ({ ...iv, start: Date.UTC(2150, 0, 1) })) };
    expect((parseBackup(JSON.stringify(year)) as { errors: string[] }).errors[0]).toMatch(/^Interview for job 1496414 \(number 1\), start: too large/);
    expect(await target.applications.count()).toBe(1);
    expect(await target.interviews.count()).toBe(0);
  });
});
