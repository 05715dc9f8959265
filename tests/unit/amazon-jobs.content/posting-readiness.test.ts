import { describe, expect, it } from 'vitest';
import { postingReadiness } from '../../../entrypoints/amazon-jobs.content/posting-readiness';

// Titles, IDs and URLs from tests/fixtures/pages/reconstructed/3038134.html and 3049864.html.
const bieUrl = 'https://www.amazon.jobs/en/jobs/3038134/sr-bie-position-3p-selection-eu-3p-selection';
const bieShown = {
  statedJobId: '3038134',
  title: 'Sr BIE position 3P Selection, EU 3P Selection',
  text: 'DESCRIPTION Amazon is looking for an analytical and technically skilled Senior Business Intelligence Engineer (BIE)…',
};
const bie = { url: bieUrl, jobId: '3038134', identity: bieShown };
const defectsUrl = 'https://www.amazon.jobs/en/jobs/3049864/senior-business-intelligence-engineer-eu-defects';

describe('posting readiness after client-side navigation', () => {
  it('waits while the posting has not rendered', () => {
    expect(postingReadiness(null, bieUrl, '3038134', null)).toBe('not-rendered');
  });

  it('accepts a rendered posting whose stated ID matches the URL', () => {
    expect(postingReadiness(bieShown, bieUrl, '3038134', null)).toBe('ready');
  });

  it('calls the DOM stale when the page states another job ID than the URL', () => {
    // URL already moved to 3049864, the DOM still says "Job ID: 3038134".
    expect(postingReadiness(bieShown, defectsUrl, '3049864', bie)).toBe('stale');
  });

  it('calls the DOM stale when the page states no ID and shows the previous posting', () => {
    expect(postingReadiness({ ...bieShown, statedJobId: null }, defectsUrl, '3049864', bie)).toBe('stale');
  });

  it('accepts a posting with the same title once its text differs (a repost is another job)', () => {
    expect(postingReadiness({ ...bieShown, statedJobId: null, text: 'another description' }, defectsUrl, '3049864', bie)).toBe('ready');
  });

  it('accepts the new posting once it is swapped in', () => {
    const defects = { statedJobId: '3049864', title: 'Senior Business Intelligence Engineer, EU Defects', text: 'another description' };
    expect(postingReadiness(defects, defectsUrl, '3049864', bie)).toBe('ready');
  });

  it('does not mistake a re-check of the same posting for stale DOM', () => {
    expect(postingReadiness(bieShown, bieUrl, '3038134', bie)).toBe('ready');
  });
});
