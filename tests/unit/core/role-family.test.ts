import { describe, expect, it } from 'vitest';
import { postingFromRecord } from '../../../core/posting-from-record';
import { detectRoleFamily } from '../../../core/role-family';
import { emptyPosting, label, records } from './helpers';

describe('detectRoleFamily', () => {
  it('agrees with the labelled role families of all 60 postings', () => {
    const labels = label<{ family: string }>('role-families.json');
    let n = 0;
    const misses: string[] = [];
    for (const r of [...records('postings.jsonl'), ...records('qualifications-only.jsonl')]) {
      const want = labels[r.job_id ?? r.title ?? '']?.family;
      if (!want) continue;
      n++;
      const got = detectRoleFamily(postingFromRecord(r)).label;
      // "engineering management (data/BI)" is engineering management.
      if (!(want === got || want.startsWith(`${got} (`))) misses.push(`${r.title}: ${want} ≠ ${got}`);
    }
    expect(n).toBe(60);
    // Report, do not hide: at most 3 misses (95%) on the labelled sample.
    expect(misses.length, misses.join('\n')).toBeLessThanOrEqual(3);
  });

  it('handles titles outside the sample', () => {
    const fam = (title: string) => detectRoleFamily(emptyPosting({ title })).id;
    expect(fam('Software Development Manager, Alexa Shopping')).toBe('engineering-management');
    expect(fam('Data Engineer II, Prime Video')).toBe('data-bi');
    expect(fam('Research Scientist, Robotics')).toBe('science-research');
    expect(fam('Solutions Architect, Public Sector')).toBe('sales-account-solutions');
    expect(fam('Cloud Support Engineer')).toBe('support-customer-service');
    expect(fam('Senior Technical Program Manager, AWS')).toBe('product-program-management');
    expect(fam('Shift Manager, Sort Center')).toBe('operations');
  });

  it('uses the category, then the text, when the title says nothing', () => {
    expect(detectRoleFamily(emptyPosting({ title: 'Team member', category: 'Business Intelligence' })).id).toBe('data-bi');
    const body = emptyPosting({ title: 'Team member', description: 'Write SQL, build ETL jobs and Tableau dashboards for reporting.' });
    expect(detectRoleFamily(body).id).toBe('data-bi');
    expect(detectRoleFamily(emptyPosting()).id).toBe('general');
  });
});
