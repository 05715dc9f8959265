// Recruiting marketing is never evidence: taglines and hooks, benefits, the company describing itself,
// and the standard AWS sections however few postings carry them ("Why AWS?", "Work Hard, Have Fun").
// Checked on real postings read in place (../shared/fixtures/external) and over every fixture posting.
import { describe, expect, it } from 'vitest';
import { boilerplateRanges, companyLineRanges, isBoilerplate, isMarketingSentence, isSelfDescription, sentenceSpans } from '../../../core/boilerplate';
import { isCompanyOrPitch } from '../../../core/sentence-subject';
import { postingFromRecord } from '../../../core/posting-from-record';
import { sectionText } from '../../../core/posting-sections';
import { rankPrinciples } from '../../../core/rank-principles';
import { externalPosting, externalRecords } from '../../../scripts/lib/labelled-postings';
import { emptyPosting, records } from './helpers';

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

  it('ends a sentence at a full stop with no space after it: "…diving deep.Are you…" (job 3025782)', () => {
    const desc = sectionText(byId('3025782'), 'description');
    const sentences = sentenceSpans(desc).map(([s, e]) => desc.slice(s, e));
    expect(sentences.some((x) => x.endsWith('comfortable thinking big while also diving deep.'))).toBe(true);
    expect(sentences.some((x) => x.startsWith('Are you a smart, hungry'))).toBe(true);
    // The line naming two principles is no longer hidden inside the hook that follows it.
    const ranked = rankPrinciples(byId('3025782'));
    expect(ranked.find((r) => r.id === 'think-big')!.evidence.map((e) => e.text.toLowerCase())).toContain('thinking big');
    // Not at an abbreviation or initials.
    const t = 'Sr.Technical lead wanted. Use e.g.Excel daily.';
    expect(sentenceSpans(t).map(([s, e]) => t.slice(s, e))).toEqual(['Sr.Technical lead wanted.', 'Use e.g.Excel daily.']);
  });

  it('ends a sentence at an inline bullet: a paragraph of "•" duties is one sentence per duty (job 1374769)', () => {
    const text = 'Key responsibilities: • Being obsessed by metrics and diving deep to find root causes quickly • Finds practical and simple solutions. • If you have a customer obsessed background, we would like to hear from you.';
    const sentences = sentenceSpans(text).map(([s, e]) => text.slice(s, e));
    expect(sentences).toEqual([
      'Key responsibilities:',
      'Being obsessed by metrics and diving deep to find root causes quickly',
      'Finds practical and simple solutions.',
      'If you have a customer obsessed background, we would like to hear from you.',
    ]);
    // So the duty naming one principle and the line naming another are each quoted for their own.
    const p = emptyPosting({ title: 'Area Manager', description: text });
    const ranked = rankPrinciples(p);
    const quoted = (id: string) => ranked.find((r) => r.id === id)!.evidence.map((e) => e.text.toLowerCase());
    expect(quoted('dive-deep')).toContain('diving deep');
    expect(quoted('customer-obsession')).toContain('customer obsessed');
  });

  it('keeps isBoilerplate to standard text: a marketing sentence alone is not a standard paragraph', () => {
    expect(isBoilerplate('Come innovate with the Amazon Music team!')).toBe(false);
    expect(isBoilerplate('Amazon is an equal opportunity employer and does not discriminate on the basis of race, national origin, gender, gender identity, sexual orientation, protected veteran status, disability, age, or other legally protected status.')).toBe(true);
  });
});

// Review 3, class 2: 8 of the 9 wrong quotes under the top 3 were the company or team pitching itself.
// A sentence whose subject is the company, org, team or product, and a recruiting pitch, is never
// quoted for a keyword (the test the questions to ask use, core/sentence-subject.ts); it still counts.
describe('company and team pitch is not evidence (review 3, class 2)', () => {
  const quoted = (p: ReturnType<typeof byId>) => rankPrinciples(p).flatMap((r) => r.evidence.map((e) => `${r.id}: ${e.context.text}`));

  it('tells a company line or pitch from a duty', () => {
    for (const s of [
      'AWS Infrastructure Services owns the design, planning, delivery, and operation of all AWS global infrastructure.',
      'Alexa Music team is responsible for the music experience for customers on the go.',
      'The Kuiper Ground Systems team is developing an innovative, globally positioned ground network.',
      'We are innovating and changing the way our customers interact with music.',
      'Our team owns the charter to make the warehouse system more accessible.',
      'The Amazon Fresh organization is responsible for transforming the online grocery experience.',
      'Picture working on cutting edge consumer-facing products, where every single team member is a critical voice in the decision-making process.',
      'Imagine being a part of a small, agile team where your ideas have the potential to reach millions.',
      'Envision being able to leverage the resources of a Fortune-500 company within the atmosphere of a start-up.',
      'Are you interested in being part of a fast moving, innovative ground systems team?',
      'Keep the cloud running and help millions innovate.',
      'Join us to build the future of grocery.',
      'Do you want to invent on behalf of customers?',
      'We are Amazon Robotics and we will give you the tools and support you need to invent with us in ways that are rewarding, fulfilling and fun.',
    ])
      expect(isCompanyOrPitch(s), s).toBe(true);
    for (const s of [
      'You will own the design, planning and delivery of new data center capacity.',
      'You will own the end to end solution to deliver the best customer experience.',
      'Own team’s operational excellence.',
      'Drive team discussions on system architecture and component design.',
      'Lead team of non-inventory receivers.',
      'We are looking for an engineer who can dive deep into abstract problems.',
      'We’re looking for a Software Development Engineer who will be responsible for design, development, and launch of core product features.',
      'Our consultants will deliver proof-of-concept projects, topical workshops, and lead implementation projects.',
      'A Software Development Engineer-III on the FinTech-Delta team is an autonomous contributor that leads the development.',
      'Project management and the ability to deliver, with a proven track record.',
      'As a Financial Analyst, you will work closely with business teams to provide decision support.',
    ])
      expect(isCompanyOrPitch(s), s).toBe(false);
  });

  it('quotes the duty, not the org that owns the design or the pitch (10562098, 1375569, 1375088, 1374905)', () => {
    const all = ['10562098', '1375569', '1375088', '1374905'].flatMap((id) => quoted(byId(id)));
    expect(all.filter((q) => /Infrastructure Services owns|Alexa Music team is responsible|^[\w-]+: (?:Picture|Imagine|Envision|Keep the cloud)|Kuiper Ground Systems team is|We are innovating/.test(q))).toEqual([]);
    expect(quoted(byId('1375569')).some((q) => /^ownership: You will own the end to end solution/.test(q))).toBe(true);
  });

  it('tells the team offered and Amazon\'s culture from a duty (review 4, class 2; real sentences)', () => {
    for (const s of [
      'You’ll get to use the full power and breadth of AWS technologies to build services that proactively protect every single AWS customer, both internally and externally, from security threats – not many teams can say that!',
      'This builder position will join the Professional Services delivery team focused on AWS’ most critical video, content and media customer requirements.',
      'You will be part of a strong agile team where innovation and inventions are encouraged.',
      'You will join a highly technical and entrepreneurial culture defining and building a selling experience to complement Amazon\'s world-class websites.',
      'At AWS, you are encouraged to think big, invent and take ownership on customer challenges.',
      'SmartBiz by Amazon is a one-stop shop for Indian sellers to fulfill their online selling needs.',
    ])
      expect(isCompanyOrPitch(s), s).toBe(true);
    for (const s of [
      'You will have the opportunity to design new algorithms, models, or other technical solutions whilst experiencing Amazon’s customer focused culture.',
      'At Amazon, Legal Recruiters are business consultants who bring operational excellence and creative ideas to multi faceted, competitive challenges.',
      'You’ll work with security engineers, software development engineers, and other data scientists across multiple teams to develop innovative security solutions at massive scale.',
    ])
      expect(isCompanyOrPitch(s), s).toBe(false);
  });

  it('never quotes Amazon\'s culture, even where it names principles (1375116), nor the team offered (1375238, 1374945)', () => {
    const all = ['1375116', '1375238', '1374945'].flatMap((id) => quoted(byId(id)));
    expect(all.filter((q) => /At AWS, you are encouraged|You’ll get to use the full power|This builder position will join/.test(q))).toEqual([]);
    // Still counted: Think Big keeps the score the named line gives it.
    expect(rankPrinciples(byId('1375116')).find((r) => r.id === 'think-big')!.score).toBeGreaterThan(1);
  });

  it('a pitch line still counts toward the ranking; only the quote goes', () => {
    const text = 'Picture working on products where every team member is a critical voice in the decision-making process. The rest is about spreadsheets.';
    const r = rankPrinciples(emptyPosting({ title: 'Analyst', description: text })).find((x) => x.id === 'are-right-a-lot')!;
    expect(r.score).toBeGreaterThan(0);
    expect(r.evidence).toEqual([]);
    const duty = rankPrinciples(emptyPosting({ title: 'Analyst', description: 'You will own the design of the forecasting process end to end.' })).find((x) => x.id === 'ownership')!;
    expect(duty.evidence.length).toBeGreaterThan(0);
  });

  it('a paragraph of inline bullets opened by a pitch keeps its duties quotable (1374769)', () => {
    const desc = sectionText(byId('1374769'), 'description');
    const ranges = companyLineRanges(desc);
    const at = desc.indexOf('Map business requirements');
    expect(at).toBeGreaterThan(0);
    expect(ranges.some(([s, e]) => s <= at && at < e)).toBe(false);
  });
});
