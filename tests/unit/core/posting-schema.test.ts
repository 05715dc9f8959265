// The Posting schemas are the boundary every posting crosses (extractor → background, record import,
// backup restore): what they refuse, and what they clean on the way through.
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { buildPosting } from '../../../core/build-posting';
import { AmazonJobsUrl, IsoDate, JobCard, PageText, Posting } from '../../../core/posting';
import { postingById } from './helpers';

const valid = (): Posting => postingById('1496414');

/** The paths of the fields a parse refused (each once), e.g. ["postedDate"], ["provenance", "title", "confidence"]. */
function refused(schema: z.ZodMiniType, value: unknown): string[] {
  const r = schema.safeParse(value);
  return r.success ? [] : [...new Set(r.error.issues.map((i) => i.path.join('.')))];
}

describe('Posting', () => {
  it('accepts what the builder and the record import give', () => {
    expect(refused(Posting, valid())).toEqual([]);
    expect(refused(Posting, buildPosting())).toEqual([]);
  });

  it('refuses a posting without its required fields, naming each', () => {
    const { title: _title, missing: _missing, ...rest } = valid();
    expect(refused(Posting, rest).sort()).toEqual(['missing', 'title']);
    expect(refused(Posting, { jobId: '1' })).toContain('locations');
  });

  it('refuses a date that is not a real yyyy-mm-dd day in 2000–2099', () => {
    for (const postedDate of ['2023-02-29', '2021-04-31', '1999-12-31', '2100-01-01', '25/03/2021', '2021-3-25', '2021-03-25T00:00:00Z']) {
      expect(refused(Posting, { ...valid(), postedDate }), postedDate).toEqual(['postedDate']);
    }
    expect(refused(Posting, { ...valid(), postedDate: '2024-02-29' })).toEqual([]);
  });

  it('refuses provenance that names no known strategy or a confidence outside 0..1', () => {
    expect(refused(Posting, { ...valid(), provenance: { title: { strategy: 'guess', confidence: 1 } } })).toEqual(['provenance.title.strategy']);
    expect(refused(Posting, { ...valid(), provenance: { title: { strategy: 'dom', confidence: 1.5 } } })).toEqual(['provenance.title.confidence']);
  });

  it('refuses a field name it does not know, in missing or in provenance', () => {
    expect(refused(Posting, { ...valid(), missing: ['salary'] })).toEqual(['missing.0']);
    expect(refused(Posting, { ...valid(), provenance: { salary: { strategy: 'dom', confidence: 1 } } })).not.toEqual([]);
  });

  it('refuses a list field given as one string (a location is a list entry, not "A; B")', () => {
    expect(refused(Posting, { ...valid(), locations: 'US, VA, Herndon' })).toEqual(['locations']);
  });

  it('removes bidi controls and zero-width characters from page text, in every text field', () => {
    const p = Posting.parse({
      ...valid(),
      title: 'Ama\u200bzon \u202eSDE\u202c',
      locations: ['\u2066US, VA, Herndon\u2069'],
      basicQualifications: ['SQL\ufeff'],
    });
    expect(p.title).toBe('Amazon SDE');
    expect(p.locations).toEqual(['US, VA, Herndon']);
    expect(p.basicQualifications).toEqual(['SQL']);
    // Joiners that scripts and emoji need are kept.
    expect(PageText.parse('\u0645\u200c\u0647')).toBe('\u0645\u200c\u0647');
  });

  it('drops keys it does not define (nothing unknown reaches the store)', () => {
    const p = Posting.parse({ ...valid(), salary: '1 000 000', __proto__x: 1 });
    expect(Object.keys(p)).not.toContain('salary');
    expect(Object.keys(p)).not.toContain('__proto__x');
  });
});

describe('JobCard', () => {
  const card = { jobId: '3038134', title: 'Sr. BIE', url: 'https://www.amazon.jobs/en/jobs/3038134', locations: ['LU, Luxembourg'], postedDate: null };

  it('holds its locations as a list, like a Posting', () => {
    expect(refused(JobCard, card)).toEqual([]);
    expect(refused(JobCard, { ...card, locations: 'LU, Luxembourg' })).toEqual(['locations']);
    expect(refused(JobCard, { ...card, locations: undefined })).toEqual(['locations']);
  });
});

describe('IsoDate and AmazonJobsUrl', () => {
  it('IsoDate: real calendar days only', () => {
    expect(IsoDate.safeParse('2024-02-29').success).toBe(true);
    expect(IsoDate.safeParse('2023-02-29').success).toBe(false);
    expect(IsoDate.safeParse('2023-13-01').success).toBe(false);
  });

  it('AmazonJobsUrl: https on amazon.jobs or a subdomain, without credentials; nothing else', () => {
    for (const ok of ['https://www.amazon.jobs/en/jobs/1', 'https://amazon.jobs/', 'https://account.amazon.jobs/jobs/1/apply']) {
      expect(AmazonJobsUrl.safeParse(ok).success, ok).toBe(true);
    }
    for (const bad of [
      'javascript:alert(1)', // a script, not a link
      'http://www.amazon.jobs/en/jobs/1', // not https
      'https://amazon.jobs.example.com/en/jobs/1', // a look-alike host
      'https://evilamazon.jobs/en/jobs/1', // a host that only ends with the name
      'https://user:pw@www.amazon.jobs/en/jobs/1', // credentials
      `https://www.amazon.jobs/${'a'.repeat(2_000)}`, // too long to store
      'not a url',
    ]) {
      expect(AmazonJobsUrl.safeParse(bad).success, bad).toBe(false);
    }
  });
});
