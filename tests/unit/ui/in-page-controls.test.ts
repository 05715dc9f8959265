// @vitest-environment happy-dom
// Listing badges and the posting page's save control on the real fixture DOM (the rendered search
// results; posting 3038134), with the background faked: tracked cards show their stage, untracked
// ones a Save button that sends the card's posting; redrawn results get fresh badges; abort cleans up.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pageKind } from '../../../core/amazon-jobs-url';
import type { Posting } from '../../../core/posting';

const send = vi.fn();
vi.mock('../../../messaging/content-bus', () => ({ send }));

const fixtures = join(process.cwd(), 'tests/fixtures/pages');
const RESULTS = readFileSync(join(fixtures, 'real/amazon-jobs-search-results-fragment_lorraine-dev_2025-08.html'), 'utf8');
const postingHtml = readFileSync(join(fixtures, 'reconstructed/3038134.html'), 'utf8');
const LISTING_URL = 'https://www.amazon.jobs/en/search?offset=0&result_limit=10&sort=relevant&country%5B%5D=LUX';
const POSTING_URL = 'https://www.amazon.jobs/en/jobs/3038134/sr-bie-position-3p-selection-eu-3p-selection';
// Job IDs of the ten cards in the results fragment, in page order.
const CARD_IDS = ['3038134', '3045433', '3045434', '3006553', '3044505', '3044494', '3044401', '3029581', '3044348', '3044260'];
const settle = () => new Promise((r) => setTimeout(r, 700));

const badgeOf = (jobId: string) => document.querySelector<HTMLElement>(`[data-loopready="badge"][data-job-id="${jobId}"]`);
const shadowText = (el: HTMLElement | null) => el?.shadowRoot?.querySelector('.b')?.textContent ?? null;

type Handler = (data: any) => unknown;
function background(handlers: Record<string, Handler>) {
  send.mockImplementation(async (name: string, data: unknown) => {
    const h = handlers[name];
    if (!h) throw new Error(`unexpected message ${name}`);
    return h(data);
  });
}

describe('listing badges', () => {
  let controller: AbortController;
  beforeEach(() => {
    send.mockReset();
    document.body.innerHTML = '';
    controller = new AbortController();
  });
  afterEach(() => controller.abort());

  async function start() {
    const { listingBadges } = await import('../../../entrypoints/amazon-jobs.content/listing-badges');
    const { createPageCache } = await import('../../../entrypoints/amazon-jobs.content/page-cache');
    listingBadges.init({ signal: controller.signal, kind: pageKind(LISTING_URL), url: LISTING_URL, cache: createPageCache() });
  }

  it('shows the stage of tracked cards and a Save button on the others, after each title link', async () => {
    background({ getTrackedStatuses: () => ({ '3045433': 'phone-screen' }) });
    document.body.innerHTML = RESULTS;
    await start();
    await settle();
    expect(send).toHaveBeenCalledWith('getTrackedStatuses', { jobIds: CARD_IDS });
    expect(shadowText(badgeOf('3045433'))).toBe('LoopReady: Phone screen');
    const save = badgeOf('3038134')!.shadowRoot!.querySelector('button')!;
    expect(save.textContent).toBe('Save');
    expect(save.getAttribute('aria-label')).toBe('Save “Sr BIE position 3P Selection, EU 3P Selection” to LoopReady');
    // Inside the title heading, right after its link; the link text itself is untouched.
    const link = document.querySelector('.job[data-job-id="3038134"] a.job-link')!;
    expect(link.nextElementSibling).toBe(badgeOf('3038134'));
    expect(link.textContent).toBe('Sr BIE position 3P Selection, EU 3P Selection');
    expect(document.querySelectorAll('[data-loopready="badge"]')).toHaveLength(10);
  });

  it('saves a card with what the card shows and names everything else as missing', async () => {
    let saved: Posting | null = null;
    background({
      getTrackedStatuses: () => ({}),
      saveApplication: ({ posting }: { posting: Posting }) => {
        saved = posting;
        return { status: 'saved' };
      },
    });
    document.body.innerHTML = RESULTS;
    await start();
    await settle();
    badgeOf('3038134')!.shadowRoot!.querySelector('button')!.click();
    await vi.waitFor(() => expect(shadowText(badgeOf('3038134'))).toBe('LoopReady: Saved'));
    // Card facts read from the fragment: title link, "Luxembourg, LUX", "Posted July 18, 2025".
    expect(saved).toMatchObject({
      jobId: '3038134',
      title: 'Sr BIE position 3P Selection, EU 3P Selection',
      url: POSTING_URL,
      locale: 'en',
      locations: ['Luxembourg, LUX'],
      postedDate: '2025-07-18',
      description: null,
      basicQualifications: [],
    });
    expect(saved!.missing).toEqual(expect.arrayContaining(['description', 'basicQualifications', 'team', 'company', 'category']));
    expect(saved!.missing).not.toContain('title');
  });

  it('badges the cards again when the site redraws the results, and removes them on abort', async () => {
    background({ getTrackedStatuses: () => ({}) });
    document.body.innerHTML = RESULTS;
    await start();
    await settle();
    // Client-side paging: the list is replaced by fresh DOM.
    document.body.innerHTML = RESULTS;
    expect(document.querySelectorAll('[data-loopready="badge"]')).toHaveLength(0);
    await settle();
    expect(document.querySelectorAll('[data-loopready="badge"]')).toHaveLength(10);
    controller.abort();
    expect(document.querySelectorAll('[data-loopready="badge"]')).toHaveLength(0);
  });

  it('shows nothing when the background cannot answer', async () => {
    background({ getTrackedStatuses: () => Promise.reject(new Error('Extension context invalidated.')) });
    document.body.innerHTML = RESULTS;
    await start();
    await settle();
    await settle();
    // Empty hosts: no stage and no Save (it might be tracked), and no retry loop from our own DOM changes.
    const hosts = [...document.querySelectorAll<HTMLElement>('[data-loopready="badge"]')];
    expect(hosts).toHaveLength(10);
    expect(hosts.every((h) => h.shadowRoot!.querySelector('.b') === null)).toBe(true);
    expect(send).toHaveBeenCalledTimes(1);
  });
});

describe('save control on a posting page', () => {
  let controller: AbortController;
  beforeEach(() => {
    send.mockReset();
    controller = new AbortController();
    document.body.innerHTML = postingHtml.slice(postingHtml.indexOf('<body'), postingHtml.lastIndexOf('</body>')).replace(/^<body[^>]*>/, '');
  });
  afterEach(() => controller.abort());

  /** `late`: the posting watcher finds the posting only after the control started. */
  async function start({ late = false } = {}) {
    const { saveControl } = await import('../../../entrypoints/amazon-jobs.content/save-control');
    const { createPageCache } = await import('../../../entrypoints/amazon-jobs.content/page-cache');
    const { readPostingIdentity } = await import('../../../content/posting-identity');
    const cache = createPageCache();
    // As the posting watcher fills the cache: the page's identity and the stored application.
    const found = () =>
      cache.setShown({ url: POSTING_URL, jobId: '3038134', identity: readPostingIdentity(document)!, application: send('getApplication', { jobId: '3038134' }) });
    if (!late) found();
    saveControl.init({ signal: controller.signal, kind: pageKind(POSTING_URL), url: POSTING_URL, cache });
    if (late) setTimeout(found, 50);
  }
  const control = () => document.querySelector<HTMLElement>('[data-loopready="save"]');

  it('offers Save beside the title and then shows the stage', async () => {
    let savedTitle: string | null = null;
    background({
      getApplication: () => null,
      saveApplication: ({ posting }: { posting: Posting }) => {
        savedTitle = posting.title;
        return { status: 'saved' };
      },
    });
    await start();
    await vi.waitFor(() => expect(control()?.shadowRoot?.querySelector('button')).toBeTruthy());
    expect(control()!.parentElement!.matches('h1')).toBe(true);
    control()!.shadowRoot!.querySelector('button')!.click();
    await vi.waitFor(() => expect(shadowText(control())).toBe('LoopReady: Saved'));
    expect(savedTitle).toBe('Sr BIE position 3P Selection, EU 3P Selection'); // extracted at the click
  });

  it('appears once the posting watcher has found the posting', async () => {
    background({ getApplication: () => null });
    await start({ late: true });
    expect(control()).toBeNull();
    await vi.waitFor(() => expect(control()?.shadowRoot?.querySelector('button')).toBeTruthy());
    expect(control()!.shadowRoot!.querySelector('button')!.getAttribute('aria-label')).toBe('Save “Sr BIE position 3P Selection, EU 3P Selection” to LoopReady');
  });

  it('shows the stage of a tracked job without offering Save', async () => {
    background({ getApplication: () => ({ status: 'loop' }) });
    await start();
    await vi.waitFor(() => expect(shadowText(control())).toBe('LoopReady: Loop (onsite or virtual)'));
    controller.abort();
    expect(control()).toBeNull();
  });
});
