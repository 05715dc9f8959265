import { describe, expect, it } from 'vitest';
import { buildPosting, postingFromCard } from '../../../core/build-posting';
import { Posting, type FieldProvenance } from '../../../core/posting';
import { POSTING_FIELDS } from '../../../core/posting-fields';
import { postingFromRecord } from '../../../core/posting-from-record';
import { mergeSnapshot } from '../../../core/snapshot';
import { extractPosting } from '../../../content/extract-posting';
import { parse } from '../content/html';
import { postingById } from './helpers';

const RECORD: FieldProvenance = { strategy: 'record', confidence: 1 };
const PAGE: FieldProvenance = { strategy: 'dom', confidence: 1 };

describe('buildPosting', () => {
  it('with nothing read: a valid Posting whose every field is missing', () => {
    const p = buildPosting();
    expect(Posting.safeParse(p).success).toBe(true);
    expect(p.missing).toEqual([...POSTING_FIELDS]);
    expect(p.provenance).toEqual({});
    expect(p).toMatchObject({ url: '', locations: [], notices: [], closed: false });
  });

  it('names empty values as missing and gives provenance only to fields that hold something', () => {
    const p = buildPosting({ jobId: '3038134', title: '', locations: [], team: null, basicQualifications: ['SQL'] }, RECORD);
    expect(p.provenance).toEqual({ jobId: RECORD, basicQualifications: RECORD });
    expect(p.missing).toContain('title');
    expect(p.missing).toContain('locations');
    expect(p.missing).toContain('team');
    expect(p.missing).not.toContain('jobId');
  });

  it('keeps a value it has no provenance for (a URL given but not recognised) and still names it missing', () => {
    const p = buildPosting({ url: 'https://www.amazon.jobs/en/teams/aws', title: 'SDE' }, { title: PAGE });
    expect(p.url).toBe('https://www.amazon.jobs/en/teams/aws');
    expect(p.provenance).toEqual({ title: PAGE });
    expect(p.missing).toContain('url');
  });

  it('an undefined value leaves the empty default, so the result still parses', () => {
    const p = buildPosting({ title: undefined, locations: undefined }, RECORD);
    expect(p.title).toBeNull();
    expect(p.locations).toEqual([]);
    expect(Posting.safeParse(p).success).toBe(true);
  });

  it('ignores provenance and missing smuggled in by a spread Posting: they are derived again', () => {
    const saved = postingById('1496414');
    const p = buildPosting({ ...saved, provenance: {}, missing: ['title'] } as never, saved.provenance);
    expect(p).toEqual(saved);
  });

  it('is the shape every source gives: the page extractor, a record and a card agree on the keys', () => {
    const fromPage = extractPosting(parse('<h1 class="title">SDE</h1>'), 'https://www.amazon.jobs/en/jobs/3038134');
    const fromRecord = postingFromRecord({ job_id: '3038134', title: 'SDE' });
    const fromCard = postingFromCard({ jobId: '3038134', title: 'SDE', url: 'https://www.amazon.jobs/en/jobs/3038134', locations: [], postedDate: null });
    const keys = Object.keys(buildPosting()).sort();
    for (const p of [fromPage, fromRecord, fromCard]) {
      expect(Object.keys(p).sort()).toEqual(keys);
      expect(p.missing).toEqual(POSTING_FIELDS.filter((f) => !p.provenance[f]));
    }
  });
});

describe('postingFromCard', () => {
  const card = {
    jobId: '3001234',
    title: 'Software Development Engineer',
    url: 'https://amazon.jobs/de/jobs/3001234/sde?ref=search',
    locations: ['US, WA, Seattle', 'DE, BE, Berlin; Mitte'],
    postedDate: '2025-06-11',
  };

  it('takes what the card shows: each location as its own entry (a "; " inside one is not split)', () => {
    const p = postingFromCard(card);
    expect(Posting.safeParse(p).success).toBe(true);
    expect(p.locations).toEqual(['US, WA, Seattle', 'DE, BE, Berlin; Mitte']);
    expect(p.url).toBe('https://www.amazon.jobs/de/jobs/3001234/sde');
    expect(p.locale).toBe('de');
    expect(p.postedDate).toBe('2025-06-11');
  });

  it('is sure of the ID, less of the rest, and names what a card cannot show', () => {
    const p = postingFromCard(card);
    expect(p.provenance.jobId).toEqual({ strategy: 'dom', confidence: 1 });
    expect(p.provenance.title).toEqual({ strategy: 'dom', confidence: 0.8 });
    expect(p.missing).toEqual(['category', 'team', 'company', 'updatedDate', 'description', 'responsibilities', 'basicQualifications', 'preferredQualifications']);
  });

  it('a card whose link is not a posting URL gets the posting URL from its ID', () => {
    const p = postingFromCard({ ...card, url: 'https://www.amazon.jobs/en/search', locations: [] });
    expect(p.url).toBe('https://www.amazon.jobs/en/jobs/3001234');
    expect(p.missing).toContain('locations');
  });
});

describe('mergeSnapshot', () => {
  it('fills what the revisit found, keeps what it did not, and keeps provenance and missing in step', () => {
    const saved = postingFromCard({ jobId: '1496414', title: 'SDE', url: 'https://www.amazon.jobs/en/jobs/1496414', locations: ['US, VA, Herndon'], postedDate: null });
    const seen = buildPosting({ jobId: '1496414', title: 'SDE, AWS Security Dev Ops', description: 'Build it.', closed: true }, PAGE);
    const merged = mergeSnapshot(saved, seen);
    expect(merged.title).toBe('SDE, AWS Security Dev Ops');
    expect(merged.description).toBe('Build it.');
    expect(merged.locations).toEqual(['US, VA, Herndon']);
    expect(merged.closed).toBe(true);
    expect(merged.provenance.description).toEqual(PAGE);
    expect(merged.provenance.locations).toEqual(saved.provenance.locations);
    expect(merged.missing).not.toContain('description');
    expect(merged.missing).toContain('team');
    expect(Posting.safeParse(merged).success).toBe(true);
  });
});
