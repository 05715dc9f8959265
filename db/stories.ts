// The story bank's reads and writes. Each write is validated with the Story schema first, so a
// story that could not be backed up and restored is never stored.
import * as z from 'zod/mini';
import { Story } from '../core/story';
import type { LoopReadyDb } from './db';

export type StoryDraft = Omit<Story, 'id' | 'createdAt' | 'updatedAt'>;

/** Newest edits first. */
export async function listStories(db: LoopReadyDb): Promise<Story[]> {
  return db.stories.orderBy('updatedAt').reverse().toArray();
}

function newId(now: number): string {
  return `s-${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Create (no id) or update a story; throws with the problems named when it is invalid. */
export async function saveStory(db: LoopReadyDb, draft: StoryDraft & { id?: string }, now: number): Promise<Story> {
  return db.transaction('rw', db.stories, async () => {
    const existing = draft.id ? await db.stories.get(draft.id) : undefined;
    const candidate = {
      ...draft,
      title: draft.title.trim(),
      id: existing?.id ?? newId(now),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    const parsed = Story.safeParse(candidate);
    if (!parsed.success) throw new Error(`The story was not saved:\n${z.prettifyError(parsed.error)}`);
    if (!parsed.data.title) throw new Error('Give the story a title');
    await db.stories.put(parsed.data);
    return parsed.data;
  });
}

export async function deleteStory(db: LoopReadyDb, id: string): Promise<void> {
  await db.stories.delete(id);
}

/** Stories tagged with any of these principle ids (by the multi-entry index). */
export async function storiesForPrinciples(db: LoopReadyDb, ids: string[]): Promise<Story[]> {
  if (ids.length === 0) return [];
  return db.stories.where('principles').anyOf(ids).distinct().toArray();
}
