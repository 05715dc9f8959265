// A long import reports how far it got: the JSON parse, then records checked of the total, then
// records written of the total. The record-by-record check must say exactly what the one
// whole-file check said (Backup.safeParse), a bad file must still write nothing (and report no
// writing), and records already stored exactly as the file has them are skipped and counted.
import { describe, expect, it } from 'vitest';
import { Backup, describeIssues, parseBackup, parseBackupAsync, type ImportProgress } from '../../../core/backup';
import { addNote, saveApplication, setStatus } from '../../../db/applications';
import { BackupError, exportBackup, importBackup } from '../../../db/backup';
import { DAY, T0, freshDbs, postingOf } from '../tracking/fixtures';

const db = freshDbs();

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A real export of two saved jobs (one applied, with a note), a story and a practice session. */
async function smallBackup(): Promise<Json> {
  const d = db();
  await saveApplication(d, postingOf('1496414'), T0);
  await saveApplication(d, postingOf('3038134'), T0);
  await setStatus(d, '3038134', 'applied', T0 + DAY);
  await addNote(d, '3038134', 'Recruiter said two weeks', T0 + DAY);
  await d.stories.put({ id: 'story-1', title: 'Shipped the migration', principles: ['ownership'], situation: 's', task: 't', action: 'a', result: 'r', createdAt: T0, updatedAt: T0 });
  await d.practice.put({ id: 'p-1', jobId: '3038134', principle: 'ownership', question: 'q', rating: 4, elapsedMs: 60_000, at: T0 + DAY });
  return JSON.parse(JSON.stringify(await exportBackup(d, T0 + 2 * DAY))) as Json;
}

/** `n` applications made from the export's applied one, each under an 8-digit job ID of its own. */
function bigBackup(base: Json, n: number): Json {
  const model = base.applications.find((a: Json) => a.status === 'applied');
  const applications = Array.from({ length: n }, (_, i) => {
    const jobId = String(10_000_000 + i);
    return { ...model, jobId, posting: { ...model.posting, jobId, url: model.posting.url.replace('3038134', jobId) } };
  });
  return { ...base, applications, practice: [], interviews: [] };
}

/** The check as it was before it went record by record: one Backup.safeParse of the whole file. */
function wholeFileIssues(json: Json): string[] | null {
  const r = Backup.safeParse(json);
  return r.success ? null : describeIssues(r.error.issues, json);
}

describe('the record-by-record check', () => {
  it('names the same problems, in the same order, as one whole-file check', async () => {
    const base = await smallBackup();
    const variants: Record<string, (b: Json) => void> = {
      'one bad status': (b) => (b.applications[1].status = 'hired'),
      'problems in every list and at the top': (b) => {
        b.exportedAt = 7;
        b.applications[0].posting.url = 'javascript:alert(1)';
        b.applications[1].savedAt = -1;
        b.stories[0].principles = 'ownership';
        b.practice[0].rating = 9;
        b.settings = { nonsense: true };
      },
      'applications is not a list': (b) => (b.applications = { 0: b.applications[0] }),
      'practice is null': (b) => (b.practice = null),
      'a list of junk': (b) => (b.stories = [1, 'two', null, [], {}]),
      'over ten problems': (b) => {
        for (const app of b.applications) {
          app.status = 'x';
          app.savedAt = 'y';
          app.posting.title = 5;
          app.notes = 'z';
          app.contacts = 3;
          app.history = {};
        }
      },
    };
    for (const [name, change] of Object.entries(variants)) {
      const b = structuredClone(base);
      change(b);
      const expected = wholeFileIssues(b);
      expect(expected, name).not.toBeNull();
      expect(parseBackup(JSON.stringify(b)), name).toEqual({ ok: false, errors: expected });
      expect(await parseBackupAsync(JSON.stringify(b)), name).toEqual({ ok: false, errors: expected });
    }
  });

  it('gives the same records as one whole-file check', async () => {
    const base = await smallBackup();
    // Hidden characters are stripped from page text as it is read: the schemas transform it.
    base.applications[0].posting.title = '\u202eSDE\u200b II';
    const parsed = parseBackup(JSON.stringify(base));
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && parsed.backup).toEqual(Backup.parse(base));
    expect(parsed.ok && parsed.backup.applications[0]!.posting.title).toBe('SDE II');
  });
});

describe('import progress', () => {
  it('reports parsing, then every record checked, then every record written, in order', async () => {
    const file = bigBackup(await smallBackup(), 2345);
    const total = 2345 + 1; // applications and the story
    const events: ImportProgress[] = [];
    let pauses = 0;
    const target = db();
    const result = await importBackup(target, JSON.stringify(file), {
      onProgress: (p) => events.push({ ...p }),
      pause: async () => void (pauses += 1),
    });
    expect(result).toMatchObject({ applications: 2345, stories: 1, unchanged: { applications: 0, stories: 0 } });
    expect(await target.applications.count()).toBe(2345);

    expect(events[0]).toEqual({ phase: 'parsing', done: 0, total: 0 });
    const phases = events.map((e) => e.phase).filter((p, i, all) => p !== all[i - 1]);
    expect(phases).toEqual(['parsing', 'validating', 'writing']);
    for (const phase of ['validating', 'writing'] as const) {
      const steps = events.filter((e) => e.phase === phase);
      expect(steps.every((e) => e.total === total), phase).toBe(true);
      expect(steps[0]!.done, phase).toBe(0);
      expect(steps.at(-1)!.done, phase).toBe(total);
      // Counts only grow, and there are steps between the start and the end.
      expect(steps.every((e, i) => i === 0 || e.done >= steps[i - 1]!.done), phase).toBe(true);
      expect(steps.filter((e) => e.done > 0 && e.done < total).length, phase).toBeGreaterThanOrEqual(2);
    }
    // The page was let draw at least once: after announcing the parse.
    expect(pauses).toBeGreaterThanOrEqual(1);
  });

  it('pauses between slices of the check so the page can draw', async () => {
    const text = JSON.stringify(bigBackup(await smallBackup(), 500));
    let pauses = 0;
    const parsed = await parseBackupAsync(text, { pause: async () => void (pauses += 1), sliceMs: 0 });
    expect(parsed.ok).toBe(true);
    // One after the parse is announced, one after each progress report (sliceMs 0): 500 records in steps of 100.
    expect(pauses).toBeGreaterThanOrEqual(6);
  });

  it('a bad file reports its check but no writing, and writes nothing', async () => {
    const file = bigBackup(await smallBackup(), 1500);
    file.applications[1234].status = 'hired';
    const target = db();
    await saveApplication(target, postingOf('1496414'), T0);
    const before = await target.applications.toArray();
    const events: ImportProgress[] = [];
    const error = await importBackup(target, JSON.stringify(file), { onProgress: (p) => events.push({ ...p }) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).errors[0]).toContain('(job 10001234), status: invalid option');
    expect(events.some((e) => e.phase === 'writing')).toBe(false);
    expect(events.filter((e) => e.phase === 'validating').at(-1)).toEqual({ phase: 'validating', done: 1501, total: 1501 });
    expect(await target.applications.toArray()).toEqual(before);
  });

  it('a file that is not JSON reports only the parse', async () => {
    const events: ImportProgress[] = [];
    await expect(importBackup(db(), '{"format": "loopready-backup", ', { onProgress: (p) => events.push(p) })).rejects.toThrow(BackupError);
    expect(events).toEqual([{ phase: 'parsing', done: 0, total: 0 }]);
  });

  it('skips, and counts, records already stored exactly as in the file; writes the changed ones', async () => {
    const file = bigBackup(await smallBackup(), 30);
    const target = db();
    await importBackup(target, JSON.stringify(file));
    // The same file again: nothing to write.
    const again = await importBackup(target, JSON.stringify(file));
    expect(again).toMatchObject({ applications: 0, stories: 0, unchanged: { applications: 30, stories: 1 } });
    // Two changed records are written; the key order of a stored record does not matter.
    const stored = (await target.applications.get('10000003'))!;
    await target.applications.put(Object.fromEntries(Object.entries(stored).reverse()) as typeof stored);
    file.applications[7].nextFollowUpAt = T0 + 20 * DAY;
    file.stories[0].title = 'Shipped the migration, on time';
    const changed = await importBackup(target, JSON.stringify(file));
    expect(changed).toMatchObject({ applications: 1, stories: 1, unchanged: { applications: 29, stories: 0 } });
    expect((await target.applications.get('10000007'))!.nextFollowUpAt).toBe(T0 + 20 * DAY);
    expect((await target.stories.get('story-1'))!.title).toBe('Shipped the migration, on time');
    // Replace mode writes everything: nothing is skipped.
    const replaced = await importBackup(target, JSON.stringify(file), { mode: 'replace' });
    expect(replaced).toMatchObject({ applications: 30, stories: 1, unchanged: { applications: 0, stories: 0 } });
  });
});
