// Questions to ask are for the loop's interviewers (issue 9, review 9): a question only the recruiter can
// answer ("what are the next steps, when will I hear back?") is not among them; the timeline sends it to the
// recruiter instead. Every external posting, read in place.
import { describe, expect, it } from 'vitest';
import { buildPrepPlan } from '../../../core/prep-plan';
import { externalPosting, externalRecords } from './external-postings';

const RECRUITER_ONLY = /\bnext steps?\b.*\b(?:hear back|expect)|\bhear back\b/i;

describe('questions to ask are ones a loop interviewer can answer', () => {
  const plans = externalRecords().map((r) => ({ id: r.job_id, plan: buildPrepPlan(externalPosting(r)) }));

  it('no plan lists a next-steps or hear-back question among them (418 postings)', () => {
    const hits = plans.filter(({ plan }) => plan.questionsToAsk.some((q) => RECRUITER_ONLY.test(q.text))).map((x) => x.id);
    expect(hits).toEqual([]);
  });

  it('the timeline says to ask the recruiter about next steps, and every plan keeps at least five questions', () => {
    for (const { id, plan } of plans) {
      expect(plan.timeline.some((t) => /recruiter/.test(t) && /next steps/.test(t)), id).toBe(true);
      expect(plan.questionsToAsk.length, id).toBeGreaterThanOrEqual(5);
    }
  });
});
