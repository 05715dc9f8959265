import { describe, expect, it } from 'vitest';
import { practiceQuestions, questionsToAsk } from '../../../core/questions';
import { rankPrinciples } from '../../../core/rank-principles';
import { detectRoleFamily } from '../../../core/role-family';
import { emptyPosting, postingById } from './helpers';

describe('practice questions', () => {
  it('are worded differently for an engineer and an operations manager', () => {
    const sde = practiceQuestions(['customer-obsession', 'deliver-results'], 'software-engineering').map((q) => q.text);
    const ops = practiceQuestions(['customer-obsession', 'deliver-results'], 'operations').map((q) => q.text);
    expect(sde).not.toEqual(ops);
    expect(sde.join(' ')).toMatch(/service|system/);
    expect(ops.join(' ')).toMatch(/orders|shift|site/);
    for (const q of [...sde, ...ops]) expect(q).not.toMatch(/[{}]/);
  });
});

describe('questions to ask', () => {
  for (const id of ['1496414', '2879113', '3038134']) {
    it(`gives at least 5 distinct questions, including the three-principles one (job ${id})`, () => {
      const p = postingById(id);
      const family = detectRoleFamily(p);
      const qs = questionsToAsk(p, family, rankPrinciples(p, family));
      expect(qs.length).toBeGreaterThanOrEqual(5);
      expect(new Set(qs.map((q) => q.toLowerCase())).size).toBe(qs.length);
      expect(qs.some((q) => /three Leadership Principles/.test(q))).toBe(true);
    });
  }

  it('draws on the posting: team and a listed responsibility', () => {
    const p = postingById('3038134');
    const qs = questionsToAsk(p, detectRoleFamily(p), rankPrinciples(p));
    expect(qs.some((q) => q.includes('EU 3P Selection'))).toBe(true);
    expect(qs.some((q) => p.responsibilities.some((r) => q.includes(r.slice(0, 30))))).toBe(true);
  });

  it('still gives 5 for an empty posting', () => {
    const p = emptyPosting();
    expect(questionsToAsk(p, detectRoleFamily(p), rankPrinciples(p)).length).toBeGreaterThanOrEqual(5);
  });
});
