// The few principles a posting leans on most, named, with the posting's phrases as evidence: what
// the popup shows. Computed in the background (message `topPrinciples`): the ranking and its
// knowledge base would take the popup past its 40 KB bundle budget.
import type { Posting } from './posting';
import { principle } from './principles';
import type { Evidence } from './evidence';
import { rankPrinciples } from './rank-principles';
import { detectRoleFamily } from './role-family';

/** Evidence as the ranking gives it (core/evidence.ts). */
export type TopEvidence = Evidence;

export interface TopPrinciple {
  id: string;
  name: string;
  evidence: TopEvidence[];
}

export const TOP_COUNT = 5;
/** Two phrases per principle keep five principles readable in a 420 px popup. */
export const EVIDENCE_PER_PRINCIPLE = 2;

export function topPrinciples(posting: Posting, count: number = TOP_COUNT): TopPrinciple[] {
  const ranked = rankPrinciples(posting, detectRoleFamily(posting));
  return ranked.slice(0, count).map((r) => ({
    id: r.id,
    name: principle(r.id).name,
    evidence: r.evidence.slice(0, EVIDENCE_PER_PRINCIPLE).map(({ section, start, end, text, context }) => ({
      section,
      start,
      end,
      text,
      context: { start: context.start, end: context.end, text: context.text },
    })),
  }));
}
