// Practice questions for the principles a posting ranks highest, worded for the role family, and
// questions for the candidate to ask the interviewer: ones a hiring manager would find thoughtful,
// about the team's work and how it runs, never about the candidate's gaps.
import type { Posting } from './posting';
import { principle, type PrincipleId } from './principles';
import type { RankedPrinciple } from './rank-principles';
import type { RoleFamily, RoleFamilyId } from './role-family';
import { askFacts, type AskFacts } from './ask-facts';
import { cleanText } from './plan-text';
import { BUSINESS_APP_SUITE, BUSINESS_APP_TITLE, CATEGORY_TITLE, DEPLOYMENT_TITLE, OPERATIONS_SPECIALIST_TITLE, POST_SALES_TITLE, SUPPORT_ENGINEER_TITLE } from './interview-loop';

export interface PracticeQuestion {
  principle: PrincipleId;
  text: string;
}

/** A question to ask; `id` is its anchor in the plan page ("ask-2"). */
export interface AskQuestion {
  id: string;
  text: string;
}

export interface FamilyWords {
  customer: string;
  work: string;
  partner: string;
  metric: string;
  /** What stands for "ship or hand over {work}" in the family's words ("present a shortlist of candidates"). */
  handOver: string;
  /**
   * The most likely question for a principle in this kind of job ("a needs analysis that showed the
   * problem was not training" for a learning designer, not "a metric looked fine"). It takes the place
   * of the catalog's plainest question; the catalog's other questions follow it.
   */
  likely?: Partial<Record<PrincipleId, string>>;
}

// The words that make a question sound like the candidate's own job. Each has one grammatical role
// that every catalog template respects (tests/unit/core/practice-grammar.test.ts checks all of them):
// - `work`: one countable piece of work, "a …" or "an …", with no tense of its own ("a campaign", not
//   "a campaign you ran" or "your operation"): templates say "on {work}", "for {work}", "{work} whose
//   result…", "when {work} is going badly".
// - `customer`: who the work serves; templates put it last in its clause ("… learned from {customer}."),
//   so a phrase with its own relative clause still reads.
// - `partner`: one person or team, with no relative clause, since a verb may follow it.
// - `metric`: things one can measure and move ("How have you moved {metric}?").
// - `handOver`: the verb phrase for passing work on ("refused to {handOver} because…").
const WORDS: Record<RoleFamilyId, FamilyWords> = {
  'software-engineering': {
    customer: 'the people who use your software',
    work: 'a software project',
    partner: 'another engineering team',
    metric: 'latency, availability or defect rates',
    handOver: 'ship a release',
    likely: {
      'ownership': 'Tell me about a time you fixed a problem in code or a service your team did not own because it was hurting customers. How did you go about it?',
      'bias-for-action': 'Tell me about a time you shipped a change before you had every answer. How did you keep it safe to roll back?',
      'hire-and-develop-the-best': 'Tell me about an engineer you helped get better through code reviews, pairing or design feedback. What changed in their work?',
      'are-right-a-lot': 'Tell me about a technical decision you made when the team was split. How did you decide, and how did it turn out?',
      'dive-deep': 'Tell me about the hardest production problem you have debugged. How did you narrow it down to the root cause?',
      'earn-trust': 'Tell me about a time a change of yours broke something for another team. How did you tell them, and what did you change afterwards?',
      'customer-obsession': 'Tell me about a time you changed a technical design because of how customers actually used your software.',
      'invent-and-simplify': 'Tell me about a technical problem you solved in a way nobody on the team had tried. Where did the idea come from, and how did you prove it worked?',
      'think-big': 'Tell me about a time you proposed a change to a system’s architecture that went well beyond the task you were given. How did you get the team behind it?',
      'frugality': 'Tell me about a time you cut the cost of running a service, or met a goal without the extra hardware or people you first thought you needed. How?',
      'learn-and-be-curious': 'Tell me about a technology or a part of the codebase you had to learn quickly to deliver. How did you get up to speed, and what did you get wrong at first?',
    },
  },
  'engineering-management': {
    customer: 'the people who use your team’s systems',
    work: 'a team project',
    partner: 'a peer manager',
    metric: 'delivery dates, operational health or team attrition',
    handOver: 'let your team ship a release',
    likely: {
      'ownership': 'Tell me about a problem between your team and another team that nobody owned. What did you do about it?',
      'bias-for-action': 'Tell me about a time you made a call for your team without all the data, to keep a date or to stop an outage. How did you limit the risk?',
      'hire-and-develop-the-best': 'Tell me about an engineer on your team you helped reach the next level. What did you do, and what did they do themselves?',
      'are-right-a-lot': 'Tell me about a staffing or architecture decision your team disagreed with. How did you decide, and were you right?',
      'dive-deep': 'Tell me about a problem you found by going below your team’s status reports. What did you look at, and what did you find?',
      'earn-trust': 'Tell me about a mistake of your own that you admitted to your team. How did you tell them, and what changed afterwards?',
      'customer-obsession': 'Tell me about a time you changed your team’s priorities because of a customer problem. How did you decide it was worth it?',
      'invent-and-simplify': 'Tell me about a mechanism you introduced for your team (a process, a tool or a review) that made delivery simpler. How did you get the team to adopt it?',
      'think-big': 'Tell me about a long-term vision you set for your team’s systems. How did you get your team and your leaders to commit to it?',
      'frugality': 'Tell me about a time you delivered a goal without the headcount you asked for. What did you stop doing, and what did you change?',
      'learn-and-be-curious': 'Tell me about a technology or a domain new to you that your team depended on. How did you learn enough to make good calls about it?',
    },
  },
  'data-bi': {
    customer: 'the business teams who use your reports and analyses',
    work: 'an analytics project',
    partner: 'a business stakeholder',
    metric: 'data quality, report adoption or the business metrics you report on',
    handOver: 'publish a report',
    likely: {
      'ownership': 'Tell me about a data problem in a source or a pipeline you did not own that you chased down anyway. What did you do?',
      'bias-for-action': 'Tell me about a time you gave stakeholders an answer from incomplete data because they could not wait. How did you state the risk?',
      'hire-and-develop-the-best': 'Tell me about someone you taught to use data better, a colleague or a business partner. What changed in their work?',
      'are-right-a-lot': 'Tell me about a recommendation you made from data that others doubted. How did you check it, and how did it turn out?',
      'dive-deep': 'Tell me about a time a number in a report or dashboard looked right but turned out to be wrong. How did you find the cause?',
      'earn-trust': 'Tell me about a time you had to tell stakeholders that numbers they had already used were wrong. How did you handle it?',
      'customer-obsession': 'Tell me about a time the report a stakeholder asked for was not what they needed. How did you find out, and what did you build instead?',
      'invent-and-simplify': 'Tell me about an analysis where you found a simpler way to answer the business question than the one first asked for. What did you do?',
      'think-big': 'Tell me about a time a one-off data request became a metric, a dataset or a tool that many teams now use. How did you see the bigger need?',
      'frugality': 'Tell me about a time you got an answer out of existing data and tools instead of building a new pipeline or buying a tool. How did you decide it was enough?',
      'learn-and-be-curious': 'Tell me about a part of the business you had to learn to make sense of its data. How did you learn it, and what did it change in your analysis?',
    },
  },
  'science-research': {
    customer: 'the people who use your models and findings',
    work: 'a research project',
    partner: 'an engineering partner',
    metric: 'model quality, experiment results or business impact',
    handOver: 'ship a model',
    likely: {
      'ownership': 'Tell me about a model or an analysis you kept improving after launch because nobody else was watching it. What did you find?',
      'bias-for-action': 'Tell me about a time you shipped a simpler model to get results sooner instead of waiting for a better one. How did you decide?',
      'hire-and-develop-the-best': 'Tell me about a junior scientist or engineer you helped grow. What did you teach them, and what do they do now?',
      'are-right-a-lot': 'Tell me about a time you chose one method or model over another with no clear winner in the data. How did you decide, and were you right?',
      'dive-deep': 'Tell me about a time a model or an experiment gave results that looked too good or did not add up. How did you find out what was wrong?',
      'earn-trust': 'Tell me about a time you had to tell partners that a model they were counting on would not work as hoped. How did you handle it?',
      'customer-obsession': 'Tell me about a time you changed how you judged a model because the metric you were optimising did not match what its users needed.',
      'invent-and-simplify': 'Tell me about a time you found a simpler method that did as well as a complex one. How did you show it was good enough?',
      'think-big': 'Tell me about a research direction you proposed that went beyond the problem you were asked to solve. How did you convince others it was worth it?',
      'frugality': 'Tell me about a time you reached a result with less data, compute or time than you wanted. What did you give up, and how did you check the result held?',
      'learn-and-be-curious': 'Tell me about a method or a field new to you that you had to learn for a project. How did you learn it, and how did you know you understood it well enough?',
    },
  },
  'product-program-management': {
    customer: 'the customers of a program you ran',
    work: 'a program',
    partner: 'an engineering lead',
    metric: 'adoption, launch dates or program goals',
    handOver: 'launch a program',
    likely: {
      'ownership': 'Tell me about a dependency outside your program that was about to sink it. What did you do about it?',
      'bias-for-action': 'Tell me about a time you made a launch or scope decision before all the facts were in. How did you limit the risk?',
      'hire-and-develop-the-best': 'Tell me about someone you coached to run a program or a launch on their own. What did you do, and how did it go?',
      'are-right-a-lot': 'Tell me about a prioritisation call you made that a senior stakeholder disagreed with. How did you decide, and how did it turn out?',
      'dive-deep': 'Tell me about a time a program looked on track in status reports but was not. How did you find out, and what did you do?',
      'earn-trust': 'Tell me about a time you had to tell stakeholders that a launch date would slip. How did you give the news, and what happened next?',
      'customer-obsession': 'Tell me about a time you worked back from a customer problem to decide what to build or launch. How did you find out what customers needed?',
      'invent-and-simplify': 'Tell me about a customer problem you solved with a simpler product or program than the one first proposed. How did you get there?',
      'think-big': 'Tell me about a time you turned a narrow request into a broader product or program. How did you make the case, and what came of it?',
      'frugality': 'Tell me about a launch you delivered with fewer engineers or less time than the plan assumed. What did you cut, and how did you decide?',
      'learn-and-be-curious': 'Tell me about a technical or business area you had to learn fast to lead a program. How did you learn it, and where did it change your decisions?',
    },
  },
  'sales-account-solutions': {
    customer: 'a customer you advised',
    work: 'a customer engagement',
    partner: 'a customer’s technical lead',
    metric: 'customer adoption, revenue or retention',
    handOver: 'hand a solution over to a customer',
    likely: {
      'ownership': 'Tell me about a customer problem outside your remit that you saw through to the end. Why did you take it on?',
      'bias-for-action': 'Tell me about a time you moved a customer forward without waiting for every answer from internal teams. How did you manage the risk?',
      'hire-and-develop-the-best': 'Tell me about a colleague you helped get better at working with customers. What did you do?',
      'are-right-a-lot': 'Tell me about a recommendation you made to a customer that went against what they first wanted. How did you know you were right?',
      'dive-deep': 'Tell me about a time you dug into a customer’s technical problem and found the real cause was not what everyone assumed. How did you get there?',
      'earn-trust': 'Tell me about a time you told a customer something they did not want to hear, such as a limit of the service or an approach that would not work. How did they respond?',
      'customer-obsession': 'Tell me about a time you found out that what a customer really needed was different from what they first asked for. What did you do with it?',
      'invent-and-simplify': 'Tell me about a time you found a simpler solution for a customer than the one they or your team first had in mind. How did you convince them?',
      'think-big': 'Tell me about a customer engagement you grew from a small project into something much larger. How did you see the opportunity?',
      'frugality': 'Tell me about a time you cut a customer’s costs, or solved their problem without the extra spend they expected. What did you change?',
      'learn-and-be-curious': 'Tell me about a technology or an industry you had to learn quickly for a customer. How did you get up to speed, and how did the customer know you had?',
    },
  },
  operations: {
    customer: 'the customers your site serves',
    work: 'a project',
    partner: 'another shift manager',
    metric: 'safety, productivity, quality or on-time delivery',
    handOver: 'release work from your area',
    likely: {
      'ownership': 'Tell me about a problem in another area of the site that you fixed even though it was not yours. What did you do, and who did you tell?',
      'bias-for-action': 'Tell me about a time you had to change a plan on the day, before you had all the information. How did you keep the risk down?',
      'hire-and-develop-the-best': 'Tell me about someone you coached into a stronger performer or a leader. What did you do, and where are they now?',
      'are-right-a-lot': 'Tell me about a call you made on staffing or volume that others disagreed with. How did you decide, and how did it turn out?',
      'dive-deep': 'Tell me about a time a site metric looked healthy but something was wrong on the floor. How did you find it?',
      'earn-trust': 'Tell me about a time you had to win the trust of a team you had just started to lead. What did you do first?',
      'customer-obsession': 'Tell me about a time you changed how your area worked because of a problem customers were seeing, such as late or damaged orders.',
      'invent-and-simplify': 'Tell me about a process in your area that you simplified. What did you remove, and what happened to safety, quality and cost?',
      'think-big': 'Tell me about an improvement you started in your area that other teams or sites later took up. How did you make it spread?',
      'frugality': 'Tell me about a time you met your volume or quality goals with fewer people, less overtime or less equipment than planned. How?',
      'learn-and-be-curious': 'Tell me about a process or a system you did not know and had to learn fast to do your job. How did you learn it?',
    },
  },
  'hardware-operations-engineering': {
    customer: 'the people who rely on your equipment',
    work: 'an engineering project',
    partner: 'a supplier',
    metric: 'reliability, yield, test results or cost',
    handOver: 'sign off on a design',
    likely: {
      'ownership': 'Tell me about a fault outside your own system or scope that you chased down anyway. Why, and what did you find?',
      'bias-for-action': 'Tell me about a time you had to make a test or design call before all the data was in. How did you limit the risk?',
      'hire-and-develop-the-best': 'Tell me about an engineer or a technician you helped grow. What did you teach them, and what do they do now?',
      'are-right-a-lot': 'Tell me about a design or test decision you made when the data pointed both ways. How did you decide, and were you right?',
      'dive-deep': 'Tell me about a failure you traced to its root cause when the first explanation did not hold. What did you test, and in what order?',
      'earn-trust': 'Tell me about a time you found a problem in a design you had already signed off. How did you tell the people who depended on it?',
      'customer-obsession': 'Tell me about a time you changed a design because of what you learned from the people who build, install or use it.',
      'invent-and-simplify': 'Tell me about an engineering problem you solved with an approach nobody on the team had tried. Where did the idea come from, and how did you test it?',
      'think-big': 'Tell me about a time you proposed a fix for a whole fleet, site or product line rather than the single case in front of you. How did you get it approved?',
      'frugality': 'Tell me about a time you cut the cost of a part, a design or a maintenance plan without hurting reliability. How did you show it?',
      'learn-and-be-curious': 'Tell me about a system or a discipline outside your own that you had to learn to solve a problem. How did you get up to speed?',
    },
  },
  security: {
    customer: 'the teams and customers your security work protects',
    work: 'a security project',
    partner: 'a service team',
    metric: 'open risks, time to close findings or time to respond',
    handOver: 'sign off on a security review',
    likely: {
      'ownership': 'Tell me about a security gap outside your team’s area that you took on anyway. How did you get it fixed?',
      'bias-for-action': 'Tell me about a time you had to act on a possible threat before the investigation was complete. How did you limit the risk?',
      'hire-and-develop-the-best': 'Tell me about a colleague or a service team you helped get better at security. What did you do, and what changed?',
      'are-right-a-lot': 'Tell me about a time you judged how serious a risk was when others saw it differently. How did you decide, and were you right?',
      'dive-deep': 'Tell me about an investigation where your first finding turned out to be wrong. What made you keep digging, and what did you find?',
      'earn-trust': 'Tell me about a time you had to tell a service team that their launch had a security problem. How did you keep them working with you?',
      'customer-obsession': 'Tell me about a time you made a security requirement easier for a team to meet without weakening the protection for customers.',
      'invent-and-simplify': 'Tell me about a security control or a review you made simpler for the teams that had to follow it, without weakening it. What did you change?',
      'think-big': 'Tell me about a time you fixed a whole class of security problems instead of a single finding. How did you get the teams to adopt it?',
      'frugality': 'Tell me about a time you reduced a security risk without new tools or headcount. What did you use instead?',
      'learn-and-be-curious': 'Tell me about an attack technique or a technology you taught yourself because your work needed it. How did you learn it, and what did you change?',
    },
  },
  'design-ux': {
    customer: 'the users of a design of yours',
    work: 'a design project',
    partner: 'a product manager',
    metric: 'task success, usability findings or adoption',
    handOver: 'hand a design over to engineering',
    likely: {
      'ownership': 'Tell me about a design you followed through to launch after the handover because nobody else was watching it. What did you do?',
      'bias-for-action': 'Tell me about a time you tested a rough design with users instead of waiting to polish it. What did you learn?',
      'hire-and-develop-the-best': 'Tell me about a designer you helped grow through critique or mentoring. What changed in their work?',
      'are-right-a-lot': 'Tell me about a design decision you made when research and stakeholders pointed different ways. How did you decide?',
      'dive-deep': 'Tell me about a time you found the real reason users struggled with a design, and it was not the one your team first assumed. How did you find it?',
      'earn-trust': 'Tell me about a time you had to tell a product team that users did not like a design they believed in. How did you present it?',
      'customer-obsession': 'Tell me about a time research with users changed a design you were sure about.',
      'invent-and-simplify': 'Tell me about a design where you solved the problem by taking something away. How did you know users did not need it?',
      'think-big': 'Tell me about a design vision you created that went beyond the feature you were asked for. How did you get product and engineering behind it?',
      'frugality': 'Tell me about a time you had to ship a design with far less research or engineering time than you wanted. What did you cut, and how did you protect the user?',
      'learn-and-be-curious': 'Tell me about a domain or a group of users you knew little about and had to understand for a project. How did you learn about them?',
    },
  },
  'hr-recruiting': {
    customer: 'the employees and managers you support',
    work: 'an HR program',
    partner: 'a business leader',
    metric: 'retention, engagement or time to resolve cases',
    handOver: 'roll out an HR program',
    likely: {
      'ownership': 'Tell me about a people problem you took on although it was not formally yours. What did you do?',
      'bias-for-action': 'Tell me about a time you had to act on an employee matter before you had all the facts. How did you limit the risk?',
      'hire-and-develop-the-best': 'Tell me about a manager you coached to hire or develop people better. What changed?',
      'are-right-a-lot': 'Tell me about a people decision you advised on when the facts were unclear. How did you reach your view, and were you right?',
      'dive-deep': 'Tell me about a time your people or hiring data looked healthy but something was wrong underneath. How did you find it?',
      'earn-trust': 'Tell me about a sensitive employee matter you handled. How did you keep the trust of everyone involved?',
      'customer-obsession': 'Tell me about a time you changed an HR process because of what employees or managers told you about it.',
      'invent-and-simplify': 'Tell me about an HR or hiring process you made simpler for managers or candidates. What did you remove, and what happened?',
      'think-big': 'Tell me about a people program you scaled from one team to many. How did you make the case for it?',
      'frugality': 'Tell me about a time you met a hiring or people goal with less budget or fewer people than you wanted. What did you do instead?',
      'learn-and-be-curious': 'Tell me about a business or a kind of role you had to learn quickly to support it well. How did you learn it?',
    },
  },
  'finance-accounting': {
    customer: 'the business leaders who rely on your numbers',
    work: 'a finance project',
    partner: 'a business owner',
    metric: 'forecast accuracy, close time or cost savings',
    handOver: 'publish a forecast',
    likely: {
      'ownership': 'Tell me about an error or a gap in a process you did not own that you fixed anyway. How did you find it, and what did you do?',
      'bias-for-action': 'Tell me about a time a business leader needed a number before you could be sure of it. What did you give them, and how did you state the risk?',
      'hire-and-develop-the-best': 'Tell me about someone you taught to build or read a financial model better. What changed in their work?',
      'are-right-a-lot': 'Tell me about a forecast or a recommendation of yours that others doubted. How did you test it, and how did it turn out?',
      'dive-deep': 'Tell me about a variance or a forecast miss you traced to its real cause. What did you check, and what did you find?',
      'earn-trust': 'Tell me about a time you had to tell a business leader that their numbers or their plan did not add up. How did you handle it?',
      'customer-obsession': 'Tell me about a time you changed a financial report or model because it was not helping its readers make the decision in front of them.',
      'invent-and-simplify': 'Tell me about a report, a model or a close process you made simpler or automated. What did you remove, and how did you make sure the numbers stayed right?',
      'think-big': 'Tell me about a time your analysis changed a business decision far beyond what was first asked of you. How did you get there?',
      'frugality': 'Tell me about a cost you found and removed that others had accepted. How did you find it, and how did you convince its owner?',
      'learn-and-be-curious': 'Tell me about a part of the business you had to learn to model it well. How did you learn it?',
    },
  },
  'legal-corporate': {
    customer: 'the business teams you support',
    work: 'a business project',
    partner: 'a business leader',
    metric: 'turnaround time, risk or cost',
    handOver: 'sign off on a piece of work',
    likely: {
      'ownership': 'Tell me about a risk that sat between teams that you took on and resolved. What did you do?',
      'bias-for-action': 'Tell me about a time the business needed your advice before you could research everything. How did you decide what to say?',
      'hire-and-develop-the-best': 'Tell me about a junior colleague or a business partner you helped understand the rules better. What did you do?',
      'are-right-a-lot': 'Tell me about a judgment call on a legal or compliance risk where the answer was not clear. How did you reach it, and were you right?',
      'dive-deep': 'Tell me about a risk you found by reading the detail that others had skimmed. What did you find, and what changed because of it?',
      'earn-trust': 'Tell me about a time you had to tell a business team that their plan carried a risk they had not seen. How did you keep them working with you?',
      'customer-obsession': 'Tell me about a time you found a safe way to say yes to the business when the easy answer was no.',
      'invent-and-simplify': 'Tell me about a review or an approval process you made simpler for the business without adding risk. What did you change?',
      'think-big': 'Tell me about a time you solved a problem for a whole business or region rather than the single case in front of you. How did you get agreement?',
      'frugality': 'Tell me about a time you handled a matter without the outside help or extra budget that others thought it needed. How?',
      'learn-and-be-curious': 'Tell me about a law, a market or a business you had to learn quickly to advise on it. How did you get up to speed?',
    },
  },
  marketing: {
    customer: 'the customers your campaigns reach',
    work: 'a campaign',
    partner: 'a sales partner',
    metric: 'reach, conversion or return on spend',
    handOver: 'launch a campaign',
    likely: {
      'ownership': 'Tell me about a problem in a campaign outside your own part of the work that you fixed anyway. What did you do?',
      'bias-for-action': 'Tell me about a time you launched or changed a campaign before all the data was in. How did you limit the risk?',
      'hire-and-develop-the-best': 'Tell me about a marketer you helped grow. What did you do, and where are they now?',
      'are-right-a-lot': 'Tell me about a time your judgment about customers or a message went against the data or a stakeholder. How did it turn out?',
      'dive-deep': 'Tell me about a campaign whose results looked good at first but did not hold up when you looked closer. What did you find?',
      'earn-trust': 'Tell me about a time a campaign of yours went wrong. How did you tell the people affected, and what did you do next?',
      'customer-obsession': 'Tell me about a time customer research or feedback changed the message of a campaign.',
      'invent-and-simplify': 'Tell me about a campaign where a simpler idea beat a more elaborate one. Where did it come from?',
      'think-big': 'Tell me about a campaign or a program you grew from a small test into something much larger. How did you make the case?',
      'frugality': 'Tell me about a time you got strong results from a small budget. What did you spend it on, and what did you go without?',
      'learn-and-be-curious': 'Tell me about a channel, an audience or a tool new to you that you had to learn for a campaign. How did you learn it?',
    },
  },
  'learning-development': {
    customer: 'the people who take your courses',
    work: 'a learning program',
    partner: 'a subject-matter expert',
    metric: 'skill gains, completion or on-the-job results',
    handOver: 'launch a course',
    likely: {
      'ownership': 'Tell me about a learning program you kept improving after launch because nobody else was responsible for it. What did you do?',
      'bias-for-action': 'Tell me about a time you released a first version of a course before it was perfect. What did you learn from learners, and what did you change?',
      'hire-and-develop-the-best': 'Tell me about a facilitator, a designer or a subject-matter expert you helped grow. What did you do?',
      'are-right-a-lot': 'Tell me about a time you chose a learning approach that stakeholders doubted. How did you decide, and did it work?',
      'dive-deep': 'Tell me about a needs analysis that showed the problem was not a lack of training. What did you find, and what did you recommend?',
      'earn-trust': 'Tell me about a time a subject-matter expert disagreed with how you wanted to teach their material. How did you settle it and keep working together?',
      'customer-obsession': 'Tell me about a time feedback or data from learners made you change a course you had designed. What did you change?',
      'invent-and-simplify': 'Tell me about a course or a program you made shorter or simpler without losing what learners needed. What did you cut, and how did you know?',
      'think-big': 'Tell me about a learning program of yours that went on to reach far more people than first planned. How did you scale it?',
      'frugality': 'Tell me about a time you built a learning solution with little budget or time. What did you use, and what did you leave out?',
      'learn-and-be-curious': 'Tell me about a subject you knew little about and had to learn to design a course on it. How did you learn it?',
    },
  },
  'support-customer-service': {
    customer: 'the customers you support',
    work: 'a project',
    partner: 'another support team',
    metric: 'resolution time, customer satisfaction or repeat contacts',
    handOver: 'sign off on a fix',
    likely: {
      'ownership': 'Tell me about a customer problem that belonged to another team which you saw through to the end. What did you do?',
      'bias-for-action': 'Tell me about a time you had to help a customer before you knew the full cause of the problem. How did you limit the risk?',
      'hire-and-develop-the-best': 'Tell me about a colleague you helped get better at solving customer problems. What did you do?',
      'are-right-a-lot': 'Tell me about a diagnosis you made that others doubted. How did you check it, and were you right?',
      'dive-deep': 'Tell me about a customer issue whose real cause was different from the first diagnosis. How did you find it?',
      'earn-trust': 'Tell me about a time you had to tell a customer that a fix would take longer than they hoped. How did you keep their trust?',
      'customer-obsession': 'Tell me about a time you went beyond closing a ticket to fix the cause of a customer’s problem. What did you do?',
      'invent-and-simplify': 'Tell me about a simpler way you found to solve a kind of customer problem that came up again and again. What did you change?',
      'think-big': 'Tell me about a fix or an idea of yours that the whole team, or teams beyond it, took up. How did it spread?',
      'frugality': 'Tell me about a time you solved a customer’s problem with the tools you had instead of escalating it or waiting for a new one. How?',
      'learn-and-be-curious': 'Tell me about a product or a technology you had to learn quickly to help customers. How did you get up to speed?',
    },
  },
  'student-intern': {
    customer: 'the users of a project of yours',
    work: 'a student project',
    partner: 'a teammate',
    metric: 'the results of a project',
    handOver: 'hand in a piece of work',
    likely: {
      'ownership': 'Tell me about a part of a group project that nobody had taken on, which you did. What happened?',
      'hire-and-develop-the-best': 'Tell me about a time you helped a classmate or a teammate learn something hard. What did you do?',
      'dive-deep': 'Tell me about a time a project of yours gave results that did not make sense. How did you find out why?',
      'earn-trust': 'Tell me about a time you let a teammate down on a shared project. How did you tell them, and what did you do to fix it?',
      'customer-obsession': 'Tell me about a time you changed a project because of feedback from the people who would use it.',
      'invent-and-simplify': 'Tell me about a project where you found a simpler way to do something than the one you were shown. What was it?',
      'think-big': 'Tell me about the most ambitious project you have taken on at school or at work. What made you aim that high?',
      'frugality': 'Tell me about a project you finished with very little time, money or help. How did you manage?',
      'learn-and-be-curious': 'Tell me about something you taught yourself outside your courses. Why, and how did you learn it?',
    },
  },
  general: {
    customer: 'the people who rely on your work',
    work: 'a project',
    partner: 'a colleague',
    metric: 'the results you are measured on',
    handOver: 'hand over a piece of work',
    likely: {
      'dive-deep': 'Tell me about a problem you solved by looking into details that others had skipped. What did you find?',
      'earn-trust': 'Tell me about a mistake of your own that you owned up to before anyone else noticed. What happened next?',
      'customer-obsession': 'Tell me about a time you went out of your way to understand what the people relying on your work needed. What did you change?',
    },
  },
};

// Families that hold two kinds of job an interviewer words differently, told apart by the title.
// Data-centre, facilities and maintenance engineers keep a live site running rather than design a product.
const FACILITIES = /\b(?:gfocc|data cent(?:er|re)s?|dceo|facilit(?:y|ies)|critical (?:environment|facilit\w*)|maintenance|hvac|mechanical technician|building engineer|chief engineer)\b/i;
// People who produce, label or check data for machine learning (AI content experts, AI teachers, ML data
// associates, language quality specialists): their work is a batch of annotations, not a site or a project.
const AI_DATA = /\b(?:ai (?:content|teacher|tutor|trainer|data)|ml data|agi data|data (?:associate|annotat\w*|labell?(?:er|ing)|services)|annotat\w*|quality specialist|transcri\w*|content expert|language (?:data|specialist))\b/i;
// People who test apps, devices or firmware before customers get them.
const QA_TESTING = /\b(?:quality (?:services|assurance)|QA|QAE|test (?:engineer|associate|analyst)|subject matter expert)\b/i;

const AI_DATA_WORDS: Partial<FamilyWords> = {
  customer: 'the teams who use the data you produce',
  work: 'an annotation project',
  partner: 'a project lead',
  metric: 'accuracy, quality scores or throughput',
  handOver: 'submit a batch of work',
  likely: {
    'ownership': 'Tell me about a gap in the guidelines or the tools that you reported and followed up until it was fixed. What happened?',
    'bias-for-action': 'Tell me about a time you had to decide an unclear item without waiting for an answer from the project lead. How did you keep the quality?',
    'dive-deep': 'Tell me about a pattern of errors in labelled or written data that others had missed. How did you find it, and what did you change?',
    'earn-trust': 'Tell me about a time you found a mistake in work you had already submitted. Who did you tell, and what happened next?',
    'customer-obsession': 'Tell me about a time the guidelines did not cover the case in front of you. What did you do so that the result was still useful to the people relying on it?',
    'invent-and-simplify': 'Tell me about a faster or simpler way you found to do a labelling or review task without losing quality. How did you check it?',
    'think-big': 'Tell me about a suggestion of yours that changed the guidelines or the way the whole project worked. How did you make the case?',
    'frugality': 'Tell me about a time you kept quality up with less time per item than you wanted. What did you stop doing?',
    'learn-and-be-curious': 'Tell me about a subject or a kind of content you had to learn to judge it well. How did you learn it?',
  },
};
const QA_WORDS: Partial<FamilyWords> = {
  customer: 'the teams who rely on your testing',
  work: 'a test cycle',
  partner: 'a developer',
  metric: 'defects found, test coverage or escaped bugs',
  handOver: 'pass a build',
  likely: {
    'ownership': 'Tell me about a bug outside the area you were testing that you followed up until it was fixed. What did you do?',
    'bias-for-action': 'Tell me about a time you had to decide whether a build could pass before testing was complete. How did you decide?',
    'dive-deep': 'Tell me about a bug you found that others had missed. How did you track it down and show it was real?',
    'earn-trust': 'Tell me about a time you reported a defect the developers did not want to hear about. How did you make the case and keep the working relationship?',
    'customer-obsession': 'Tell me about a time you tested something the way a real customer would use it, not only as the test plan said. What did you find?',
    'invent-and-simplify': 'Tell me about a test you automated or a test plan you made simpler. What did it free up, and how did you know coverage held?',
    'think-big': 'Tell me about a change you proposed to how the whole team tests, beyond the feature in front of you. What happened?',
    'frugality': 'Tell me about a time you had to test a release with far less time than planned. How did you decide what to test first?',
    'learn-and-be-curious': 'Tell me about a product or a tool you had to learn quickly to test it well. How did you learn it?',
  },
};

// Analysts, planners, procurement and quality people in operations run a process and its numbers, off
// the floor (interview-loop.ts's OPERATIONS_SPECIALIST_TITLE): their stories are about forecasts, reports
// and partner teams, not a site metric, a shift or safety on the floor.
const OPERATIONS_PROCESS_WORDS: Partial<FamilyWords> = {
  customer: 'the teams that rely on your numbers',
  work: 'a process improvement',
  partner: 'a partner team',
  metric: 'accuracy, cost, turnaround time or forecast error',
  handOver: 'sign off a plan',
  likely: {
    'ownership': 'Tell me about a problem in a process or a report you did not own that you fixed anyway. What did you do, and who did you tell?',
    'bias-for-action': 'Tell me about a time you had to change a plan before you had all the information. How did you keep the risk down?',
    'are-right-a-lot': 'Tell me about a call you made on a forecast or a plan that others disagreed with. How did you decide, and how did it turn out?',
    'dive-deep': 'Tell me about a time a number or a forecast looked right but something was wrong underneath. How did you find it?',
    'earn-trust': 'Tell me about a time a partner team doubted your numbers or your plan. How did you win their trust?',
    'customer-obsession': 'Tell me about a time you changed a process or a report because of what the people who used it needed.',
    'invent-and-simplify': 'Tell me about a process or a report you simplified. What did you remove, and what happened to its accuracy and the time it took?',
    'think-big': 'Tell me about an improvement you made to a process that other teams later took up. How did you make it spread?',
    'frugality': 'Tell me about a time you delivered a plan or a process change with less time, money or help than you wanted. How?',
  },
};

const VARIANTS: readonly { family: RoleFamilyId; title: RegExp; words: Partial<FamilyWords> }[] = [
  // Launch and deployment engineers hand over installs to a date; they sign off no designs.
  {
    family: 'hardware-operations-engineering',
    title: DEPLOYMENT_TITLE,
    words: {
      customer: 'the people who run the sites you launch',
      work: 'a site launch',
      partner: 'a vendor',
      metric: 'time to launch, defects found at hand-over or cost',
      handOver: 'hand over a finished install',
      likely: {
        'bias-for-action': 'Tell me about a time you had to make a call on site before all the information was in, to keep a launch on its date. How did you limit the risk?',
        'are-right-a-lot': 'Tell me about a call you made during an install that a vendor or a colleague disagreed with. How did you decide, and were you right?',
        'earn-trust': 'Tell me about a time you found a problem in an install you had already handed over. How did you tell the people who relied on it?',
        'customer-obsession': 'Tell me about a time you changed how you install or hand over a site because of what the people who run it told you.',
      },
    },
  },
  {
    family: 'hardware-operations-engineering',
    title: FACILITIES,
    words: {
      customer: 'the people who rely on your site',
      work: 'a maintenance project',
      partner: 'a contractor',
      metric: 'uptime, incidents or maintenance backlog',
      handOver: 'return equipment to service',
      likely: {
        'ownership': 'Tell me about an alarm or a fault outside your own area that you chased down anyway. What did you find?',
        'bias-for-action': 'Tell me about a time you had to act on live equipment before you knew the full cause of a fault. How did you keep it safe?',
        'hire-and-develop-the-best': 'Tell me about a technician you trained or coached. What did you teach them, and how do they work now?',
        'dive-deep': 'Tell me about an equipment failure you traced to its root cause when the first explanation did not hold. What did you check, and in what order?',
        'earn-trust': 'Tell me about a time you made a mistake on live equipment or missed a step in a procedure. How did you report it, and what happened next?',
        'customer-obsession': 'Tell me about a time you planned work on live equipment so that the people relying on it would not notice. What did you do?',
      },
    },
  },
  {
    family: 'hr-recruiting',
    title: /\b(?:recruit\w*|sourc(?:er|ing)|talent acquisition)\b/i,
    words: {
      customer: 'the hiring managers and candidates you work with',
      work: 'a hiring search',
      handOver: 'present a shortlist of candidates',
      partner: 'a hiring manager',
      metric: 'time to hire, offer acceptance or candidate experience',
      likely: {
        'ownership': 'Tell me about a search you took over that was failing. What did you change, and how did it end?',
        'bias-for-action': 'Tell me about a time you had to move on a candidate or a search without all the information you wanted. How did you limit the risk?',
        'hire-and-develop-the-best': 'Tell me about a time you helped a hiring manager interview or judge candidates better. What changed?',
        'are-right-a-lot': 'Tell me about a time your view of a candidate differed from the hiring manager’s first view. How did you make the call, and how did it turn out?',
        'dive-deep': 'Tell me about a search that was not producing hires even though the pipeline looked healthy. How did you find out why?',
        'earn-trust': 'Tell me about a time you had to give a hiring manager news they did not want, such as a missed date or a weak slate. How did you keep their trust?',
        'customer-obsession': 'Tell me about a time you changed how you ran a search because of feedback from candidates or a hiring manager.',
      },
    },
  },
  {
    family: 'sales-account-solutions',
    title: /\b(?:sales|account (?:manager|executive)|business development)\b/i,
    words: {
      customer: 'a customer you sold to',
      work: 'a deal',
      handOver: 'put a proposal in front of a customer',
      partner: 'a specialist team',
      metric: 'revenue, pipeline or customer retention',
      likely: {
        'dive-deep': 'Tell me about a time a deal or an account looked healthy but was at risk. How did you spot it?',
        'earn-trust': 'Tell me about a time you told a customer something they did not want to hear, such as a price, a date or a limit of the product. How did they respond?',
        'customer-obsession': 'Tell me about a time you advised a customer against buying more than they needed. What happened?',
      },
    },
  },
  {
    family: 'legal-corporate',
    title: /\b(?:legal|counsel|attorney|lawyer|paralegal|compliance|privacy)\b/i,
    words: { work: 'a legal matter', handOver: 'send out advice', metric: 'turnaround time, risk or the outcomes of matters' },
  },
  {
    family: 'design-ux',
    title: /\bresearch/i,
    words: {
      customer: 'the users you studied',
      work: 'a research study',
      handOver: 'share research findings',
      metric: 'task success or the adoption of your findings',
      likely: {
        'dive-deep': 'Tell me about a study whose results surprised you. How did you check them before you shared them?',
        'customer-obsession': 'Tell me about a time your research changed a product decision. How did you make the users’ view hard to ignore?',
      },
    },
  },
  {
    family: 'product-program-management',
    title: /\bproduct (?:manager|management|lead|owner)\b/i,
    words: { customer: 'the customers of a product you managed', work: 'a product launch', handOver: 'launch a product', metric: 'adoption, retention or launch dates' },
  },
  { family: 'science-research', title: /\b(?:data scien\w*|applied scien\w*|machine learning|ML)\b/i, words: { work: 'a data science project' } },
  { family: 'general', title: AI_DATA, words: AI_DATA_WORDS },
  { family: 'operations', title: AI_DATA, words: AI_DATA_WORDS },
  { family: 'general', title: QA_TESTING, words: QA_WORDS },
  { family: 'operations', title: QA_TESTING, words: QA_WORDS },
  { family: 'support-customer-service', title: QA_TESTING, words: QA_WORDS },
  { family: 'operations', title: OPERATIONS_SPECIALIST_TITLE, words: OPERATIONS_PROCESS_WORDS },
];

// The asks of work a family's usual ones miss, told apart as the loop tells them apart (interview-loop.ts):
// an operations analyst leads no shift, a launch engineer reviews no designs, a customer solutions manager
// carries no pipeline, an Oracle E-Business Suite engineer runs a business's processes.
const OPERATIONS_SPECIALIST_ASKS = [
  'Which process would this role own, and where does it break down most often today?',
  'Which reports or numbers would I own, and who acts on them?',
  'Which teams before and after this one in the process would I work with most, and where do hand-overs go wrong?',
];
const DEPLOYMENT_ASKS = [
  'How many launches or installs does the team run in a year, and how many would this role lead at once?',
  'Where do launches most often slip (vendors, equipment, permits or the site itself), and how does the team catch it early?',
  'How is a finished install checked and handed over, and who signs it off?',
];
const POST_SALES_ASKS = [
  'Which customers would I work with first, and where are they in their adoption?',
  'How do customer solutions managers, account managers and solutions architects split the work with a customer?',
  'How is success measured for this role: milestones the customer reaches, adoption, or renewals?',
];
const CATEGORY_ASKS = [
  'Which categories would I own, and where do they stand today on growth, margin and in-stock?',
  'How do category managers, vendor managers and the in-stock team split the work with a vendor?',
  'Which of the category’s numbers most needs to move this year, and what has held it back?',
];
const BUSINESS_APP_ASKS = [
  'Which business processes run on the systems the team supports, and which business users would this role work with most?',
  'How much of the work is configuring the standard product and how much is custom code, and how is a change tested before users see it?',
  'Which upgrade, migration or change to the platform is the team planning next?',
];

// A support engineer runs an application others build: tickets, hand-offs and the automation that removes them.
const SUPPORT_ENGINEER_ASKS = [
  'Which kinds of tickets take most of the team’s time today, and how much of the week goes to tickets rather than to automation?',
  'How are issues handed over between this team and the development teams, and who owns the fix in the code?',
  'Which manual task would you most like to see automated first, and what has held it back?',
];

// Questions that suit this kind of job, best first.
const FAMILY_ASKS: Record<RoleFamilyId, string[]> = {
  'software-engineering': [
    'What does the team run in production today, and what is the on-call load like?',
    'Which technical decision is the team debating right now, and what makes it hard?',
    'How are design documents reviewed here, and how much say does a new engineer have in them?',
  ],
  'engineering-management': [
    'What is the team like today (size, tenure, open roles), and what would you most like to change about it?',
    'What technical or operational debt will the new manager inherit first?',
    'How are roadmap and headcount trade-offs made between this team and its partners?',
  ],
  'data-bi': [
    'Which decisions does the team’s data feed directly, and who acts on it?',
    'Where does the data stack hurt most today: freshness, quality or self-service?',
    'How are metric definitions agreed when two teams count the same thing differently?',
  ],
  'science-research': [
    'On the team, how does a model or study get from a prototype to something customers use, and who owns each step?',
    'Which problem does the team find hardest right now, and why has it resisted so far?',
    'How is scientific work judged here: business impact, publications, or both?',
  ],
  'product-program-management': [
    'How does the team set its priorities, and when did they last change?',
    'What would this role own outright, and where would it have to lead without authority?',
    'Which documents would I write first, and who reads and decides on them?',
  ],
  'sales-account-solutions': [
    'What kinds of customers would I work with first, and what are they trying to build or change?',
    'How do solutions architects, account managers and specialists split the work on an engagement?',
    'How is success measured for this role: customer outcomes, adoption or revenue?',
  ],
  operations: [
    'What are the site’s biggest safety and performance challenges this year?',
    'How big a team would I lead, on which shift pattern, and how are new leaders brought up to speed?',
    'How are safety and quality issues raised on the floor, and how quickly do they get fixed?',
  ],
  'hardware-operations-engineering': [
    'What stage are the team’s systems in now (design, validation, deployment or sustaining), and what would this role own?',
    'How are design reviews and sign-offs run, and who decides on trade-offs between cost, schedule and reliability?',
    'What are the main reliability or safety risks the team is working on?',
  ],
  security: [
    'Which risks or kinds of threat keep the team busiest today?',
    'How does security work with service teams here: reviews, shared tooling or engineers embedded with them?',
    'How are security findings prioritised when they compete with delivery dates?',
  ],
  'design-ux': [
    'How early are designers and researchers involved when a new product idea starts?',
    'How is design quality judged here, and who makes the final call?',
    'Which research methods does the team rely on, and what would you like to do more of?',
  ],
  'hr-recruiting': [
    'Which businesses or roles would I support, and what are their hardest hiring or people challenges?',
    'Which measures do leaders watch for this team, and how is it doing against them?',
    'How much of the work is running existing programs and how much is building new ones?',
  ],
  'finance-accounting': [
    'Which business decisions does the team’s analysis feed, and who are the main partners?',
    'What does the monthly close and planning calendar look like for this role?',
    'Which processes or models most need improving?',
  ],
  'legal-corporate': [
    'Which business teams would I work with most closely, and what kinds of issues come up most often?',
    'How does the team balance speed for the business against managing risk?',
    'What would this role handle end to end, and what goes to other teams or outside counsel?',
  ],
  marketing: [
    'How are campaign goals set and measured, and which numbers matter most to leadership?',
    'How does marketing work with product and sales teams on a launch?',
    'What did the team learn from its last big campaign?',
  ],
  'learning-development': [
    'Which audiences and skills are the priority for the programs this role would build?',
    'How is the effect of a learning program measured here, beyond completion rates?',
    'How do designers and subject-matter experts work together on a new course?',
  ],
  'support-customer-service': [
    'What are the most common issues customers bring to this team, and how are they changing?',
    'How are quality and customer satisfaction measured, and how is feedback given?',
    'How do the lessons from support reach the teams that can fix the cause?',
  ],
  'student-intern': [
    'What kind of project do interns usually own, and how is it chosen?',
    'How is mentorship set up, and how is the internship evaluated at the end?',
    'What did past interns who did well have in common?',
  ],
  general: [
    'What does a typical week look like in this role?',
    'What is the biggest challenge the team faces right now?',
    'How does the team decide what to work on next, and who has a say?',
  ],
};

// One question per principle, about how the team lives it (asked when the principle ranks first).
const PRINCIPLE_ASKS: Record<PrincipleId, string> = {
  'customer-obsession': 'How does the team find out what the people it serves need, and what did it change recently because of that?',
  ownership: 'Which decisions would this role make on its own, and which would come to you?',
  'invent-and-simplify': 'What is the most recent thing the team simplified or reinvented, and where did the idea come from?',
  'are-right-a-lot': 'How does the team make a call when the data is incomplete or people disagree?',
  'learn-and-be-curious': 'What has the team had to learn recently, and how does it make time for that?',
  'hire-and-develop-the-best': 'How does the team help people grow, and where have recent members moved on to?',
  'insist-on-the-highest-standards': 'How does the team decide that a piece of work is good enough, and who makes that call?',
  'think-big': 'Where do you want this team to be in three years, and what has to change to get there?',
  'bias-for-action': 'Which decisions can the team make quickly, and which need a longer review?',
  frugality: 'What constraints does the team work under, and what has it built because of them?',
  'earn-trust': 'How does the team share bad news or its own mistakes, inside the team and with the people who depend on it?',
  'dive-deep': 'Which numbers does the team review every week, and what happened the last time one moved unexpectedly?',
  'have-backbone-disagree-and-commit': 'Can you tell me about a recent decision the team disagreed on, and how it was settled?',
  'deliver-results': 'What are the team’s goals for this year, and how is progress reviewed?',
  'strive-to-be-earths-best-employer': 'What does the team do to keep people safe, engaged and growing, and how do you know it works?',
  'success-and-scale-bring-broad-responsibility': 'How does the team weigh wider effects, such as safety, privacy or sustainability, in its decisions?',
};

/** The family's words, or its variant's when the title says which kind of job it is (a recruiter, a lawyer). Shared: never changed. */
export function familyWords(id: RoleFamilyId, title?: string | null): Readonly<FamilyWords> {
  const variant = title ? VARIANTS.find((v) => v.family === id && v.title.test(title)) : undefined;
  // A site leader's peer is another leader at the title's own level ("another area manager"), not a
  // shift manager; a site role without a manager's title works with other teams on the site.
  const sitePeer = id === 'operations' && !variant?.words.partner;
  const peer = sitePeer ? (SITE_MANAGER.exec(title ?? '')?.[0].toLowerCase().replace(/^(?:sr\.?|senior) /, '') ?? '') : '';
  // One object per family, variant and peer, so the questions made from it are made once (practiceQuestions).
  const key = `${id}:${variant ? VARIANTS.indexOf(variant) : -1}:${sitePeer ? peer || '-' : ''}`;
  let shared = SHARED_WORDS.get(key);
  if (!shared) {
    const words = variant ? { ...WORDS[id], ...variant.words, likely: { ...WORDS[id].likely, ...variant.words.likely } } : WORDS[id];
    shared = sitePeer ? { ...words, partner: peer ? `another ${peer}` : 'another team on the site' } : words;
    SHARED_WORDS.set(key, shared);
  }
  return shared;
}
const SHARED_WORDS = new Map<string, FamilyWords>();

// The manager nouns of site titles, most specific first.
const SITE_MANAGER = /\b(?:(?:senior |sr\.? )?operations manager|area manager|shift manager|site leader|general manager|site manager|station manager|operations supervisor|supervisor|team leader)\b/i;

export function familyAsks(id: RoleFamilyId): string[] {
  return FAMILY_ASKS[id];
}

function fill(template: string, words: Readonly<FamilyWords>): string {
  // Most catalog questions have no placeholder.
  if (!template.includes('{')) return template;
  const t = template.replace('ship or hand over {work}', words.handOver);
  return t.replace(/\{(customer|work|partner|metric)\}/g, (_, key: 'customer' | 'work' | 'partner' | 'metric') => words[key]);
}

/**
 * Every question the catalog has for each principle, in the family's wording. The catalog's first
 * question is the plainest form of the principle's question, the one most interviewers start from,
 * so it is the "most likely" one the popup shows.
 */
export function practiceQuestions(
  ids: readonly PrincipleId[],
  family: RoleFamilyId,
  perPrinciple = Infinity,
  words: Readonly<FamilyWords> = WORDS[family],
): PracticeQuestion[] {
  let made = PRACTICE.get(words);
  if (!made) PRACTICE.set(words, (made = new Map()));
  return ids.flatMap((id) => {
    let all = made.get(id);
    if (!all) made.set(id, (all = principleQuestions(id, words)));
    return all.slice(0, perPrinciple).map((text) => ({ principle: id, text }));
  });
}

// A family's questions depend on its words alone (familyWords shares one object per family): made once.
const PRACTICE = new WeakMap<Readonly<FamilyWords>, Map<PrincipleId, readonly string[]>>();

function principleQuestions(id: PrincipleId, words: Readonly<FamilyWords>): string[] {
  // The family's own most likely question takes the place of the catalog's plainest one, and of any
  // other catalog question that asks much the same ("the hardest problem you have traced to its root
  // cause" after "a failure you traced to its root cause").
  const first = words.likely?.[id];
  const catalog = principle(id).questions;
  if (!first) return catalog.map((q) => fill(q, words));
  const fw = storyWords(first);
  const rootCause = /\broot cause\b/.test(first);
  const same = (q: string) => sharesHalf(fw, storyWords(q)) || (rootCause && /\broot cause\b/.test(q));
  // Each question is filled once, before it is compared.
  return [fill(first, words), ...catalog.slice(1).map((q) => fill(q, words)).filter((q) => !same(q))];
}

function shorten(s: string, max = 90): string {
  const t = s.replace(/\s+/g, ' ').trim().replace(/[.;:,]+$/, '');
  return t.length <= max ? t : `${t.slice(0, max).replace(/\s+\S*$/, '')}…`;
}

/** A team name worth naming: amazon.jobs sometimes stores an internal slug ("team-sde-primary"). */
export function teamName(posting: Posting): string | null {
  const [role, ...rest] = (posting.title ?? '').split(',');
  // The team part of the title, unless it only repeats the role ("Data Center Operations, Data Center Operations").
  const fromTitle = rest.join(',').trim().toLowerCase() === role?.trim().toLowerCase() ? '' : rest.join(',').trim();
  const raw = posting.team && !/^team-|^[a-z0-9-]+$/.test(posting.team) ? posting.team : fromTitle;
  if (!raw) return null;
  // "Customer Trust, Customer Trust" and "Payments team": one name, without a trailing "team".
  const all = [...new Set(raw.split(/\s*,\s*/).map((p) => p.replace(/\s+team$/i, '').trim()).filter(Boolean))];
  // A part that only ends another ("Cash Application, OFA Cash Application") names the same team.
  const parts = all.filter((p) => !all.some((q) => q !== p && q.toLowerCase().endsWith(` ${p.toLowerCase()}`)));
  const name = cleanText(parts.join(', '));
  if (!name || name.length < 3 || /^(?:non|sr|ii|iii|senior|i)$/i.test(name)) return null;
  return shorten(name, 60);
}

// A team part of the title that names nothing in particular: asking "what is the Quality team focused
// on" only echoes a word of the posting back.
const GENERIC_TEAM = /^(?:amazon|aws|quality|safety|security|operations|ops|finance|engineering|marketing|sales|legal|hr|recruiting|design|research|product|technology|tech|retail|people|data|analytics|support|it|networking|infrastructure|corporate|global|india|usa|emea|apac)$/i;

// Families whose people talk to the customers themselves.
const CUSTOMER_FACING: ReadonlySet<RoleFamilyId> = new Set(['sales-account-solutions', 'support-customer-service']);

// What a recruiter is asked about differs from the rest of HR: hiring targets and the partners on a search.
const RECRUITER = /\b(?:recruit\w*|sourc(?:er|ing)|talent acquisition)\b/i;
const FACILITY_ASKS = [
  'Which systems at the site cause the most unplanned work today, and what would this role own first?',
  'How are maintenance windows and changes to live equipment planned and approved here?',
  'What are the main reliability or safety risks the team is working on?',
];
const AI_DATA_ASKS = [
  'How is the quality of the work checked here (sampling, audits or a second review), and how is feedback given?',
  'How often do the guidelines change, and how does the team learn about a change?',
  'How is a week split between production work and training or calibration?',
];
const QA_ASKS = [
  'Which products would I test first, and at what stage does testing get involved?',
  'How are bugs triaged with the developers, and who decides what blocks a release?',
  'How much of the testing is manual and how much is automated, and where is that heading?',
];
// Applied and data scientists are judged by what their models do in use, not by publications.
const APPLIED_SCIENCE = /\b(?:data|applied) scien/i;
const APPLIED_SCIENCE_ASKS = [
  'On the team, how does a model or study get from a prototype to something customers use, and who owns each step?',
  'Which problem does the team find hardest right now, and why has it resisted so far?',
  'How does the team judge whether a model is working once it is in use, and who acts when it drifts?',
];
const RECRUITER_ASKS = [
  'What are the team’s hiring targets this year, and which roles are hardest to fill?',
  'How do recruiters, sourcers and hiring managers split the work on a search here?',
  'Which measures do leaders watch for this team, and how is it doing against them?',
];

/** "a, b and c", each as the posting writes it (plain words, never quoted like principle names). */
function list(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** "enterprise and DNB customers" for two groups with one head noun, else as `list` gives them. */
function groups(items: readonly string[]): string {
  const heads = items.map((i) => /\s(\S+)$/.exec(i)?.[1]);
  const head = heads[0];
  if (items.length < 2 || !head || heads.some((h) => h !== head)) return list(items);
  return `${list(items.map((i) => i.slice(0, -head.length).trim()))} ${head}`;
}

/** "the Payments team" when the posting names a team worth naming, else "the team". */
function theTeam(team: string | null): string {
  return team ? `the ${team} team` : 'the team';
}

// Questions built from what the posting says, best first. Each is asked only when the posting says it.
function postingAsks(f: AskFacts, team: string | null): { stage: string | null; metrics: string | null; people: string | null; partners: string | null; duty: string | null } {
  const t = theTeam(team);
  const stage =
    f.stage === 'new'
      ? `What does ${t} already have in place, and what would this role build from scratch?`
      : f.stage === 'growing'
        ? `As ${t} grows, what is starting to strain (processes, tools or people), and where would this role help most?`
        : f.stage === 'established'
          ? 'Which of the existing systems or processes most need rework, and what has held that back so far?'
          : null;
  const [m0] = f.metrics;
  const metrics =
    f.metrics.length >= 2
      ? `Of ${list(f.metrics)}, which is furthest from where leadership wants it, and what is the team trying next?`
      : m0
        ? `What is the team’s goal for ${m0} this year, and what would move it most?`
        : null;
  return {
    stage,
    metrics,
    people: f.customers.length ? `How does the team hear from ${groups(f.customers)}, and what did it change recently because of what they said?` : null,
    partners: f.partners.length ? `How does this role work with ${list(f.partners)} day to day, and where does that relationship need the most attention?` : null,
    duty: f.duty ? `The posting lists “${f.duty.replace(/[.;:,]+$/, '')}” among the duties: what would good look like there after my first three months?` : null,
  };
}

// Words that carry a question's content, for telling near-duplicates apart.
const FUNCTION_WORDS = new Set(
  'what which when where who whom whose does this that there their them they have with from into about would could should your team role most more than today right does make made after before first each other next some much many long like over this these those here been being were will recently'.split(' '),
);
const CONTENT_WORD = /[a-z][a-z’'-]{3,}/g;
/** A question's content words: without function words, nor `also`'s. */
function wordsWithout(q: string, also?: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const w of q.toLowerCase().match(CONTENT_WORD) ?? []) if (!FUNCTION_WORDS.has(w) && !also?.has(w)) out.add(w);
  return out;
}
function contentWords(q: string): Set<string> {
  return wordsWithout(q);
}
// The words every behavioural question has ("Tell me about a time…", "Walk me through…", "What did you…").
const PROMPT_WORDS = new Set('tell time describe give example walk through what which did happened afterwards found find'.split(' '));
/** What a practice question is about: its content words, without the prompt's own words. */
function storyWords(q: string): Set<string> {
  return wordsWithout(q, PROMPT_WORDS);
}
/** At least half the content words of the smaller set are in the other. */
function sharesHalf(wa: Set<string>, wb: Set<string>): boolean {
  const [small, big] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  let shared = 0;
  for (const w of small) if (big.has(w)) shared++;
  return small.size > 0 && shared / small.size >= 0.5;
}

/** Two questions ask much the same when most content words of the shorter one are in the other. */
export function asksOverlap(a: string, b: string): boolean {
  return wordsOverlap(contentWords(a), contentWords(b));
}
function wordsOverlap(wa: Set<string>, wb: Set<string>): boolean {
  const small = wa.size <= wb.size ? wa : wb;
  const big = small === wa ? wb : wa;
  if (small.size === 0) return false;
  let shared = 0;
  for (const w of small) if (big.has(w)) shared++;
  return shared / small.size > 0.5;
}

function variantAsks(fam: RoleFamilyId, posting: Posting): string[] | null {
  const title = posting.title ?? '';
  if (fam === 'operations' && OPERATIONS_SPECIALIST_TITLE.test(title)) return OPERATIONS_SPECIALIST_ASKS;
  if (fam === 'hardware-operations-engineering' && DEPLOYMENT_TITLE.test(title)) return DEPLOYMENT_ASKS;
  if (fam === 'sales-account-solutions' && POST_SALES_TITLE.test(title)) return POST_SALES_ASKS;
  if (fam === 'sales-account-solutions' && CATEGORY_TITLE.test(title)) return CATEGORY_ASKS;
  if (fam === 'software-engineering' && SUPPORT_ENGINEER_TITLE.test(title)) return SUPPORT_ENGINEER_ASKS;
  if (fam === 'software-engineering' && (BUSINESS_APP_TITLE.test(title) || BUSINESS_APP_SUITE.test(posting.basicQualifications.join('\n')))) return BUSINESS_APP_ASKS;
  return null;
}

// Who can stop the work, by what the work is: a site's live equipment, a launch's install, a design.
function hardwareBar(title: string): string {
  if (FACILITIES.test(title)) return 'Who can stop work on live equipment when something looks unsafe, and when did that last happen?';
  if (DEPLOYMENT_TITLE.test(title)) return 'Who can stop a launch when an install is not ready, and when did that last happen?';
  return 'Who can stop a design, a test or a change from going ahead, and when did that last happen?';
}

// Dive Deep, asked as the posting means it: where its words for it are about troubleshooting, how the
// team finds the cause of a problem; about getting details right, which mistakes are common; otherwise
// (data, analysis, metrics) the numbers the team reviews.
const TROUBLESHOOTING = /\b(?:troubleshoot\w*|debug\w*|root[- ]causes?|diagnos\w*)\b/i;
const DETAIL = /\b(?:details?|accura\w+|errors?|mistakes?)\b/i;
function diveDeepAsk(p: RankedPrinciple): string {
  const words = p.evidence[0]?.text ?? '';
  if (TROUBLESHOOTING.test(words)) return 'When a problem keeps coming back, how does the team get to its root cause, and who takes part?';
  if (DETAIL.test(words)) return 'What do people new to this work most often get wrong, and how would I find out early that I had?';
  return PRINCIPLE_ASKS['dive-deep'];
}

/** Most questions a plan lists. */
const MAX_ASKS = 8;
const SIX_MONTHS = 'What would you expect someone in this role to have achieved after six months?';
const YEAR_GOALS = PRINCIPLE_ASKS['deliver-results'];
const TYPICAL_WEEK = 'What does a usual week in this role look like, and how much of it is planned rather than reacting to what comes up?';

/**
 * Questions for the candidate to ask, best first: the three at the top are the ones the popup shows.
 * The family's own concern comes first (an engineer's on-call load, a site's safety, a recruiter's
 * hiring targets, how a scientist's models reach customers), then questions built from what the
 * posting says about the role (never its intro or the team's mission): the stage of the work, the
 * numbers the role is measured by, who it serves and works with, a concrete duty. Then a question
 * about how the team lives its top principle. None points at a requirement the candidate may lack,
 * and no two ask much the same.
 */
export function questionsToAsk(posting: Posting, family: RoleFamily | RoleFamilyId, ranked: readonly RankedPrinciple[]): AskQuestion[] {
  const fam = typeof family === 'string' ? family : family.id;
  const title = posting.title ?? '';
  const asks =
    fam === 'hr-recruiting' && RECRUITER.test(title)
      ? RECRUITER_ASKS
      : fam === 'hardware-operations-engineering' && FACILITIES.test(title)
        ? FACILITY_ASKS
        : (fam === 'general' || fam === 'operations') && AI_DATA.test(title)
          ? AI_DATA_ASKS
          : (fam === 'general' || fam === 'operations' || fam === 'support-customer-service') && QA_TESTING.test(title)
            ? QA_ASKS
            : fam === 'science-research' && APPLIED_SCIENCE.test(title)
              ? APPLIED_SCIENCE_ASKS
              : variantAsks(fam, posting) ?? FAMILY_ASKS[fam];
  const named = teamName(posting);
  const team = named && !GENERIC_TEAM.test(named) ? named : null;
  const facts = askFacts(posting);
  const own = postingAsks(facts, team);
  // A customer-facing role is the way the team hears from its customers: asking how it does is asking about the job itself.
  // It asks instead what those customers want that the team cannot yet give.
  if (CUSTOMER_FACING.has(fam) && own.people) own.people = `What do ${groups(facts.customers)} most often ask for that the team cannot give them yet?`;
  // The family's first question, about the named team when there is one.
  const lead = team ? asks[0]!.replace(/\bthe team(?=’s|\b)/, theTeam(team)) : asks[0]!.replace(/^On the team, h/, 'H');
  // What the posting says about the role, most telling first: the stage of its work, what it is
  // measured by, who it serves, then a duty; the partners when there is room. Nothing here comes from
  // the team's mission or the posting's intro (see ask-facts.ts): with none of it, the family's own
  // questions fill the places.
  // A duty is among the first three: a question on a concrete piece of the work shows the candidate
  // has read what the job is, and is the one a hiring manager answers best.
  const telling = [own.stage, own.metrics, own.people ?? own.partners].filter((q): q is string => q !== null);
  const specific = [...telling.slice(0, own.duty ? 1 : 2), own.duty, ...telling.slice(own.duty ? 1 : 2), own.people ? own.partners : null].filter(
    (q): q is string => q !== null,
  );
  // A principle's question only for a principle the posting itself gives a sentence for (one ranked
  // high on the family's habits alone says nothing about this team), and only when the posting's own
  // questions do not already ask it.
  const principleAsk = (p: RankedPrinciple | undefined): string | null => {
    if (!p || p.evidence.length === 0) return null;
    const id = p.id;
    if (id === 'customer-obsession' && [...asks, ...specific].some((a) => /\bcustomers?\b/i.test(a))) return null;
    if (id === 'dive-deep' && own.metrics) return null;
    if (id === 'think-big' && own.stage) return null;
    // The stock questions of some principles miss some kinds of work: an applied scientist's team does not
    // "reinvent" on demand, and a designer's work is not reviewed in weekly numbers.
    if (id === 'invent-and-simplify' && fam === 'science-research') return 'Which part of the current method or pipeline would you most like to see replaced, and what has held that back?';
    if (id === 'dive-deep' && fam === 'learning-development') return null; // the family already asks how a program's effect is measured
    if (id === 'dive-deep' && fam === 'design-ux') return 'Which signals tell the team whether a design is working after launch?';
    // Engineers dig into failures more than into weekly numbers; their bar is who can stop a change.
    if (id === 'dive-deep' && fam === 'hardware-operations-engineering') return 'When something fails in test or in the field, how does the team get to the root cause, and who takes part?';
    if (id === 'dive-deep' && fam === 'software-engineering') return 'When something breaks in production, how does the team find the cause and make sure it does not happen again?';
    if (id === 'dive-deep' && fam === 'security') return 'How does the team find out that a control has stopped working before an attacker does?';
    if (id === 'insist-on-the-highest-standards' && fam === 'hardware-operations-engineering') return hardwareBar(title);
    if (id === 'insist-on-the-highest-standards' && fam === 'engineering-management') return 'What has to be true before the team ships a change (reviews, tests, operational readiness), and who can stop it?';
    if (id === 'insist-on-the-highest-standards' && fam === 'data-bi') return 'How does the team check a number before it reaches the people who act on it, and what happened the last time one was wrong?';
    if (id === 'insist-on-the-highest-standards' && fam === 'hr-recruiting') return 'How does the team keep the hiring bar the same across interviewers and searches, and who settles it when they disagree?';
    if (id === 'insist-on-the-highest-standards' && fam === 'software-engineering') return 'What has to be true before a change reaches production here (reviews, tests, approvals), and who can stop it?';
    if (id === 'customer-obsession' && fam === 'operations') return 'Which promise to customers is hardest for the site to keep at peak, and how does the team know when it slips?';
    if (id === 'earn-trust' && fam === 'sales-account-solutions') return 'When the team has bad news for a customer (a limit of the service, a date that slips), how is it told, and by whom?';
    if (id === 'earn-trust' && fam === 'support-customer-service') return 'When the team makes a mistake that customers notice, how is it told to them, and who decides what to say?';
    if (id === 'dive-deep') return diveDeepAsk(p);
    return PRINCIPLE_ASKS[id];
  };
  const out: string[] = [lead, ...specific.slice(0, 2)];
  const rest = [
    principleAsk(ranked[0]),
    asks[1]!,
    ...specific.slice(2),
    asks[2]!,
    principleAsk(ranked[1]),
    own.duty ? null : SIX_MONTHS,
  ];
  const kept = out.map(contentWords);
  const keep = (q: string | null) => {
    if (!q || out.includes(q)) return;
    const w = contentWords(q);
    if (kept.some((k) => wordsOverlap(k, w))) return;
    out.push(q);
    kept.push(w);
  };
  for (const q of rest) if (out.length < MAX_ASKS) keep(q);
  // Too few after dropping near-duplicates: the family's remaining questions fill in.
  // Then the questions on the next principles the posting gives a sentence for.
  for (const q of [...asks, principleAsk(ranked[2]), principleAsk(ranked[3]), principleAsk(ranked[4]), SIX_MONTHS, TYPICAL_WEEK, YEAR_GOALS]) if (out.length < 5) keep(q);
  // No closing "what are the next steps?": loop interviewers cannot answer it; the plan's timeline
  // sends it to the recruiter.
  return out.map((text, i) => ({ id: `ask-${i + 1}`, text }));
}
