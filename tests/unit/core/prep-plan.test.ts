import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../../../core/analyze-posting';
import { PrepPlan, buildPrepPlan, planToMarkdown } from '../../../core/prep-plan';
import { emptyPosting, postingById } from './helpers';

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
    expect(plan.checklist.basic.map((i) => i.text)).toEqual(p.basicQualifications);
    expect(plan.checklist.basic[0]!.id).toBe('basic-1');
    expect(plan.checklist.preferred.map((i) => i.id)).toEqual(p.preferredQualifications.map((_, i) => `preferred-${i + 1}`));
  });

  it('lists technical topics the posting names (SQL) and phone-screen and timeline guidance', () => {
    expect(plan.technicalTopics.some((t) => t.topic === 'SQL' && t.source === 'posting')).toBe(true);
    expect(plan.phoneScreen.join(' ')).toMatch(/30 to 60 minutes/);
    expect(plan.phoneScreen.join(' ')).toMatch(/Chime/);
    expect(plan.timeline.join(' ')).toMatch(/one to two weeks/);
    expect(plan.questionsToAsk.length).toBeGreaterThanOrEqual(5);
  });

  it('renders Markdown with every section', () => {
    const md = planToMarkdown(plan);
    for (const h of ['# Prep plan', '## Leadership Principles to prepare', '## Qualifications checklist', '## Technical topics', '## Phone screen', '## Timeline', '## Questions to ask'])
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

  it('gives a non-technical role no family-default technical topics', () => {
    const area = buildPrepPlan(postingById('2879113'));
    expect(area.technicalTopics.every((t) => t.source === 'posting')).toBe(true);
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

  it('near-empty posting: still the note', () => {
    const a = analyzePosting(emptyPosting({ title: 'Software Development Engineer', basicQualifications: ['Java'] }));
    expect(a.roleFamily.id).toBe('software-engineering');
    expect(a.notes.join(' ')).toMatch(/Too little text/);
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
