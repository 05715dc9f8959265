import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  normalizeText,
  parsePostedDate,
  splitDescription,
  splitQualifications,
} from '../../../core/section-text';

interface RecordRow {
  job_id: string | null;
  title: string;
  description: string | null;
  basic_qualifications: string | null;
  preferred_qualifications: string | null;
  posted_date: string | null;
}
function load(file: string): RecordRow[] {
  return readFileSync(new URL(`../../fixtures/postings/${file}`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as RecordRow);
}
const postings = load('postings.jsonl');
const thin = load('qualifications-only.jsonl');
const byId = (rows: RecordRow[], id: string): RecordRow => {
  const r = rows.find((x) => x.job_id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};

describe('normalizeText', () => {
  it('collapses whitespace inside lines, trims lines, keeps one blank line between paragraphs', () => {
    expect(normalizeText('  a \t b  \n\n\n\n  c\u00a0 d \r\n e ')).toBe('a b\n\nc d\ne');
  });
  it('keeps single line breaks and drops indentation of continuation lines', () => {
    expect(normalizeText('Key job responsibilities\n        • Partner with   the team')).toBe(
      'Key job responsibilities\n• Partner with the team',
    );
  });
});

describe('splitQualifications on real records', () => {
  it('job 3038134: nine "- " bullets, no notices in the basic section', () => {
    const q = splitQualifications(byId(postings, '3038134').basic_qualifications!);
    expect(q.items).toHaveLength(9);
    expect(q.items[0]).toBe('Experience programming to extract, transform and clean large (multi-TB) data sets');
    expect(q.items[8]).toBe('Experience in the data/BI space');
    expect(q.notices).toEqual([]);
  });

  it('job 3038134: one preferred item, then the privacy and accommodation paragraphs as notices', () => {
    const q = splitQualifications(byId(postings, '3038134').preferred_qualifications!);
    expect(q.items).toEqual(['Experience managing, analyzing and communicating results to senior leadership']);
    expect(q.notices).toHaveLength(2);
    expect(q.notices[0]).toMatch(/^Amazon is an equal opportunities employer\./);
    expect(q.notices[1]).toMatch(/^Our inclusive culture empowers Amazonians/);
  });

  it('job 1496414: skips the empty first "· " bullet and catches the notice with no blank line before it', () => {
    const q = splitQualifications(byId(postings, '1496414').preferred_qualifications!);
    expect(q.items).toHaveLength(11);
    expect(q.items[0]).toBe('In-depth knowledge of Linux/Unix tools and architecture');
    expect(q.items[10]).toBe('Meets/exceeds Amazon’s functional/technical depth and complexity for this role');
    expect(q.notices).toHaveLength(1);
    expect(q.notices[0]).toMatch(/^Amazon is committed to a diverse and inclusive workforce\./);
  });

  it('job 1497592: every paragraph after the list (recruiter e-mail, HQ text) is a notice', () => {
    const q = splitQualifications(byId(postings, '1497592').preferred_qualifications!);
    expect(q.items).toHaveLength(13);
    expect(q.notices).toHaveLength(6);
    expect(q.notices[0]).toMatch(/^\*Please email AWS Sourcing Recruiter/);
    expect(q.notices[5]).toMatch(/^By working together on behalf of our customers/);
  });

  it('job 2968240: unbulleted indented lines are one item each', () => {
    const q = splitQualifications(byId(postings, '2968240').basic_qualifications!);
    expect(q.items).toHaveLength(6);
    expect(q.items[1]).toBe("Bachelor's degree in computer science or a related field");
  });

  it('job 2877542: a lead-in ending with ":" is not an item; mixed "-" and "•" bullets', () => {
    const basic = splitQualifications(byId(postings, '2877542').basic_qualifications!);
    expect(basic.items).toHaveLength(5);
    expect(basic.items[4]).toBe('Proficiency in technologies relevant to the subfield');
    const pref = splitQualifications(byId(postings, '2877542').preferred_qualifications!);
    expect(pref.items).toHaveLength(3);
    expect(pref.items[0]).toBe('Ability to independently deliver results in a fast-paced environment');
  });

  it('job 994952: "•Experience with Linux" (no space after the marker) is an item', () => {
    const q = splitQualifications(byId(postings, '994952').preferred_qualifications!);
    expect(q.items).toContain('Experience with Linux');
    expect(q.items).toHaveLength(10);
    expect(q.notices[0]).toMatch(/^Amazon\.com is an Equal Opportunity-Affirmative Action Employer/);
  });

  it('UX Designer (2018): "·" glued between items on one line splits them; trailing hashtag dropped', () => {
    const ux = postings.find((r) => r.title === 'UX Designer')!;
    const basic = splitQualifications(ux.basic_qualifications!);
    expect(basic.items).toHaveLength(6);
    expect(basic.items[0]).toBe(
      '3+ years’ experience as a user experience designer, interaction designer, or information architect',
    );
    const pref = splitQualifications(ux.preferred_qualifications!);
    expect(pref.items).toHaveLength(8);
    expect(pref.items[7]).toBe('Proficiency with web standards and accessibility compliance');
  });
});

describe('splitQualifications on flattened records (qualifications-only.jsonl)', () => {
  it('2837409: strips the section name, splits " - ", cuts the notice off the last item', () => {
    const r = byId(thin, '2837409');
    const basic = splitQualifications(r.basic_qualifications!);
    expect(basic.items).toEqual([
      '8+ years of design experience',
      'Have an available online portfolio',
      'Experience designing and prototyping with tools such as Sketch, Photoshop, Illustrator, InVision, or similar',
      'Knowledge of best practices for information architecture and design',
      'Experience in delivering design solutions for projects of large scope and complexity',
    ]);
    const pref = splitQualifications(r.preferred_qualifications!);
    expect(pref.items).toEqual(['Fluent in Japanese']);
    expect(pref.notices).toHaveLength(1);
    expect(pref.notices[0]).toMatch(/^Our inclusive culture empowers Amazonians.*contact your Recruiting Partner\.$/);
  });

  it('2866098: "- •" double markers give no empty items', () => {
    const q = splitQualifications(byId(thin, '2866098').basic_qualifications!);
    expect(q.items).toEqual([
      'Experience working in a large public accounting firm or multi-national corporate tax department',
      '4 to 5 years of tax, finance or a related analytical field experience',
      '3+ years of Indirect Tax Compliance and Audit experience',
    ]);
  });

  it('2910591: "- - " double dashes', () => {
    const q = splitQualifications(byId(thin, '2910591').basic_qualifications!);
    expect(q.items).toEqual(['3+ years of sales experience', 'Experience in advertising', 'Experience in DSP/ad network sales']);
  });

  it('2909303: first item has no marker, the rest are " • "', () => {
    const q = splitQualifications(byId(thin, '2909303').basic_qualifications!);
    expect(q.items).toHaveLength(6);
    expect(q.items[0]).toBe("Bachelor's degree in Human Resources or related field");
    expect(q.items[1]).toBe('3-5 years’ relevant experience in the areas of HR Partnering');
  });

  it('2910463: "-Six Sigma" (dash glued to the next item) still splits', () => {
    const q = splitQualifications(byId(thin, '2910463').preferred_qualifications!);
    expect(q.items).toContain('Program/Project Management Certification');
    expect(q.items).toContain('Six Sigma Certification');
  });

  it('every thin record: at least one basic item, and the notice is never counted as an item', () => {
    for (const r of thin) {
      const basic = splitQualifications(r.basic_qualifications!);
      const pref = splitQualifications(r.preferred_qualifications!);
      expect(basic.items.length, r.title).toBeGreaterThan(0);
      for (const item of [...basic.items, ...pref.items]) expect(item, r.title).not.toMatch(/inclusive culture/i);
      expect(pref.notices.length, r.title).toBe(1);
    }
  });
});

describe('splitDescription', () => {
  it('job 3038134: the seven "•" items under "Key job responsibilities", stopping at "A day in the life"', () => {
    const d = splitDescription(byId(postings, '3038134').description!);
    expect(d.responsibilities).toHaveLength(7);
    expect(d.responsibilities[0]).toMatch(/^Partner with the 3P Selection team to leverage techniques/);
    expect(d.responsibilities[6]).toBe('Partner with cross-functional teams to analyze selection trends and opportunities');
    expect(d.description.startsWith('Amazon is looking for an analytical and technically skilled Senior')).toBe(true);
  });

  it('job 2948751: paragraph under "Key job responsibilities", bullets under "What you’ll do?" → bullets win', () => {
    const d = splitDescription(byId(postings, '2948751').description!);
    expect(d.responsibilities[0]).toMatch(/^Participate in the design, implementation, and deployment/);
  });

  it('job 2790938: a paragraph-only block gives the paragraph', () => {
    const d = splitDescription(byId(postings, '2790938').description!);
    expect(d.responsibilities).toHaveLength(1);
    expect(d.responsibilities[0]).toMatch(/^We are looking for Applied Scientists who are passionate/);
  });

  it('job 2895354: numbered "1.\\t" items and the ":" lead-in is skipped', () => {
    const d = splitDescription(byId(postings, '2895354').description!);
    expect(d.responsibilities).toHaveLength(3);
    expect(d.responsibilities[0]).toMatch(/^Manage Customer Requests:/);
  });

  it('job 1496414: no responsibilities sub-head → none', () => {
    expect(splitDescription(byId(postings, '1496414').description!).responsibilities).toEqual([]);
  });
});

describe('parsePostedDate', () => {
  it.each([
    ['March 25, 2021', '2021-03-25'],
    ['30 Sep, 2024', '2024-09-30'],
    ['Posted July 18, 2025', '2025-07-18'],
    ['2024-11-21', '2024-11-21'],
    ['November 18, 2019', '2019-11-18'],
    ['08 Oct, 2024', '2024-10-08'],
  ])('%s → %s', (input, iso) => expect(parsePostedDate(input)).toBe(iso));
  it.each(['', 'yesterday', 'February 30, 2024', 'Marchx 3, 2024', '2024-13-01', '3 days ago'])(
    'rejects %j',
    (input) => expect(parsePostedDate(input)).toBeNull(),
  );
  it('every posted_date in the records parses', () => {
    for (const r of [...postings, ...thin]) if (r.posted_date) expect(parsePostedDate(r.posted_date), r.posted_date).not.toBeNull();
  });
});
