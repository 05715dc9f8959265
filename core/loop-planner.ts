// Which principles each session of a loop is likely to probe. In a loop every interviewer is given
// two or three Leadership Principles and the panel avoids overlap, so the role's principles (as
// ranked for its posting) are dealt out over the sessions: a snake draft, so each session gets a
// mix of the posting's strongest and weaker principles rather than session 1 taking all the top ones.
import type { LoopSession } from './interview';

/** Fewer stories than this for a principle is thin: a loop can ask for it twice. */
export const MIN_STORIES_PER_PRINCIPLE = 2;

export interface RankedPrincipleRef {
  id: string;
  name: string;
}

export interface SessionPlan {
  sessionId: string;
  principles: string[];
  /** The user set these principles on the session; the planner kept them. */
  fromUser: boolean;
}

export interface ThinPrinciple {
  id: string;
  name: string;
  stories: number;
}

export interface LoopPlan {
  sessions: SessionPlan[];
  /** Planned principles with fewer than two stories in the bank, most-ranked first. */
  thin: ThinPrinciple[];
}

/**
 * `ranked`: the role's principles, best first (core/top-principles with a limit of 16). Sessions
 * that already name principles keep them, and those principles are not dealt again. Each other
 * session gets three when there are enough principles to go round, else two, wrapping to the top
 * of the list when even two each would run out (a short list: the strongest are probed twice).
 */
export function planLoop(
  ranked: readonly RankedPrincipleRef[],
  sessions: readonly Pick<LoopSession, 'id' | 'principles'>[],
  stories: readonly { principles: readonly string[] }[],
): LoopPlan {
  const fixed = new Set(sessions.flatMap((s) => s.principles));
  const pool = ranked.filter((p) => !fixed.has(p.id));
  const open = sessions.filter((s) => s.principles.length === 0);
  const n = open.length;
  const per = n === 0 ? 0 : pool.length >= 3 * n ? 3 : 2;
  const dealt: string[][] = open.map(() => []);
  let cursor = 0;
  for (let round = 0; round < per && pool.length > 0; round++) {
    for (let k = 0; k < n; k++) {
      const seat = dealt[round % 2 === 0 ? k : n - 1 - k]!;
      // The next principle in rank order (wrapping) that this session does not have yet.
      for (let tries = 0; tries < pool.length; tries++) {
        const p = pool[cursor++ % pool.length]!;
        if (!seat.includes(p.id)) {
          seat.push(p.id);
          break;
        }
      }
    }
  }
  let next = 0;
  const plans: SessionPlan[] = sessions.map((s) =>
    s.principles.length > 0
      ? { sessionId: s.id, principles: [...s.principles], fromUser: true }
      : { sessionId: s.id, principles: dealt[next++]!, fromUser: false },
  );

  const counts = new Map<string, number>();
  for (const story of stories) for (const id of new Set(story.principles)) counts.set(id, (counts.get(id) ?? 0) + 1);
  const planned = new Set(plans.flatMap((p) => p.principles));
  const names = new Map(ranked.map((p) => [p.id, p.name]));
  const order = [...ranked.map((p) => p.id), ...[...planned].filter((id) => !names.has(id))];
  const thin = order
    .filter((id) => planned.has(id) && (counts.get(id) ?? 0) < MIN_STORIES_PER_PRINCIPLE)
    .map((id) => ({ id, name: names.get(id) ?? id, stories: counts.get(id) ?? 0 }));
  return { sessions: plans, thin };
}
