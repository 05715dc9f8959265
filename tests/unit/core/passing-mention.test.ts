// The plan's "touches on it only in passing" note (core/story-map.ts principleMention) quotes the
// posting speaking of the role, never the company, a team pitch or Amazon's culture (review 5, class 2).
// Real postings, read in place.
import { describe, expect, it } from 'vitest';
import { buildPrepPlan } from '../../../core/prep-plan';
import { principleMention } from '../../../core/story-map';
import { externalById } from './external-postings';

const none = new Map();

describe('a passing mention', () => {
  it("is the company describing itself only when nothing about the role is, and then says so ('Our services protect the AWS cloud … customers' trust', 1375238)", () => {
    for (const id of ['customer-obsession', 'earn-trust'] as const) {
      const mention = principleMention(externalById('1375238'), id, none);
      if (/Our services protect/.test(mention?.text ?? '')) expect(mention?.byCompany, id).toBe(true);
    }
    const plan = buildPrepPlan(externalById('1375238'));
    for (const p of plan.principles) if (/Our services protect/.test(p.unmatched ?? '')) expect(p.unmatched).toMatch(/^Only the company's or team's description of itself touches on it/);
  });

  it("is a line about the role when the posting has one ('We are innovating…' gives way to 'You will own the end to end solution…', 1375569)", () => {
    const mention = principleMention(externalById('1375569'), 'ownership', none);
    expect(mention?.text).toMatch(/^You will own the end to end solution/);
  });
});
