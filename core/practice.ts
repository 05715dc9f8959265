// One practice answer: which question, for which principle (and role, when practised from a plan),
// how long the answer took and how the candidate rated it. Stored locally to show progress.
import * as z from 'zod/mini';
import { Timestamp } from './timestamp';

export const PracticeSession = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  /** The application practised for; null when practising from the story bank alone. */
  jobId: z.nullable(z.string().check(z.regex(/^\d{1,12}$/))),
  /** Leadership Principle id. */
  principle: z.string().check(z.maxLength(100)),
  question: z.string().check(z.maxLength(2_000)),
  /** 1 = fell apart, 5 = crisp and complete. */
  rating: z.number().check(z.int(), z.gte(1), z.lte(5)),
  /** Time spent answering, ms. */
  elapsedMs: z.number().check(z.int(), z.gte(0), z.lte(86_400_000)),
  at: Timestamp,
});
export type PracticeSession = z.infer<typeof PracticeSession>;

/** Two minutes: about what an interviewer expects for the core of one STAR answer. */
export const PRACTICE_SECONDS = 120;
