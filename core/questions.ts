// Practice questions for the principles a posting ranks highest, worded for the role family, and
// questions for the candidate to ask the interviewer, drawn from the posting itself.
import type { Posting } from './posting';
import { principle, type PrincipleId } from './principles';
import type { RankedPrinciple } from './rank-principles';
import type { RoleFamily, RoleFamilyId } from './role-family';

export interface PracticeQuestion {
  principle: PrincipleId;
  text: string;
}

interface FamilyContext {
  customer: string;
  work: string;
  partner: string;
  metric: string;
  /** Questions to ask that suit this kind of job. */
  ask: string[];
}

// The words that make a question sound like the candidate's own job.
const CONTEXT: Record<Exclude<RoleFamilyId, FamilyWithSharedContext>, FamilyContext> & Partial<Record<RoleFamilyId, FamilyContext>> = {
  'software-engineering': {
    customer: 'the customers or engineers who depend on your service',
    work: 'a system you designed or built',
    partner: 'a product manager or another engineering team',
    metric: 'latency, availability or defect rates',
    ask: [
      'How does the team split time between new features and operational work such as on-call?',
      'What does the design and code review process look like, and who takes part?',
    ],
  },
  'engineering-management': {
    customer: 'the customers your team\'s systems serve',
    work: 'your team\'s roadmap',
    partner: 'a peer manager or your product partner',
    metric: 'delivery predictability, operational health or team attrition',
    ask: [
      'How big is the team today, how many openings are there, and what seniority mix are you aiming for?',
      'What are the biggest technical and people challenges the next manager will inherit?',
    ],
  },
  'product-program-management': {
    customer: 'the customers of a product or program you ran',
    work: 'a product or program you led',
    partner: 'an engineering lead or a senior stakeholder',
    metric: 'adoption, launch dates or program goals',
    ask: [
      'How are priorities for this product or program set, and who has the final say?',
      'Which launch or milestone would this role own first?',
    ],
  },
  'science-research': {
    customer: 'the customers affected by a model or study of yours',
    work: 'a model, experiment or study you led',
    partner: 'an engineering or business partner',
    metric: 'model quality, experiment outcomes or business impact',
    ask: [
      'How does research here move from an idea to production, and who owns each step?',
      'How does the team balance publishing with business deliverables?',
    ],
  },
  'data-bi': {
    customer: 'the business users of your dashboards and analyses',
    work: 'a dashboard, data pipeline or analysis you built',
    partner: 'a business stakeholder',
    metric: 'data quality, report adoption or the business metrics you track',
    ask: [
      'What does the data stack look like today (warehouse, ETL, reporting tools), and what would you change?',
      'Which business decisions rely most on this team\'s analyses?',
    ],
  },
  operations: {
    customer: 'customers waiting on their orders',
    work: 'a shift, site or process you ran',
    partner: 'another shift manager or a support team',
    metric: 'safety, productivity, quality or on-time delivery',
    ask: [
      'What are the site\'s main safety and productivity goals this year, and how is this role measured against them?',
      'What shift pattern and team size would I have, and how is the team supported?',
    ],
  },
  'sales-account-solutions': {
    customer: 'a client or account you managed',
    work: 'an account, deal or solution you owned',
    partner: 'a client stakeholder or an internal product team',
    metric: 'revenue, adoption or client retention',
    ask: [
      'What kinds of customers or accounts would I work with first, and what do they need most?',
      'How is success in this role measured over the first year?',
    ],
  },
  'support-customer-service': {
    customer: 'a customer who contacted you with a problem',
    work: 'a customer case you handled',
    partner: 'a colleague or another support team',
    metric: 'resolution time, customer satisfaction or repeat contacts',
    ask: [
      'What are the most common issues customers bring to this team?',
      'How are quality and customer satisfaction measured, and how is feedback given?',
    ],
  },
  'legal-corporate': {
    customer: 'the internal customers or business teams you support',
    work: 'a project, review or process you owned',
    partner: 'a business leader or a partner team',
    metric: 'accuracy, turnaround time or the business outcome you supported',
    ask: [
      'Which business teams would I support most closely, and what do they expect from this role?',
      'What processes are being built or changed this year?',
    ],
  },
  'student-intern': {
    customer: 'the users of a project you worked on',
    work: 'a course, research or internship project',
    partner: 'a teammate or supervisor',
    metric: 'the goals of that project',
    ask: [
      'What kind of project do interns usually take on, and how is it chosen?',
      'How is mentorship organised during the internship, and how is the end result evaluated?',
    ],
  },
  'design-ux': {
    customer: 'the users of a design you created',
    work: 'a design or prototype you delivered',
    partner: 'a product manager or engineer',
    metric: 'usability findings, task success or adoption',
    ask: [
      'How is user research done here, and how early are designers involved?',
      'How do designers, product managers and engineers work together from concept to launch?',
    ],
  },
  general: {
    customer: 'the people who relied on your work',
    work: 'a project you owned',
    partner: 'a colleague or stakeholder',
    metric: 'the results you were measured on',
    ask: [
      'What does a typical week look like in this role?',
      'What is the biggest challenge the team faces right now?',
    ],
  },
};

// Families that borrow a neighbour's wording until they get their own (the role families grew).
type FamilyWithSharedContext = 'hardware-operations-engineering' | 'security' | 'hr-recruiting' | 'finance-accounting' | 'marketing' | 'learning-development';
const SHARED_CONTEXT: Record<FamilyWithSharedContext, Exclude<RoleFamilyId, FamilyWithSharedContext>> = {
  'hardware-operations-engineering': 'operations',
  security: 'software-engineering',
  'hr-recruiting': 'legal-corporate',
  'finance-accounting': 'legal-corporate',
  marketing: 'legal-corporate',
  'learning-development': 'legal-corporate',
};
function contextOf(family: RoleFamilyId): FamilyContext {
  return CONTEXT[family] ?? CONTEXT[SHARED_CONTEXT[family as FamilyWithSharedContext]];
}

function fill(template: string, ctx: FamilyContext): string {
  return template.replace(/\{(customer|work|partner|metric)\}/g, (_, key: 'customer' | 'work' | 'partner' | 'metric') => ctx[key]);
}

/** Up to `perPrinciple` questions for each of the given principles, in the family's wording. */
export function practiceQuestions(ids: readonly PrincipleId[], family: RoleFamilyId, perPrinciple = 3): PracticeQuestion[] {
  const ctx = contextOf(family);
  return ids.flatMap((id) =>
    principle(id)
      .questions.slice(0, perPrinciple)
      .map((q) => ({ principle: id, text: fill(q, ctx) })),
  );
}

const ALWAYS_ASK = 'Which three Leadership Principles matter most for this job, and how do they show up in the work?';

function shorten(s: string, max = 90): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max).replace(/\s+\S*$/, '')}…`;
}

// A team name worth quoting: amazon.jobs sometimes stores an internal slug ("team-sde-primary").
function teamName(posting: Posting): string | null {
  const fromTitle = posting.title?.split(',').slice(1).join(',').trim();
  const team = posting.team && !/^team-|^[a-z0-9-]+$/.test(posting.team) ? posting.team : fromTitle;
  return team ? shorten(team, 70) : null;
}

/** At least five distinct questions for the candidate to ask, tailored to the posting. */
export function questionsToAsk(posting: Posting, family: RoleFamily, ranked: readonly RankedPrinciple[]): string[] {
  const ctx = contextOf(family.id);
  const out: string[] = [ALWAYS_ASK];
  const team = teamName(posting);
  if (team) out.push(`What is the ${team} team working on this year, and where would this role make the biggest difference?`);
  const duty = posting.responsibilities.find((r) => r.length > 20);
  if (duty) out.push(`The posting lists "${shorten(duty)}". What would that look like in my first three months?`);
  const topWithEvidence = ranked.find((r) => r.evidence.length > 0);
  if (topWithEvidence) {
    const quote = topWithEvidence.evidence[0]?.text ?? '';
    out.push(`The posting mentions "${shorten(quote, 60)}". Can you give an example of what that means on this team day to day?`);
  }
  const preferred = posting.preferredQualifications.find((q) => q.length > 10);
  if (preferred) out.push(`How much does "${shorten(preferred, 70)}" matter in practice, and how could someone grow into it?`);
  out.push(...ctx.ask);
  out.push('What would success look like after six months in this role?');
  out.push('What are the next steps after this conversation, and when could I expect to hear back?');
  return [...new Set(out)];
}
