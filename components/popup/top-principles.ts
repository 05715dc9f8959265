// The few principles the popup shows for a posting. Loaded with a dynamic import: the ranking and the
// knowledge base are the popup's heaviest code, and the posting's facts should not wait for them.
import type { Posting } from '../../content/posting';
import { principle, type PrincipleId } from '../../core/principles';
import { rankPrinciples, type Evidence } from '../../core/rank-principles';
import { detectRoleFamily } from '../../core/role-family';

/** Evidence as the ranking gives it; `context` (the clause around the phrase) when the ranking adds it. */
export type PopupEvidence = Evidence & { context?: { start: number; end: number; text: string } };

export interface TopPrinciple {
  id: PrincipleId;
  name: string;
  evidence: PopupEvidence[];
}

export const TOP_COUNT = 5;
/** Two phrases per principle keep five principles readable in a 420 px popup. */
export const EVIDENCE_PER_PRINCIPLE = 2;

export function topPrinciples(posting: Posting, count: number = TOP_COUNT): TopPrinciple[] {
  const ranked = rankPrinciples(posting, detectRoleFamily(posting));
  return ranked.slice(0, count).map((r) => ({
    id: r.id,
    name: principle(r.id).name,
    evidence: r.evidence.slice(0, EVIDENCE_PER_PRINCIPLE) as PopupEvidence[],
  }));
}
