// Review 5 (plan text, issue 9 part 4): questions to ask built on the role's own duties, principle
// questions that follow what the posting says, and topics the posting means. Real postings, read in place.
import { describe, expect, it } from 'vitest';
import { askFacts } from '../../../core/ask-facts';
import { BEST_QUESTIONS, buildPrepPlan } from '../../../core/prep-plan';
import { externalById } from './external-postings';
import { postingById } from './helpers';

const best = (id: string) =>
  buildPrepPlan(externalById(id))
    .questionsToAsk.slice(0, BEST_QUESTIONS)
    .map((q) => q.text);

describe('the best three questions to ask include one on a duty of the role', () => {
  it('a duty given in prose ("You will translate…", "you will deliver…", "you’ll help to build…") is asked about (1375116, 1374918, 1375236)', () => {
    expect(best('1375116').join('\n')).toMatch(/“translate strategic initiatives in the account plan into executable actions”/);
    expect(best('1374918').join('\n')).toMatch(/“deliver in-store technology on time”/);
    expect(best('1375236').join('\n')).toMatch(/“build and manage services that detect and automate the mitigation of cybersecurity threats”/);
  });

  it('a duty too long to quote whole is quoted up to where its task ends (1374912, 3002023)', () => {
    expect(askFacts(externalById('1374912')).duty).toBe('Lead meetings with client groups to include overall hiring progress');
    expect(askFacts(postingById('3002023')).duty).toBe('Write product requirements and specifications');
  });

  it('comes before the partners and the people served, not after them (1374945, 1375220)', () => {
    for (const id of ['1374945', '1375220']) expect(best(id).some((q) => q.includes('among the duties')), id).toBe(true);
  });

  it('never a company line, a pitch or a perk: "You’ll get to use the full power of AWS" gives no duty (1375238)', () => {
    expect(askFacts(externalById('1375238')).duty ?? '').not.toMatch(/full power|get to/);
  });
});

describe('measures the role works to', () => {
  it('KPIs in inline bullets ("• Working to KPIs such as Delivery On Time, First Time Delivery Success") are asked about (1374769)', () => {
    expect(best('1374769').join('\n')).toMatch(/Of Delivery On Time and First Time Delivery Success, which is furthest/);
  });
});
