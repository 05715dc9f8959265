// The posting's preview from its tab (components/popup/page-preview.ts): the title amazon.jobs gives a
// posting's page, read from the real fixture page, with its address from the fixtures index.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pagePreview } from '../../../components/popup/page-preview';
import { ROOT, postingUrl } from '../../../scripts/lib/fixture-site';

const pageTitle = (jobId: string) => /<title>([^<]*)<\/title>/.exec(readFileSync(join(ROOT, 'tests/fixtures/pages/reconstructed', `${jobId}.html`), 'utf8'))![1]!;
const BIE = { jobId: '3038134', title: 'Sr BIE position 3P Selection, EU 3P Selection' };
// A title with ' - ' of its own.
const SDE = { jobId: '1497592', title: 'Software Development Engineer - AWS Region Build Engineering' };

describe('the preview of a posting from its tab', () => {
  it("is the page's title and the job ID, when the title names the job the address names", () => {
    for (const { jobId, title } of [BIE, SDE]) {
      expect(pagePreview({ url: postingUrl(jobId), title: pageTitle(jobId), status: 'complete' })).toEqual({ jobId, title });
    }
  });

  it('is none while the tab loads, for a title naming another job (the address changed first), or off a posting', () => {
    const title = pageTitle(BIE.jobId);
    expect(pagePreview({ url: postingUrl(BIE.jobId), title, status: 'loading' })).toBeNull();
    expect(pagePreview({ url: postingUrl(SDE.jobId), title, status: 'complete' })).toBeNull();
    expect(pagePreview({ url: 'https://www.amazon.jobs/en/search?base_query=bie', title, status: 'complete' })).toBeNull();
    expect(pagePreview({ url: postingUrl(BIE.jobId), title: 'Job search | Amazon.jobs', status: 'complete' })).toBeNull();
    expect(pagePreview({ url: postingUrl(BIE.jobId), status: 'complete' })).toBeNull(); // no host access: no title
    expect(pagePreview(null)).toBeNull();
  });

  it('cleans the title as page text is cleaned: no invisible controls', () => {
    const title = pageTitle(BIE.jobId).replace('Sr BIE', '\u202ESr BIE\u200B');
    expect(pagePreview({ url: postingUrl(BIE.jobId), title, status: 'complete' })?.title).toBe(BIE.title);
  });
});
