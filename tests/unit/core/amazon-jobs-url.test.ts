import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { canonicalPostingUrl, pageKind, pageKindOfHref } from '../../../core/amazon-jobs-url';
import { PageKind } from '../../../core/posting';

const rows = readFileSync(new URL('../../fixtures/urls.tsv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t'))
  .map(([url = '', kind = '', jobId = '']) => ({ url, kind, jobId }));

describe('pageKind on every real URL in urls.tsv', () => {
  it('has the rows', () => expect(rows.length).toBe(88));
  it.each(rows)('$kind $url', ({ url, kind, jobId }) => {
    const k = pageKind(url);
    expect(PageKind.safeParse(k).success).toBe(true);
    expect(k.page).toBe(kind);
    if (k.page === 'job') expect(k.jobId).toBe(jobId);
  });
  it('reads the locale of a posting URL', () => {
    expect(pageKind('https://www.amazon.jobs/de/jobs/3038134/sr-bie-position-3p-selection-eu-3p-selection')).toEqual({
      page: 'job',
      jobId: '3038134',
      locale: 'de',
    });
    expect(pageKind('https://amazon.jobs/en/jobs/3044401')).toEqual({ page: 'job', jobId: '3044401', locale: 'en' });
  });
});

const EDGE_CASES: [string, unknown][] = [
    ['https://www.amazon.jobs/jobs/3038134', { page: 'job', jobId: '3038134', locale: null }],
    ['https://www.amazon.jobs/en-gb/jobs/3038134/x', { page: 'job', jobId: '3038134', locale: 'en-gb' }],
    ['https://www.amazon.jobs/zh-CN/jobs/3038134', { page: 'job', jobId: '3038134', locale: 'zh-cn' }],
    ['https://www.amazon.jobs/ja/jobs/3038134/', { page: 'job', jobId: '3038134', locale: 'ja' }],
    ['http://www.amazon.jobs/fr/jobs/3038134', { page: 'job', jobId: '3038134', locale: 'fr' }],
    ['HTTPS://WWW.AMAZON.JOBS/en/jobs/3038134', { page: 'job', jobId: '3038134', locale: 'en' }],
    ['https://www.amazon.jobs/en/jobs/3038134/slug?x=1#apply', { page: 'job', jobId: '3038134', locale: 'en' }],
    ['https://www.amazon.jobs/en/jobs/abc', { page: 'other' }],
    ['https://www.amazon.jobs/en/jobs/', { page: 'other' }],
    ['https://www.amazon.jobs/en/jobs/3038134/slug/extra', { page: 'other' }],
    ['https://www.amazon.jobs/applicant/jobs/3038134/apply', { page: 'other' }],
    ['https://account.amazon.jobs/en/jobs/3038134', { page: 'other' }],
    ['https://www.amazon.jobs/en/search.json?offset=0', { page: 'other' }],
    ['https://www.amazon.jobs/search?base_query=sde', { page: 'search' }],
    ['https://www.amazon.jobs/de/search/', { page: 'search' }],
    ['https://www.amazon.jobs/en/teams/aws', { page: 'search' }],
    ['https://www.amazon.jobs/en/business_categories/retail', { page: 'search' }],
    ['https://www.amazon.jobs/en/locations/seattle-area', { page: 'search' }],
    ['https://www.amazon.jobs/content/de/job-categories/software-development', { page: 'search' }],
    ['https://www.amazon.jobs/content/en/job-categories', { page: 'other' }],
    ['https://amazon.jobs.evil.com/en/jobs/3038134', { page: 'foreign' }],
    ['https://notamazon.jobs/en/jobs/3038134', { page: 'foreign' }],
    ['https://evil.com/amazon.jobs/en/jobs/3038134', { page: 'foreign' }],
    ['https://evil.com/?u=https://www.amazon.jobs/en/jobs/3038134', { page: 'foreign' }],
    ['https://www.amazon.jobs@evil.com/en/jobs/3038134', { page: 'foreign' }],
    ['javascript:alert(1)//www.amazon.jobs/en/jobs/3038134', { page: 'foreign' }],
    ['ftp://www.amazon.jobs/en/jobs/3038134', { page: 'foreign' }],
    ['/en/jobs/3038134', { page: 'foreign' }],
    ['', { page: 'foreign' }],
];

describe('pageKind on look-alikes and edge cases', () => {
  it.each(EDGE_CASES)('%s', (url, expected) => expect(pageKind(url)).toEqual(expected));
});

// The content script classifies its page from location.href without URL (pageKindOfHref): it must say
// what pageKind says, on every real URL (urls.tsv and the 418 external postings' own URLs) as the
// browser would serialize it, and on the edge cases both as written and serialized.
describe('pageKindOfHref agrees with pageKind', () => {
  const external = readFileSync(new URL('../../../../shared/fixtures/external/postings.jsonl', import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as { url: string }).url);
  const written = [...rows.map((r) => r.url), ...external, ...EDGE_CASES.map(([url]) => url)];
  const serialized = written.flatMap((url) => (URL.canParse(url) ? [new URL(url).href] : []));
  it('has the URLs', () => {
    expect(external.length).toBe(418);
    expect(serialized.length).toBeGreaterThan(500);
  });
  it.each([...new Set([...written, ...serialized])])('%s', (url) => expect(pageKindOfHref(url)).toEqual(pageKind(url)));
  it('reads every real URL as serialized without constructing a URL', () => {
    const expected = serialized.map((url) => pageKind(url));
    const RealURL = globalThis.URL;
    vi.stubGlobal('URL', function NoURL() {
      throw new Error('URL constructed');
    });
    try {
      expect(serialized.map((url) => pageKindOfHref(url))).toEqual(expected);
    } finally {
      vi.stubGlobal('URL', RealURL);
    }
  });
  it.each([
    // Serialized forms the real URLs do not have: credentials, a port, a query or fragment with slashes.
    ['https://user:pw@www.amazon.jobs:8443/en/jobs/3038134/x?next=/de/search#/y', { page: 'job', jobId: '3038134', locale: 'en' }],
    ['https://www.amazon.jobs@evil.com:443/en/jobs/3038134', { page: 'foreign' }],
    ['https://www.amazon.jobs/en/search#/jobs/3038134', { page: 'search' }],
    ['https://www.amazon.jobs?/en/jobs/3038134', { page: 'other' }],
    ['https://www.amazon.jobs/en/jobs/%33038134', { page: 'other' }],
    // Not as a browser serializes: answered by pageKind itself.
    ['https://www.amazon.jobs/en/x/../jobs/3038134', { page: 'job', jobId: '3038134', locale: 'en' }],
    ['https://www.amazon.jobs/en/jobs/3038134/%2e%2e/%2E%2E/search', { page: 'search' }],
    ['https://www.amazon.jobs\\en\\jobs\\3038134 ', { page: 'job', jobId: '3038134', locale: 'en' }],
    ['https://WWW.amazon.jobs/en/jobs/3038134', { page: 'job', jobId: '3038134', locale: 'en' }],
  ])('%s', (url, expected) => {
    expect(pageKind(url)).toEqual(expected);
    expect(pageKindOfHref(url)).toEqual(expected);
  });
});

describe('canonicalPostingUrl', () => {
  it.each([
    [
      'https://amazon.jobs/en/jobs/3038134/sr-bie-position-3p-selection-eu-3p-selection?utm_source=x#apply',
      'https://www.amazon.jobs/en/jobs/3038134/sr-bie-position-3p-selection-eu-3p-selection',
    ],
    ['http://WWW.amazon.jobs/de/jobs/3038134/', 'https://www.amazon.jobs/de/jobs/3038134'],
    ['https://www.amazon.jobs/jobs/3038134', 'https://www.amazon.jobs/en/jobs/3038134'],
  ])('%s → %s', (url, canonical) => expect(canonicalPostingUrl(url)).toBe(canonical));
  it.each(['https://www.amazon.jobs/en/search', 'https://account.amazon.jobs/jobs/3038134/apply', 'nonsense'])(
    '%s → null',
    (url) => expect(canonicalPostingUrl(url)).toBeNull(),
  );
});
