// The interview a follow-up date was scheduled from, kept on the application so every screen can
// give the reason ("Phone screen on 3 March; …") without reading the interviews table.
import * as z from 'zod/mini';

const Time = z.number().check(z.int(), z.gte(0));

export const FollowUpEvent = z.object({
  interviewId: z.string().check(z.minLength(1), z.maxLength(100)),
  kind: z.enum(['online-assessment', 'phone-screen', 'second-phone-screen', 'loop', 'other']),
  start: Time,
  /** The zone the interview was scheduled in, to name its day as the candidate knows it. */
  timeZone: z.string().check(z.maxLength(64)),
  /** The follow-up time it set: when nextFollowUpAt no longer equals it, the reason is the stage's again. */
  at: Time,
});
export type FollowUpEvent = z.infer<typeof FollowUpEvent>;
