import { describe, expect, it } from 'vitest';
import { postingFromRecord } from '../../../core/posting-from-record';
import { SECTIONS, sectionText } from '../../../core/posting-sections';
import { PRINCIPLE_IDS } from '../../../core/principles';
import { MAX_CONTEXT_CHARS } from '../../../core/evidence-context';
import { TUNING, rankPrinciples, scoreEvidence } from '../../../core/rank-principles';
import { emptyPosting, label, postingById, records } from './helpers';
import { externalPosting, externalRecords } from '../../../scripts/lib/labelled-postings';

const EEO =
  'Amazon is an equal opportunities employer. We believe passionately that employing a diverse workforce is central to our success. We make recruiting decisions based on your experience and skills. We value your passion to discover, invent, simplify and build. Protecting your privacy and the security of your data is a longstanding top priority for Amazon.';
const INCLUSIVE =
  'Our inclusive culture empowers Amazonians to deliver the best results for our customers. If you have a disability and need a workplace accommodation or adjustment during the application and hiring process, including support for the interview or onboarding process, please visit https://amazon.jobs/content/en/how-we-hire/accommodations for more information.';

describe('rankPrinciples on real postings', () => {
  const all = [...records('postings.jsonl'), ...records('qualifications-only.jsonl')].map((r) => postingFromRecord(r));

  it('ranks all 16 principles, best first', () => {
    for (const p of all) {
      const ranked = rankPrinciples(p);
      expect(ranked.map((r) => r.id).sort()).toEqual([...PRINCIPLE_IDS].sort());
      for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1]!.score).toBeGreaterThanOrEqual(ranked[i]!.score);
    }
  });

  it('does not take a product name for a signal: "Quicksight" is not evidence of Bias for Action', () => {
    // 3038134 asks for "data visualization using Tableau, Quicksight, or similar tools".
    const bfa = rankPrinciples(postingById('3038134')).find((r) => r.id === 'bias-for-action')!;
    expect(bfa.evidence.map((e) => e.text.toLowerCase())).not.toContain('quicksight');
    // …while the words the signal means still count.
    const fast = rankPrinciples({ ...emptyPosting(), title: 'Analyst', description: 'You move quickly and deliver rapid prototypes.' });
    expect(fast.find((r) => r.id === 'bias-for-action')!.evidence.map((e) => e.text)).toEqual(expect.arrayContaining(['quickly']));
  });

  it('evidence offsets index exactly into sectionText, for the phrase and for its context', () => {
    let checked = 0;
    for (const p of all)
      for (const r of rankPrinciples(p))
        for (const e of r.evidence) {
          expect(SECTIONS).toContain(e.section);
          const text = sectionText(p, e.section);
          expect(text.slice(e.start, e.end)).toBe(e.text);
          expect(text.slice(e.context.start, e.context.end)).toBe(e.context.text);
          expect(e.context.start).toBeLessThanOrEqual(e.start);
          expect(e.context.end).toBeGreaterThanOrEqual(e.end);
          checked++;
        }
    expect(checked).toBeGreaterThan(400);
  });

  it('quotes whole phrases in a bounded, single-line clause', () => {
    const dangling = /(?:^|[\s])(?:and|or|with|the|a|an|of|for|to|our|your)$/i;
    for (const p of all)
      for (const r of rankPrinciples(p))
        for (const e of r.evidence) {
          expect(e.text, e.text).not.toMatch(dangling);
          expect(e.text).not.toMatch(/^(?:you|will|to|and|the)\s/i);
          // A phrase starts and ends on a word boundary of its section text.
          const text = sectionText(p, e.section);
          expect(/[A-Za-z0-9]/.test(text[e.start - 1] ?? ' ') && /[A-Za-z0-9]/.test(text[e.start]!)).toBe(false);
          expect(/[A-Za-z0-9]/.test(text[e.end] ?? ' ') && /[A-Za-z0-9]/.test(text[e.end - 1]!)).toBe(false);
          expect(e.context.text.length).toBeLessThanOrEqual(Math.max(MAX_CONTEXT_CHARS, e.text.length));
          expect(e.context.text).not.toMatch(/\n/);
          expect(e.context.text).toBe(e.context.text.trim());
        }
  });

  it('shows a phrase or a clause once per principle', () => {
    const words = (s: string) => s.toLowerCase().replace(/[\s\-\u2010-\u2015]+/g, ' ');
    for (const p of all)
      for (const r of rankPrinciples(p))
        r.evidence.forEach((e, i) => {
          for (const o of r.evidence.slice(0, i)) {
            expect(words(o.text)).not.toBe(words(e.text));
            const overlap = o.section === e.section && o.context.start < e.context.end && e.context.start < o.context.end;
            expect(overlap, `${r.id}: "${o.context.text}" / "${e.context.text}"`).toBe(false);
          }
        });
  });

  it('quotes "simple and robust" under one principle only, in its sentence (job 1496414)', () => {
    const p = postingById('1496414');
    const claims = rankPrinciples(p).filter((r) => r.evidence.some((e) => e.context.text.includes('simple and robust services')));
    expect(claims).toHaveLength(1);
  });

  it('quotes "fast-paced" at most once for bias for action on job 1496414, never from its "Work Hard, Have Fun" tagline', () => {
    // Its one "fast-paced" is in "Amazon has a fast-paced environment where we “Work Hard, Have Fun,
    // Make History.”": company marketing, masked since the evidence review (core/boilerplate.ts).
    const p = postingById('1496414');
    const bias = rankPrinciples(p).find((r) => r.id === 'bias-for-action')!;
    expect(bias.evidence.filter((e) => e.text.toLowerCase() === 'fast-paced').length).toBeLessThanOrEqual(1);
    expect(bias.evidence.filter((e) => /Have Fun/.test(e.context.text))).toEqual([]);
  });

  it('widens "Partner with" to whom (job 3038134), quoting the bullet it sits in', () => {
    const p = postingById('3038134');
    const trust = rankPrinciples(p).find((r) => r.id === 'earn-trust')!;
    const ev = trust.evidence.find((e) => e.text === 'Partner with stakeholders')!;
    expect(ev.context.text).toBe('Partner with stakeholders to translate business requirements into technical solutions');
  });

  it('gives a sentence to the principle it names outright: "…is customer-centric, and feels strongly about delivering results" (job 1496414)', () => {
    const p = postingById('1496414');
    const ranked = rankPrinciples(p);
    const inSentence = (id: string) => ranked.find((r) => r.id === id)!.evidence.filter((e) => e.context.text.includes('feels strongly about delivering results'));
    expect(inSentence('deliver-results').map((e) => e.text)).toEqual(['delivering results']);
    expect(inSentence('customer-obsession')).toEqual([]);
  });

  it('ranks a principle the posting names outright in its top three: "Strong sense of ownership"', () => {
    const p = emptyPosting({
      title: 'Business Analyst',
      description: 'You will analyze data, build reports and present insights to the team.',
      basicQualifications: ['Experience with SQL and Excel', 'Strong sense of ownership'],
    });
    expect(rankPrinciples(p).slice(0, 3).map((r) => r.id)).toContain('ownership');
  });

  it('quotes "Ownership" as ownership evidence on the job that says "Ownership of work is extremely important"', () => {
    const p = postingById('3027592');
    const own = rankPrinciples(p).find((r) => r.id === 'ownership')!;
    expect(own.evidence.some((e) => /ownership/i.test(e.text))).toBe(true);
  });

  // In-sample (the priors are learned from these labels too), so only a floor against collapse: the
  // held-out figures (npm run eval: odd/even halves, leave-one-family-out) are the ones to judge by.
  // Priors that shrink towards the family's kind of work raised held-out precision@3 (0.81/0.84 →
  // 0.85/0.85) and lowered this in-sample one (0.87 → 0.84).
  it('reaches precision@3 of at least 0.83 against the first reader', () => {
    const labels = label<{ relevant: string[] }>('principles.json');
    let sum = 0;
    let n = 0;
    for (const r of records('postings.jsonl')) {
      const l = labels[r.job_id ?? r.title ?? ''];
      if (!l) continue;
      const top3 = rankPrinciples(postingFromRecord(r)).slice(0, 3);
      sum += top3.filter((t) => l.relevant.includes(t.id)).length / 3;
      n++;
    }
    expect(n).toBe(37);
    expect(sum / n).toBeGreaterThanOrEqual(0.83);
  });
});

describe('normalisation', () => {
  const variants = [
    'We are customer-obsessed.',
    'You obsess over customers every day.',
    'You start by working backwards from the customer.',
    'You are Customer Centric.',
    'You will be the voice of the customer.',
  ];
  for (const text of variants) {
    it(`reads "${text}" as customer obsession`, () => {
      const p = emptyPosting({ title: 'Analyst', description: `${text} The rest of this text is about spreadsheets and meetings with teams.` });
      const co = rankPrinciples(p).find((r) => r.id === 'customer-obsession')!;
      expect(co.evidence.length).toBeGreaterThan(0);
      expect(text.toLowerCase()).toContain(co.evidence[0]!.text.toLowerCase());
    });
  }

  it('matches inflections: "delivering results", "simplified", "diving deep"', () => {
    const p = emptyPosting({ description: 'You have a record of delivering results. You simplified a process. You enjoy diving deep.' });
    const ranked = rankPrinciples(p);
    const ev = (id: string) => ranked.find((r) => r.id === id)!.evidence.map((e) => e.text);
    expect(ev('deliver-results')).toContain('delivering results');
    expect(ev('invent-and-simplify')).toContain('simplified');
    expect(ev('dive-deep')).toContain('diving deep');
  });
});

describe('boilerplate', () => {
  it('ranks a posting the same with and without the equal-opportunity text', () => {
    const p = postingById('3008496');
    const withEeo = { ...p, description: `${p.description}\n\n${EEO}`, preferredQualifications: [...p.preferredQualifications, INCLUSIVE, 'Work Hard, Have Fun, Make History.'] };
    expect(rankPrinciples(withEeo)).toEqual(rankPrinciples(p));
  });

  it('finds no evidence at all in boilerplate alone', () => {
    const p = emptyPosting({ title: 'Analyst', description: `${EEO}\n${INCLUSIVE}` });
    for (const r of rankPrinciples(p)) expect(r.evidence.filter((e) => e.section === 'description')).toEqual([]);
  });
});

describe('words that only look like a principle', () => {
  const evidenceOf = (description: string, id: string) =>
    rankPrinciples(emptyPosting({ title: 'Analyst', description })).find((r) => r.id === id)!.evidence.map((e) => e.text);

  const puns: [string, string, string][] = [
    ['You will forecast inventory for our stores.', 'invent-and-simplify', 'inventory is stock, not inventing'],
    ['You will work alongside software development engineers on the data platform.', 'hire-and-develop-the-best', 'a job title, not developing people'],
    ['This service is the backbone of our European operations.', 'have-backbone-disagree-and-commit', 'a system that carries load'],
    ['Excellent communication skills in English.', 'insist-on-the-highest-standards', 'an adjective for a skill'],
    ['Able to pick up the phone when a site calls.', 'learn-and-be-curious', 'picking up a phone'],
    ['A track record in retail analytics.', 'deliver-results', 'a past, not delivering'],
    ['You write sustainable, well-tested code.', 'success-and-scale-bring-broad-responsibility', 'maintainable code'],
    ['Some travel to events and conferences.', 'learn-and-be-curious', 'travel, not learning'],
    ['You will build the weekly demand forecasts.', 'are-right-a-lot', 'a task, not a judgement call'],
  ];
  for (const [text, id, why] of puns) {
    it(`finds no ${id} in "${text}" (${why})`, () => {
      expect(evidenceOf(text, id)).toEqual([]);
    });
  }

  it('still reads the principle where the posting means it', () => {
    expect(evidenceOf('You will invent new ways to plan stock.', 'invent-and-simplify')).not.toEqual([]);
    expect(evidenceOf('You will mentor and develop engineers on the team.', 'hire-and-develop-the-best')).not.toEqual([]);
    expect(evidenceOf('You have backbone: you disagree and commit.', 'have-backbone-disagree-and-commit')).not.toEqual([]);
    expect(evidenceOf('You will lead our sustainability programme for packaging.', 'success-and-scale-bring-broad-responsibility')).not.toEqual([]);
  });

  it('reads the verb "own" as ownership: "You will own the roadmap", "Own and deliver the launch plan"', () => {
    expect(evidenceOf('You will own the reporting roadmap for the region.', 'ownership')).not.toEqual([]);
    expect(evidenceOf('Own and deliver the launch plan for new sites.', 'ownership')).not.toEqual([]);
  });

  it('reads a board\'s first power-on and debug as Dive Deep: "Perform electrical testing for initial board bring-up" (1374692, review 5)', () => {
    expect(evidenceOf('Perform electrical testing for initial board bring-up.', 'dive-deep')).toEqual(['board bring-up']);
    expect(evidenceOf('Bring up the topic with your manager.', 'dive-deep')).toEqual([]);
  });

  it('never reads an item of a list of examples as a way of working (review 3, class 3)', () => {
    const tools = 'Experience with data querying languages such as SQL, and common data science software development and statistical analysis tools.';
    expect(evidenceOf(tools, 'dive-deep')).toEqual([]);
    expect(evidenceOf('Experience in internal control functions (e.g. internal audit, compliance, fraud mitigation).', 'dive-deep')).toEqual([]);
    // …while the same words as the duty itself still count, and a principle named outright in a list too.
    expect(evidenceOf('You will perform statistical analysis of weekly metrics, such as churn.', 'dive-deep')).not.toEqual([]);
    expect(evidenceOf('You bring our values (e.g. ownership, customer obsession) to every project.', 'ownership')).not.toEqual([]);
  });

  it('masks the AWS "Mentorship & Career Growth" block however the heading spells "and"', () => {
    const block = 'Mentorship & Career Growth\nWe care about your career growth. We will mentor you and help you get to the next level.';
    expect(evidenceOf(`You will build dashboards.\n${block}`, 'hire-and-develop-the-best')).toEqual([]);
  });
});

describe('learned standard sentences', () => {
  it('are recognised however they are bulleted, cased or quoted (the first-word shortcut loses none)', async () => {
    const { isBoilerplateSentence } = await import('../../../core/boilerplate');
    const { BOILERPLATE_SENTENCES } = await import('../../../core/boilerplate.data');
    for (const s of BOILERPLATE_SENTENCES) {
      const variants = [s, `· ${s.toUpperCase()}`, `  - ${s.replace(/'/g, '’')}`, s.replace(/ and /g, ' & ')];
      for (const v of variants) expect(isBoilerplateSentence(v), v).toBe(true);
    }
    expect(isBoilerplateSentence('We build dashboards for the operations team.')).toBe(false);
  });
});

describe('a principle named outright', () => {
  it('outranks the family prior: a data posting that asks for "bias for action" ranks it in the top three', () => {
    const p = emptyPosting({
      title: 'Business Intelligence Engineer',
      description:
        'You will analyze data to find root causes of late deliveries and improve the customer experience. You will automate reports, build new tools and innovate on how we measure customer needs. We look for a strong bias for action.',
    });
    const top3 = rankPrinciples(p).slice(0, 3).map((r) => r.id);
    expect(top3).toContain('bias-for-action');
  });

  it('counts every principle one sentence names ("collaborate, deliver results, and earn trust"), quoting the sentence once', () => {
    const posting = (sentence: string) =>
      emptyPosting({
        title: 'Recruiter',
        description: `${sentence} You will source candidates and manage interview loops.`,
        basicQualifications: ['Experience in full-cycle recruiting'],
      });
    const p = posting('You will collaborate, deliver results, and earn trust with hiring leaders at all levels.');
    const ranked = rankPrinciples(p);
    const place = (r: { id: string }[]) => r.findIndex((x) => x.id === 'deliver-results');
    expect(ranked[0]!.id).toBe('earn-trust');
    // Deliver Results, named in a sentence Earn Trust owns, still counts: it ranks well above where it
    // stands when the sentence does not name it.
    expect(place(ranked)).toBeLessThan(place(rankPrinciples(posting('You will collaborate and earn trust with hiring leaders at all levels.'))) - 3);
    const quoting = ranked.filter((r) => r.evidence.some((e) => e.context.text.includes('deliver results, and earn trust')));
    expect(quoting).toHaveLength(1);
  });

  it('gives a sentence that names a principle to a principle it names, not to a stronger-looking keyword', () => {
    // "mentor" and "hiring" are Hire and Develop's strong cues, but the sentence names Insist on the Highest Standards.
    const p = emptyPosting({
      title: 'Software Development Engineer',
      description: 'You build services. You mentor junior team members, engage in the hiring process and insist on high standards across the team.',
    });
    const ihs = rankPrinciples(p).find((r) => r.id === 'insist-on-the-highest-standards')!;
    expect(ihs.evidence.map((e) => e.text.toLowerCase())).toContain('insist on high standards');
  });

  it('quotes a second sentence that names the principle in other words ("earn trust", then "earning trust with clients")', () => {
    const p = emptyPosting({
      title: 'Recruiter',
      description: 'You will earn trust with hiring leaders at all levels.',
      preferredQualifications: ['Strong communication skills', 'High aptitude for earning trust with clients, peers and candidates'],
    });
    const trust = rankPrinciples(p).find((r) => r.id === 'earn-trust')!;
    expect(trust.evidence.map((e) => e.text)).toEqual(expect.arrayContaining(['earn trust', 'earning trust']));
  });
});

describe('one sentence, one principle', () => {
  it('does not let a long sentence\'s many lexicon words outvote its stronger signal (1374696: "owning the day-to-day interactions")', () => {
    const record = externalRecords().find((r) => r.job_id === '1374696')!;
    const p = externalPosting(record);
    const sentence =
      'Work with existing AWS business development and field organizations to engage with customers, and partners to execute joint go to market programs, owning the day-to-day interactions with existing and new customers to identify needs met through AWS Marketplace.';
    // The duty is read where the posting lists its responsibilities.
    const text = sectionText(p, 'responsibilities');
    expect(text).toContain(sentence);
    const at = text.indexOf(sentence);
    const owner = rankPrinciples(p).filter((r) => r.evidence.some((e) => e.section === 'responsibilities' && e.start >= at && e.end <= at + sentence.length));
    // "owning the …" (a strong Ownership cue) against "execute" (a weak Deliver Results one).
    expect(owner.map((r) => r.id)).toEqual(['ownership']);
  });

  it('lets each clause of a coordinated sentence count for its own principle, quoting the sentence once (10562098)', () => {
    const p = externalPosting(externalRecords().find((r) => r.job_id === '10562098')!);
    const clause = 'and you own projects to completion';
    const section = SECTIONS.find((s) => sectionText(p, s).includes(clause))!;
    const at = sectionText(p, section).indexOf(clause);
    const inClause = (h: { section: string; start: number }) => h.section === section && h.start >= at && h.start < at + clause.length;
    // "bold ideas … inclusive" is another principle's; "you own projects" counts for Ownership.
    const ownership = scoreEvidence(p).scored.find((s) => s.id === 'ownership')!;
    expect(ownership.kept.some(inClause)).toBe(true);
    // The sentence is still quoted under one principle only.
    const quoting = rankPrinciples(p).filter((r) => r.evidence.some((e) => e.section === section && e.context.start <= at && at < e.context.end));
    expect(quoting.length).toBeLessThanOrEqual(1);
    // One sentence, one principle, as before, when clauses are not read.
    TUNING.clauses = false;
    try {
      expect(scoreEvidence(p).scored.find((s) => s.id === 'ownership')!.kept.some(inClause)).toBe(false);
    } finally {
      TUNING.clauses = true;
    }
  });
});
