import { describe, expect, it } from 'vitest';
import { article, familyRolePhrase } from '../../../core/plan-family';
import { askFacts } from '../../../core/ask-facts';
import { buildPrepPlan, planToMarkdown } from '../../../core/prep-plan';
import { familyAsks, familyWords, practiceQuestions, questionsToAsk, teamName } from '../../../core/questions';
import { rankPrinciples } from '../../../core/rank-principles';
import { ROLE_FAMILY_IDS, detectRoleFamily } from '../../../core/role-family';
import { externalById, externalPosting, externalRecords } from './external-postings';
import { emptyPosting, postingById } from './helpers';

describe('practice questions', () => {
  it('are worded differently for an engineer and an operations manager', () => {
    const sde = practiceQuestions(['customer-obsession', 'deliver-results'], 'software-engineering').map((q) => q.text);
    const ops = practiceQuestions(['customer-obsession', 'deliver-results'], 'operations').map((q) => q.text);
    expect(sde).not.toEqual(ops);
    expect(sde.join(' ')).toMatch(/software/);
    expect(ops.join(' ')).toMatch(/orders|shift|site/);
    for (const q of [...sde, ...ops]) expect(q).not.toMatch(/[{}]/);
  });

  it('give every catalog question of a principle, not only the first three', () => {
    const qs = practiceQuestions(['customer-obsession'], 'general');
    expect(qs.length).toBeGreaterThan(3);
  });

  it('never join two "or" alternatives in one phrase for any family', () => {
    for (const fam of ROLE_FAMILY_IDS)
      for (const q of practiceQuestions(['ownership', 'earn-trust', 'have-backbone-disagree-and-commit'], fam))
        expect(q.text, `${fam}: ${q.text}`).not.toMatch(/ or [^.?]* or [^.?]* or /);
  });
});

describe('grammar', () => {
  it('picks "a" or "an" by sound', () => {
    expect(familyRolePhrase('operations')).toBe('an operations role');
    expect(familyRolePhrase('software-engineering')).toBe('a software engineering role');
    expect(familyRolePhrase('hr-recruiting')).toBe('an HR and recruiting role');
    expect(article('engineering')).toBe('an');
    expect(article('user experience')).toBe('a');
  });
});

describe('questions to ask', () => {
  for (const id of ['1496414', '2879113', '3038134']) {
    it(`gives at least 5 distinct questions with anchors (job ${id})`, () => {
      const p = postingById(id);
      const family = detectRoleFamily(p);
      const qs = questionsToAsk(p, family, rankPrinciples(p, family));
      expect(qs.length).toBeGreaterThanOrEqual(5);
      expect(new Set(qs.map((q) => q.text.toLowerCase())).size).toBe(qs.length);
      expect(qs.map((q) => q.id)).toEqual(qs.map((_, i) => `ask-${i + 1}`));
    });
  }

  it('draws on the posting: a listed responsibility and the team', () => {
    const p = postingById('3038134');
    const qs = questionsToAsk(p, detectRoleFamily(p), rankPrinciples(p)).map((q) => q.text);
    expect(qs.some((q) => q.includes('EU 3P Selection'))).toBe(true);
    expect(qs.some((q) => p.responsibilities.some((r) => q.includes(r.slice(0, 30))))).toBe(true);
  });

  it('the best three start with a question for the role family', () => {
    const p = postingById('2879113');
    const family = detectRoleFamily(p);
    const qs = questionsToAsk(p, 'operations', rankPrinciples(p, family));
    expect(qs[0]!.text).toBe(familyAsks('operations')[0]);
  });

  it('still gives 5 for an empty posting', () => {
    const p = emptyPosting();
    expect(questionsToAsk(p, detectRoleFamily(p), rankPrinciples(p)).length).toBeGreaterThanOrEqual(5);
  });

  // Over every external posting: never echo a single generic word, never point at a requirement.
  it('never echo a posting word or a qualification back at the interviewer (418 external postings)', () => {
    for (const r of externalRecords()) {
      const p = externalPosting(r);
      const family = detectRoleFamily(p);
      const qs = questionsToAsk(p, family, rankPrinciples(p, family)).map((q) => q.text);
      for (const q of qs) {
        expect(q, r.job_id).not.toMatch(/The posting mentions/);
        expect(q, r.job_id).not.toMatch(/How much does/);
        expect(q, r.job_id).not.toMatch(/&amp;|&#\d+;/);
        for (const qual of [...p.basicQualifications, ...p.preferredQualifications])
          if (qual.length > 25) expect(q, r.job_id).not.toContain(qual.slice(0, 25));
      }
    }
  });
});

describe('team name', () => {
  it('names a team once, without "team team" or a repeated part', () => {
    expect(teamName(emptyPosting({ title: 'Data Scientist', team: 'Customer Trust, Customer Trust team' }))).toBe('Customer Trust');
    expect(teamName(emptyPosting({ title: 'Data Center Engineering Operations, Data Center Engineering Operations' }))).toBeNull();
    expect(teamName(emptyPosting({ title: 'Program Manager, Payments' }))).toBe('Payments');
  });
});

// Content words of a question, for telling near-duplicates apart: words of four letters or more,
// without the question words and the words every question about a team uses.
const COMMON = new Set('what which when where does this that with your team role would have from about their they them there most more today right first after recently'.split(' '));
function content(q: string): Set<string> {
  return new Set((q.toLowerCase().match(/[a-z][a-z’'-]{3,}/g) ?? []).filter((w) => !COMMON.has(w)));
}
function shareMost(a: string, b: string): boolean {
  const [x, y] = [content(a), content(b)].sort((p, q) => p.size - q.size) as [Set<string>, Set<string>];
  return x.size > 0 && [...x].filter((w) => y.has(w)).length / x.size > 0.5;
}

// The 418 external postings with their plans, built once for the tests below.
const external = externalRecords().map((r) => {
  const posting = externalPosting(r);
  return { id: r.job_id, posting, plan: buildPrepPlan(posting) };
});
const ownText = (p: (typeof external)[number]['posting']) => [p.description ?? '', ...p.responsibilities].join('\n');
const squash = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');

describe('questions to ask, built from the posting (418 external postings)', () => {
  it('no two questions in a plan share most of their content words', () => {
    for (const { id, plan } of external) {
      const asks = plan.questionsToAsk.map((q) => q.text);
      for (let i = 0; i < asks.length; i++)
        for (let j = i + 1; j < asks.length; j++) expect(shareMost(asks[i]!, asks[j]!), `${id}: "${asks[i]}" / "${asks[j]}"`).toBe(false);
    }
  });

  it('every fact a question uses is the posting’s own words, from its description or duties, never its qualifications', () => {
    for (const { id, posting } of external) {
      const f = askFacts(posting);
      const own = squash(ownText(posting));
      for (const part of [f.duty, ...f.customers, ...f.partners].filter((x): x is string => !!x))
        expect(own, `${id}: ${part}`).toContain(squash(part).replace(/[.;:,]+$/, ''));
      // A measure may be named as one ("operating expenses" for "OpEx"); its first word is the posting's.
      for (const m of f.metrics) expect(own, `${id}: ${m}`).toMatch(new RegExp(`\\b(?:${squash(m).split(' ')[0]!.replace(/s$/, '')}|opex)`, 'i'));
    }
  });

  it('where the posting says how the role is measured, whom it serves or what the role does, one of the best three questions uses it', () => {
    let withFacts = 0;
    for (const { id, posting, plan } of external) {
      const f = askFacts(posting);
      const parts = [f.duty && f.duty.replace(/[.;:,]+$/, ''), ...f.metrics, ...f.customers.flatMap((c) => [c, c.replace(/ \S+$/, '')]), ...f.partners].filter((x): x is string => !!x);
      if (!parts.length && !f.stage) continue;
      withFacts++;
      const best = plan.questionsToAsk.slice(0, 3).map((q) => q.text);
      const usesPosting = best.some((q) => parts.some((part) => q.includes(part))) || (!!f.stage && best.some((q) => /already have in place|grows, what|existing systems/.test(q)));
      expect(usesPosting, `${id}: ${best.join(' | ')}`).toBe(true);
    }
    // About half the description-bearing part of the set says something askable about the role itself:
    // 128 of 252 when written (199 when the team's mission and the intro still counted, review 2 class 6).
    expect(withFacts).toBeGreaterThan(120);
  });

  it('the best three differ from posting to posting: no fixed pool', () => {
    const tops = new Set(external.flatMap((e) => e.plan.questionsToAsk.slice(0, 3).map((q) => q.text)));
    // Before questions were built from the posting, the 418 plans shared 92 distinct questions among their best three.
    expect(tops.size).toBeGreaterThan(200);
  });

  it('never quote Amazon’s standard text: the mentorship paragraph is not what the team does', () => {
    for (const { id, plan } of external)
      for (const q of plan.questionsToAsk) expect(q.text, id).not.toMatch(/new team members|customer-centric company|inclusive|work\/life|work life balance/i);
  });

  it('open with the family’s own concern: on-call for engineers, safety at a site, hiring targets for a recruiter, production for a scientist', () => {
    const first = (fam: string) => external.filter((e) => e.plan.roleSummary.familyId === fam).map((e) => [e.id, e.plan.questionsToAsk[0]!.text] as const);
    // On-call, unless the role runs a business application (review 4: its business processes) or supports one (review 9: its tickets).
    for (const [id, q] of first('software-engineering')) expect(q, id).toMatch(/on-call|^Which business processes run on the systems|^Which kinds of tickets take most/);
    // A site's safety, unless the title is a tester's, a data annotator's or an analyst's (their own first concern).
    for (const [id, q] of first('operations')) expect(q, id).toMatch(/safety|Which products would I test first|quality of the work checked|Which process would this role own/);
    for (const [id, q] of first('science-research')) expect(q, id).toMatch(/prototype to something customers use/);
    const recruiter = externalById('1374912');
    expect(questionsToAsk(recruiter, 'hr-recruiting', rankPrinciples(recruiter))[0]!.text).toMatch(/hiring targets/);
  });
});

describe('questions to ask, from a posting written for the test', () => {
  const posting = (description: string, extra: Partial<Parameters<typeof emptyPosting>[0]> = {}) =>
    emptyPosting({ title: 'Financial Analyst, Devices Finance', description, ...extra });

  it('never ask about what the team says it is focused on: that is its mission, not this role’s work', () => {
    const p = posting('The Devices Finance team is focused on building the planning models for new hardware launches. You will own the monthly forecast.');
    const qs = questionsToAsk(p, 'finance-accounting', rankPrinciples(p)).map((q) => q.text);
    expect(qs.join('\n')).not.toMatch(/planning models|how far along/);
  });

  it('name the measures the duties say the role moves, but not a measure only the qualifications name', () => {
    const p = posting('Key job responsibilities\n· Own the weekly review of forecast accuracy and operating expenses for the devices business.', {
      preferredQualifications: ['Experience reducing latency and downtime in data pipelines'],
    });
    const qs = questionsToAsk(p, 'finance-accounting', rankPrinciples(p)).map((q) => q.text);
    expect(qs.join('\n')).toMatch(/Of forecast accuracy and operating expenses, which is furthest/);
    expect(qs.join('\n')).not.toMatch(/latency|downtime/);
  });

  it('a word that only sometimes names a measure ("engagement strategies") is not asked about as one', () => {
    const p = posting('Build engagement strategies with diverse candidate populations.', { title: 'Recruiter, Legal' });
    expect(askFacts(p).metrics).toEqual([]);
  });

  it('keep the posting’s text as text: markup in it is escaped in the Markdown plan', () => {
    const p = posting('In this role you will:\n· Own <img src=x onerror=alert(1)> planning across all device launches');
    const md = planToMarkdown(buildPrepPlan(p));
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(md).not.toMatch(/(?<!\\)<img/);
  });
});

describe('review 1: wording that fits the job', () => {
  it('the most likely Dive Deep question fits an engineer, a data-centre technician and a site manager, not "a metric looked fine"', () => {
    for (const [family, title] of [
      ['hardware-operations-engineering', 'Electrical Engineer'],
      ['hardware-operations-engineering', 'Data Center Engineering Operations Technician'],
      ['operations', 'Area Manager'],
    ] as const) {
      const [likely] = practiceQuestions(['dive-deep'], family, 1, familyWords(family, title));
      expect(likely!.text, title).not.toMatch(/^Tell me about a time a metric looked fine/);
    }
  });

  it('a data-centre role returns equipment to service and is asked about its live site, not a product stage', () => {
    const words = familyWords('hardware-operations-engineering', 'Data Center Engineering Operations');
    expect(practiceQuestions(['insist-on-the-highest-standards'], 'hardware-operations-engineering', 1, words)[0]!.text).toMatch(/return equipment to service/);
    const p = externalById('10562098');
    const asks = questionsToAsk(p, 'hardware-operations-engineering', rankPrinciples(p)).map((q) => q.text);
    expect(asks.join('\n')).not.toMatch(/design, validation, ramp or sustaining/);
  });

  it('names the customer segment the posting names (Non-Profit Institutions), not Amazon’s own reach ("hundreds of thousands of developers")', () => {
    const p = externalById('1375046');
    expect(askFacts(p).customers).toEqual(['Non-Profit Institutions']);
  });

  it('a duty that is a list is asked about by its first item', () => {
    const p = emptyPosting({ title: 'Electrical Engineer', description: 'Key job responsibilities\n- Generate schematics, PCB layout (place and route), Bills of Materials, Manufacturing data\n' });
    expect(askFacts(p).duty).toBe('Generate schematics');
  });
});

describe('review 3 class 7: Ownership, Bias for Action, Hire and Develop and Are Right are asked in the words of the job', () => {
  it('the most likely question is the family’s own, not the stock one, for every family but general (10562098, 1374912, 1375569)', () => {
    const stock = /^Tell me about (?:a problem outside your responsibilities|a time you acted without all the information|someone you helped grow|a decision you made with incomplete information)/;
    for (const family of ROLE_FAMILY_IDS) {
      if (family === 'general') continue;
      for (const id of ['ownership', 'bias-for-action', 'hire-and-develop-the-best', 'are-right-a-lot'] as const) {
        if (family === 'student-intern' && (id === 'bias-for-action' || id === 'are-right-a-lot')) continue;
        expect(practiceQuestions([id], family)[0]!.text, `${family} ${id}`).not.toMatch(stock);
      }
    }
    const own = (id: string) => buildPrepPlan(externalById(id)).principles.find((p) => p.id === 'ownership')?.likelyQuestion;
    expect(own('10562098')).toMatch(/alarm or a fault outside your own area/);
    expect(own('1374912')).toMatch(/a search you took over that was failing/);
    expect(own('1375569')).toMatch(/code or a service your team did not own/);
  });
});

describe('review 3 class 7: questions to ask that fit the kind of work', () => {
  it('no "simplified or reinvented" nor "publications" for an applied data scientist, no weekly numbers for a learning designer, no "how does the team hear from customers" for a customer-facing role (1375236, 1375048, 1375220)', () => {
    const asks = (id: string) => buildPrepPlan(externalById(id)).questionsToAsk.map((q) => q.text).join('\n');
    expect(asks('1375236')).not.toMatch(/simplified or reinvented|publications/);
    expect(asks('1375048')).not.toMatch(/every week/);
    expect(asks('1375220')).not.toMatch(/How does the team hear from/);
  });
});
