import type { Story } from '../../core/story';
import type { LoopReadyDb } from '../../db/db';
import { deleteStory, saveStory, type StoryDraft } from '../../db/stories';

export interface StoryActions {
  save(draft: StoryDraft & { id?: string }): Promise<Story>;
  remove(id: string): Promise<void>;
}

export function storyActions(db: LoopReadyDb, now: () => number = Date.now): StoryActions {
  return {
    save: (draft) => saveStory(db, draft, now()),
    remove: (id) => deleteStory(db, id),
  };
}
