// The background's answers to interview messages. Thin: each calls a db/ function, then moves the
// interview alarm (and the follow-up alarm and badge, which a debrief can change).
import { planLoop } from '../../core/loop-planner';
import { topPrinciples } from '../../core/top-principles';
import { getApplication, TrackingError } from '../../db/applications';
import type { LoopReadyDb } from '../../db/db';
import {
  deleteInterview,
  getInterview,
  saveDebrief,
  saveInterview,
  setThankYouWanted,
  updateInterviewReminderSettings,
} from '../../db/interviews';
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

export function interviewHandlers(db: LoopReadyDb, reminders: Pick<Reminders, 'sync'>, now: () => number = () => Date.now()): InterviewHandlers {
  const thenSync = async <T>(result: T): Promise<T> => {
    await reminders.sync();
    return result;
  };
  return {
    saveInterview: async ({ draft }) => thenSync(await saveInterview(db, draft, now())),
    deleteInterview: async ({ id }) => thenSync(await deleteInterview(db, id)),
    saveDebrief: async ({ id, debrief }) => thenSync(await saveDebrief(db, id, debrief, now())),
    setThankYouWanted: async ({ id, wanted }) => thenSync(await setThankYouWanted(db, id, wanted, now())),
    setInterviewReminders: async ({ settings }) => thenSync(await updateInterviewReminderSettings(db, settings, now())),
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
