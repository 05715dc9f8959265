import type { StoryActions } from '../../components/stories/StoryBank';
import type { LoopReadyDb } from '../../db/db';
import { deleteStory, saveStory, type StoryDraft } from '../../db/stories';

export function storyActions(db: LoopReadyDb, now: () => number = Date.now): StoryActions {
  return {
    save: (draft) => saveStory(db, draft, now()),
    remove: (id) => deleteStory(db, id),
  };
}
