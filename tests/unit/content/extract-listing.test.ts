import { describe, expect, it } from 'vitest';
import { extractListing, findCards } from '../../../content/extract-listing';
import { Listing } from '../../../core/posting';
import { fixture, parse } from './html';

const SEARCH_URL = 'https://www.amazon.jobs/en/search?offset=0&result_limit=10&sort=relevant&country%5B%5D=LUX';
const RESULTS = fixture('pages/real/amazon-jobs-search-results-fragment_lorraine-dev_2025-08.html');
const SHELL = fixture('pages/real/amazon-jobs-search-full-page_lorraine-dev_2025-08.html');
const SHELL_B = fixture('pages/real/amazon-jobs-search-full-page-b_lorraine-dev_2025-08.html');

// Read off the fragment: ID, title, posted date of each tile, in page order. All are in "Luxembourg, LUX".
const EXPECTED: [string, string, string][] = [
  ['3038134', 'Sr BIE position 3P Selection, EU 3P Selection', '2025-07-18'],
  ['3045433', 'Risk Manager, Extended Producer Responsibility (EPR)', '2025-07-28'],
  ['3045434', 'Senior Risk Manager, Extended Producer Responsibility (EPR)', '2025-07-28'],
  ['3006553', 'Software Engineer, External Fulfillment', '2025-06-11'],
  ['3044505', 'Senior Program Manager, AMXL Xtra Mile', '2025-07-28'],
  ['3044494', 'Business Analyst, AMXL Routing and Services', '2025-07-28'],
  ['3044401', 'Business Intelligence Engineer II, Data and Analytics', '2025-07-28'],
  ['3029581', 'Process Improvement Manager, Delivery Estimate Accuracy, EU ATS Customer Experience', '2025-07-09'],
  ['3044348', 'Snr. Program Manager, AMXL EU, AMXL DEX', '2025-07-28'],
  ['3044260', 'Software Development Engineer II, Amazon Fulfillment Technologies - External Fulfillment', '2025-07-28'],
];

function listing(html: string): Listing {
  const l = extractListing(parse(html), SEARCH_URL);
  expect(Listing.safeParse(l).success).toBe(true);
  return l;
}

function expectTheTenCards(l: Listing): void {
  expect(l.cards.map((c) => [c.jobId, c.title, c.postedDate])).toEqual(EXPECTED);
  for (const c of l.cards) expect(c.locations).toEqual(['Luxembourg, LUX']);
  expect(l.cards[0]!.url).toBe('https://www.amazon.jobs/en/jobs/3038134/sr-bie-position-3p-selection-eu-3p-selection');
  expect(l.cards[9]!.url).toBe(
    'https://www.amazon.jobs/en/jobs/3044260/software-development-engineer-ii-amazon-fulfillment-technologies-external-fulfillment',
  );
}

describe('extractListing', () => {
  it('the real results fragment: ten cards with exact IDs, titles, locations, dates', () => {
    const l = listing(RESULTS);
    expect(l.url).toBe(SEARCH_URL);
    expectTheTenCards(l);
  });

  it('the served search shell before rendering: no cards, no throw (both captures)', () => {
    expect(listing(SHELL).cards).toEqual([]);
    expect(listing(SHELL_B).cards).toEqual([]);
  });

  it('the shell after its scripts render the results: the same ten cards, nothing from nav or footer', () => {
    const rendered = SHELL.replace('<div class="search-page">', `<div class="search-page">${RESULTS}`);
    expect(rendered).not.toBe(SHELL);
    expectTheTenCards(listing(rendered));
  });

  it('older tiles with p.location-and-id', () => {
    const l = listing(
      '<div class="job-tile"><div class="job" data-job-id="994952"><h3 class="job-title"><a href="/en/jobs/994952/senior-software-development-engineer">Senior Software Development Engineer</a></h3>' +
        '<p class="location-and-id">US, VA, Herndon | Job ID: 994952</p><h2 class="posting-date">Posted November 18, 2019</h2></div></div>',
    );
    expect(l.cards).toEqual([
      {
        jobId: '994952',
        title: 'Senior Software Development Engineer',
        url: 'https://www.amazon.jobs/en/jobs/994952/senior-software-development-engineer',
        locations: ['US, VA, Herndon'],
        postedDate: '2019-11-18',
      },
    ]);
  });

  it('a tile listing several locations keeps each as its own entry, as a Posting does', () => {
    const l = listing(
      '<div class="job" data-job-id="3001234"><h3 class="job-title"><a href="/en/jobs/3001234/sde">SDE</a></h3>' +
        '<ul class="location-and-id"><li>US, WA, Seattle</li><li>|</li><li>DE, BE, Berlin; Mitte</li><li>|</li><li>Job ID: 3001234</li></ul></div>',
    );
    expect(l.cards[0]!.locations).toEqual(['US, WA, Seattle', 'DE, BE, Berlin; Mitte']);
  });

  it('2025 job-category cards with generated class names, found by prefix and /jobs/<id> links', () => {
    const l = listing(
      '<div class="jobs-module_root__a1"><ul>' +
        '<li class="job-card-module_root__QYXVA"><a class="header-module_title__9-W3R" href="https://www.amazon.jobs/en/jobs/3044401/business-intelligence-engineer-ii">Business Intelligence Engineer II, Data and Analytics</a>' +
        '<div class="metadatum-module_text__ncKFr">Luxembourg, LUX</div><div class="metadatum-module_text__ncKFr">Job ID: 3044401</div></li>' +
        '<li class="job-card-module_root__QYXVA"><a href="/jobs/3044494">Business Analyst, AMXL Routing and Services</a></li>' +
        '<li class="job-card-module_root__QYXVA"><a href="/en/search">not a job</a></li>' +
        '</ul></div>',
    );
    expect(l.cards).toEqual([
      {
        jobId: '3044401',
        title: 'Business Intelligence Engineer II, Data and Analytics',
        url: 'https://www.amazon.jobs/en/jobs/3044401/business-intelligence-engineer-ii',
        locations: ['Luxembourg, LUX'],
        postedDate: null,
      },
      { jobId: '3044494', title: 'Business Analyst, AMXL Routing and Services', url: 'https://www.amazon.jobs/en/jobs/3044494', locations: [], postedDate: null },
    ]);
  });

  it('cards linking off-site are ignored; an empty document gives no cards', () => {
    expect(listing('<div class="job"><a href="https://evil.com/en/jobs/1234">x</a></div>').cards).toEqual([]);
    expect(listing('').cards).toEqual([]);
  });

  it('a Document that throws gives an empty listing', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); } }) as unknown as Document;
    expect(extractListing(hostile, SEARCH_URL)).toEqual({ url: SEARCH_URL, cards: [] });
  });
});

describe('findCards (what the listing badges read)', () => {
  it('finds the same cards as extractListing, with their titles, and reads each the same', () => {
    const doc = parse(RESULTS);
    const found = findCards(doc);
    expect(found.map((c) => [c.jobId, c.title()])).toEqual(EXPECTED.map(([id, title]) => [id, title]));
    expect(found.map((c) => c.read())).toEqual(extractListing(doc, SEARCH_URL).cards);
  });
});
