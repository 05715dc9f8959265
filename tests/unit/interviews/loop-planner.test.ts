// The loop planner: principles dealt over the sessions, two or three each, the user's choices kept,
// thin principles (fewer than two stories) flagged. Ranked on a real posting.
import { describe, expect, it } from 'vitest';
import { planLoop } from '../../../core/loop-planner';
import { topPrinciples } from '../../../core/top-principles';
import { postingOf } from './helpers';

const ranked = topPrinciples(postingOf('1496414'), 16).map(({ id, name }) => ({ id, name }));
const sessions = (n: number, fixed: Record<number, string[]> = {}) =>
  Array.from({ length: n }, (_, i) => ({ id: `s${i}`, principles: fixed[i] ?? [] }));

describe('loop planner', () => {
  it('ranks all sixteen principles for a real posting', () => {
    expect(ranked).toHaveLength(16);
    expect(new Set(ranked.map((p) => p.id)).size).toBe(16);
  });

  it('gives five sessions three principles each, no principle twice, in a snake order', () => {
    const plan = planLoop(ranked, sessions(5), []);
    expect(plan.sessions.map((s) => s.principles.length)).toEqual([3, 3, 3, 3, 3]);
    expect(new Set(plan.sessions.flatMap((s) => s.principles)).size).toBe(15);
    const rank = (id: string) => ranked.findIndex((p) => p.id === id);
    // Session 1 gets the top principle and the 10th; session 5 the 5th and the 6th.
    expect(plan.sessions[0]!.principles.map(rank)).toEqual([0, 9, 10]);
    expect(plan.sessions[4]!.principles.map(rank)).toEqual([4, 5, 14]);
  });

  it('falls back to two each when three would run out, and wraps to the top for a short list', () => {
    expect(planLoop(ranked, sessions(6), []).sessions.map((s) => s.principles.length)).toEqual([2, 2, 2, 2, 2, 2]);
    const short = planLoop(ranked.slice(0, 3), sessions(2), []);
    expect(short.sessions.map((s) => s.principles.length)).toEqual([2, 2]);
    expect(short.sessions.flatMap((s) => s.principles).sort()).toEqual([ranked[0]!.id, ranked[1]!.id, ranked[1]!.id, ranked[2]!.id].sort());
  });

  it('keeps the principles the user set on a session and does not deal them again', () => {
    const mine = [ranked[0]!.id, ranked[1]!.id];
    const plan = planLoop(ranked, sessions(3, { 1: mine }), []);
    expect(plan.sessions[1]).toEqual({ sessionId: 's1', principles: mine, fromUser: true });
    const dealt = [...plan.sessions[0]!.principles, ...plan.sessions[2]!.principles];
    expect(dealt.some((id) => mine.includes(id))).toBe(false);
  });

  it('flags planned principles with fewer than two stories, most-ranked first', () => {
    const top = ranked.slice(0, 4).map((p) => p.id);
    const stories = [{ principles: [top[0]!] }, { principles: [top[0]!, top[1]!] }, { principles: [top[1]!] }, { principles: [top[2]!] }];
    const plan = planLoop(ranked.slice(0, 4), sessions(2), stories);
    expect(plan.thin).toEqual([
      { id: top[2], name: ranked[2]!.name, stories: 1 },
      { id: top[3], name: ranked[3]!.name, stories: 0 },
    ]);
  });

  it('plans nothing for a loop without sessions', () => {
    expect(planLoop(ranked, [], [])).toEqual({ sessions: [], thin: [] });
  });
});
