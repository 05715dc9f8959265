// Property-based fuzz of the prep plan and its Markdown export: for any valid Posting the plan is
// schema-valid, its evidence sits at its offsets, the Markdown carries no unescaped markup, and
// analyzePosting never has to fall back because of a bug.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../../../core/analyze-posting';
import { buildPrepPlan, planToMarkdown, PrepPlan } from '../../../core/prep-plan';
import { evidenceProblems, posting } from './arbitraries';

describe('prep plan fuzz', () => {
  it('buildPrepPlan: a valid PrepPlan whose evidence sits at its offsets', () => {
    fc.assert(
      fc.property(posting, (p) => {
        const plan = buildPrepPlan(p);
        const parsed = PrepPlan.safeParse(plan);
        expect(parsed.success, parsed.success ? '' : parsed.error.message).toBe(true);
        for (const pr of plan.principles) expect(evidenceProblems(p, pr.evidence)).toEqual([]);
      }),
      { numRuns: 150, seed: 20250804 },
    );
  });

  it('planToMarkdown: a string in which every "<" from any text is escaped', () => {
    fc.assert(
      fc.property(posting, (p) => {
        const md = planToMarkdown(buildPrepPlan(p));
        expect(typeof md).toBe('string');
        expect(md).not.toMatch(/(^|[^\\])</m);
      }),
      { numRuns: 150, seed: 20250805 },
    );
  });

  it('analyzePosting: never throws, and on a valid Posting never falls back to the general plan', () => {
    fc.assert(
      fc.property(posting, (p) => {
        const a = analyzePosting(p);
        expect(a.principles).toHaveLength(16);
        expect(a.notes.join('\n')).not.toMatch(/could not analyse|malformed/);
        expect(PrepPlan.safeParse(a.plan).success).toBe(true);
      }),
      { numRuns: 100, seed: 20250806 },
    );
  });

  it('analyzePosting: malformed input gives the general plan with a note, not a throw', () => {
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        const a = analyzePosting(junk as never);
        expect(a.principles).toHaveLength(16);
        expect(typeof a.planMarkdown).toBe('string');
      }),
      { numRuns: 100, seed: 20250807 },
    );
  });
});
