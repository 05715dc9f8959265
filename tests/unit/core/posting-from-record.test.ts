import { describe, expect, it } from 'vitest';
import { postingFromRecord } from '../../../core/posting-from-record';
import { records } from './helpers';

describe('postingFromRecord', () => {
  it('maps a full record (1496414)', () => {
    const p = postingFromRecord(records('postings.jsonl').find((r) => r.job_id === '1496414'));
    expect(p.title).toBe('SDE, AWS Security Dev Ops');
    expect(p.postedDate).toBe('2021-03-25');
    expect(p.locale).toBe('en');
    expect(p.locations).toEqual(['US, VA, Herndon']);
    expect(p.provenance.title?.strategy).toBe('record');
  });

  it('maps a flattened qualifications-only record and moves the EEO text to notices', () => {
    const p = postingFromRecord(records('qualifications-only.jsonl').find((r) => r.job_id === '2837409'));
    expect(p.basicQualifications[0]).toBe('8+ years of design experience');
    expect(p.preferredQualifications).toEqual(['Fluent in Japanese']);
    expect(p.notices.join(' ')).toMatch(/inclusive culture/);
    expect(p.missing).toContain('description');
  });

  it('keeps several locations as several entries, cleaned, empty and repeated ones dropped', () => {
    const p = postingFromRecord({ job_id: '3001234', location: 'US, WA, Seattle', locations: ['  DE, BE,\tBerlin ', '', 'US, WA, Seattle', 'LU, Luxembourg'] });
    expect(p.locations).toEqual(['US, WA, Seattle', 'DE, BE, Berlin', 'LU, Luxembourg']);
    expect(p.provenance.locations?.strategy).toBe('record');
    expect(postingFromRecord({ job_id: '3001234', locations: [] }).missing).toContain('locations');
    expect(() => postingFromRecord({ job_id: '3001234', locations: 'US, WA, Seattle' })).toThrow(/locations/);
  });

  it('rejects a non-record with a clear error', () => {
    expect(() => postingFromRecord({ title: 3 })).toThrow(/Not a posting record/);
    expect(() => postingFromRecord('x')).toThrow(/Not a posting record/);
  });
});
