// Topics the posting means, not keyword hits (issue 9, review 9): a list of example languages is one coding
// topic, not one topic per language; a monitoring dashboard is not a BI tool to revise outside data work; a
// term in the team's mission list is not a topic of the job. Real postings, read in place.
import { describe, expect, it } from 'vitest';
import { buildPrepPlan } from '../../../core/prep-plan';
import { externalById, externalPosting, externalRecords } from './external-postings';

const topics = (id: string) => buildPrepPlan(externalById(id)).technicalTopics.map((t) => t.topic);
const LANGUAGE = /^(?:Python|Java|C \/ C\+\+|Scala|JavaScript|TypeScript|JavaScript \(.*\)|Swift \/ Objective-C|Kotlin)$/;

describe('example languages are one topic', () => {
  it('"at least one modern language such as Java, C++, or C#" is one coding topic that keeps C# (1374295)', () => {
    const t = topics('1374295');
    expect(t.filter((x) => LANGUAGE.test(x))).toEqual([]);
    expect(t).toContain('Coding in the language you know best of those the posting names (Java, C++, or C#)');
  });

  it('the storage manager’s nine example languages are one line, not five topics with Swift among them (1374114)', () => {
    const t = topics('1374114');
    expect(t.filter((x) => LANGUAGE.test(x))).toEqual([]);
    expect(t.filter((x) => x.startsWith('Coding in the language you know best'))).toEqual(['Coding in the language you know best of those the posting names (Java, Rust, Go, C/C++, C#, Objective C, Python, JavaScript, or Ruby)']);
  });

  it('over every external posting: no two language topics come from one qualification that offers them as examples', () => {
    const bad: string[] = [];
    for (const r of externalRecords()) {
      const p = externalPosting(r);
      const langs = buildPrepPlan(p).technicalTopics.filter((t) => LANGUAGE.test(t.topic) && t.quote);
      for (const q of p.basicQualifications.filter((l) => /\b(?:such as|one or more|at least one|one of)\b/i.test(l)))
        if (langs.filter((t) => q.includes(t.quote!)).length >= 2) bad.push(`${r.job_id}: ${q.slice(0, 60)}`);
    }
    expect(bad).toEqual([]);
  });
});

describe('a word is a topic only in the sense the job means it', () => {
  it('a support engineer’s "monitoring metrics dashboard" is no BI-tool topic, and the team mission’s "Service-Oriented Architecture" no design topic (1374648)', () => {
    const t = topics('1374648').join('\n');
    expect(t).not.toMatch(/Tableau|QuickSight|Power BI/);
    expect(t).not.toMatch(/System design/);
  });

  it('data and BI work keeps the dashboard topic (over 10 external postings)', () => {
    const n = externalRecords().filter((r) => buildPrepPlan(externalPosting(r)).technicalTopics.some((t) => t.topic.startsWith('Dashboards and visualisation'))).length;
    expect(n).toBeGreaterThan(10);
  });
});
