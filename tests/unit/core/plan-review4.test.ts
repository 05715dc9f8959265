// Review 4 (plan classes 4 and 5): conditions a qualification states, the level when nothing says it,
// loops and topics at the edge of a family. Real postings, read in place.
import { describe, expect, it } from 'vitest';
import { buildPrepPlan, planToMarkdown } from '../../../core/prep-plan';
import { conditionItems } from '../../../core/checklist';
import { externalById } from './external-postings';
import { emptyPosting, postingById } from './helpers';
import { familyWords, practiceQuestions, teamName } from '../../../core/questions';
import { ROLE_FAMILY_IDS } from '../../../core/role-family';
import type { PrincipleId } from '../../../core/principles';

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

  it('travel the description requires without a figure is a condition ("You will be required to travel to client locations", 1374945; review 5)', () => {
    expect(conditions('1374945')).toContain('Travel: You will be required to travel to client locations and deliver professional services when needed');
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

describe('loops and topics at the edge of a family (review 4, class 4)', () => {
  const plan = (id: string) => buildPrepPlan(externalById(id));
  const rounds = (id: string) => plan(id).loop.rounds.map((r) => r.name);
  const topics = (id: string) => plan(id).technicalTopics.map((t) => t.topic).join('\n');

  it('a launch engineer gets site troubleshooting, installation and launch delivery, not a design loop or Lean (1374918)', () => {
    expect(rounds('1374918')).toEqual(['Troubleshooting on site', 'Installation and infrastructure', 'Launch delivery']);
    expect(plan('1374918').loop.overview.join(' ')).not.toMatch(/numbers of your designs|yields/);
    expect(topics('1374918')).toMatch(/structured and low-voltage cabling/);
    expect(topics('1374918')).not.toMatch(/Six Sigma/);
    // A hardware design engineer keeps the design loop.
    expect(rounds('1374692')).toEqual(['Technical deep dive', 'Engineering fundamentals', 'Reliability and failure analysis']);
  });

  it('a post-sales customer solutions manager gets adoption rounds and topics, not whiteboarding or a pipeline (1375116)', () => {
    expect(rounds('1375116')).toEqual(['Customer scenario', 'Adoption and account plan', 'Presentation']);
    expect(plan('1375116').loop.rounds.map((r) => r.what).join(' ')).not.toMatch(/architects/);
    expect(topics('1375116')).not.toMatch(/pipeline|territory|forecast/);
    expect(topics('1375116')).toMatch(/^Customer adoption/m);
    expect(topics('1375116')).toMatch(/^Compliance frameworks/m);
    expect(rounds('1375220')).toContain('Whiteboard or solution design');
  });

  it('an Oracle E-Business Suite engineer gets platform, SQL and gap-analysis rounds, named by the title or the basic qualifications (3069391, 3114428)', () => {
    for (const id of ['3069391', '3114428']) {
      expect(rounds(id), id).toEqual(['Platform depth', 'SQL and platform code', 'Requirements and gap analysis']);
      expect(topics(id), id).not.toMatch(/data structures and algorithms/);
      expect(topics(id), id).toMatch(/^Gap analysis/m);
    }
    // An application engineer of a device platform is a software engineer (3137377).
    expect(rounds('3137377')).toContain('Coding');
  });
});

describe('the pitch before "Key job responsibilities" names no topic (review 4, left from review 3)', () => {
  const topics = (p: Parameters<typeof buildPrepPlan>[0]) => buildPrepPlan(p).technicalTopics.map((t) => `${t.topic} <${t.quote ?? ''}>`).join('\n');
  it('"managing servers, storage, networking, power, and cooling" in a data-centre pitch is not Networking (10562098)', () => {
    expect(topics(externalById('10562098'))).not.toMatch(/^Networking/m);
  });
  it('a paragraph before the heading that speaks of the role still counts ("your mission…", a duty line "Own the design… of metrics") (2977190, 2943871)', () => {
    const sde = topics(externalById('2977190'));
    for (const t of [/^C \/ C\+\+/m, /^Python/m, /^Java /m]) expect(sde).toMatch(t);
    expect(topics(postingById('2943871'))).toMatch(/^Metrics: .*<metrics>/m);
  });
});

describe('Invent and Simplify, Think Big, Frugality and Learn and Be Curious are asked in each family’s words', () => {
  const STOCK: Record<string, RegExp> = {
    'invent-and-simplify': /^Tell me about the most creative solution you have come up with on /,
    'think-big': /^Tell me about the most ambitious goal you have set for /,
    frugality: /^Tell me about a time you had fewer people, less money or less time than you wanted for /,
    'learn-and-be-curious': /^Tell me about something you taught yourself recently because /,
  };
  it('no family but general gets the catalog’s plain question, and no two families share one', () => {
    for (const id of Object.keys(STOCK) as PrincipleId[]) {
      const seen = new Map<string, string>();
      for (const family of ROLE_FAMILY_IDS.filter((f) => f !== 'general')) {
        const [q] = practiceQuestions([id], family, 1, familyWords(family));
        expect(q!.text, `${family} ${id}`).not.toMatch(STOCK[id]!);
        expect(seen.get(q!.text), `${family} and ${seen.get(q!.text)} share ${id}`).toBeUndefined();
        seen.set(q!.text, family);
      }
    }
  });
  it('on real postings: a launch engineer’s Invent and Simplify and a CSM’s Think Big (1374918, 1375116)', () => {
    const likely = (job: string, id: string) => buildPrepPlan(externalById(job)).principles.find((p) => p.id === id)?.likelyQuestion ?? '';
    expect(likely('1374918', 'invent-and-simplify')).toMatch(/an engineering problem you solved with an approach nobody on the team had tried/);
    expect(likely('1375116', 'think-big')).toMatch(/a customer engagement you grew from a small project/);
  });
});

describe('questions to ask follow the loop’s variant', () => {
  const asks = (id: string) => buildPrepPlan(externalById(id)).questionsToAsk.map((q) => q.text).join('\n');
  it('an operations analyst is not asked about shifts to lead or the site’s safety (1374978)', () => {
    expect(asks('1374978')).not.toMatch(/shift pattern|site’s biggest safety/);
    expect(asks('1374978')).toMatch(/Which process would this role own/);
  });
  it('a launch engineer asks about launches, not design reviews (1374918); a CSM about adoption (1375116); an E-Business Suite engineer about the business processes (3069391)', () => {
    expect(asks('1374918')).not.toMatch(/design reviews|design, validation/);
    expect(asks('1374918')).toMatch(/How many launches or installs/);
    expect(asks('1375116')).toMatch(/where are they in their adoption/);
    expect(asks('3069391')).toMatch(/^Which business processes run on the systems the OFA Cash Application team supports/m);
    expect(asks('3069391')).not.toMatch(/on-call load|design documents/);
  });
});

describe('a team part that only ends another names the same team', () => {
  it('"Cash Application, OFA Cash Application" is "OFA Cash Application" (3069391), "Events, IN Events" is "IN Events" (2910514)', () => {
    expect(buildPrepPlan(externalById('3069391')).roleSummary.team).toBe('OFA Cash Application');
    expect(buildPrepPlan(externalById('3069391')).questionsToAsk[0]!.text).toMatch(/the OFA Cash Application team supports/);
    expect(buildPrepPlan(postingById('2910514')).roleSummary.team).toBe('IN Events');
    // Two different parts stay ("Last Mile Technology, Special Programs AMXL").
    expect(teamName(emptyPosting({ title: 'Software Development Engineer, Last Mile Technology, Special Programs AMXL' }))).toBe('Last Mile Technology, Special Programs AMXL');
  });
});

describe('engineers are asked about failures and who can stop a change, not the weekly numbers', () => {
  const asks = (id: string) => buildPrepPlan(externalById(id)).questionsToAsk.map((q) => q.text).join('\n');
  it('an electrical engineer (1374692) and an SDE whose posting leads on high standards (1375509)', () => {
    expect(asks('1374692')).not.toMatch(/Which numbers does the team review every week/);
    expect(asks('1374692')).toMatch(/fails in test or in the field/);
    expect(asks('1375509')).not.toMatch(/decide that a piece of work is good enough/);
    expect(asks('1375509')).toMatch(/before a change reaches production/);
    // A BI engineer keeps the weekly numbers (10569363).
    expect(asks('10569363')).toMatch(/Which numbers does the team review every week/);
  });
});

describe('the company’s own developers are not the customers a question asks about', () => {
  it('"providing product improvement feedback to AWS developers" does not make developers the M&E architect’s customers (1374945)', () => {
    const asks = buildPrepPlan(externalById('1374945')).questionsToAsk.map((q) => q.text).join('\n');
    expect(asks).not.toMatch(/What do developers most often ask for/);
  });
});

describe('topics the posting names: media workflows', () => {
  const topics = (id: string) => buildPrepPlan(externalById(id)).technicalTopics.map((t) => t.topic).join('\n');
  it('an M&E architect whose basic qualifications ask for the media supply chain "from content ingest to playout" gets a media-workflow topic (1374945); an SDE whose pitch mentions OTT apps does not (1374393)', () => {
    expect(topics('1374945')).toMatch(/^Media and video workflows/m);
    expect(topics('1374393')).not.toMatch(/^Media and video workflows/m);
  });
});

describe('a launch engineer’s practice questions speak of launches and installs, not designs', () => {
  it('no "sign off on a design", yields or uptime in the principle questions (1374918)', () => {
    const plan = buildPrepPlan(externalById('1374918'));
    const qs = plan.principles.flatMap((p) => p.practiceQuestions).join('\n');
    expect(qs).not.toMatch(/sign off on a design|yield|uptime/);
    expect(plan.principles.find((p) => p.id === 'insist-on-the-highest-standards')?.likelyQuestion).toMatch(/refused to hand over a finished install/);
  });
});

describe('a facility operations control centre technician (GFOCC) is a critical-facilities role', () => {
  it('GFOCC Tech gets the hardware family and the critical-systems loop, not general nor the server-rack technician loop (3122311)', () => {
    const plan = buildPrepPlan(externalById('3122311'));
    expect(plan.roleSummary.familyId).toBe('hardware-operations-engineering');
    expect(plan.loop.rounds.map((r) => r.name)).toEqual(['Critical systems', 'Troubleshooting and root cause', 'Safety and procedure']);
    // A DCO technician keeps the technician loop (3124274).
    expect(buildPrepPlan(externalById('3124274')).loop.rounds[0]!.name).toBe('Troubleshooting');
  });
});

describe('a retail category manager runs a business with vendors, not a sales pipeline', () => {
  it('business-case and vendor-negotiation rounds, category topics and asks (2900853)', () => {
    const plan = buildPrepPlan(postingById('2900853'));
    expect(plan.loop.rounds.map((r) => r.name)).toEqual(['Business case', 'Vendor negotiation', 'Analysis and writing']);
    const topics = plan.technicalTopics.map((t) => t.topic).join('\n');
    expect(topics).not.toMatch(/pipeline|territory/);
    expect(topics).toMatch(/^Running a category/m);
    expect(plan.questionsToAsk.map((q) => q.text).join('\n')).toMatch(/Which categories would I own/);
  });
});
