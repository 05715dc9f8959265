// Review 2, class 7: the catalog's plainest Dive Deep question ("a metric looked fine but something was
// wrong underneath") was the most likely question in 242 of 418 plans, learning designers, content
// annotators and security investigators included. Each role family (and each kind of job a title picks
// out within one) now has its own most likely Dive Deep, Earn Trust and Customer Obsession question, in
// the form an interviewer asks it, and its words never offer two alternatives ("a product or program").
import { describe, expect, it } from 'vitest';
import { PRINCIPLE_IDS, principle, type PrincipleId } from '../../../core/principles';
import { buildPrepPlan } from '../../../core/prep-plan';
import { familyWords, practiceQuestions } from '../../../core/questions';
import { ROLE_FAMILY_IDS } from '../../../core/role-family';
import { externalById, externalPosting, externalRecords } from './external-postings';

const STOCK_DIVE_DEEP = /a metric looked fine but something was wrong underneath/;
const OWN: readonly PrincipleId[] = ['dive-deep', 'earn-trust', 'customer-obsession'];
const titles = [...new Set(externalRecords().map((r) => r.title ?? ''))];

function likely(p: { principles: { id: string; likelyQuestion: string }[] }, id: PrincipleId): string | undefined {
  return p.principles.find((x) => x.id === id)?.likelyQuestion;
}

describe('each role family has its own most likely questions (review 2, class 7)', () => {
  it('for Dive Deep, Earn Trust and Customer Obsession, in every family and for every external title', () => {
    for (const family of ROLE_FAMILY_IDS)
      for (const title of ['', ...titles]) {
        const words = familyWords(family, title);
        for (const id of OWN) {
          const [first] = practiceQuestions([id], family, 1, words);
          expect(first!.text, `${family} (${title}) ${id}`).not.toBe(principle(id).questions[0]);
          expect(first!.text, `${family} (${title}) ${id}`).toMatch(/^Tell me about /);
        }
      }
  });

  it('no two families share a most likely Dive Deep question', () => {
    const seen = new Map<string, string>();
    for (const family of ROLE_FAMILY_IDS) {
      const q = practiceQuestions(['dive-deep'], family, 1)[0]!.text;
      expect(seen.get(q), `${family} repeats ${seen.get(q)}`).toBeUndefined();
      seen.set(q, family);
    }
  });

  it('no plan of the 418 external postings carries the stock "a metric looked fine" question (241 before)', () => {
    const stock: string[] = [];
    for (const r of externalRecords()) {
      const plan = buildPrepPlan(externalPosting(r));
      if (plan.principles.some((p) => p.practiceQuestions.some((q) => STOCK_DIVE_DEEP.test(q)))) stock.push(r.job_id);
    }
    expect(stock).toEqual([]);
  });

  it('a family’s own question replaces the catalog question that asks much the same', () => {
    const sde = practiceQuestions(['dive-deep'], 'software-engineering').map((q) => q.text);
    expect(sde.filter((q) => /root cause/.test(q))).toHaveLength(1);
    // Every other catalog question is still offered.
    expect(sde.length).toBeGreaterThanOrEqual(principle('dive-deep').questions.length - 1);
  });

  it('fits the jobs review 2 named: learning designer, content annotator, security investigator, data scientist, solutions architect', () => {
    const lxd = buildPrepPlan(externalById('1375048'));
    expect(likely(lxd, 'dive-deep')).toMatch(/needs analysis/);
    expect(likely(lxd, 'customer-obsession') ?? '').not.toMatch(/learners in a program of yours/);
    expect(lxd.principles.flatMap((p) => p.practiceQuestions).join('\n')).not.toMatch(/affected a subject-matter expert|learners in a program of yours/);
    const annotator = buildPrepPlan(externalById('3112166'));
    expect(likely(annotator, 'dive-deep')).toMatch(/errors in labelled or written data/);
    const wordsFor = (id: string) => familyWords(buildPrepPlan(externalById(id)).roleSummary.familyId, externalById(id).title);
    expect(practiceQuestions(['dive-deep'], 'security', 1, wordsFor('1375427'))[0]!.text).toMatch(/investigation where your first finding/);
    expect(buildPrepPlan(externalById('1375236')).principles.flatMap((p) => p.practiceQuestions).join('\n')).not.toMatch(/research project/);
    const sa = buildPrepPlan(externalById('1375220'));
    expect(sa.principles.flatMap((p) => p.practiceQuestions).join('\n')).not.toMatch(/affected a customer’s technical lead/);
  });

  it('a family’s words never offer two alternatives ("a product or program", "a supplier or manufacturing partner")', () => {
    for (const family of ROLE_FAMILY_IDS)
      for (const title of ['', ...titles]) {
        const w = familyWords(family, title);
        for (const phrase of [w.work, w.partner, w.handOver, w.customer]) expect(phrase, `${family} (${title})`).not.toMatch(/ or /);
      }
  });

  it('every family’s whole set reads right: one per principle at most asks about a root cause', () => {
    for (const family of ROLE_FAMILY_IDS)
      for (const id of PRINCIPLE_IDS) {
        const qs = practiceQuestions([id], family).map((q) => q.text);
        expect(new Set(qs).size, `${family} ${id}`).toBe(qs.length);
        expect(qs.filter((q) => /\broot cause\b/.test(q)).length, `${family} ${id}`).toBeLessThanOrEqual(1);
      }
  });
});
