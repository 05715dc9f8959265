// A keyword that only names a tool, an audience, a discipline or a property of a system is never
// evidence of a principle (review 2): "SQL" is not Dive Deep, "executives" is not Deliver Results,
// "fluent in German" is not Earn Trust, "cost accounting", "Lean / Six Sigma" and "an ultra-efficient
// data rate" are not Frugality. The principle's real cues in the same postings still count.
import { describe, expect, it } from 'vitest';
import type { PrincipleId } from '../../../core/principles';
import { rankPrinciples } from '../../../core/rank-principles';
import { externalPosting, externalRecords } from '../../../scripts/lib/labelled-postings';
import { emptyPosting } from './helpers';

const quotes = (basicQualifications: string, id: PrincipleId, description = '') =>
  rankPrinciples({ ...emptyPosting(), title: 'Analyst', description, basicQualifications: basicQualifications.split('\n') })
    .find((r) => r.id === id)!
    .evidence.map((e) => e.text.toLowerCase());

describe('keywords that are not a way of working', () => {
  it('never reads "SQL" alone as Dive Deep, while root-cause work still counts', () => {
    expect(quotes('- Experience with SQL\n- Experience using SQL to pull data from a database', 'dive-deep')).toEqual([]);
    expect(quotes('- Experience with SQL\n- Conduct root cause analysis of failures', 'dive-deep').join(' ')).toContain('root cause');
  });

  it('never reads "executives" as execution (Deliver Results), while "execute" still counts', () => {
    expect(quotes('- A track record of communicating well with executives and non-technical leaders', 'deliver-results')).toEqual([]);
    expect(quotes('- Plan and execute complex programs', 'deliver-results').join(' ')).toContain('execute');
  });

  it('never reads a language requirement as Earn Trust', () => {
    expect(quotes('- Fluent in German and English, written and verbal communication', 'earn-trust')).toEqual([]);
    expect(quotes('- Ability to communicate fluently in English and Portuguese, in technical and business settings', 'earn-trust')).toEqual([]);
    expect(quotes('- Build trusted relationships with senior stakeholders', 'earn-trust').length).toBeGreaterThan(0);
  });

  it('never reads "cost accounting" or "Lean" alone as Frugality, while cutting cost still counts', () => {
    expect(quotes('- Experience with cost accounting\n- Lean / Six-Sigma knowledge', 'frugality')).toEqual([]);
    expect(quotes('- Identify ways to reduce operating costs across the network', 'frugality').join(' ')).toContain('cost');
  });

  it('never reads a document, a data step or a test by its word ("standard operating procedures", "transforming data", "pre-compliance testing"; review 4)', () => {
    expect(quotes('- Follow standard operating procedures for each install', 'insist-on-the-highest-standards')).toEqual([]);
    expect(quotes('- Experience extracting and transforming data from many sources', 'think-big')).toEqual([]);
    expect(quotes('- Run pre-compliance testing on new boards', 'success-and-scale-bring-broad-responsibility')).toEqual([]);
    // The principles' own cues in such lines still count.
    expect(quotes('- Hold the team to high standards of quality', 'insist-on-the-highest-standards').length).toBeGreaterThan(0);
    expect(quotes('- Lead the transformation of how the org plans its network', 'think-big').length).toBeGreaterThan(0);
  });

  it('never reads other people ("data owners", "product owner") or a level of experience ("hands-on experience") as a way of working (review 5)', () => {
    // 1375238's line, as the posting writes it.
    expect(quotes('- Experience with extracting, cleaning, and transforming data, and working with data owners to understand the data', 'ownership')).toEqual([]);
    expect(quotes('- Partner with product owners and business owners to define requirements', 'ownership')).toEqual([]);
    expect(quotes('- Hands-on experience with Python and SQL', 'bias-for-action')).toEqual([]);
    // The principles' own cues in such lines still count.
    expect(quotes('- You will own the data pipeline end to end', 'ownership').length).toBeGreaterThan(0);
    expect(quotes('- Take ownership of the data owners\' roadmap', 'ownership').length).toBeGreaterThan(0);
  });

  it('never quotes a level of experience with a qualifier ("Hands-on professional experience"), a field ("computer vision") or running a test ("executing compliance testing") as a way of working (review 5)', () => {
    // 1375238's opening words.
    expect(quotes('- Hands-on professional experience with applying data science techniques', 'bias-for-action')).toEqual([]);
    expect(quotes('- Build the computer vision pipeline for our stores', 'think-big')).toEqual([]);
    expect(quotes('- Experience with vision-language models', 'think-big')).toEqual([]);
    // Running a test is not Deliver Results (1374692, "Experience executing compliance testing for electronic devices").
    expect(quotes('- Experience executing compliance testing for electronic devices', 'deliver-results')).toEqual([]);
    expect(quotes('- Create and execute test scripts, both automated and manual', 'deliver-results')).toEqual([]);
    expect(quotes('- Plan and execute the launch of new stores', 'deliver-results').length).toBeGreaterThan(0);
    // The principles' own cues still count.
    expect(quotes('- Be hands-on: move fast and iterate', 'bias-for-action').length).toBeGreaterThan(0);
    expect(quotes('- Set the technical vision for the platform', 'think-big').length).toBeGreaterThan(0);
  });

  it('never reads an efficient system ("ultra-efficient data rate", "efficient code") as Frugality', () => {
    const description = 'Our ground gateways ensure high availability, ultra-efficient data rate transmissions to and from our satellites.';
    expect(quotes('- Produce code that is robust, efficient and maintainable', 'frugality', description)).toEqual([]);
    expect(quotes('- Drive efficiencies and improvements at the site', 'frugality').join(' ')).toContain('efficiencies');
  });

  it('never makes "innovative" alone the reason for Invent and Simplify (review 2: job 1375569, a mobile SDE)', () => {
    const r = externalRecords().find((x) => x.job_id === '1375569')!;
    const ranked = rankPrinciples(externalPosting(r));
    expect(ranked[0]!.id).not.toBe('invent-and-simplify');
    // "We are innovating…" is the team describing itself: a weak cue there is counted, never quoted.
    expect(ranked.find((p) => p.id === 'invent-and-simplify')!.evidence.map((e) => e.text.toLowerCase()).join(' ')).not.toContain('innovat');
  });

  it('never reads an audience named alone ("entry level to executive level") as Earn Trust', () => {
    expect(quotes('- Recruit candidates from entry level to executive level, in retail', 'earn-trust')).toEqual([]);
    expect(quotes('- Present findings to executives and senior stakeholders', 'earn-trust').length).toBeGreaterThan(0);
  });

  it('reads "own" as a verb whatever its object ("to own medium-large learning projects"; review 2, job 1375048)', () => {
    const own = quotes('- We are seeking a designer to own medium-large immersive learning projects', 'ownership');
    expect(own.join(' ')).toContain('own');
    // Not a possessive: "on your own", "their own tools".
    expect(quotes('- Able to work on your own and build their own tools', 'ownership')).toEqual([]);
  });

  it('quotes the same point once under a principle, however its sections word it (review 2, job 1374947)', () => {
    const p = {
      ...emptyPosting(),
      title: 'Technical Program Manager',
      description: 'You will be comfortable with ambiguity and be motivated by a fast-paced and entrepreneurial environment.',
      preferredQualifications: ['Comfortable with ambiguity and be motivated by a fast-paced, highly collaborative and entrepreneurial environment.'],
    };
    const bfa = rankPrinciples(p).find((r) => r.id === 'bias-for-action')!;
    expect(bfa.evidence.map((e) => e.section)).toEqual(['description']);
  });
});
