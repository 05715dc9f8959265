// Recruiting marketing is never evidence: taglines and hooks, benefits, the company describing itself,
// and the standard AWS sections however few postings carry them ("Why AWS?", "Work Hard, Have Fun").
// Checked on real postings read in place (../shared/fixtures/external) and over every fixture posting.
import { describe, expect, it } from 'vitest';
import { boilerplateRanges, isBoilerplate, isMarketingSentence, isSelfDescription, sentenceSpans } from '../../../core/boilerplate';
import { postingFromRecord } from '../../../core/posting-from-record';
import { sectionText } from '../../../core/posting-sections';
import { rankPrinciples } from '../../../core/rank-principles';
import { externalPosting, externalRecords } from '../../../scripts/lib/labelled-postings';
import { records } from './helpers';

const external = externalRecords();
const byId = (id: string) => {
  const r = external.find((x) => x.job_id === id);
  if (!r) throw new Error(`no external record ${id}`);
  return externalPosting(r);
};
const quotes = (p: ReturnType<typeof byId>) =>
  rankPrinciples(p).flatMap((r) => r.evidence.map((e) => ({ id: r.id, context: e.context.text, masked: boilerplateRanges(sectionText(p, e.section)) })));

describe('recruiting marketing', () => {
  it('recognises taglines, hooks, benefits and the company describing itself (sentences from real postings)', () => {
    for (const s of [
      'Come innovate with the Amazon Music team!',
      'Want to make a billion-dollar impact?',
      'Amazon strives to be Earth\u2019s most customer-centric company where people can find and discover virtually anything they want to buy online.',
      'AWS commands a majority of the world\'s public cloud traffic, serving customers at ultra large scale, and this volume is growing exponentially every day.',
      'At Amazon, we hire the best minds in technology to innovate and build on behalf of our customers.',
      'We care about your career growth and strive to assign projects based on what will help each team member develop into a better-rounded engineer.',
      'Amazon has a fast-paced environment where we \u201cWork Hard, Have Fun, Make History.\u201d',
      'Why you want to be on the Amazon Photos team: We solve challenging problems that require innovation, scaling to meet the needs of our growing customer base.',
    ])
      expect(isMarketingSentence(s), s).toBe(true);
  });

  it('leaves duties and qualifications alone, even when they mention customers, growth or mentoring', () => {
    for (const s of [
      'You will own the technical relationship with the customer and operate as their trusted advisor.',
      'Mentor, coach, and develop engineering talent through structured career plans',
      'Share the voice of the customer to influence the roadmap of new features and services for the AWS platform.',
      'Amazon Business team is seeking Software Development Engineers who want to disrupt the way businesses purchase online.',
      'Experience working directly in customer implementations is highly desirable;',
    ])
      expect(isMarketingSentence(s), s).toBe(false);
  });

  it('masks a "Why AWS?" section run into its text and the inline "Inclusive Team Culture - …" line (job 2943450)', () => {
    const p = byId('2943450');
    const text = sectionText(p, 'description');
    const masked = boilerplateRanges(text);
    const isMasked = (needle: string) => {
      const at = text.indexOf(needle);
      expect(at, needle).toBeGreaterThanOrEqual(0);
      return masked.some(([s, e]) => s <= at && at + needle.length <= e);
    };
    expect(isMasked('Amazon Web Services (AWS) is the world\u2019s most comprehensive')).toBe(true);
    expect(isMasked('it\u2019s in our nature to learn and be curious')).toBe(true);
    for (const q of quotes(p)) expect(q.context).not.toMatch(/Why AWS|in our nature to learn|world\u2019s most comprehensive/);
  });

  it('masks sub-heads such as "Impact and Career Growth:" (job 1374393)', () => {
    for (const q of quotes(byId('1374393'))) expect(q.context).not.toMatch(/^(?:Impact and )?Career Growth:?$/);
  });

  it('quotes no tagline or company self-description in any fixture posting', () => {
    const postings = [
      ...records('postings.jsonl').map((r) => postingFromRecord(r)),
      ...records('qualifications-only.jsonl').map((r) => postingFromRecord(r)),
      ...external.map((r) => externalPosting(r)),
    ];
    const bad: string[] = [];
    for (const p of postings)
      for (const r of rankPrinciples(p))
        for (const e of r.evidence)
          if (/^(?:Come|Join|Why)\b|\?$|\bcareer growth\b|\bwork hard\b|^Amazon (?:is|strives|has)\b/i.test(e.context.text)) bad.push(`${p.jobId} ${r.id}: ${e.context.text}`);
    expect(bad).toEqual([]);
  });

  it('tells the company or team describing itself from text addressed to the role (sentences from real postings)', () => {
    for (const s of [
      'It automatically detects when products are taken from or returned to the shelves and keeps track of them in a virtual cart.',
      'Innovation is part of our DNA.',
      'Our checkout-free shopping experience is made possible by our Just Walk Out Technology.',
      'At Ring, we are committed to making home and neighborhood security accessible and effective for everyone -- while working hard to bring communities together.',
      'AWS provides a highly reliable, scalable, low-cost infrastructure platform in the cloud that powers hundreds of thousands of businesses in 190 countries around the world.',
    ])
      expect(isSelfDescription(s), s).toBe(true);
    for (const s of [
      'We are looking for an engineer who can dive deep into abstract problems.',
      'The Business Intelligence Engineer has a direct and high impact on metrics and goals.',
      'Must have one year of experience in the following skill(s): designing and developing large-scale systems.',
      'You will own the technical relationship with the customer.',
      'Deliver in-store technology on time.',
    ])
      expect(isSelfDescription(s), s).toBe(false);
  });

  it('never quotes a sentence where the company or team describes itself, though it still counts (job 1374919)', () => {
    const p = byId('1374919');
    for (const q of quotes(p)) expect(isSelfDescription(q.context), q.context).toBe(false);
    const all = rankPrinciples(p).flatMap((r) => r.evidence.map((e) => e.context.text));
    expect(all.some((c) => /automatically detects|part of our DNA/.test(c))).toBe(false);
  });

  it('masks an Amazon company paragraph and an "About our rewards" block left in the preferred qualifications (jobs 1374692, 1374769)', () => {
    for (const id of ['1374692', '1374769']) {
      const p = byId(id);
      const prefs = sectionText(p, 'preferredQualifications');
      const masked = boilerplateRanges(prefs);
      for (const needle of ['Ring is an Amazon company', 'named #1 in Customer Satisfaction', 'product launches', 'About us Operations']) {
        const at = prefs.indexOf(needle);
        if (at >= 0) expect(masked.some(([s, e]) => s <= at && at + needle.length <= e), `${id}: ${needle}`).toBe(true);
      }
      for (const q of quotes(p)) expect(q.context).not.toMatch(/Ring Alarm|product launches|About us|Earth’s biggest selection/);
    }
  });

  it('does not end a sentence at initials: "by J.D. Power" (job 1374692)', () => {
    const prefs = sectionText(byId('1374692'), 'preferredQualifications');
    const sentences = sentenceSpans(prefs).map(([s, e]) => prefs.slice(s, e));
    expect(sentences.some((x) => x.endsWith('by J.D.'))).toBe(false);
    expect(sentences.some((x) => x.includes('by J.D. Power'))).toBe(true);
  });

  it('keeps isBoilerplate to standard text: a marketing sentence alone is not a standard paragraph', () => {
    expect(isBoilerplate('Come innovate with the Amazon Music team!')).toBe(false);
    expect(isBoilerplate('Amazon is an equal opportunity employer and does not discriminate on the basis of race, national origin, gender, gender identity, sexual orientation, protected veteran status, disability, age, or other legally protected status.')).toBe(true);
  });
});
