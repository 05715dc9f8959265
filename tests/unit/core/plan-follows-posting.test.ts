// The plan follows what the posting says (issue 9 part 4): questions to ask built on the role's own duties, principle
// questions that follow what the posting says, and topics the posting means. Real postings, read in place.
import { describe, expect, it } from 'vitest';
import { askFacts } from '../../../core/ask-facts';
import { BEST_QUESTIONS, buildPrepPlan, planToMarkdown } from '../../../core/prep-plan';
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

const asks = (id: string) => buildPrepPlan(externalById(id)).questionsToAsk.map((q) => q.text);
const WEEKLY = /^Which numbers does the team review every week/;

describe('a principle’s question follows what the posting says of it', () => {
  it('Dive Deep as troubleshooting asks how the team finds a root cause, not which numbers it reviews weekly (3115479 support engineer)', () => {
    expect(asks('3115479').some((q) => WEEKLY.test(q))).toBe(false);
    // A support engineer whose work is code is in software engineering (family-from-work.test.ts), whose root-cause question this is.
    expect(asks('3115479')).toContain('When something breaks in production, how does the team find the cause and make sure it does not happen again?');
  });

  it('Dive Deep as attention to detail asks what newcomers get wrong (3112166 AI content expert); data work keeps the weekly numbers (3133631 BIE)', () => {
    expect(asks('3112166').some((q) => WEEKLY.test(q))).toBe(false);
    expect(asks('3112166').join('\n')).toMatch(/most often get wrong/);
    expect(asks('3133631').some((q) => WEEKLY.test(q))).toBe(true);
  });

  it('who can stop the work names the work: live equipment at a data centre, an install on a launch (10562098, 1374918)', () => {
    expect(asks('10562098').join('\n')).not.toMatch(/stop a design/);
    expect(asks('10562098').join('\n')).toMatch(/stop work on live equipment/);
    expect(asks('1374918').join('\n')).toMatch(/stop a launch when an install is not ready/);
  });

  it('a recruiter asks how the hiring bar is kept, not the stock "good enough" question (1374912)', () => {
    expect(asks('1374912').join('\n')).not.toMatch(/good enough/);
    expect(asks('1374912').join('\n')).toMatch(/hiring bar/);
  });

  it('a board designer is not asked about uptime (1374692 electrical engineer)', () => {
    expect(planToMarkdown(buildPrepPlan(externalById('1374692')))).not.toMatch(/uptime/i);
  });
});

describe('topics the posting means', () => {
  const topics = (id: string) => buildPrepPlan(externalById(id)).technicalTopics;

  it('a core topic quotes what the basic qualifications require: "distributed applications" for an SA (1375220)', () => {
    const whiteboard = topics('1375220').find((t) => t.topic.startsWith('Architecture whiteboarding'));
    expect(whiteboard?.quote).toBe('distributed applications');
  });

  it('a business-app engineer on a finance process team revises the process (3069391 "…, Cash Application"); a payables team names it (1374454)', () => {
    expect(topics('3069391').map((t) => t.topic).join('\n')).toMatch(/order to cash \(invoices, cash application, receivables\)/);
    expect(topics('1374454').find((t) => t.topic.startsWith('Finance processes'))?.quote).toBe('Payables');
  });

  it('a demand planning manager revises forecasting and inventory planning (1374689)', () => {
    expect(topics('1374689').find((t) => t.topic.startsWith('Demand forecasting'))?.quote).toBe('Demand Planning');
  });
});

describe('conditions and level', () => {
  it('"as long as they can travel" in the location lines is a Travel condition (1375116)', () => {
    expect(buildPrepPlan(externalById('1375116')).checklist.conditions?.map((c) => c.text)).toContain('Travel: Candidate can be based in any US location as long as they can travel');
  });

  it('a first-line manager’s title over text that has the role lead managers says both and asks the recruiter (1374769 Area Manager)', () => {
    const md = planToMarkdown(buildPrepPlan(externalById('1374769')));
    expect(md).toMatch(/Level: people manager or manager of managers \(the posting says “team of Shift Managers”; the title says “Area Manager”, a first-line manager’s title: ask the recruiter which\)/);
    expect(md).not.toMatch(/two levels down/);
  });
});

describe('loops at the edge of a family', () => {
  it('a planning manager is interviewed on the process and its data, not on running a shift (1374689 Manager, Demand Planning)', () => {
    const plan = buildPrepPlan(externalById('1374689'));
    expect(JSON.stringify(plan.loop)).not.toMatch(/Site and safety operations|leading people on the floor/);
    expect(JSON.stringify(plan.loop)).toMatch(/Process and quality/);
    expect(plan.questionsToAsk.map((q) => q.text).join('\n')).not.toMatch(/shift pattern|site’s biggest safety/);
  });
});

describe('the role summary says what the posting says (review 6, K4)', () => {
  it('"leans most on" names only principles the posting gives a sentence for; one ranked on the family’s habits is the loop’s (1375236, 1375174)', () => {
    for (const id of ['1375236', '1375174']) {
      const plan = buildPrepPlan(externalById(id));
      const unquoted = plan.principles.slice(0, 3).filter((p) => p.evidence.length === 0);
      expect(unquoted.length, id).toBeGreaterThan(0);
      const leans = /The posting leans most on (.*?)(?:, and loops|:)/.exec(plan.roleSummary.text)?.[1] ?? '';
      for (const p of unquoted) {
        expect(leans, id).not.toContain(p.name);
        expect(plan.roleSummary.text, id).toMatch(new RegExp(`usually probe [^:]*${p.name}`));
      }
    }
  });
});

describe('a variant’s practice questions match its loop (review 6, K6)', () => {
  it('a demand planning manager is asked about forecasts, reports and partner teams, not the site floor (1374689)', () => {
    const plan = buildPrepPlan(externalById('1374689'));
    const practice = plan.principles.flatMap((p) => p.practiceQuestions).join('\n');
    expect(practice).not.toMatch(/on the floor|area of the site|another team on the site/);
    expect(plan.principles.find((p) => p.id === 'dive-deep')?.likelyQuestion).toMatch(/a number or a forecast looked right/);
  });
});

describe('a level the title and the text disagree on (review 6, K7)', () => {
  it('an individual contributor’s title whose text has the role lead a team keeps the title’s level and asks (1375174 Sr. TPM)', () => {
    const level = buildPrepPlan(externalById('1375174')).roleSummary.level;
    expect(level?.id).toBe('senior');
    expect(level?.label).toBe('senior, or a people manager');
    expect(level?.reason).toMatch(/lead a team of program management professionals.*ask the recruiter which/);
  });
});

describe('a question built on the posting’s words takes the whole group (review 6, K8)', () => {
  it('a segment that ends a list sharing its head noun is named with the list (1375029)', () => {
    expect(askFacts(externalById('1375029')).customers).toEqual(['Government, Educational, HealthCare and Non-Profit Institutions']);
  });
});

describe('a basic qualification’s domain gets a topic (review 6, K5)', () => {
  const named = (id: string) => buildPrepPlan(externalById(id)).technicalTopics.map((t) => `${t.topic} <${t.quote ?? ''}>`).join('\n');
  it('hardware interaction and information architecture for a designer of connected lab devices (1374970)', () => {
    expect(named('1374970')).toMatch(/Interaction design for connected hardware.*<between hardware and software>/);
    expect(named('1374970')).toMatch(/Information architecture.*<information architecture>/);
  });
  it('broadcast-grade video for an M&E architect (1374945); SIEM and telemetry for security engineers (1375427, 1375424)', () => {
    expect(named('1374945')).toMatch(/Broadcast-grade video in the cloud.*<broadcasting grade>/);
    expect(named('1375427')).toMatch(/Security detection data: SIEM.*<SIEM>/);
    expect(named('1375424')).toMatch(/Security detection data: SIEM.*<Mitre ATTandCK>/);
  });
});

describe('a manager on a process loop (review 6, K6)', () => {
  it('a planning manager who leads a team gets the people-management round the process loop lacks (1374689)', () => {
    expect(buildPrepPlan(externalById('1374689')).loop.rounds.map((r) => r.name)).toContain('People management');
  });
});
