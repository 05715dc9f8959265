import { checklistIds } from '../../../core/checklist-ids';
import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../../../core/analyze-posting';
import { PrepPlan, buildPrepPlan, planToMarkdown } from '../../../core/prep-plan';
import { checklistItems, conditionItems } from '../../../core/checklist';
import { technicalTopics } from '../../../core/technical-topics';
import { PLAN_FAMILY_NOUN } from '../../../core/plan-family';
import { externalById, externalPosting, externalRecords } from './external-postings';
import { emptyPosting, postingById, records } from './helpers';

describe('buildPrepPlan on a real BI posting (3038134)', () => {
  const p = postingById('3038134');
  const plan = buildPrepPlan(p);

  it('is a valid PrepPlan with top principles, evidence, questions and empty STAR slots', () => {
    expect(PrepPlan.safeParse(plan).success).toBe(true);
    expect(plan.principles.length).toBe(5);
    for (const pr of plan.principles) {
      expect(pr.practiceQuestions.length).toBeGreaterThanOrEqual(3);
      expect(pr.star).toEqual({ situation: '', task: '', action: '', result: '' });
    }
    expect(plan.principles[0]!.evidence.length).toBeGreaterThan(0);
  });

  it('turns the qualifications into a checklist with ids', () => {
    expect(plan.checklist.basic.map((i) => i.text)).toEqual(p.basicQualifications.map((q) => q.replace(/\s+/g, ' ').trim()));
    // Ids come from the words, one per item, each list its own prefix (checklist-ids.ts).
    expect(plan.checklist.basic.map((i) => i.id)).toEqual(checklistIds('basic', plan.checklist.basic.map((i) => i.text)));
    expect(plan.checklist.preferred.map((i) => i.id)).toEqual(checklistIds('preferred', plan.checklist.preferred.map((i) => i.text)));
    expect(new Set(plan.checklist.basic.map((i) => i.id)).size).toBe(plan.checklist.basic.length);
    expect(plan.checklist.basic[0]!.id).toMatch(/^basic:[0-9a-z]+$/);
  });

  it('lists technical topics the posting names (SQL), phone-screen, loop and timeline guidance', () => {
    // SQL is the family's core; the posting's own word is quoted beside it.
    expect(plan.technicalTopics.some((t) => t.core && /^SQL\b/.test(t.topic) && t.source === 'posting' && /\bSQL\b/.test(t.quote ?? ''))).toBe(true);
    expect(plan.phoneScreen.join(' ')).toMatch(/45 to 60 minutes by phone or video call; the recruiter sends the details/);
    expect(plan.phoneScreen.join(' ')).toMatch(/SQL/);
    expect(plan.loop.overview.join(' ')).toMatch(/Bar Raiser/);
    expect(plan.loop.rounds.map((r) => r.name)).toContain('SQL and data modelling');
    expect(plan.timeline.join(' ')).toMatch(/two stories for each top principle/);
    expect(plan.questionsToAsk.length).toBeGreaterThanOrEqual(5);
  });

  it('renders Markdown with every section', () => {
    const md = planToMarkdown(plan);
    for (const h of ['# Prep plan', '## How the interviews work', '### Phone screen', '### The loop', '## Leadership Principles to prepare', '## Story map', '## Qualifications checklist', '## Topics to revise', '## Timeline', '## Questions to ask'])
      expect(md).toContain(h);
    expect(md).toContain('- [ ] ');
  });

  it('gives each evidence entry its clause, split around the phrase', () => {
    for (const pr of plan.principles)
      for (const ev of pr.evidence) {
        expect(ev.context).toBeDefined();
        expect(ev.quote!.phrase).toBe(ev.text);
        expect(ev.quote!.before.replace(/^…/, '') + ev.quote!.phrase + ev.quote!.after.replace(/…$/, '')).toBe(ev.context!.text);
      }
  });

  it('gives an operations role operations topics, not software ones', () => {
    const area = buildPrepPlan(postingById('2879113'));
    const topics = area.technicalTopics.map((t) => t.topic);
    expect(topics.some((t) => /^Site safety/.test(t))).toBe(true);
    expect(topics.join(' ')).not.toMatch(/Data structures|System design/);
  });
});

describe('planToMarkdown evidence', () => {
  it('quotes the sentence with the phrase in bold (job 1496414)', () => {
    const md = planToMarkdown(buildPrepPlan(postingById('1496414')));
    expect(md).toContain('- "You are looking for radical **new approaches** to automate fixes for operational issues." (description)');
  });

  it('escapes Markdown in the quoted clause, so only the phrase is bold', () => {
    const p = emptyPosting({
      title: 'Data Engineer',
      description:
        'Use **bold** and [links](javascript:x) while you dive deep into data. The rest of this posting is about pipelines, dashboards, teams and the weekly business review.',
    });
    const md = planToMarkdown(buildPrepPlan(p));
    expect(md).toContain('"Use \\*\\*bold\\*\\* and \\[links\\](javascript:x) while you **dive deep** into data." (description)');
  });
});

describe('bad input', () => {
  it('empty posting: a general plan with a note, no throw', () => {
    const a = analyzePosting(emptyPosting());
    expect(a.principles.length).toBe(16);
    expect(a.notes.join(' ')).toMatch(/Too little text/);
    expect(a.planMarkdown).toContain('Too little text');
  });

  it('near-empty posting with one qualification: says the plan rests on the family', () => {
    const a = analyzePosting(emptyPosting({ title: 'Software Development Engineer', basicQualifications: ['Java'] }));
    expect(a.roleFamily.id).toBe('software-engineering');
    expect(a.notes[0]).toBe(
      'This posting shows only its qualifications: the principles below are typical for software engineering roles, adjusted by what the qualifications mention. Read the full description on amazon.jobs if you can.',
    );
  });

  it('German posting: says the ranking rests on the role family', () => {
    const de = emptyPosting({
      title: 'Softwareentwickler',
      description:
        'Wir suchen eine engagierte Person, die mit unseren Kunden arbeitet und neue Lösungen entwickelt. Sie arbeiten in einem dynamischen Team an verteilten Systemen, übernehmen Verantwortung für Ihre Dienste und verbessern kontinuierlich die Qualität unserer Software für Millionen von Kunden in ganz Europa.',
    });
    expect(analyzePosting(de).notes.join(' ')).toMatch(/not appear to be in English/);
  });

  it('Japanese posting: same note', () => {
    const ja = emptyPosting({
      title: 'ソフトウェア開発エンジニア',
      description: 'お客様のために新しいサービスを設計し、開発し、運用していただきます。大規模な分散システムの経験があり、チームと協力して高品質なソフトウェアを届けることができる方を募集しています。'.repeat(2),
    });
    const a = analyzePosting(ja);
    expect(a.notes.join(' ')).toMatch(/not appear to be in English/);
    expect(a.principles.length).toBe(16);
  });

  it('1 MB description: finishes, notes the truncation, offsets still valid', () => {
    const base = postingById('1496414');
    const big = { ...base, description: (base.description ?? '').repeat(Math.ceil(1_000_000 / (base.description ?? 'x').length)) };
    expect(big.description.length).toBeGreaterThanOrEqual(1_000_000);
    const a = analyzePosting(big);
    expect(a.notes.join(' ')).toMatch(/very long/);
    for (const r of a.principles) for (const e of r.evidence) if (e.section === 'description') expect(big.description.slice(e.start, e.end)).toBe(e.text);
  });

  it('HTML and <script> stay plain text in the plan and are escaped in Markdown', () => {
    const p = emptyPosting({
      title: 'Business Intelligence Engineer <img src=x onerror=alert(1)>',
      description: '<p>We are <b>customer-obsessed</b>.</p><script>alert("x")</script> You dive deep into data and build dashboards with SQL for teams across Europe every single week of the year.',
      basicQualifications: ['<script>steal()</script> SQL experience'],
    });
    const a = analyzePosting(p);
    expect(a.plan.checklist.basic[0]!.text).toBe('<script>steal()</script> SQL experience');
    // Every "<" is backslash-escaped, so no renderer sees a tag.
    expect(a.planMarkdown).not.toMatch(/(?<!\\)</);
    expect(a.planMarkdown).toContain('\\<script\\>steal()\\</script\\>');
    expect(a.principles.find((r) => r.id === 'customer-obsession')!.evidence.map((e) => e.text)).toContain('customer-obsessed');
    // The quoted clause keeps the tags as escaped text around the bold phrase.
    expect(a.planMarkdown).toContain('\\<b\\>**customer-obsessed**\\</b\\>');
  });

  it('malformed data: no throw, a note', () => {
    const a = analyzePosting({ title: 5 } as never);
    expect(a.notes.join(' ')).toMatch(/malformed/);
    expect(a.plan.principles.length).toBe(5);
  });
});

// The external set: real postings nobody here wrote, across every family (read in place).
const external = externalRecords().map((r) => ({ r, analysis: analyzePosting(externalPosting(r)) }));

describe('plans on the 418 external postings', () => {
  it('process section differs by family, describes the loop and the Bar Raiser, and names no retired tool', () => {
    const byFamily = new Map<string, string>();
    for (const { analysis } of external) {
      const plan = analysis.plan;
      const process = [...plan.phoneScreen, ...plan.loop.overview, ...plan.loop.rounds.map((r) => `${r.name}: ${r.what}`)].join('\n');
      expect(process).not.toMatch(/chime/i);
      expect(process).toMatch(/Bar Raiser/);
      expect(process).toMatch(/two or three Leadership Principles/);
      byFamily.set(plan.roleSummary.familyId, process);
    }
    expect(byFamily.size).toBeGreaterThanOrEqual(10);
    const processes = [...byFamily.values()];
    expect(new Set(processes).size).toBe(processes.length);
    // Families get their own technical rounds.
    const rounds = (fam: string) => external.find((x) => x.analysis.plan.roleSummary.familyId === fam)!.analysis.plan.loop.rounds.map((r) => r.name);
    // A software engineer designs a system; a mobile engineer an app and its service; a business-application engineer works on the platform (review 4);
    // a support engineer troubleshoots a production issue (review 9).
    for (const x of external.filter((y) => y.analysis.plan.roleSummary.familyId === 'software-engineering'))
      expect(x.analysis.plan.loop.rounds.map((r) => r.name).join(' | ')).toMatch(/\bSystem design\b|Mobile system design|Platform depth|Troubleshooting a production issue/);
    expect(rounds('sales-account-solutions')).toContain('Customer scenario');
    // A hardware design engineer has a technical deep dive (a launch engineer, first in the file, has site rounds).
    expect(external.some((x) => x.analysis.plan.roleSummary.familyId === 'hardware-operations-engineering' && x.analysis.plan.loop.rounds.some((r) => r.name === 'Technical deep dive'))).toBe(true);
  });

  it('every plan has two stories per top principle and one failure and one disagreement question', () => {
    for (const { r, analysis } of external) {
      const { storyMap, principles } = analysis.plan;
      expect(storyMap.entries.map((e) => e.principle), r.job_id).toEqual(principles.map((p) => p.id));
      for (const e of storyMap.entries) {
        expect(e.stories).toHaveLength(2);
        expect(e.probes.length).toBeGreaterThanOrEqual(2);
        for (const s of e.stories) for (const a of s.alsoServes) expect(principles.map((p) => p.id)).toContain(a.id);
      }
      expect(storyMap.mustAsk.map((q) => q.kind)).toEqual(['failure', 'disagreement']);
      expect(analysis.planMarkdown).toContain('**A failure**');
      expect(analysis.planMarkdown).toContain('**A disagreement**');
      for (const p of principles) expect(p.practiceQuestions[0]).toBe(p.likelyQuestion);
    }
  });

  it('reads cleanly: articles, decoded text, one requirement per checkbox, no repeated team, no stray braces', () => {
    for (const { r, analysis } of external) {
      const md = analysis.planMarkdown;
      expect(md, r.job_id).not.toMatch(/\ba (?:engineering|operations|HR|[aeio]\w* role)\b/);
      expect(md, r.job_id).not.toMatch(/&amp;|&lt;|&gt;|&quot;|&#\d+;/);
      expect(md, r.job_id).not.toMatch(/^- \[ \] (?:[-*•·Ø]\s)/m);
      expect(md, r.job_id).not.toMatch(/[{}]/);
      expect(md, r.job_id).not.toMatch(/\bteam team\b/i);
      for (const it of [...analysis.plan.checklist.basic, ...analysis.plan.checklist.preferred]) {
        expect(it.text, r.job_id).not.toMatch(/\sØ\s|•/);
        expect(it.text, r.job_id).not.toMatch(/^About (?:us|our)\b|extra mile|Equal Opportunity/i);
      }
      const team = analysis.plan.roleSummary.team;
      if (team) expect(team.split(/,\s*/).length, r.job_id).toBe(new Set(team.toLowerCase().split(/,\s*/)).size);
    }
  });

  it('thin postings say what the plan rests on and never claim the posting leans on a principle', () => {
    const thin = external.filter(({ analysis }) => analysis.plan.roleSummary.basis === 'qualifications-only');
    expect(thin.length).toBeGreaterThan(100); // the JOBuzz search-card postings
    for (const { r, analysis } of thin) {
      const fam = analysis.plan.roleSummary.familyId;
      expect(analysis.plan.notes[0], r.job_id).toMatch(/^This posting shows only its qualifications: the principles below are typical for /);
      if (fam !== 'general') expect(analysis.plan.notes[0]).toContain(PLAN_FAMILY_NOUN[fam]);
      expect(analysis.plan.roleSummary.text, r.job_id).not.toMatch(/leans most on|Prepare stories first/);
      expect(analysis.plan.roleSummary.text).toMatch(/Start with/);
    }
    const full = external.filter(({ analysis }) => analysis.plan.roleSummary.basis === 'full');
    expect(full.length).toBeGreaterThan(100);
  });
});

describe('qualifications-only fixtures', () => {
  it('each says it shows only the qualifications', () => {
    for (const rec of records('qualifications-only.jsonl')) {
      const plan = buildPrepPlan(postingById(rec.job_id!));
      expect(plan.roleSummary.basis).toBe('qualifications-only');
      expect(plan.notes[0]).toMatch(/^This posting shows only its qualifications/);
    }
  });
});

describe('checklist splitting', () => {
  it('splits joined items, strips doubled bullets, joins wrapped lines and drops company text', () => {
    expect(checklistItems(['Experience with SQL Ø Experience with Python Ø Familiarity with AWS'])).toEqual([
      'Experience with SQL',
      'Experience with Python',
      'Familiarity with AWS',
    ]);
    expect(checklistItems(['- Familiarity with Linux', '• • Knowledge of TCP/IP'])).toEqual(['Familiarity with Linux', 'Knowledge of TCP/IP']);
    expect(checklistItems(['Ability to work for different managers: we move managers around as', 'our business grows'])).toEqual([
      'Ability to work for different managers: we move managers around as our business grows',
    ]);
    expect(checklistItems(['R&amp;D experience', 'About our rewards'])).toEqual(['R&D experience']);
    const blurb = 'We’ll expect you to go the extra mile. As well as a competitive salary, we offer a whole host of other benefits. There are other, more intangible rewards too. '.repeat(3);
    expect(checklistItems(['SQL', blurb])).toEqual(['SQL']);
  });

  it('on a real posting (1374769) the rewards paragraph and the heading are gone and the wrapped line is one item', () => {
    const plan = buildPrepPlan(externalById('1374769'));
    const texts = [...plan.checklist.basic, ...plan.checklist.preferred].map((i) => i.text);
    expect(texts.some((t) => /^About our rewards/.test(t))).toBe(false);
    expect(texts.some((t) => /extra mile/.test(t))).toBe(false);
    expect(texts).toContain('Ability to work for different managers: we move managers around to meet business needs and as our business grows and you must adapt to changes in management');
  });
});

describe('technical topics only in their technical sense', () => {
  const topicsOf = (title: string, description: string) =>
    buildPrepPlan(emptyPosting({ title, description, basicQualifications: ['Bachelor’s degree'] })).technicalTopics.map((t) => t.topic);
  const filler = ' You will work with teams across the company, own projects end to end and report on progress every week to leaders.';

  it('"networking skills" is not Networking; "TCP/IP networking" is', () => {
    expect(topicsOf('Account Manager', `Strong networking skills and a wide network of contacts.${filler}`)).not.toContain('Networking');
    expect(topicsOf('Software Development Engineer', `Experience with TCP/IP and DNS.${filler}`)).toContain('Networking');
  });

  it('"information architecture" is not system design', () => {
    expect(topicsOf('UX Designer', `Define the information architecture of our help pages.${filler}`)).not.toContain('System design and architecture');
  });

  it('a mechanical engineer’s prototypes are not a design tool', () => {
    const t = topicsOf('Mechanical Engineer', `Build prototypes of new enclosures and test them.${filler}`);
    expect(t).not.toContain('Design tools (Figma, Sketch)');
    expect(t).not.toContain('Wireframing and prototyping');
    const withQuotes = buildPrepPlan(emptyPosting({ title: 'Mechanical Engineer', description: `Build prototypes of new enclosures and test them.${filler}`, basicQualifications: ['Bachelor’s degree'] })).technicalTopics;
    expect(withQuotes.find((x) => x.quote === 'prototypes')?.topic).toMatch(/validation testing/);
  });

  it('"home security" is not the Security topic; "threat modelling" is', () => {
    expect(topicsOf('Electrical Engineer', `Ring makes home security products for neighbourhoods.${filler}`)).not.toContain('Security');
    const sec = buildPrepPlan(emptyPosting({ title: 'Security Engineer', description: `Lead threat modeling for new services.${filler}`, basicQualifications: ['Bachelor’s degree'] })).technicalTopics;
    expect(sec.find((x) => /threat model/i.test(x.quote ?? ''))?.topic).toMatch(/^Security/);
  });
});

describe('technical topics pre-test', () => {
  it('finds exactly the same topics with and without the literal pre-test (418 external postings)', () => {
    for (const r of externalRecords()) {
      const p = externalPosting(r);
      for (const fam of ['software-engineering', 'hardware-operations-engineering', 'operations', 'finance-accounting', 'design-ux'] as const)
        expect(technicalTopics(p, fam, true), r.job_id).toEqual(technicalTopics(p, fam, false));
    }
  });
});

describe('plan text: names, titles, checklist enumerations', () => {
  it('quotes every principle name the same way, alone or in a list', async () => {
    const { listNames } = await import('../../../core/plan-text');
    expect(listNames(['Ownership'])).toBe('“Ownership”');
    expect(listNames(['Ownership', 'Dive Deep', 'Are Right, A Lot'])).toBe('“Ownership”, “Dive Deep” and “Are Right, A Lot”');
  });

  it('completes a title a source cut at a hyphen from the URL, and leaves a whole title alone', async () => {
    const { planTitle } = await import('../../../core/plan-text');
    expect(planTitle('Front', 'https://amazon.jobs/en/jobs/1/front-end-engineer-amazon-connect-aws')).toBe('Front-End Engineer Amazon Connect AWS');
    expect(planTitle('Software Development Engineer', 'https://amazon.jobs/en/jobs/1/software-development-engineer-mobile')).toBe('Software Development Engineer');
    expect(planTitle('Senior Solutions Architect, Non', null)).toBe('Senior Solutions Architect, Non');
  });

  it('splits "(1.) X; (2.) Y; or (3.) Z" into one box each, drops a lone "(1.)" and places listed as qualifications', () => {
    expect(checklistItems(['At least one of the following: (1.) Database administration; (2.) NoSQL and ETL tools; or (3.) Network administration.'])).toEqual([
      'At least one of the following:',
      'Database administration',
      'NoSQL and ETL tools',
      'Network administration.',
    ]);
    expect(checklistItems(['Experience in: (1.) designing large-scale software'])).toEqual(['Experience in: designing large-scale software']);
    expect(checklistItems(['SQL', 'Seattle, WA', 'Arlington, VA / Washington, DC'])).toEqual(['SQL']);
  });
});

describe('topics to revise lead with the role’s core, from the family and the title', () => {
  const core = (id: string) => buildPrepPlan(externalById(id)).technicalTopics.filter((t) => t.core).map((t) => t.topic);
  it('a solutions architect whiteboards an architecture and meets a customer; a BI engineer writes SQL and models data', () => {
    expect(core('1375046').join(' | ')).toMatch(/^Architecture whiteboarding.*Customer scenarios/);
    expect(core('10569363').join(' | ')).toMatch(/^SQL by hand.*Data modelling.*Metrics/);
  });
  it('a recruiter runs a pipeline and hiring-manager scenarios; a research scientist prepares the science round and publications', () => {
    expect(core('1374912').join(' | ')).toMatch(/^Recruiting pipeline.*Hiring-manager scenarios/);
    const rs = externalRecords().find((r) => /research scientist|applied scientist/i.test(r.title ?? ''));
    if (rs) expect(core(rs.job_id).join(' | ')).toMatch(/science round.*publications/);
  });
  it('skills offered as alternatives ("… or machine learning, or infrastructure and networking") are one topic', () => {
    const sa = buildPrepPlan(externalById('1375046')).technicalTopics.filter((t) => !t.core);
    expect(sa.map((t) => t.topic)).toEqual(['One of: Machine learning; Networking (revise the one you know best)']);
    expect(sa[0]!.quote).toBe('machine learning, or infrastructure and networking');
  });
});

describe('review 1 rows 8-10, on real postings', () => {
  it('a data scientist is promised no research talk; a title naming only a team reads "This role (…)"', () => {
    const ds = buildPrepPlan(externalById('1375236'));
    expect(ds.loop.rounds.map((r) => r.name)).toEqual(['Statistics and machine learning', 'Coding and SQL', 'Business case']);
    expect(ds.loop.overview.join(' ')).not.toMatch(/research talk/i);
    expect(buildPrepPlan(externalById('10562098')).roleSummary.text).toMatch(/^This role \(Data Center Engineering Operations\) in /);
  });
  it('topics never come from the team’s technology in the intro, "electrical CAD" is not mechanical CAD, and a data centre’s dashboards are no BI tool', () => {
    const launch = buildPrepPlan(externalById('1374918')).technicalTopics.map((t) => t.topic).join(' | ');
    expect(launch).not.toMatch(/Machine learning|Computer vision|Distributed systems/);
    expect(buildPrepPlan(externalById('1374692')).technicalTopics.find((t) => t.quote === 'CAD')).toBeUndefined();
    expect(buildPrepPlan(externalById('10562098')).technicalTopics.map((t) => t.topic).join(' ')).not.toMatch(/Tableau/);
  });
});

describe('review 2 class 8 and issue 9: topics the posting means, mobile engineering', () => {
  const plan = (values: Parameters<typeof emptyPosting>[0]) => buildPrepPlan(emptyPosting({ basicQualifications: ['Bachelor’s degree'], ...values }));
  const topics = (values: Parameters<typeof emptyPosting>[0]) => plan(values).technicalTopics.map((t) => t.topic);
  const filler = ' You will work with teams across the company, own projects end to end and report on progress every week to leaders.';

  it('"network security" is Security, not Networking; "statistical systems" is no statistics topic and no A/B test', () => {
    expect(topics({ title: 'Security Engineer', description: `Protect our network security and cloud security controls.${filler}` })).not.toContain('Networking');
    const tpm = topics({ title: 'Technical Program Manager', basicQualifications: ['Experience working with machine learning technologies, statistical systems or big data platforms'] });
    expect(tpm.join(' ')).not.toMatch(/Statistics|A\/B/);
    const bie = topics({ title: 'Business Intelligence Engineer', basicQualifications: ['Experience with statistical methods (e.g. t-test, Chi-squared)'] });
    expect(bie).toContain('Statistics (hypothesis tests, regression)');
    expect(bie.join(' ')).not.toMatch(/A\/B/);
  });

  it('a mobile engineer (title, a basic qualification, or "As a Mobile … you will") gets mobile app design, platform depth and a mobile design round', () => {
    const byQual = plan({ title: 'Software Development Engineer', description: `You will build our music app.${filler}`, basicQualifications: ['4+ years experience of mobile (iOS/Android) software development', 'Experience with Java, Objective C and Swift'] });
    const core = byQual.technicalTopics.filter((t) => t.core).map((t) => t.topic).join(' | ');
    expect(core).toMatch(/^Coding.*Mobile app design.*Platform depth/);
    expect(byQual.loop.rounds.map((r) => r.name)).toContain('Mobile system design');
    expect(topics({ title: 'Android Engineer, Prime Video' }).join(' ')).toMatch(/Mobile app design/);
    expect(topics({ title: 'Software Development Engineer', description: `As Mobile Software Development Engineer (iOS or Android), you will build apps and SDKs.${filler}` }).join(' ')).toMatch(/Mobile app design/);
    // A product that runs on phones, or mobile as one preference among many, is no mobile role.
    const product = plan({ title: 'Software Development Engineer', description: `Our apps are available on iOS, Android, Web and Fire TV.${filler}`, preferredQualifications: ['Experience with Mobile development (Android/iOS)'] });
    expect(product.technicalTopics.filter((t) => t.core).map((t) => t.topic).join(' ')).not.toMatch(/Mobile/);
    expect(product.loop.rounds.map((r) => r.name)).toContain('System design');
  });

  it('names Swift and Objective-C, and only the language the posting names ("JavaScript", not "JavaScript / TypeScript")', () => {
    const t = topics({ title: 'Software Development Engineer', basicQualifications: ['Programming experience in Java, JavaScript or Objective C'] });
    // Offered as a choice, the languages are one coding topic that names them as the posting writes them (review 9).
    expect(t.join(' ')).toMatch(/Objective C/);
    expect(t.join(' ')).toMatch(/JavaScript/);
    expect(t.join(' ')).not.toMatch(/TypeScript/);
    // "SWIFT" the bank network and "swift" the adjective are not the language.
    expect(topics({ title: 'Financial Analyst', basicQualifications: ['Experience with SWIFT payments and swift month-end close'] }).join(' ')).not.toMatch(/Swift/);
  });

  it('a data scientist detecting threats revises detection models, not A/B tests; a BI engineer’s metrics quote "metrics"', () => {
    const ds = buildPrepPlan(externalById('1375236')).technicalTopics.filter((t) => t.core).map((t) => t.topic).join(' | ');
    expect(ds).toMatch(/^Detection models/);
    expect(ds).not.toMatch(/A\/B/);
    const bie = buildPrepPlan(externalById('10569363')).technicalTopics.find((t) => t.topic.startsWith('Metrics'));
    expect(bie?.quote).toBe('metrics');
  });
});

describe('review 2 class 9: thin qualification-only postings', () => {
  it('an AI content posting gets topics from its qualifications and is told to expect an assessment first (3112166)', () => {
    const plan = buildPrepPlan(externalById('3112166'));
    expect(plan.roleSummary.basis).toBe('qualifications-only');
    const topics = plan.technicalTopics.map((t) => t.topic).join(' | ');
    expect(topics).toMatch(/Annotation and data labelling/);
    expect(topics).toMatch(/Writing to a style guide/);
    expect(plan.phoneScreen[0]).toMatch(/^Roles like this often start with an assessment before any interview: a timed written or annotation task/);
    expect(plan.loop.overview[0]).toMatch(/fewer for many associate and fixed-term roles/);
  });

  it('a role that needs another language is told it will be tested; an engineer whose code has annotations is not', () => {
    const lang = buildPrepPlan(emptyPosting({ title: 'Quality Specialist - Japanese', basicQualifications: ['Bachelor’s degree.', 'Fluency in Japanese.', 'Proficiency in Excel'] }));
    expect(lang.phoneScreen[0]).toMatch(/^Roles that need Japanese often test it/);
    const sde = buildPrepPlan(emptyPosting({ title: 'Software Development Engineer', basicQualifications: ['Experience with Java annotations and style guides for code'] }));
    expect(sde.phoneScreen.join(' ')).not.toMatch(/assessment before any interview|often test it/);
    expect(sde.technicalTopics.map((t) => t.topic).join(' ')).not.toMatch(/Annotation|style guide/);
  });
});

describe('review 2 class 12: data-centre and facility operations are interviewed on systems, troubleshooting and safety', () => {
  it('a data-centre engineering operations posting (10562098) gets its own panel, screen, rounds and tip; a design engineer keeps the design loop', () => {
    const dc = buildPrepPlan(externalById('10562098'));
    const text = [...dc.phoneScreen, ...dc.loop.overview, ...dc.loop.rounds.map((r) => `${r.name}: ${r.what}`)].join('\n');
    expect(dc.loop.rounds.map((r) => r.name)).toEqual(['Critical systems', 'Troubleshooting and root cause', 'Safety and procedure']);
    expect(text).not.toMatch(/manufacturing, test|your designs|margins, yields/);
    const tech = buildPrepPlan(emptyPosting({ title: 'Data Center Technician, DCO', basicQualifications: ['1+ years of server troubleshooting experience'] }));
    expect(tech.loop.rounds[0]!.name).toBe('Troubleshooting');
    const rf = buildPrepPlan(externalById('1374905'));
    expect(rf.loop.rounds.map((r) => r.name)).toContain('Technical deep dive');
  });
});

describe('review 2 class 11: what the posting calls optional is not a basic requirement', () => {
  it('moves "… is a plus", "… is highly desirable" and "… preferred" from Basic to the top of Preferred, splitting a mixed item', () => {
    const plan = buildPrepPlan(
      emptyPosting({
        title: 'Solutions Architect',
        basicQualifications: ['Bachelor’s degree in Computer Science or related field. Advanced degree is a plus.', 'Qualifications in Engineering, Operations, or related fields is a plus', 'Previous work experience preferred.', '5+ years of experience in cloud architecture'],
        preferredQualifications: ['AWS certification'],
      }),
    );
    expect(plan.checklist.basic.map((i) => i.text)).toEqual(['Bachelor’s degree in Computer Science or related field.', '5+ years of experience in cloud architecture']);
    expect(plan.checklist.preferred.map((i) => i.text)).toEqual(['Advanced degree is a plus.', 'Qualifications in Engineering, Operations, or related fields is a plus', 'Previous work experience preferred.', 'AWS certification']);
    expect(plan.checklist.preferred.map((i) => i.id)).toEqual(checklistIds('preferred', plan.checklist.preferred.map((i) => i.text)));
  });
});

describe('review 2 class 11: conditions of the job the description states', () => {
  it('eligibility, travel and shifts become their own boxes, in the posting’s words, kind first (1374905, 1375220, 10562098)', () => {
    const rf = buildPrepPlan(externalById('1374905'));
    expect(rf.checklist.conditions?.map((c) => c.text)).toEqual([expect.stringMatching(/^Eligibility: Due to applicable export control laws and regulations, candidates must be a U\.S\. citizen/)]);
    expect(planToMarkdown(rf)).toMatch(/### Conditions of the job\n\n- \[ \] Eligibility: /);
    expect(buildPrepPlan(externalById('1375220')).checklist.conditions?.map((c) => c.text)).toEqual(['Travel: This role requires domestic travel up to 25% (the qualifications say “Ability to travel, including out of state, up to 35% of the time”: ask the recruiter which holds)']);
    expect(buildPrepPlan(externalById('10562098')).checklist.conditions?.[0]?.text).toMatch(/^Shifts: Work schedule varies—shifts up to 12 hours/);
  });

  it('leaves out headings, a description condition the qualifications state the same way, and postings that state none', () => {
    const p = emptyPosting({
      title: 'Software Development Engineer',
      description: 'Work/Life Balance and On-Call Responsibility\nAfter a learning period, you will join the on-call rotation, typically for one week every two months.\nExport Control Requirement:',
      basicQualifications: ['Willingness to travel up to 50% of the time'],
    });
    expect(conditionItems(p.description, p.basicQualifications)).toEqual(['On-call: After a learning period, you will join the on-call rotation, typically for one week every two months', 'Travel: Willingness to travel up to 50% of the time']);
    // The qualifications' own line is the box when both say the same (review 4: it moves there from Basic).
    expect(conditionItems('Travel up to 50% of the time is required for this role.', ['Willingness to travel up to 50% of the time'])).toEqual(['Travel: Willingness to travel up to 50% of the time']);
    expect(buildPrepPlan(emptyPosting({ title: 'Software Development Engineer', description: 'Build services.' })).checklist.conditions).toBeUndefined();
  });
});

describe('operations analysts, specialists and associates are not interviewed as shift leaders', () => {
  it('a quality specialist gets process, data and partner-team rounds; an area manager keeps the site loop', () => {
    const qs = buildPrepPlan(emptyPosting({ title: 'Quality Specialist, AGI Data Services', basicQualifications: ['Bachelor’s degree', 'Analytical and problem-solving capabilities'] }));
    expect(qs.roleSummary.familyId).toBe('operations');
    expect(qs.loop.rounds.map((r) => r.name)).toEqual(['Process and quality', 'Data and problem solving', 'Working with other teams']);
    expect([...qs.phoneScreen, ...qs.loop.overview].join(' ')).not.toMatch(/leading people on the floor|site or operations manager/);
    const am = buildPrepPlan(externalById('1374769'));
    expect(am.loop.rounds.map((r) => r.name)).toContain('Site and safety operations');
  });
});

describe('review 3 class 8: checklist run-ons and conditions the posting states', () => {
  it('splits two items run together at a lower-case word then a capitalised item opening (1375088, 2928982), not at a join word', () => {
    const fin = buildPrepPlan(externalById('1375088'));
    expect(fin.checklist.preferred.map((i) => i.text)).toEqual(expect.arrayContaining(['Intermediate to advance Excel skills', 'Strong critical thinking skills and attention to detail']));
    const ops = buildPrepPlan(externalById('2928982'));
    expect(ops.checklist.basic.map((i) => i.text)).toContain('Experience in UNIX/Linux operating system and tools');
    expect(checklistItems(['Chef/puppet experience or DevOps background and Demonstrated knowledge of Git'])).toHaveLength(1);
    expect(checklistItems(['Experience with Microsoft Office including Outlook, Word, and Excel'])).toHaveLength(1);
  });

  it('surfaces other locations and a willingness to work shifts as conditions (1375048, 1374912, 1374769)', () => {
    const lxd = buildPrepPlan(externalById('1375048'));
    expect(lxd.checklist.conditions?.map((c) => c.text)).toEqual(['Location: The posting lists Seattle, WA; Arlington, VA / Washington, DC; Dallas, TX; Boston, MA (ask the recruiter where the team sits)']);
    const rec = buildPrepPlan(externalById('1374912'));
    expect(rec.checklist.conditions?.map((c) => c.text)).toEqual(['Location: This position can be located in Seattle, WA or any USA Amazon Corporate office']);
    const am = buildPrepPlan(externalById('1374769'));
    expect(am.checklist.conditions?.map((c) => c.text)).toEqual(['Shifts: Willingness to work flexible schedules/shifts/areas']);
    expect(am.checklist.basic.map((c) => c.text)).not.toContain('Willingness to work flexible schedules/shifts/areas');
    // A benefit is not a condition.
    expect(conditionItems('Instead, we’re happy to offer a flexible schedule so you can have a more productive and well-balanced life.')).toEqual([]);
  });
});

describe('review 3 class 5: topics the posting names in its qualifications and duties', () => {
  const topics = (id: string) => buildPrepPlan(externalById(id)).technicalTopics.map((t) => t.topic).join('\n');
  it('satellite bands, orbits and spectrum monitoring for an RF ground-systems engineer (1374905)', () => {
    expect(topics('1374905')).toMatch(/Ka- and V-band/);
    expect(topics('1374905')).toMatch(/Satellite orbits and ground tracking/);
    expect(topics('1374905')).toMatch(/Spectrum monitoring/);
  });
  it('redundancy, transfer switches and change control for data-centre engineering operations (10562098)', () => {
    expect(topics('10562098')).toMatch(/N\+1, 2N/);
    expect(topics('10562098')).toMatch(/MOP/);
  });
  it('SDK design when the role builds SDKs, not when it only uses developer tools (1375569, 1375366)', () => {
    expect(topics('1375569')).toMatch(/SDK and framework design/);
    expect(topics('1375366')).not.toMatch(/SDK and framework design/);
  });
  it('named tools and KPIs: authoring and video tools, OpEx planning, offer negotiation, delivery KPIs (1375048, 1375088, 1374912, 1374769)', () => {
    expect(topics('1375048')).toMatch(/E-learning authoring tools[\s\S]*Video editing/);
    expect(topics('1375088')).toMatch(/Headcount and OpEx planning/);
    expect(topics('1374912')).toMatch(/Offer negotiation/);
    expect(topics('1374769')).toMatch(/Delivery KPIs/);
  });
});

describe('review 3 class 8: loop wording for learning designers and technical program managers', () => {
  it('a learning experience designer gets a design exercise, not a teaching demo (1375048); a TPM gets program design, not product sense (1374947)', () => {
    const lxd = buildPrepPlan(externalById('1375048'));
    const text = (p: typeof lxd) => [...p.loop.overview, ...p.loop.rounds.map((r) => `${r.name}: ${r.what}`), ...p.technicalTopics.map((t) => t.topic)].join('\n');
    expect(text(lxd)).not.toMatch(/teaching demo|Teaching or facilitation|Facilitating or teaching/);
    expect(text(lxd)).toMatch(/design exercise/i);
    const tpm = buildPrepPlan(externalById('1374947'));
    expect(text(tpm)).not.toMatch(/Product sense/);
    expect(tpm.loop.rounds[0]!.name).toBe('Program design and execution');
  });
});

describe('review 4: a paragraph of requirements is split, a paragraph of company text is dropped', () => {
  it('gives each sentence of a qualifications-only paragraph its own box (3069391 had none)', () => {
    const p = externalById('3069391');
    const items = buildPrepPlan(p).checklist.basic.map((i) => i.text);
    expect(items[0]).toBe('Candidates must have a Bachelor in Computer Science Engineering or related field.');
    expect(items).toContain('Excellent problem solving skills.');
    // "our e-Business suite" later in the paragraph does not make it company text.
    expect(items).toContain('Perform gap analysis to determine our e-Business suite’s system configuration and development changes.');
    expect(items).toHaveLength(8);
  });

  it('still drops a paragraph that opens as the company (Audible, Ring, rewards)', () => {
    for (const id of ['1374973', '1374692', '1374769']) {
      const company = externalById(id).preferredQualifications.filter((q) => q.length > 300);
      expect(company.length).toBeGreaterThan(0);
      expect(checklistItems(company)).toEqual([]);
    }
  });
});
