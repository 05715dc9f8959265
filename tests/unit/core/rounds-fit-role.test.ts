// Rounds from the right template within a family (issue 9, review 9): a program manager is not given the
// product manager's product-sense round, a data scientist's screen is not the research scientist's, and a
// security engineer whose basic qualifications ask for code is told to expect a coding round. Real postings.
import { describe, expect, it } from 'vitest';
import { buildPrepPlan } from '../../../core/prep-plan';
import { externalById, externalPosting, externalRecords } from './external-postings';

const plans = () => externalRecords().map((r) => ({ r, plan: buildPrepPlan(externalPosting(r)) }));
const roundNames = (id: string) => buildPrepPlan(externalById(id)).loop.rounds.map((r) => r.name);

describe('a program manager’s loop runs a program', () => {
  it('1375181 (Fire TV launches) gets program execution, not product sense', () => {
    expect(roundNames('1375181')).toEqual(['Program execution', 'Metrics and prioritisation', 'Writing and stakeholders']);
  });

  it('no program or project manager in the external postings gets the product-sense round; product managers keep it', () => {
    const all = plans();
    const pgm = all.filter(({ r }) => /\b(?:program|project) manager\b/i.test(r.title ?? '') && !/\bproduct manager\b/i.test(r.title ?? ''));
    expect(pgm.length).toBeGreaterThan(5);
    for (const { r, plan } of pgm) expect(plan.loop.rounds.map((x) => x.name).join('|'), r.job_id).not.toMatch(/Product sense/);
    const pm = all.filter(({ r, plan }) => /\bproduct manager\b/i.test(r.title ?? '') && !/\btechnical\b/i.test(r.title ?? '') && plan.roleSummary.familyId === 'product-program-management');
    for (const { r, plan } of pm) expect(plan.loop.rounds[0]!.name, r.job_id).toBe('Product sense or program design');
  });
});

describe('a data scientist’s phone screen', () => {
  it('asks about a model or analysis and fundamentals, not "your research in depth" (1375280 and every data scientist or analyst in science)', () => {
    const ds = plans().filter(({ r, plan }) => plan.roleSummary.familyId === 'science-research' && /\bdata scien|\banalyst\b/i.test(r.title ?? ''));
    expect(ds.map(({ r }) => r.job_id)).toContain('1375280');
    for (const { r, plan } of ds) {
      expect(plan.phoneScreen.join('\n'), r.job_id).not.toMatch(/research in depth/);
      expect(plan.phoneScreen.join('\n'), r.job_id).toMatch(/SQL or Python/);
    }
  });
});

describe('a security engineer whose basic qualifications ask for code', () => {
  it('has a coding round, stated, not hedged (1375424: "Ability to develop code with at least one modern language")', () => {
    const plan = buildPrepPlan(externalById('1375424'));
    expect(plan.loop.rounds.map((r) => r.name)).toContain('Coding');
    expect(plan.loop.rounds.map((r) => r.what).join('\n')).not.toMatch(/also have a coding round/);
    // One coding topic, not Java, TypeScript and Python as three things to revise.
    const topics = plan.technicalTopics.map((t) => t.topic);
    expect(topics.filter((t) => /^(?:Java|Python|TypeScript|JavaScript)$/.test(t))).toEqual([]);
    expect(topics.filter((t) => /^Coding for security work/.test(t))).toHaveLength(1);
  });

  it('and one whose qualifications list secure coding or software development only as options keeps the incident-or-coding round (3116855)', () => {
    expect(roundNames('3116855')).toContain('Incident or coding scenario');
  });
});
