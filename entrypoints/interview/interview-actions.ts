// What the day-of page writes: through the background's messages, so it moves the interview's
// reminder alarm (and, after the end, schedules the follow-up) in the same step.
import type { DebriefDraft, Interview } from '../../core/interview';
import { send } from '../../messaging/bus';

export interface DayOfActions {
  saveDebrief(id: string, draft: DebriefDraft, thankYouWanted: boolean): Promise<Interview>;
}

export const dayOfActions: DayOfActions = {
  async saveDebrief(id, draft, thankYouWanted) {
    const saved = await send('saveDebrief', { id, debrief: draft });
    return saved.thankYouWanted === thankYouWanted ? saved : send('setThankYouWanted', { id, wanted: thankYouWanted });
  },
};
