// Review 4 (plan classes 4 and 5): conditions a qualification states, the level when nothing says it,
// loops and topics at the edge of a family. Real postings, read in place.
import { describe, expect, it } from 'vitest';
import { buildPrepPlan, planToMarkdown } from '../../../core/prep-plan';
import { conditionItems } from '../../../core/checklist';
import { externalById } from './external-postings';

const conditions = (id: string) => buildPrepPlan(externalById(id)).checklist.conditions?.map((c) => c.text) ?? [];
const basic = (id: string) => buildPrepPlan(externalById(id)).checklist.basic.map((c) => c.text);

describe('conditions a qualification line states', () => {
  it('travel ranges and physical work move from Basic to Conditions (1374918 launch engineer, 3107860 network technician)', () => {
    expect(conditions('1374918')).toEqual([
      'Travel: Willingness and ability to travel 50-75% of the year domestically',
      'Physical work: Must be able to work with arms above head',
      'Physical work: Must be able to work on a ladder',
      'Physical work: Must be able to lift up to 49 pounds with or without reasonable accommodation',
    ]);
    expect(basic('1374918').join('\n')).not.toMatch(/travel|ladder|49 pounds|arms above/);
    expect(conditions('3107860')).toEqual(['Physical work: Can lift and rack equipment up to 40 pounds']);
  });

  it('travel without a figure counts when the line says it is required or asks for a willingness (1374748, 1374696)', () => {
    expect(conditions('1374748')).toEqual(['Travel: Extended travel to customer locations may be required to sell and deliver professional services as needed']);
    expect(conditions('1374696')).toEqual([expect.stringMatching(/^Travel: Willing to travel to meet with partners/)]);
  });

  it('the description and the qualifications with the same figure show one box; with different ones, both are said', () => {
    expect(conditionItems('Travel up to 50% of the time is required for this role.', ['Willingness to travel up to 50% of the time'])).toEqual(['Travel: Willingness to travel up to 50% of the time']);
    expect(conditions('1375220')).toEqual(['Travel: This role requires domestic travel up to 25% (the qualifications say “Ability to travel, including out of state, up to 35% of the time”: ask the recruiter which holds)']);
  });

  it('a condition in the company’s voice is quoted as the posting’s words (1375283), a plain one is not (1497592-like)', () => {
    expect(conditions('1375283')).toEqual([
      'On-call: the posting says “We are responsible for our on-call rotation to ensure our services bring value to our customers”',
      'Location: the posting says “This position can also be located at our Ottawa, ON location”',
    ]);
    expect(conditionItems('This position requires that the candidate selected be a US Citizen and obtain and maintain an active TS/SCI security clearance.')).toEqual([
      'Eligibility: This position requires that the candidate selected be a US Citizen and obtain and maintain an active TS/SCI security clearance',
    ]);
  });
});

describe('a posting that gives no level says so', () => {
  it('the launch engineer and the thin IT application engineer get "not stated: ask the recruiter" (1374918, 3069391)', () => {
    for (const id of ['1374918', '3069391']) {
      const plan = buildPrepPlan(externalById(id));
      expect(plan.roleSummary.level?.label, id).toBe('not stated');
      expect(plan.roleSummary.text, id).toMatch(/ask your recruiter which level the role is hired at/);
      expect(planToMarkdown(plan), id).toMatch(/^- Level: not stated \(/m);
    }
    // A level the title gives is kept (1375236 "Sr. Data Scientist").
    expect(buildPrepPlan(externalById('1375236')).roleSummary.level?.id).toBe('senior');
  });
});
