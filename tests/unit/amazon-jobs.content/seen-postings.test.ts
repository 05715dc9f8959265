import { describe, expect, it } from 'vitest';
import { createSeenPostings } from '../../../entrypoints/amazon-jobs.content/seen-postings';

const url3038134 = 'https://www.amazon.jobs/en/jobs/3038134/sr-bie-position-3p-selection-eu-3p-selection';
const url3049864 = 'https://www.amazon.jobs/en/jobs/3049864/senior-business-intelligence-engineer-eu-defects';

describe('seen postings (one postingSeen per job and URL)', () => {
  it('reports a posting the first time only', () => {
    const seen = createSeenPostings();
    expect(seen.firstSighting({ jobId: '3038134', url: url3038134 })).toBe(true);
    expect(seen.firstSighting({ jobId: '3038134', url: url3038134 })).toBe(false);
  });

  it('treats another job, or the same job at another URL, as new', () => {
    const seen = createSeenPostings();
    seen.firstSighting({ jobId: '3038134', url: url3038134 });
    expect(seen.firstSighting({ jobId: '3049864', url: url3049864 })).toBe(true);
    expect(seen.firstSighting({ jobId: '3038134', url: 'https://www.amazon.jobs/de/jobs/3038134' })).toBe(true);
  });

  it('keeps postings without an ID apart by URL', () => {
    const seen = createSeenPostings();
    expect(seen.firstSighting({ jobId: null, url: 'https://www.amazon.jobs/en/jobs/1' })).toBe(true);
    expect(seen.firstSighting({ jobId: null, url: 'https://www.amazon.jobs/en/jobs/2' })).toBe(true);
    expect(seen.firstSighting({ jobId: null, url: 'https://www.amazon.jobs/en/jobs/1' })).toBe(false);
  });
});
