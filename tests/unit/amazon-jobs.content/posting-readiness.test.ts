import { describe, expect, it } from 'vitest';
import { postingReadiness } from '../../../entrypoints/amazon-jobs.content/posting-readiness';

// Titles, IDs and URLs from tests/fixtures/pages/reconstructed/3038134.html and 3049864.html.
const bie = {
  jobId: '3038134',
  url: 'https://www.amazon.jobs/en/jobs/3038134/sr-bie-position-3p-selection-eu-3p-selection',
  title: 'Sr BIE position 3P Selection, EU 3P Selection',
  description: 'Amazon is looking for an analytical and technically skilled Senior Business Intelligence Engineer (BIE)…',
  provenance: { jobId: { strategy: 'dom', confidence: 1 } } as const,
};
const defectsUrl = 'https://www.amazon.jobs/en/jobs/3049864/senior-business-intelligence-engineer-eu-defects';

describe('posting readiness after client-side navigation', () => {
  it('waits while the posting has not rendered', () => {
    expect(postingReadiness(bie, '3038134', false, null)).toBe('not-rendered');
  });

  it('accepts a rendered posting whose stated ID matches the URL', () => {
    expect(postingReadiness(bie, '3038134', true, null)).toBe('ready');
  });

  it('calls the DOM stale when the page states another job ID than the URL', () => {
    // URL already moved to 3049864, the DOM still says "Job ID: 3038134".
    expect(postingReadiness({ ...bie, url: defectsUrl }, '3049864', true, bie)).toBe('stale');
  });

  it('calls the DOM stale when the ID came from the URL but the text is the previous posting', () => {
    const fromUrl = { ...bie, jobId: '3049864', url: defectsUrl, provenance: { jobId: { strategy: 'url', confidence: 0.5 } } as const };
    expect(postingReadiness(fromUrl, '3049864', true, bie)).toBe('stale');
  });

  it('accepts the new posting once its text is swapped in', () => {
    const defects = {
      jobId: '3049864',
      url: defectsUrl,
      title: 'Senior Business Intelligence Engineer, EU Defects',
      description: 'another description',
      provenance: { jobId: { strategy: 'dom', confidence: 1 } } as const,
    };
    expect(postingReadiness(defects, '3049864', true, bie)).toBe('ready');
  });

  it('does not mistake a re-check of the same posting for stale DOM', () => {
    expect(postingReadiness(bie, '3038134', true, bie)).toBe('ready');
  });
});
