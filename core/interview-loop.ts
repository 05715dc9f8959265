// What the interview process looks like for each role family, in LoopReady's own words: the phone
// screen, the loop (several interviews, a Bar Raiser, each interviewer owning some principles) and the
// family's own rounds. General guidance, hedged where Amazon's practice varies by team; the recruiter
// has the specifics, so the plan tells the candidate to ask.
import type { RoleFamilyId } from './role-family';

export interface LoopRound {
  name: string;
  what: string;
}

export interface FamilyLoop {
  /** Who sits on the loop, as a phrase after "with". */
  panel: string;
  /** What the phone screen usually covers for this kind of role. */
  screen: string;
  /** How big the loop tends to be. */
  size: string;
  /** The rounds beside the behavioural questions. */
  rounds: LoopRound[];
  /** One habit that helps most in this family's loop. */
  tip: string;
}

// One row per family; a round is "Name: what it tests".
interface LoopRow extends Omit<FamilyLoop, 'rounds'> {
  rounds: string[];
}

const ROWS: Record<RoleFamilyId, LoopRow> = {
  'software-engineering': {
    panel: 'the hiring manager, two or three engineers who run the coding and design rounds, and the Bar Raiser',
    screen: 'Often an online coding assessment first; the screen itself is usually an engineer asking you to solve one or two problems in a shared code editor while you talk through your approach, plus a couple of principle questions.',
    size: 'usually four or five interviews of about an hour',
    rounds: ['Coding: Two or so problems on data structures and algorithms; write working code, test it by hand, and state time and space costs.', 'System design: Design a service end to end for mid-level and senior roles: requirements, APIs, data model, scaling, failure modes and trade-offs.', 'Object-oriented or low-level design: Model a small system in classes or modules; clear interfaces and extensibility matter more than patterns by name.'],
    tip: 'Every coding round also carries one or two principle questions, so keep a story ready even in the technical hours.',
  },
  'engineering-management': {
    panel: 'the hiring manager (often a senior manager or director), one or two peer managers, a senior engineer for the design round, and the Bar Raiser',
    screen: 'Usually the hiring manager or a senior engineer: how you run a team, one or two principle questions, and sometimes a short technical discussion of a system your team owned.',
    size: 'usually five or six interviews of about an hour',
    rounds: ['People management: Hiring, growing and managing out; handling a low performer; building a team from scratch; how you give hard feedback.', 'System design and architecture: Design or critique a system at the level you would review your team’s designs: scale, operations, trade-offs, cost.', 'Delivery and operations: How you plan a roadmap, negotiate scope, run on-call and recover from an outage or a missed date.'],
    tip: 'Bring numbers about your teams (size, attrition, promotions, delivery record) and be ready to say what you would do differently.',
  },
  'data-bi': {
    panel: 'the hiring manager, one or two BI engineers or analysts who run the SQL round, a business partner of the team, and the Bar Raiser',
    screen: 'Often a live SQL exercise on a shared screen (joins, window functions, aggregation), with questions about a dashboard or analysis you built.',
    size: 'usually four or five interviews of about an hour',
    rounds: ['SQL and data modelling: Write queries on the spot and design tables for a business question: grain, facts and dimensions, slowly changing data.', 'Analysis and metrics: Define a metric for a business problem, explain what could distort it, and turn the result into a recommendation.', 'Pipelines and tooling: How you build and monitor ETL, handle late or bad data, and pick between reporting tools; sometimes a Python or scripting question.'],
    tip: 'Tie each story to the decision your data changed and to the number that moved.',
  },
  'science-research': {
    panel: 'the hiring manager, two or three scientists who probe your field and your coding, often an engineer, and the Bar Raiser',
    screen: 'Usually a scientist asking about your research in depth and testing fundamentals (statistics, machine learning or your field), sometimes with a short coding question.',
    size: 'usually five or six interviews of about an hour, sometimes with a research talk',
    rounds: ['Research talk: For research and applied scientist roles, present a piece of your own work to the team and take questions on choices, baselines and what failed.', 'Science breadth and depth: Fundamentals across your field plus a deep dive on your speciality: models, assumptions, evaluation, when a method breaks.', 'Applied problem and coding: Frame a business problem as a science problem, choose data and metrics, and write working code for a piece of it.'],
    tip: 'Explain the business effect of your work, not only its accuracy; interviewers probe how science reached customers.',
  },
  'product-program-management': {
    panel: 'the hiring manager, one or two product or program managers, an engineering or business partner you would work with, and the Bar Raiser',
    screen: 'Usually the hiring manager or a peer: a walk through a product or program you led, how you set priorities, and two or three principle questions.',
    size: 'usually four to six interviews of about an hour, sometimes after a writing sample',
    rounds: ['Product sense or program design: Shape a product or program from a customer problem: who it serves, what to build first, how to launch it.', 'Metrics and prioritisation: Choose the metrics that show success, read a result that went wrong, and defend what you would cut.', 'Writing and technical depth: A written exercise or narrative is common; technical roles add a system-design discussion at the level you work with engineers.'],
    tip: 'Name the trade-offs you made and who disagreed; interviewers look for decisions, not activity.',
  },
  'sales-account-solutions': {
    panel: 'the hiring manager, two or three architects or account leaders, often a sales or partner colleague, and the Bar Raiser',
    screen: 'Usually the hiring manager or a senior peer: your customer work, a technical or commercial discussion pitched at the role, and two or three principle questions.',
    size: 'usually four or five interviews of about an hour, often with a presentation',
    rounds: ['Customer scenario: A role-played customer meeting: discover the real problem, handle objections and agree next steps.', 'Whiteboard or solution design: For architects: design a solution for a customer’s requirements on a whiteboard and explain it to technical and business listeners.', 'Presentation: Present a solution, account plan or past engagement to a panel that plays the customer, then take their questions.'],
    tip: 'Show how you earned the customer’s trust and what changed for them, in their numbers.',
  },
  operations: {
    panel: 'the hiring manager (often the site or operations manager), one or two operations leaders, sometimes an HR partner, and the Bar Raiser',
    screen: 'Usually a recruiter or an operations manager: your experience leading people on the floor, safety, and two or three principle questions.',
    size: 'usually three to five interviews, sometimes with a site visit',
    rounds: ['Site and safety operations: How you run a shift or site: safety first, standard work, handling a near miss, labour planning against volume.', 'Data and problem solving: Read a productivity or quality report, find the root cause of a miss, and explain the fix and how you made it stick.', 'Leading a team: Coaching, performance conversations, engagement, and leading through peak or a change in the process.'],
    tip: 'Use your site’s own metrics in every story (rates, defects, incidents) and name the safety decision you made.',
  },
  'hardware-operations-engineering': {
    panel: 'the hiring manager, two or three engineers of your discipline, often a partner from manufacturing, test or operations, and the Bar Raiser',
    screen: 'Usually an engineer or the hiring manager: a walk through a design, system or facility you worked on, engineering fundamentals of your field, and a couple of principle questions.',
    size: 'usually four or five interviews of about an hour, sometimes with a presentation of past work',
    rounds: ['Technical deep dive: Walk through a design or system you owned: requirements, calculations, test results, what failed and how you fixed it.', 'Engineering fundamentals: Questions in your discipline (circuits and power, mechanics and materials, controls, or critical facilities) worked out aloud.', 'Reliability and failure analysis: Root-cause analysis of a failure, test or maintenance strategy, and how you weigh risk (for facility and data-centre roles, safe working too).'],
    tip: 'Bring the numbers of your designs (margins, yields, test results, cost) and the trade-off you chose.',
  },
  security: {
    panel: 'the hiring manager, two or three security engineers who run the technical rounds, and the Bar Raiser',
    screen: 'Usually a security engineer: fundamentals (networks, cryptography, identity, common vulnerabilities), one scenario, and a couple of principle questions.',
    size: 'usually four or five interviews of about an hour',
    rounds: ['Security fundamentals: How attacks work and how to stop them: web and cloud vulnerabilities, authentication, encryption, least privilege.', 'Threat modelling and design review: Review a proposed system: what can go wrong, what matters most, and what you would ask the team to change.', 'Incident or coding scenario: Investigate an incident from logs, or write a small script or tool; engineering roles also have a coding round.'],
    tip: 'Show how you made a team more secure without blocking it: the trade-off, not only the finding.',
  },
  'design-ux': {
    panel: 'the hiring manager, designers or researchers who sit in on your portfolio review, a product or engineering partner, and the Bar Raiser',
    screen: 'Usually a design or research manager: a short walk through your portfolio and how you work with product and engineering, plus principle questions.',
    size: 'usually four or five interviews, including a portfolio presentation',
    rounds: ['Portfolio review: Present two or three projects to a panel: the problem, your part, the research behind it, the options you dropped and the result.', 'Design or research exercise: Work through a problem live or take-home: frame it, sketch or plan a study, and explain the trade-offs.', 'Partnering: How you handle pushback from product or engineering and how you decide with incomplete research.'],
    tip: 'For each project, say clearly what you did yourself and what changed for users.',
  },
  'hr-recruiting': {
    panel: 'the hiring manager, HR or recruiting peers, one or two business leaders the role would support, and the Bar Raiser',
    screen: 'Usually a recruiter or HR manager: your experience with the hiring or people programs you ran, and two or three principle questions.',
    size: 'usually four or five interviews of about an hour',
    rounds: ['Hiring or people case: Plan how to fill hard roles or fix a people problem: sourcing, stakeholders, timeline and how you would measure it.', 'Partnering with managers: Scenarios with a hiring manager or leader who disagrees with you: how you advise and when you hold the line.', 'Data and process: Read funnel or people metrics, find what is broken and explain the process change you would make.'],
    tip: 'Quantify your work (time to fill, offer acceptance, retention) and show judgement on sensitive cases.',
  },
  'finance-accounting': {
    panel: 'the hiring manager, finance peers, a business partner the role would support, and the Bar Raiser',
    screen: 'Usually a finance manager: your modelling or accounting experience, a technical question or two, and principle questions.',
    size: 'usually four or five interviews of about an hour, sometimes with an Excel or modelling exercise',
    rounds: ['Finance or accounting technical: Concepts of the role (forecasting, variance analysis, accounting treatment, controls) worked through on examples.', 'Modelling or case: Build or critique a simple model and turn it into a recommendation for a business leader.', 'Business partnering: How you challenge a business owner’s numbers and explain finance to people who are not in finance.'],
    tip: 'Show the decision your analysis changed and how you made sure the numbers were right.',
  },
  'legal-corporate': {
    panel: 'the hiring manager, colleagues from the team, a business client the team advises, and the Bar Raiser',
    screen: 'Usually the hiring manager: the matters you handled, how you advise a business, and two or three principle questions.',
    size: 'usually four or five interviews of about an hour, sometimes with a writing exercise',
    rounds: ['Issue spotting or case: Work through a realistic business problem: the risks, what you would advise and how you would explain it simply.', 'Writing: A short memo or summary for a non-specialist reader; clarity and a clear recommendation matter.', 'Business partnering: How you balance speed for the business against risk, and how you escalate.'],
    tip: 'Show practical advice that let the business move, not only the risks you found.',
  },
  marketing: {
    panel: 'the hiring manager, marketing peers, a product or sales partner, and the Bar Raiser',
    screen: 'Usually the hiring manager: campaigns or programs you led, how you measured them, and two or three principle questions.',
    size: 'usually four or five interviews of about an hour, sometimes with a presentation or writing exercise',
    rounds: ['Campaign or go-to-market case: Plan a launch or campaign for a product: audience, message, channels, budget and how you would measure it.', 'Metrics and results: Explain the numbers behind a past campaign and what you changed when it underperformed.', 'Writing and creative judgement: Review or write copy or a brief and explain the choices.'],
    tip: 'Lead with the customer insight behind each campaign and the result it produced.',
  },
  'learning-development': {
    panel: 'the hiring manager, learning designers or trainers, a business partner whose people you would train, and the Bar Raiser',
    screen: 'Usually the hiring manager: programs or courses you designed, how you measured them, and two or three principle questions.',
    size: 'usually four or five interviews, often with a portfolio review or a short teaching demo',
    rounds: ['Portfolio or design walkthrough: Present a learning program you built: the needs analysis, design choices, tools and the effect on learners.', 'Teaching or facilitation demo: Teach a short piece to the panel or redesign a weak module, and take feedback on the spot.', 'Measurement and stakeholders: How you prove a program worked beyond completion rates, and how you work with subject-matter experts.'],
    tip: 'Show the change in what learners could do afterwards, with numbers where you have them.',
  },
  'support-customer-service': {
    panel: 'the hiring manager, senior support engineers or team leads who run the troubleshooting round, and the Bar Raiser',
    screen: 'Usually a support lead or recruiter: how you handle customers, a troubleshooting question for technical roles, and principle questions.',
    size: 'usually three to five interviews',
    rounds: ['Customer scenario: Role-play a difficult customer: find the real problem, keep their trust, and close the case.', 'Troubleshooting: For technical support roles: diagnose a problem step by step (systems, networks, logs) and explain your reasoning.', 'Quality and improvement: How you spotted a recurring issue and got it fixed at the source.'],
    tip: 'Stories should end with what happened for the customer and what you changed so it did not recur.',
  },
  'student-intern': {
    panel: 'one or two engineers or managers from the team that hosts interns',
    screen: 'Often an online assessment first (coding or work-style questions); some programs go straight to one or two interviews.',
    size: 'usually one to three interviews',
    rounds: ['Technical interview: For technical internships: coding on data structures and algorithms, or fundamentals of your field.', 'Behavioural interview: Principle questions answered from coursework, projects, jobs, teams and clubs.'],
    tip: 'Projects, part-time jobs and team work at university all count as stories; pick ones where you made the decisions.',
  },
  general: {
    panel: 'the hiring manager, two or three people from the team and its partners, and the Bar Raiser',
    screen: 'Usually a recruiter or the hiring manager: your background, why this role, and two or three principle questions.',
    // Unplaced roles include associate and fixed-term ones, whose loops are often shorter.
    size: 'often four or five interviews of about an hour (fewer for many associate and fixed-term roles: ask your recruiter)',
    rounds: ['Role-specific interview: Ask your recruiter which skills the functional interviews test for this role, and prepare examples for each.'],
    tip: 'Ask the recruiter which principles and skills each interviewer will cover.',
  },
};

function round(text: string): LoopRound {
  const at = text.indexOf(': ');
  return { name: text.slice(0, at), what: text.slice(at + 2) };
}

const LOOPS = Object.fromEntries(
  Object.entries(ROWS).map(([id, row]) => [id, { ...row, rounds: row.rounds.map(round) }]),
) as Record<RoleFamilyId, FamilyLoop>;

// Within a family, work that is interviewed differently: data-centre and facility operations are
// hands-on troubleshooting, systems and safe working, not design reviews.
const SITE_TIP = 'Bring the numbers of your operations work (uptime, time to repair, tickets closed, incidents prevented) and a time you followed procedure under pressure.';
// Analysts, specialists and associates in operations run a process and its data; they lead no shift. So
// does a planning, procurement or analytics team, managed or not ("Manager, Demand Planning").
export const OPERATIONS_SPECIALIST_TITLE = /^(?!.*\b(?:manager|lead|leader|supervisor)\b).*\b(?:analyst|specialist|associate|planner|planning|procurement|consultant|quality|coordinator)\b|\b(?:planning|procurement|analytics)\b/i;
// Engineers who install and launch sites and their technology (launch, deployment and installation
// engineers) run installs to a date; they are not asked to defend a circuit or a part design.
export const DEPLOYMENT_TITLE = /\b(?:launch|deployment|install(?:ation)?|field|site) (?:engineer|technician|specialist)\b/i;
// Account roles after the sale (customer solutions and success managers, technical account managers) run a
// customer's adoption; they neither whiteboard an architecture nor carry a pipeline.
// Category and vendor managers (retail) run a business with vendors: selection, price, in-stock and margin.
export const CATEGORY_TITLE = /\b(?:category|vendor) manager\b|\bbuyer\b/i;
export const POST_SALES_TITLE = /\bcustomer (?:solutions|success) manager\b|\btechnical account manager\b/i;
// Engineers of a packaged business application (Oracle E-Business Suite, Salesforce, SAP): named in the title
// or asked for in the basic qualifications. Their loop tests the platform, its SQL and requirements, not algorithms.
// (A Salesforce developer writes services too and keeps the software loop.)
export const BUSINESS_APP_TITLE = /\bit application engineer\b|\b(?:salesforce|erp|crm) (?:administrator|admin|engineer|analyst)\b/i;
export const BUSINESS_APP_SUITE = /\b(?:e-?business suite|oracle (?:ebs|fusion|erp|financials|apps)|sap (?:erp|s\/4hana|abap|fico)|workday|peoplesoft)\b/i;

// Support engineers of an application (role-family.ts places those whose work is code in software
// engineering) are tested on running it: a production issue worked to its cause, scripts and small
// programs, Linux and SQL. Not on designing a service from scratch.
export const SUPPORT_ENGINEER_TITLE = /\bsupport eng/i;

// A data scientist, analyst or economist gives no research talk: their loop tests methods, coding and a business case.
const DATA_SCIENCE_TITLE = /\bdata scien|\banalyst\b|\beconomist\b/i;

const VARIANTS: Partial<Record<RoleFamilyId, readonly { title: RegExp; quals?: RegExp; row: LoopRow }[]>> = {
  'science-research': [
    {
      title: DATA_SCIENCE_TITLE,
      row: {
        ...ROWS['science-research'],
        screen: 'Usually a scientist: a model or analysis of yours that was used, fundamentals of statistics and machine learning, often a short SQL or Python exercise, and a couple of principle questions.',
        size: 'usually five or six interviews of about an hour',
        rounds: [
          'Statistics and machine learning: Breadth across the methods of the role and depth in the ones you used: assumptions, evaluation, and when a method breaks.',
          'Coding and SQL: Write SQL and Python or R by hand for a realistic data problem, and explain what you would check in the result.',
          'Business case: Take a business question to a recommendation: the metric, the analysis or model, and how you would know it worked.',
        ],
      },
    },
  ],
  'software-engineering': [
    {
      title: SUPPORT_ENGINEER_TITLE,
      row: {
        panel: 'the hiring manager, two or three support or software engineers who run the troubleshooting and coding rounds, and the Bar Raiser',
        screen: 'Usually a support or software engineer: a troubleshooting walk-through, Linux and scripting questions, often a short coding or SQL exercise, and a couple of principle questions.',
        size: 'usually four or five interviews of about an hour',
        rounds: [
          'Troubleshooting a production issue: A service is failing or slow: go from the ticket or alarm through logs, metrics and recent changes to the cause, the fix, and what keeps it from coming back.',
          'Scripting and coding: Write a short script or program by hand (shell, Python, Perl or Java): parse a log, automate a manual task, or solve a small data-structure problem, and say how you would test it.',
          'Linux, SQL and operations: Linux commands and tools, SQL against a service’s data, and how you run tickets, deployments and hand-offs between teams.',
        ],
        tip: 'Tell each incident with its timeline and numbers: how it was found, how long it took to fix, and how many tickets your fix or script took away.',
      },
    },
    {
      title: BUSINESS_APP_TITLE,
      quals: BUSINESS_APP_SUITE,
      row: {
        panel: 'the hiring manager, two or three application engineers or developers, often a partner from the business team the system serves (finance, sales or operations), and the Bar Raiser',
        screen: 'Usually an engineer or the hiring manager: the business applications you have built on or run, a short SQL or coding exercise, and a couple of principle questions.',
        size: 'usually four or five interviews of about an hour',
        rounds: [
          'Platform depth: The business application the team runs (Oracle E-Business Suite, Salesforce or the like): its modules and data, configuration against custom code, and a change you made to it.',
          'SQL and platform code: Queries and code written by hand in the platform’s languages (SQL and PL/SQL, or Apex and SOQL), and how you test a change before users see it.',
          'Requirements and gap analysis: Take a business process to a design: what the standard product already does, the gap, and whether to configure, customise or change the process.',
        ],
        tip: 'Tie each story to the business process it changed (a close that ran faster, fewer manual steps, cleaner data), not only to the code.',
      },
    },
  ],
  'sales-account-solutions': [
    {
      title: CATEGORY_TITLE,
      row: {
        panel: 'the hiring manager, two or three category or vendor managers, often a partner from finance, marketing or operations, and the Bar Raiser',
        screen: 'Usually the hiring manager or a senior peer: a business you ran (its growth, margin and in-stock), a negotiation with a vendor, and two or three principle questions.',
        size: 'usually four or five interviews of about an hour, sometimes with an Excel or written exercise',
        rounds: [
          'Business case: Read a category’s numbers (sales, margin, in-stock, price) and say what you would change first and why.',
          'Vendor negotiation: A role-played negotiation with a vendor over terms, supply or a promotion: what you ask for, what you give, and where you stop.',
          'Analysis and writing: An Excel or data exercise, or a short written plan, turned into a recommendation.',
        ],
        tip: 'Bring the numbers of the businesses you ran (growth, margin, in-stock, cost) and what you changed to move them.',
      },
    },
    {
      title: POST_SALES_TITLE,
      row: {
        panel: 'the hiring manager, two or three customer solutions or account managers, often a solutions architect or partner colleague, and the Bar Raiser',
        screen: 'Usually the hiring manager or a senior peer: customers you helped adopt a technology or service, how you ran that work with them, and two or three principle questions.',
        size: 'usually four or five interviews of about an hour, often with a presentation',
        rounds: [
          'Customer scenario: A role-played meeting with a customer whose adoption has stalled or who is unhappy: find the real blocker, agree a plan and the next steps.',
          'Adoption and account plan: Plan a customer’s path from signature to full use: the milestones, the risks, who you bring in from both sides, and how you track it.',
          'Presentation: Present a customer engagement or a plan to a panel that plays the customer’s leaders, then take their questions.',
        ],
        tip: 'Show what changed for each customer in their own numbers (usage, milestones met, time to go live), and how you got there through others.',
      },
    },
  ],
  operations: [
    {
      title: OPERATIONS_SPECIALIST_TITLE,
      row: {
        panel: 'the hiring manager, two or three people from the team and the teams it works with, and the Bar Raiser',
        screen: 'Usually a recruiter or the hiring manager: your experience with the work and its data, sometimes a short Excel or written exercise, and two or three principle questions.',
        size: 'usually three to five interviews of about an hour',
        rounds: [
          'Process and quality: How you follow and improve a process: a standard you kept under pressure, an error you caught, a check you added.',
          'Data and problem solving: Read a productivity or quality report, find the root cause of a miss, and explain the fix and how you made it stick.',
          'Working with other teams: Agreeing priorities and handing work over with the teams before and after yours in the process.',
        ],
        tip: 'Use the numbers of your work in every story (accuracy, volume, turnaround time, errors found) and say what you checked yourself.',
      },
    },
  ],
  // Learning experience and instructional designers are judged on their designs, not on teaching.
  'learning-development': [
    {
      title: /\b(?:designer|instructional design|learning experience|curriculum developer)\b/i,
      row: {
        panel: 'the hiring manager, learning designers, a business partner whose people you would train, and the Bar Raiser',
        screen: 'Usually the hiring manager: programs or courses you designed, how you measured them, and two or three principle questions.',
        size: 'usually four or five interviews, often with a portfolio review or a short design exercise',
        rounds: [
          'Portfolio or design walkthrough: Present a learning program you built: the needs analysis, design choices, tools and the effect on learners.',
          'Design exercise or portfolio critique: Outline a course for a stated need, or critique and redesign a weak module, and take feedback on the spot.',
          'Measurement and stakeholders: How you prove a program worked beyond completion rates, and how you work with subject-matter experts.',
        ],
        tip: 'Show the change in what learners could do afterwards, with numbers where you have them.',
      },
    },
  ],
  // Technical program managers run programs; they are not asked to invent a product.
  'product-program-management': [
    // Nor are program and project managers (a device launch, a business program): their loop tests running one.
    {
      title: /^(?!.*\b(?:product (?:manager|owner|lead)|technical|tpm)\b).*\b(?:program|project) (?:manager|lead)\b/i,
      row: {
        ...ROWS['product-program-management'],
        panel: 'the hiring manager, one or two program managers, a partner team you would work with, and the Bar Raiser',
        screen: 'Usually the hiring manager or a peer: a walk through a program you ran, how you kept it on schedule and handled risks, and two or three principle questions.',
        rounds: [
          'Program execution: Run a program from its goal to launch: the schedule, the dependencies across teams or sites, the risks you track, and how you recover a slipping date.',
          'Metrics and prioritisation: Choose the metrics that show a program is healthy, read one that went wrong, and defend what you would cut.',
          'Writing and stakeholders: A written plan or status for leaders is common; expect questions on keeping partner teams in step and escalating well.',
        ],
      },
    },
    {
      title: /\btechnical program|\btpm\b/i,
      row: {
        ...ROWS['product-program-management'],
        panel: 'the hiring manager, one or two program managers, an engineering lead you would work with, and the Bar Raiser',
        screen: 'Usually the hiring manager or a peer: a walk through a program you led, how you set priorities and managed risk, and two or three principle questions.',
        rounds: [
          'Program design and execution: Plan a program from a goal: milestones, dependencies, risks, and how you would recover a slipping date.',
          'Metrics and prioritisation: Choose the metrics that show a program is healthy, read one that went wrong, and defend what you would cut.',
          'Technical depth and writing: A system-design discussion at the level you work with engineers; a written exercise or narrative is common.',
        ],
      },
    },
  ],
  'hardware-operations-engineering': [
    {
      title: DEPLOYMENT_TITLE,
      row: {
        panel: 'the hiring manager, two or three launch or deployment engineers, often a partner from construction, program management or a vendor, and the Bar Raiser',
        screen: 'Usually the hiring manager or a senior engineer: installations or launches you have run, how you troubleshoot on site, working with vendors to a date, and a couple of principle questions.',
        size: 'usually four or five interviews of about an hour',
        rounds: [
          'Troubleshooting on site: Work through a network, power or device fault step by step: what you check first, what you rule out, and when you escalate.',
          'Installation and infrastructure: Networking, structured and low-voltage cabling, power and the devices on them: how an install is planned, checked against its drawings and handed over.',
          'Launch delivery: Running an install to a fixed opening date with vendors and contractors: the schedule, the risks you track, and a time a date was at risk.',
        ],
        tip: 'Bring the numbers of your launches (sites opened, days on site, defects found at hand-over) and a time you kept a launch on its date.',
      },
    },
    {
      title: /^(?!.*\bgfocc\b).*(?:\btechnician\b|\btech\b)|\bdco\b|\bdatatech\b|\blinux\b|\btrainee\b|\bnetwork scaling\b/i,
      row: {
        panel: 'the hiring manager, two or three technicians or engineers from the site, often someone from a partner team such as networking or security, and the Bar Raiser',
        screen: 'Usually the hiring manager or a senior technician: your hands-on work with servers, racks and networks, how you troubleshoot, safe working, and a couple of principle questions.',
        size: 'usually three to five interviews of about an hour',
        rounds: [
          'Troubleshooting: Work through a server or network fault step by step: what you check first, what you rule out, and when you escalate.',
          'Hardware and systems knowledge: Servers, storage, cabling and networks, Linux basics, and how the parts fail.',
          'Safety and procedure: Working to procedure and change control, and a time you stopped work because it was not safe.',
        ],
        tip: SITE_TIP,
      },
    },
    {
      title: /\bdata cent(?:er|re)\b|\bdceo\b|\bfacilit|\bcritical\b|\bgfocc\b|\brme\b|\bmaintenance\b/i,
      row: {
        panel: 'the hiring manager, two or three engineers or technicians from the site, often someone from a partner team such as construction, vendors or data-centre operations, and the Bar Raiser',
        screen: 'Usually the hiring manager or a senior engineer: the power, cooling and control systems you have run or maintained, safe working, and a couple of principle questions.',
        size: 'usually four or five interviews of about an hour',
        rounds: [
          'Critical systems: Power, cooling and controls: how they work, how they fail, and how you maintain them without an outage.',
          'Troubleshooting and root cause: Work through a failure from the first alarm to its cause and the fix that kept it from coming back.',
          'Safety and procedure: Lockout, method statements and change control, and a time you stopped work because it was not safe.',
        ],
        tip: SITE_TIP,
      },
    },
  ],
};

const VARIANT_LOOPS = Object.fromEntries(
  Object.entries(VARIANTS).map(([id, vs]) => [id, vs.map((v) => ({ title: v.title, quals: v.quals, loop: { ...v.row, rounds: v.row.rounds.map(round) } }))]),
) as Partial<Record<RoleFamilyId, { title: RegExp; quals?: RegExp; loop: FamilyLoop }[]>>;

/**
 * The family's loop, or the variant its title names (a data-centre technician within hardware and
 * operations engineering) or its basic qualifications ask for (`quals`: an Oracle E-Business Suite engineer).
 */
export function familyLoop(id: RoleFamilyId, title: string | null = null, quals = ''): FamilyLoop {
  return VARIANT_LOOPS[id]?.find((v) => v.title.test(title ?? '') || (v.quals?.test(quals) ?? false))?.loop ?? LOOPS[id];
}

// Families whose loops already test leading people.
const LEADS_PEOPLE: ReadonlySet<RoleFamilyId> = new Set(['engineering-management', 'operations']);
const PEOPLE_ROUND: LoopRound = {
  name: 'People management',
  what: 'For a manager’s role: hiring, coaching and managing performance; expect a low performer, someone you grew, and a hard call about your team.',
};
const MANAGES_PEOPLE = /\b(?:direct reports|people manag\w*|manag(?:e|es|ing) (?:a |the )?(?:team|people)|lead(?:ing)? (?:a )?team of|manager experience|experience (?:as a|in a) (?:people )?manager|hire,? (?:and )?develop)/i;

// A security engineer whose basic qualifications ask for code has a coding round: it is not a maybe.
// ("Ability to develop code with at least one modern language"; not "secure coding" or software development as one of several options).
export const CODE_REQUIRED = /\b(?:(?:develop|write|writing) (?:\w+ )?code|programming|scripting|(?<!secure )coding)\b/i;
const SECURITY_CODING_ROUNDS: LoopRound[] = [
  ROWS.security.rounds[0]!,
  ROWS.security.rounds[1]!,
  'Incident investigation: Work an incident from its logs and telemetry: what happened, how far it reached, and what you would automate so it is caught sooner.',
  'Coding: Expect it: write working code by hand for a security task (parse and enrich logs, automate a check or a mitigation) in the language you know best, and test it.',
].map(round);

// A mobile engineer's design round is about an app, not only a service.
const MOBILE_DESIGN: LoopRound = round('Mobile system design: Design an app and what it needs from the service behind it: screens and state, offline use and sync, the API, and how it behaves on a slow or lost connection.');

/** The family's rounds, with a people-management round when the posting is for a manager of people in a family whose loop has none. */
export function loopRounds(id: RoleFamilyId, title: string | null, text: () => string, mobile = false, quals = ''): LoopRound[] {
  const loop = familyLoop(id, title, quals);
  let rounds = id === 'security' && CODE_REQUIRED.test(quals) ? SECURITY_CODING_ROUNDS : loop.rounds;
  if (mobile && id === 'software-engineering') rounds = rounds.map((r) => (r.name === 'System design' ? MOBILE_DESIGN : r));
  // A family's own loop that tests leading people needs no extra round; its variant for work that leads no
  // shift (a planning team's process loop) does when the posting has the manager lead a team.
  if ((LEADS_PEOPLE.has(id) && loop === LOOPS[id]) || id === 'student-intern' || !/\b(?:manager|head of|director)\b/i.test(title ?? '')) return rounds;
  return MANAGES_PEOPLE.test(text()) ? [...rounds, PEOPLE_ROUND] : rounds;
}

// Work on written language, annotation or another language is tested on the work itself, usually
// before any interview. Only for families whose loops have no technical rounds of their own.
const ASSESSED_FAMILIES: ReadonlySet<RoleFamilyId> = new Set(['general', 'operations', 'support-customer-service']);
const CONTENT_WORK = /\b(?:written language data|annotat(?:e|ion|ions|ing)|data (?:markup|labell?ing)|style guide(?:line)?s?|business writing skills|proofread\w*)\b/i;
const LANGUAGE = /\b[Ff]luen(?:t|tly|cy) in ((?:Brazilian |Latin American |European |Simplified |Traditional )?[A-Z][a-z]+)\b|\b(?:speak|write|read)\b[^.\n]{0,30}\bfluently in ([A-Z][a-z]+)\b|\b(JLPT|HSK|TOPIK|DELE|DELF)\b/;

/** Said before the phone screen when the posting's work is usually tested with an exercise first; null otherwise. */
export function assessmentNote(id: RoleFamilyId, text: string): string | null {
  if (!ASSESSED_FAMILIES.has(id)) return null;
  const content = CONTENT_WORK.test(text);
  const lang = LANGUAGE.exec(text);
  if (!content && !lang) return null;
  const language = lang ? (lang[3] ? 'the language the role needs' : (lang[1] ?? lang[2])!) : null;
  const inLanguage = language ? `, partly in ${language}` : '';
  if (content)
    return `Roles like this often start with an assessment before any interview: a timed written or annotation task on real examples${inLanguage}, judged on accuracy, on following the guidelines and on clear reasoning. Practise applying a long set of guidelines to tricky cases, and ask the recruiter what the assessment covers.`;
  return `Roles that need ${language} often test it before or during the interviews: expect to read, write or translate workplace text in it. Ask the recruiter what the test covers.`;
}

/** Phone-screen guidance: logistics (no tool named: the recruiter's invitation says how), an assessment the work calls for, then the family's content. */
export function phoneScreenGuide(id: RoleFamilyId, text = '', title: string | null = null, quals = ''): string[] {
  const loop = familyLoop(id, title, quals);
  const assessment = assessmentNote(id, text);
  return [
    ...(assessment ? [assessment] : []),
    'About 45 to 60 minutes by phone or video call; the recruiter sends the details (who you will speak to, the link or number). Check your sound and camera beforehand and keep a notepad to hand.',
    loop.screen,
    'Expect two or three Leadership Principle questions: answer each with one real story in STAR order, say "I", not "we", and give numbers.',
    'Keep two questions for the interviewer ready; a few minutes are usually left at the end.',
  ];
}

const NUMBER: Record<number, string> = { 2: 'two', 3: 'three', 4: 'four' };

// Round names hold "and" and "or" ("data and process"): a list of them reads only with semicolons.
function listRounds(names: readonly string[]): string {
  return `${names.slice(0, -1).join('; ')}; and ${names.at(-1)}`;
}

/** How the loop works, for this family: its size and panel, the Bar Raiser, who owns which principles, its rounds. */
export function loopOverview(id: RoleFamilyId, withRounds?: readonly LoopRound[], title: string | null = null, quals = ''): string[] {
  const loop = familyLoop(id, title, quals);
  withRounds ??= loop.rounds;
  // "Coding" becomes "coding" mid-sentence; "SQL and data modelling" keeps its capitals.
  const rounds = withRounds.map((r) => (/^[A-Z][a-z]/.test(r.name) ? r.name[0]!.toLowerCase() + r.name.slice(1) : r.name));
  const intern = id === 'student-intern';
  return [
    `The loop is ${withRounds.some((r) => /research talk/i.test(r.name)) ? loop.size : loop.size.replace(/, sometimes with a research talk$/, '')}, on site or by video, with ${loop.panel}.`,
    intern
      ? 'Internship interviews are shorter than a full loop and usually have no Bar Raiser (the experienced outside interviewer of full-time loops), but the same principles are probed.'
      : 'The Bar Raiser is an experienced interviewer from outside the hiring team whose job is to keep the hiring bar high; they often ask the hardest follow-ups and can block a hire on their own.',
    'Each interviewer is assigned two or three Leadership Principles and probes them with follow-ups, so the loop covers most of the principles below; expect any of them more than once and never tell a second interviewer a story you have already told.',
    rounds.length === 1
      ? `Besides the principle questions, expect one ${rounds[0]} (see below).`
      : `Besides the principle questions, expect ${NUMBER[rounds.length] ?? rounds.length} rounds of this kind of role, often inside the same hours: ${listRounds(rounds)} (see below).`,
    'After the loop the interviewers meet to decide together; your recruiter usually calls within about a week.',
    loop.tip,
  ];
}
