// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ListingSummary } from '../../../components/popup/ListingSummary';
import { MissingFields } from '../../../components/popup/MissingFields';
import { PostingSummary } from '../../../components/popup/PostingSummary';
import type { JobCard, Posting } from '../../../core/posting';
import type { PageAnswer } from '../../../components/popup/popup-api';
import { App, ASK_AGAIN_MS } from '../../../entrypoints/popup/App';
import { reportAnswer, storeApi } from './popup-store';

afterEach(cleanup);

// Facts read from tests/fixtures/pages/reconstructed/3038134.html: h1.title, p.meta ("Job ID: 3038134 |
// Amazon EU Sarl"), the category link, 9 basic and 1 preferred qualification bullet. The page shows
// no location, team or dates, so those are the missing fields.
const bie: Posting = {
  jobId: '3038134',
  title: 'Sr BIE position 3P Selection, EU 3P Selection',
  url: 'https://www.amazon.jobs/en/jobs/3038134/sr-bie-position-3p-selection-eu-3p-selection',
  locale: 'en',
  locations: [],
  category: 'Business Intelligence',
  team: null,
  company: 'Amazon EU Sarl',
  postedDate: null,
  updatedDate: null,
  description: 'Amazon is looking for an analytical and technically skilled Senior Business Intelligence Engineer (BIE)',
  responsibilities: [],
  basicQualifications: [
    'Experience programming to extract, transform and clean large (multi-TB) data sets',
    'Experience with theory and practice of design of experiments and statistical analysis of results',
    'Experience with AWS technologies',
    'Experience in scripting for automation (e.g. Python) and advanced SQL skills.',
    'Experience with theory and practice of information retrieval, data science, machine learning and data mining',
    'Experience working directly with business stakeholders to translate between data and business needs',
    'Experience with SQL',
    'Experience with data visualization using Tableau, Quicksight, or similar tools',
    'Experience in the data/BI space',
  ],
  preferredQualifications: ['Experience managing, analyzing and communicating results to senior leadership'],
  notices: [],
  closed: false,
  provenance: {},
  missing: ['locations', 'team', 'postedDate', 'updatedDate'],
};

// Job IDs of the ten cards in tests/fixtures/pages/real/amazon-jobs-search-results-fragment_….html.
const cardIds = ['3038134', '3045433', '3045434', '3006553', '3044505', '3044494', '3044401', '3029581', '3044348', '3044260'];
const cards: JobCard[] = cardIds.map((jobId) => ({ jobId, title: null, url: `https://www.amazon.jobs/en/jobs/${jobId}`, locations: ['Luxembourg, LUX'], postedDate: null }));

const field = (name: string) => document.querySelector(`[data-field="${name}"]`)?.textContent;

describe('PostingSummary', () => {
  it('shows title, job ID, company and category, and the qualification counts', () => {
    render(<PostingSummary posting={bie} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Sr BIE position 3P Selection, EU 3P Selection');
    expect(field('jobId')).toBe('3038134');
    expect(field('company')).toBe('Amazon EU Sarl · Business Intelligence');
    expect(field('basicQualifications')).toBe('9');
    expect(field('preferredQualifications')).toBe('1');
    expect(screen.queryByRole('status')).toBeNull(); // open posting: no closed notice
  });

  it('names missing fields in plain words, folded under a disclosure', () => {
    render(<MissingFields missing={bie.missing} />);
    expect(screen.getByText('Not found on this page (4)').closest('details')?.open).toBe(false);
    const missing = screen.getByRole('list', { name: 'Not found on this page' });
    expect(within(missing).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['location', 'team', 'date posted', 'date updated']);
  });

  it('lists every location and says when the job is closed', () => {
    const closed: Posting = { ...bie, closed: true, locations: ['LU, Luxembourg', 'GB, London'], missing: [] };
    render(<PostingSummary posting={closed} />);
    expect(screen.getByRole('status').textContent).toContain('no longer open');
    expect(screen.getByText('Locations')).toBeTruthy();
    expect([...document.querySelectorAll('.location')].map((e) => e.textContent)).toEqual(['LU, Luxembourg', 'GB, London']);
    expect(screen.queryByRole('list', { name: 'Not found on this page' })).toBeNull();
  });

  it('renders page text as text, never as markup', () => {
    const hostile = '<img src=x onerror="alert(1)">Engineer';
    render(<PostingSummary posting={{ ...bie, title: hostile, company: '<b>Evil</b>' }} />);
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('b')).toBeNull();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(hostile);
  });
});

describe('ListingSummary', () => {
  it('counts the job cards', () => {
    render(<ListingSummary listing={{ url: 'https://www.amazon.jobs/en/search', cards }} />);
    expect(field('cardCount')).toBe('10 job cards on this page.');
  });

  it('says so when no cards have rendered', () => {
    render(<ListingSummary listing={{ url: 'https://www.amazon.jobs/en/search', cards: [] }} />);
    expect(field('cardCount')).toBe('No job cards on this page yet.');
  });
});

describe('popup App', () => {
  // The page's answer; tracking goes to a real (empty) store.
  const answer = (a: PageAnswer) => storeApi(a);

  it('shows a loading state until the page answers, then the posting', async () => {
    let resolve!: (a: PageAnswer) => void;
    const pending = new Promise<PageAnswer>((r) => (resolve = r));
    render(<App api={storeApi(() => pending)} rank={async () => []} />);
    expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('true');
    expect(screen.getByText('Reading the page…').getAttribute('role')).toBe('status');
    resolve(reportAnswer({ kind: { page: 'job', jobId: '3038134', locale: 'en' }, posting: bie, listing: null }));
    await waitFor(() => expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('false'));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(bie.title);
  });

  it("shows the posting's title and job ID from its tab while the page answers, then the whole summary", async () => {
    let resolve!: (a: PageAnswer) => void;
    const pending = new Promise<PageAnswer>((r) => (resolve = r));
    const api = { ...storeApi(() => pending), previewPage: async () => ({ jobId: '3038134', title: bie.title! }) };
    render(<App api={api} rank={async () => []} />);
    await screen.findByText('Reading the rest of the posting…');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(bie.title);
    expect(field('jobId')).toBe('3038134');
    expect(field('company')).toBeUndefined();
    expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('true');
    resolve(reportAnswer({ kind: { page: 'job', jobId: '3038134', locale: 'en' }, posting: bie, listing: null }));
    await waitFor(() => expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('false'));
    expect(field('company')).toBe('Amazon EU Sarl · Business Intelligence');
    expect(screen.queryByText('Reading the rest of the posting…')).toBeNull();
  });

  it('shows the card count on a search page', async () => {
    render(<App api={answer(reportAnswer({ kind: { page: 'search' }, posting: null, listing: { url: 'u', cards } }))} />);
    await waitFor(() => expect(field('cardCount')).toBe('10 job cards on this page.'));
  });

  it('explains itself on a page without the content script', async () => {
    render(<App api={answer({ kind: 'no-content-script' })} />);
    await waitFor(() => expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Nothing to read here'));
    expect(screen.getByRole('main').textContent).toContain('LoopReady works on amazon.jobs');
  });

  it('asks once more when no listener answered at first (a search page before its idle time), and shows the later report', async () => {
    const answers: PageAnswer[] = [{ kind: 'no-content-script' }, reportAnswer({ kind: { page: 'search' }, posting: null, listing: { url: 'u', cards } })];
    let asked = 0;
    const started = Date.now();
    render(<App api={storeApi(async () => answers[asked++]!)} />);
    await waitFor(() => expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Nothing to read here'));
    await waitFor(() => expect(field('cardCount')).toBe('10 job cards on this page.'), { timeout: 3000 });
    expect(asked).toBe(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(ASK_AGAIN_MS - 50);
  });

  it('asks only once more, and keeps its first view when the tab still has no listener', async () => {
    let asked = 0;
    render(<App api={storeApi(async () => (asked++, { kind: 'no-content-script' }))} />);
    await waitFor(() => expect(asked).toBe(2), { timeout: 3000 });
    await new Promise((r) => setTimeout(r, ASK_AGAIN_MS + 200));
    expect(asked).toBe(2);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Nothing to read here');
  });

  it('explains itself on an amazon.jobs page that is not a posting', async () => {
    render(<App api={answer(reportAnswer({ kind: { page: 'other' }, posting: null, listing: null }))} />);
    await waitFor(() => expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('No posting on this page'));
  });

  it('shows an error with its detail when the page cannot be asked', async () => {
    render(<App api={storeApi(() => Promise.reject(new Error('reply did not match the protocol')))} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not read this page');
    expect(alert.textContent).toContain('reply did not match the protocol');
    expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('false');
  });
});
