import { describe, expect, it } from 'vitest';
import { buildPrepPlan, planToMarkdown } from '../../../core/prep-plan';
import { detectRoleFamily, isTechnicalFamily } from '../../../core/role-family';
import { readLevel } from '../../../core/seniority';
import { emptyPosting } from './helpers';

const level = (values: Parameters<typeof emptyPosting>[0]) => {
  const p = emptyPosting(values);
  const fam = detectRoleFamily(p).id;
  return readLevel(p, fam, isTechnicalFamily(fam));
};

describe('readLevel', () => {
  it('reads the title first: Sr., Principal (and its common misspelling), II, III, I, L-levels', () => {
    expect(level({ title: 'Sr. Solutions Architect' })?.id).toBe('senior');
    expect(level({ title: 'Principal Technical Product Manager' })?.id).toBe('principal');
    expect(level({ title: 'Principle Solutions Architect' })?.id).toBe('principal');
    expect(level({ title: 'Software Development Engineer II, Device OS' })?.id).toBe('mid');
    expect(level({ title: 'Support Engineer III, REALM' })?.id).toBe('senior');
    expect(level({ title: 'Data Engineer I, Amazon Music' })?.id).toBe('entry');
    expect(level({ title: 'Software Development Engineer (L6), Payments' })?.id).toBe('senior');
    // A title's level outranks the years.
    expect(level({ title: 'Software Development Engineer II', basicQualifications: ['8+ years of professional software development experience'] })?.id).toBe('mid');
  });

  it('reads the years the basic qualifications ask for where the title names no level', () => {
    const at = (q: string) => level({ title: 'Software Development Engineer', basicQualifications: [q] });
    expect(at('1+ years of non-internship professional software development experience')?.id).toBe('entry');
    expect(at('3+ years of non-internship professional software development experience')?.id).toBe('mid');
    expect(at('Minimum of five years of experience building distributed systems')?.id).toBe('senior');
    expect(at('10+ years of software development experience')?.id).toBe('principal');
    const senior = at('5+ years of professional software development experience')!;
    expect(senior.reason).toBe('the basic qualifications ask for 5+ years of experience');
    expect(senior.scope).toMatch(/too junior/);
    // Years that are not the candidate's experience say nothing.
    expect(level({ title: 'Software Development Engineer', description: 'Amazon has led online retail for over 25 years.' })).toBeNull();
    // Without qualifications, the description's years count.
    expect(level({ title: 'Data Engineer', description: 'You have 2+ years of data engineering experience.' })?.reason).toBe('the description asks for 2+ years of experience');
  });

  it('reads a manager, and a manager of managers, from the title or the text, not from "Manager" alone', () => {
    expect(level({ title: 'Software Development Manager', basicQualifications: ['7+ years of engineering experience'] })?.id).toBe('manager');
    expect(level({ title: 'Sr. Software Development Manager' })?.id).toBe('senior-manager');
    expect(level({ title: 'Software Development Manager', description: 'You will lead a team of managers and engineers.' })?.id).toBe('senior-manager');
    expect(level({ title: 'Manager II, Quality', category: 'Systems, Quality, and Security Engineering', description: 'Lead a team of software engineers and quality experts in testing client software.' })?.id).toBe('manager');
    // Product, program and account managers are individual contributors.
    expect(level({ title: 'Senior Technical Program Manager', basicQualifications: ['7+ years of technical program management experience'] })?.id).toBe('senior');
    expect(level({ title: 'Product Manager' })).toBeNull();
    // An analyst whose qualifications mention people management is still an analyst.
    expect(level({ title: 'Procurement Operations Analyst', basicQualifications: ['3+ years of experience in procurement', '1+ years of people management experience'] })?.id).toBe('mid');
  });

  it('reads the level the description names for this role, and says when it differs from the title (1374947)', () => {
    const bie = level({ title: 'Business Intelligence Engineer, eCS', description: 'We are looking for a Senior Business Intelligence Engineer to own our metrics.' });
    expect(bie?.id).toBe('senior');
    expect(bie?.reason).toBe('the description says “Senior Business Intelligence Engineer”');
    // Colleagues named in the plural are not the role.
    expect(level({ title: 'Software Dev Engineer - II', description: 'You will work with Senior Engineers and Principal Engineers.' })?.id).toBe('mid');
    const tpm = level({ title: 'Sr. Technical Program Manager', description: 'As a Principal Technical Program Manager you will lead the program.' })!;
    expect(tpm.id).toBe('principal');
    expect(tpm.scope).toMatch(/The title and the description name different levels \(“Principal Technical Program Manager”\): ask your recruiter/);
  });

  it('gives students no level', () => {
    expect(level({ title: 'Software Development Engineer Intern', basicQualifications: ['1+ years of programming experience'] })).toBeNull();
  });
});

describe('the plan says the level and what it changes', () => {
  it('in the role text and as a fact, with the reason', () => {
    const plan = buildPrepPlan(emptyPosting({ title: 'Software Development Engineer', basicQualifications: ['5+ years of professional software development experience'] }));
    expect(plan.roleSummary.level?.label).toBe('senior');
    expect(plan.roleSummary.text).toMatch(/At a senior level, a story about your own task alone reads as too junior/);
    expect(planToMarkdown(plan)).toContain('- Level: senior (the basic qualifications ask for 5+ years of experience)');
  });

  it('says nothing where nothing says the level', () => {
    const plan = buildPrepPlan(emptyPosting({ title: 'Software Development Engineer' }));
    expect(plan.roleSummary.level).toBeUndefined();
    expect(planToMarkdown(plan)).not.toContain('- Level:');
  });
});
