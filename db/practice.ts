// The practice-session log (table added in store version 3, indexed by job and time since version 5).
import { Dexie } from 'dexie';
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

/** Sessions for one application (newest first), or all of them when jobId is null, read through an index. */
export async function listPractice(db: LoopReadyDb, jobId: string | null, limit = 50): Promise<PracticeSession[]> {
  const newest = jobId === null ? db.practice.orderBy('at') : db.practice.where('[jobId+at]').between([jobId, Dexie.minKey], [jobId, Dexie.maxKey]);
  return newest.reverse().limit(limit).toArray();
}
