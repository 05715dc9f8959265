// What the plan says about the posting is true of it (issue 9, review 9): "says little about how the work is
// done" only of a posting that is short, and a line called one of the duties is one, not the team's mission.
// Real postings, read in place.
import { describe, expect, it } from 'vitest';
import { askFacts } from '../../../core/ask-facts';
import { buildPrepPlan } from '../../../core/prep-plan';
import { externalById, externalPosting, externalRecords } from './external-postings';

describe('"the posting says little"', () => {
  it('is said only where the description and duties run under 150 words; a longer posting is told what the plan quotes', () => {
    const long: string[] = [];
    let told = 0;
    for (const r of externalRecords()) {
      const p = externalPosting(r);
      const plan = buildPrepPlan(p);
      const words = [p.description ?? '', ...p.responsibilities].join(' ').split(/\s+/).filter(Boolean).length;
      if (plan.notes.some((n) => /says little about how the work is done/.test(n)) && words >= 150) long.push(`${r.job_id} (${words} words)`);
      if (plan.notes.some((n) => /of the top three principles has a line of this posting quoted for it/.test(n))) told++;
    }
    expect(long).toEqual([]);
    expect(told).toBeGreaterThan(10);
  });
});

describe('a duty named in a question to ask', () => {
  it('is not a bullet of the team’s mission ("Our mission is … that includes:"), but one of the job functions (1374648)', () => {
    const duty = askFacts(externalById('1374648')).duty ?? '';
    expect(duty).not.toMatch(/Drive customer experience technology|Build solutions that reach millions/);
    expect(externalById('1374648').description).toContain(duty);
    const asks = buildPrepPlan(externalById('1374648')).questionsToAsk.map((q) => q.text).join('\n');
    expect(asks).not.toMatch(/“(?:Drive customer experience|Build solutions that reach|Work across all tiers)[^”]*” among the duties/);
  });
});
