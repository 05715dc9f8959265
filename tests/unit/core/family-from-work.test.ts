// A title keyword does not decide the family when the posting's work says otherwise (issue 9, review 9):
// a support engineer whose work is an application's code is an engineer of it, and a consultant is a
// consultant whatever industry term ("Supply Chain") the title carries. Real postings, read in place.
import { describe, expect, it } from 'vitest';
import { buildPrepPlan } from '../../../core/prep-plan';
import { detectRoleFamily } from '../../../core/role-family';
import { externalById, externalPosting, externalRecords } from './external-postings';

const family = (id: string) => detectRoleFamily(externalById(id)).id;
const rounds = (id: string) => buildPrepPlan(externalById(id)).loop.rounds.map((r) => r.name);

describe('a support engineer whose work is code', () => {
  it('is software engineering with a troubleshooting and scripting loop, not customer support (1374648: tickets from production services, code fixes, Perl or shell)', () => {
    expect(family('1374648')).toBe('software-engineering');
    expect(rounds('1374648')).toEqual(['Troubleshooting a production issue', 'Scripting and coding', 'Linux, SQL and operations']);
    const plan = buildPrepPlan(externalById('1374648'));
    expect(plan.phoneScreen.join('\n')).not.toMatch(/how you handle customers/);
    expect(plan.technicalTopics.filter((t) => t.core).map((t) => t.quote)).toEqual([undefined, 'Perl', 'UNIX']);
  });

  it('stays in support when it takes customers’ issues by phone, chat and email (1375057 Cloud Support Engineer)', () => {
    expect(family('1375057')).toBe('support-customer-service');
  });

  it('over every external posting titled support engineer: customer contact keeps support, code work without it moves to software engineering', () => {
    const moved: string[] = [];
    const kept: string[] = [];
    for (const r of externalRecords().filter((x) => /\bsupport eng/i.test(x.title ?? ''))) (family(r.job_id) === 'software-engineering' ? moved : kept).push(r.job_id);
    // The standard support-engineer qualifications ("2+ years of software development … scripting … debugging") and 1374648 move;
    // cloud support (phone, chat, email) and the integration support engineers who work with customer service stay.
    expect(moved.sort()).toEqual(['1374648', '2872518', '2928982', '2947153', '2952085', '3019072', '3067910', '3104370', '3115479', '3135523']);
    expect(kept).toContain('1375057');
    expect(kept).toContain('2962227');
  });
});

describe('a consultant', () => {
  it('is a customer-facing consultant, not operations, when the title also says "Supply Chain" (1374928, AWS ProServe media)', () => {
    expect(family('1374928')).toBe('sales-account-solutions');
    expect(rounds('1374928')).not.toContain('Process and quality');
    expect(buildPrepPlan(externalById('1374928')).technicalTopics.map((t) => t.topic).join('\n')).not.toMatch(/labour planning|on the floor/);
  });

  it('is not learning and development because its text mentions training (2943450, ProServe delivery consultant)', () => {
    expect(family('2943450')).toBe('sales-account-solutions');
  });

  it('leaves no consultant title in operations or learning across the external postings', () => {
    const off = externalRecords()
      .filter((r) => /\bconsultant\b/i.test(r.title ?? ''))
      .filter((r) => ['operations', 'learning-development'].includes(detectRoleFamily(externalPosting(r)).id));
    expect(off.map((r) => r.job_id)).toEqual([]);
  });
});
