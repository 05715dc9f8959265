// The practice-session log (table added in store version 3).
import * as z from 'zod/mini';
import { PracticeSession } from '../core/practice';
import type { LoopReadyDb } from './db';

export async function recordPractice(db: LoopReadyDb, session: Omit<PracticeSession, 'id'>): Promise<PracticeSession> {
  const candidate = { ...session, id: `p-${session.at.toString(36)}-${Math.random().toString(36).slice(2, 8)}` };
  const parsed = PracticeSession.safeParse(candidate);
  if (!parsed.success) throw new Error(`The practice result was not saved:\n${z.prettifyError(parsed.error)}`);
  await db.practice.add(parsed.data);
  return parsed.data;
}

/** Sessions for one application (newest first), or all of them when jobId is null. */
export async function listPractice(db: LoopReadyDb, jobId: string | null, limit = 50): Promise<PracticeSession[]> {
  if (jobId === null) return db.practice.orderBy('at').reverse().limit(limit).toArray();
  const all = await db.practice.where('jobId').equals(jobId).toArray();
  return all.sort((a, b) => b.at - a.at).slice(0, limit);
}
