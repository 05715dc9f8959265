import { describe, expect, it } from 'vitest';
import { buildPrepPlan, planToMarkdown } from '../../../core/prep-plan';
import { detectRoleFamily, isTechnicalFamily } from '../../../core/role-family';
import { readLevel } from '../../../core/seniority';
import { emptyPosting } from './helpers';
import { externalById } from './external-postings';

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
    // Years alone do not separate neighbouring levels: the plan says the span, asks, and prepares for the higher.
    expect(at('Minimum of five years of experience building distributed systems')?.id).toBe('senior');
    expect(at('10+ years of software development experience')?.label).toBe('senior to principal');
    const senior = at('5+ years of professional software development experience')!;
    expect(senior.label).toBe('mid-level to senior');
    expect(senior.reason).toBe('the basic qualifications ask for 5+ years of experience; the title names no level: ask the recruiter which');
    expect(senior.scope).toMatch(/^The title names no level, and 5\+ years fits a mid-level or a senior hire: ask your recruiter which, and prepare stories of senior size/);
    expect(senior.scope).not.toMatch(/mentored/);
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
    expect(plan.roleSummary.level?.label).toBe('mid-level to senior');
    expect(plan.roleSummary.text).toMatch(/ask your recruiter which, and prepare stories of senior size/);
    expect(planToMarkdown(plan)).toContain('- Level: mid-level to senior (the basic qualifications ask for 5+ years of experience; the title names no level: ask the recruiter which)');
    const sr = buildPrepPlan(emptyPosting({ title: 'Sr. Software Development Engineer', basicQualifications: ['5+ years of professional software development experience'] }));
    expect(sr.roleSummary.text).toMatch(/At a senior level, a story about your own task alone reads as too junior/);
  });

  it('says the level is not stated where nothing says it (review 4), and says nothing for an intern', () => {
    const plan = buildPrepPlan(emptyPosting({ title: 'Software Development Engineer' }));
    expect(plan.roleSummary.level?.id).toBe('unstated');
    expect(planToMarkdown(plan)).toContain('- Level: not stated');
    const intern = buildPrepPlan(emptyPosting({ title: 'Software Development Engineer Intern' }));
    expect(intern.roleSummary.level).toBeUndefined();
    expect(planToMarkdown(intern)).not.toContain('- Level:');
  });
});

describe('review 3 class 6: level from years alone, and thin postings', () => {
  it('a data-centre posting asking 5+ years with no level in its title is "mid-level to senior", to ask about (10562098)', () => {
    const plan = buildPrepPlan(externalById('10562098'));
    expect(plan.roleSummary.level?.label).toBe('mid-level to senior');
    expect(plan.roleSummary.text).not.toMatch(/people you mentored/);
  });

  it('reads "2+ yrs" and years that open a qualification line without the word "experience" (3112166, 1373881)', () => {
    expect(buildPrepPlan(externalById('3112166')).roleSummary.level).toMatchObject({ id: 'mid', reason: 'the basic qualifications ask for 2+ years of experience' });
    expect(buildPrepPlan(externalById('1373881')).roleSummary.level?.id).toBe('mid');
  });

  it('reads a level word alone after the comma as the title’s (1375181 "Program Manager, Senior")', () => {
    expect(buildPrepPlan(externalById('1375181')).roleSummary.level).toMatchObject({ id: 'senior', reason: expect.stringMatching(/^the title says “Senior”/) });
    expect(level({ title: 'Business Intelligence Engineer, Finance', basicQualifications: ['2+ years of experience'] })?.id).toBe('mid');
  });

  it('peer nouns follow the title’s level: an area manager is asked about another area manager, not a shift manager (1374769)', () => {
    const plan = buildPrepPlan(externalById('1374769'));
    const text = [...plan.principles.flatMap((p) => p.practiceQuestions), ...plan.storyMap.mustAsk.map((q) => q.question)].join('\n');
    expect(text).not.toMatch(/shift manager/);
    expect(text).toMatch(/another area manager/);
    const analyst = buildPrepPlan(emptyPosting({ title: 'Operations Analyst', category: 'Fulfillment and Operations Management', description: 'Analyse site data.' }));
    expect(analyst.storyMap.mustAsk.map((q) => q.question).join(' ')).not.toMatch(/shift manager/);
  });
});
