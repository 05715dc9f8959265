// Property-based fuzz of the ranking: for any valid Posting (markup, odd unicode, empty, huge text),
// rankPrinciples returns the 16 principles once each, best first, and every piece of evidence is
// exactly the text at its offsets in its section (what the UI highlights).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Posting } from '../../../core/posting';
import { PRINCIPLE_IDS } from '../../../core/principles';
import { rankPrinciples } from '../../../core/rank-principles';
import { evidenceProblems, posting } from './arbitraries';

describe('ranking fuzz', () => {
  it('the generated postings are valid Postings', () => {
    fc.assert(fc.property(posting, (p) => Posting.safeParse(p).success), { numRuns: 200, seed: 7 });
  });

  it('rankPrinciples: 16 distinct principles, finite scores best first, evidence at its offsets', () => {
    fc.assert(
      fc.property(posting, (p) => {
        const ranked = rankPrinciples(p);
        expect(ranked.map((r) => r.id).sort()).toEqual([...PRINCIPLE_IDS].sort());
        for (const [i, r] of ranked.entries()) {
          expect(Number.isFinite(r.score)).toBe(true);
          if (i > 0) expect(ranked[i - 1]!.score).toBeGreaterThanOrEqual(r.score);
          expect(evidenceProblems(p, r.evidence)).toEqual([]);
        }
      }),
      { numRuns: 250, seed: 20250803 },
    );
  });
});
