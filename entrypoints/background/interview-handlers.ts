// The background's answers to interview messages. Thin: writes go through db/store-writes.ts, which
// then moves the interview alarm (and the follow-up alarm and badge, which a debrief can change).
import { planLoop } from '../../core/loop-planner';
import { topPrinciples } from '../../core/top-principles';
import { getApplication, TrackingError } from '../../db/applications';
import type { LoopReadyDb } from '../../db/db';
import { getInterview } from '../../db/interviews';
import { storeWrites } from '../../db/store-writes';
import { listStories } from '../../db/stories';
import { handle } from '../../messaging/bus';
import type { InterviewMessage, MessageData, MessageResult } from '../../messaging/protocol';
import type { Reminders } from './reminders';

export const INTERVIEW_MESSAGES = [
  'saveInterview',
  'deleteInterview',
  'saveDebrief',
  'setThankYouWanted',
  'setInterviewReminders',
  'planLoop',
] as const satisfies readonly InterviewMessage[];

export type InterviewHandlers = {
  [K in InterviewMessage]: (data: MessageData<K>) => Promise<MessageResult<K>>;
};

/** All principles a role can be asked about, ranked for its posting: the loop planner deals them out. */
const ALL_PRINCIPLES = 16;

export function interviewHandlers(
  db: LoopReadyDb,
  reminders: Pick<Reminders, 'sync'>,
  now: () => number = () => Date.now(),
  announce: (jobId: string) => void = () => {},
): InterviewHandlers {
  const writes = storeWrites(db, () => reminders.sync(), now, announce);
  return {
    saveInterview: ({ draft }) => writes.saveInterview(draft),
    deleteInterview: ({ id }) => writes.deleteInterview(id),
    saveDebrief: ({ id, debrief }) => writes.saveDebrief(id, debrief),
    setThankYouWanted: ({ id, wanted }) => writes.setThankYouWanted(id, wanted),
    setInterviewReminders: ({ settings }) => writes.setInterviewReminders(settings),
    planLoop: async ({ interviewId }) => {
      const iv = await getInterview(db, interviewId);
      if (!iv) throw new TrackingError('not-found', 'This interview no longer exists');
      const app = await getApplication(db, iv.jobId);
      if (!app) throw new TrackingError('not-found', `Job ${iv.jobId} is not tracked`);
      const ranked = topPrinciples(app.posting, ALL_PRINCIPLES).map(({ id, name }) => ({ id, name }));
      return planLoop(ranked, iv.sessions, await listStories(db));
    },
  };
}

export function registerInterviewHandlers(handlers: InterviewHandlers): () => void {
  const removers = INTERVIEW_MESSAGES.map((name) => handle(name, handlers[name] as (data: unknown) => Promise<never>));
  return () => removers.forEach((remove) => remove());
}
