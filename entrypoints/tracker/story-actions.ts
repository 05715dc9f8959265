// The story bank's actions on the store, through its one write path.
import type { StoryActions } from '../../components/stories/StoryBank';
import type { StoreWrites } from '../../db/store-writes';

export function storyActions(writes: StoreWrites): StoryActions {
  return { save: writes.saveStory, remove: writes.deleteStory };
}
