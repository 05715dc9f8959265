// An import that fails partway leaves the WHOLE store (every table, every field) exactly as it was,
// whichever table the failure hits and in either mode. tests/unit/db/backup.test.ts covers a failure
// among the applications; this covers the tables written after them (stories, practice, settings), where a
// replace-mode import has already cleared everything, and a transaction aborted from outside.
import { describe, expect, it } from 'vitest';
import type { PracticeSession } from '../../../core/practice';
import type { Story } from '../../../core/story';
import { addNote, saveApplication, setStatus } from '../../../db/applications';
import { exportBackup, importBackup } from '../../../db/backup';
import type { LoopReadyDb } from '../../../db/db';
import { updateSettings } from '../../../db/settings';
import { DAY, T0, freshDbs, postingOf } from '../tracking/fixtures';

const db = freshDbs();

const story = (id: string, title: string): Story => ({
  id, title, principles: ['dive-deep'], situation: 's', task: 't', action: 'a', result: 'r', createdAt: T0, updatedAt: T0,
});

const session = (id: string, jobId: string | null): PracticeSession => ({
  id, jobId, principle: 'dive-deep', question: 'Tell me about a number that looked wrong.', rating: 4, elapsedMs: 90_000, at: T0,
});

/** Every table's rows, in primary-key order: the whole store as data. */
async function dump(d: LoopReadyDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of d.tables) out[table.name] = await table.orderBy(':id').toArray();
  return out;
}

/** The store a user has: applications in several stages, a note, a story, a practice session, changed settings. */
async function userStore(): Promise<LoopReadyDb> {
  const d = db();
  await saveApplication(d, postingOf('1496414'), T0 - 3 * DAY);
  await saveApplication(d, postingOf('994952'), T0 - 2 * DAY);
  await setStatus(d, '994952', 'applied', T0 - DAY);
  await addNote(d, '1496414', 'Ask about on-call', T0 - DAY);
  await d.stories.put(story('mine-1', 'Rebuilt the nightly ETL'));
  await d.practice.put(session('mine-p', '994952'));
  await updateSettings(d, { snoozeDays: 4 });
  return d;
}

/** A valid backup with other applications, two stories, two practice sessions and settings. */
async function otherBackup(): Promise<string> {
  const src = db();
  for (const id of ['2790938', '3038134', '2877542']) await saveApplication(src, postingOf(id), T0);
  await src.stories.bulkPut([story('b-1', 'Cut costs 30%'), story('b-2', 'Shipped early')]);
  await src.practice.bulkPut([session('b-p1', '2790938'), session('b-p2', null)]);
  await updateSettings(src, { snoozeDays: 9 });
  return JSON.stringify(await exportBackup(src, T0));
}

/** Make every write to `table` after the first `okWrites` throw, as a full disk or quota would. */
function failAfter(d: LoopReadyDb, table: 'stories' | 'practice' | 'settings', okWrites: number): () => void {
  let writes = 0;
  const fail = () => {
    if (++writes > okWrites) throw new Error(`quota exceeded writing ${table}`);
  };
  d.table(table).hook('creating', fail);
  d.table(table).hook('updating', fail);
  return () => {
    d.table(table).hook('creating').unsubscribe(fail);
    d.table(table).hook('updating').unsubscribe(fail);
  };
}

describe('an interrupted import', () => {
  for (const mode of ['merge', 'replace'] as const) {
    it(`${mode}: a failure on the second story leaves every table as it was`, async () => {
      const d = await userStore();
      const text = await otherBackup();
      const before = await dump(d);
      expect(before.applications).toHaveLength(2);
      const restore = failAfter(d, 'stories', 1);
      await expect(importBackup(d, text, { mode })).rejects.toThrow('quota exceeded writing stories');
      restore();
      expect(await dump(d)).toEqual(before);
    });

    it(`${mode}: a failure on the second practice session leaves every table as it was`, async () => {
      const d = await userStore();
      const text = await otherBackup();
      const before = await dump(d);
      expect(before.practice).toHaveLength(1);
      const restore = failAfter(d, 'practice', 1);
      await expect(importBackup(d, text, { mode })).rejects.toThrow('quota exceeded writing practice');
      restore();
      expect(await dump(d)).toEqual(before);
    });

    it(`${mode}: a failure on the very last write (settings) leaves every table as it was`, async () => {
      const d = await userStore();
      const text = await otherBackup();
      const before = await dump(d);
      const restore = failAfter(d, 'settings', 0);
      await expect(importBackup(d, text, { mode })).rejects.toThrow('quota exceeded writing settings');
      restore();
      expect(await dump(d)).toEqual(before);
    });
  }

  it('an import whose transaction is aborted from outside leaves the store as it was', async () => {
    const d = await userStore();
    const text = await otherBackup();
    const before = await dump(d);
    // Abort the import's own transaction (as closing the tab or a browser shutdown would) once it has
    // cleared the store and written its first story.
    let aborted = 0;
    d.stories.hook('creating', (_key, _story, tx) => {
      if (aborted++ === 0) tx.abort();
    });
    await expect(importBackup(d, text, { mode: 'replace' })).rejects.toThrow(); // AbortError, or InvalidStateError from the writes after it
    expect(aborted).toBeGreaterThanOrEqual(1);
    expect(await dump(d)).toEqual(before);
  });
});
