// @vitest-environment happy-dom
// The posting watcher and the listing badges on real fixture DOM, rendered late as amazon.jobs does:
// nothing before the content arrives; then one question per posting (is it tracked?), and the whole
// posting extracted and reported only for a tracked job; nothing once the signal aborts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pageKind } from '../../../core/amazon-jobs-url';

/** The background's answers: job 3049864 is tracked, nothing else is. */
const tracked = { jobId: '3049864', status: 'saved' };
const send = vi.fn(async (name: string, data: { jobId?: string }): Promise<unknown> => {
  if (name === 'getApplication') return data.jobId === tracked.jobId ? tracked : null;
  if (name === 'getTrackedStatuses') return {};
  return null;
});
vi.mock('../../../messaging/content-bus', () => ({ send }));

const fixtures = join(__dirname, '../../fixtures/pages');
const bodyOf = (file: string) => {
  const html = readFileSync(join(fixtures, file), 'utf8');
  return html.slice(html.indexOf('<body>') + '<body>'.length, html.lastIndexOf('</body>'));
};
const url3038134 = 'https://www.amazon.jobs/en/jobs/3038134/sr-bie-position-3p-selection-eu-3p-selection';
const url3049864 = 'https://www.amazon.jobs/en/jobs/3049864/senior-business-intelligence-engineer-eu-defects';
const listingUrl = 'https://www.amazon.jobs/en/search?offset=0&result_limit=10&sort=relevant&country%5B%5D=LUX';
const quietPeriod = () => new Promise((r) => setTimeout(r, 600)); // past the trackers' debounce

// Test DOM set up by the test itself (fixture markup), as the site's own scripts would.
const render = (html: string) => {
  document.body.innerHTML = html;
};

async function freshModules() {
  vi.resetModules(); // the trackers remember seen postings per page load: start each test anew
  const { postingWatcher } = await import('../../../entrypoints/amazon-jobs.content/posting-watcher');
  const { listingBadges } = await import('../../../entrypoints/amazon-jobs.content/listing-badges');
  const { createPageCache } = await import('../../../entrypoints/amazon-jobs.content/page-cache');
  return { postingWatcher, listingBadges, cache: createPageCache() };
}

const calls = (name: string) => send.mock.calls.filter(([n]) => n === name).map(([, data]) => data as unknown as Record<string, unknown>);
const seenPostings = () => calls('postingSeen').map((d) => d.posting as { jobId: string; title: string; url: string });

describe('posting watcher', () => {
  let controller: AbortController;
  beforeEach(() => {
    send.mockClear();
    document.body.innerHTML = '';
    controller = new AbortController();
  });
  afterEach(() => controller.abort());

  it('waits for the posting to render, then asks once whether it is tracked and extracts nothing more', async () => {
    const { postingWatcher, cache } = await freshModules();
    postingWatcher.init({ signal: controller.signal, kind: pageKind(url3038134), url: url3038134, cache });
    await quietPeriod();
    expect(send).not.toHaveBeenCalled();
    expect(cache.shown(url3038134)).toBeNull();

    render(bodyOf('reconstructed/3038134.html'));
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(1), { timeout: 3000 });
    expect(calls('getApplication')).toEqual([{ jobId: '3038134' }]);
    const shown = cache.shown(url3038134);
    expect(shown?.identity.title).toBe('Sr BIE position 3P Selection, EU 3P Selection');
    expect(await shown?.application).toBeNull();

    // More rendering on the same page: no second question. An untracked posting is neither
    // extracted nor sent to the background (which only refreshes tracked ones).
    document.body.append(document.createElement('div'));
    await quietPeriod();
    expect(send).toHaveBeenCalledTimes(1);
    expect(cache.posting(url3038134)).toBeNull();
  });

  it('extracts a tracked posting and reports it to the background once', async () => {
    const { postingWatcher, cache } = await freshModules();
    render(bodyOf('reconstructed/3049864.html'));
    postingWatcher.init({ signal: controller.signal, kind: pageKind(url3049864), url: url3049864, cache });
    await vi.waitFor(() => expect(seenPostings()).toHaveLength(1), { timeout: 3000 });
    expect(seenPostings()[0]!.jobId).toBe('3049864');
    expect(seenPostings()[0]!.title).toBe('Senior Business Intelligence Engineer, EU Defects');
    expect(cache.posting(url3049864)?.title).toBe('Senior Business Intelligence Engineer, EU Defects');
    document.body.append(document.createElement('div'));
    await quietPeriod();
    expect(seenPostings()).toHaveLength(1);
  });

  it('after a client-side navigation, ignores the old DOM and takes the new posting', async () => {
    const { postingWatcher, cache } = await freshModules();
    render(bodyOf('reconstructed/3038134.html'));
    postingWatcher.init({ signal: controller.signal, kind: pageKind(url3038134), url: url3038134, cache });
    await vi.waitFor(() => expect(cache.shown(url3038134)).not.toBeNull());

    // The URL changed (the content script restarts its features for it), the DOM not yet.
    controller.abort();
    controller = new AbortController();
    postingWatcher.init({ signal: controller.signal, kind: pageKind(url3049864), url: url3049864, cache });
    await quietPeriod();
    expect(cache.shown(url3049864)).toBeNull();
    expect(calls('getApplication')).toHaveLength(1);

    render(bodyOf('reconstructed/3049864.html'));
    await vi.waitFor(() => expect(seenPostings()).toHaveLength(1), { timeout: 3000 });
    expect(cache.shown(url3049864)?.identity.title).toBe('Senior Business Intelligence Engineer, EU Defects');
    expect(calls('getApplication')).toEqual([{ jobId: '3038134' }, { jobId: '3049864' }]);
    expect(seenPostings()[0]!.jobId).toBe('3049864');
    expect(seenPostings()[0]!.url).toBe(url3049864);
  });

  it('does nothing once its signal has aborted', async () => {
    const { postingWatcher, cache } = await freshModules();
    postingWatcher.init({ signal: controller.signal, kind: pageKind(url3038134), url: url3038134, cache });
    controller.abort();
    render(bodyOf('reconstructed/3038134.html'));
    await quietPeriod();
    expect(send).not.toHaveBeenCalled();
    expect(cache.shown(url3038134)).toBeNull();
  });

  it('a failed delivery stays inside the content script', async () => {
    send.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    const { postingWatcher, cache } = await freshModules();
    render(bodyOf('reconstructed/3038134.html'));
    expect(() => postingWatcher.init({ signal: controller.signal, kind: pageKind(url3038134), url: url3038134, cache })).not.toThrow();
    await vi.waitFor(() => expect(debug).toHaveBeenCalledWith('[LoopReady]', 'getApplication failed:', expect.any(Error)));
    expect(cache.shown(url3038134)?.jobId).toBe('3038134');
    debug.mockRestore();
  });
});

describe('listing badges', () => {
  it('follow cards drawn after load; the popup reads the whole listing when it asks', async () => {
    const controller = new AbortController();
    const { listingBadges, cache } = await freshModules();
    const { pageReport } = await import('../../../entrypoints/amazon-jobs.content/page-report');
    document.body.innerHTML = '<div class="search-page"><div data-react-class="SearchContent"></div></div>';
    listingBadges.init({ signal: controller.signal, kind: pageKind(listingUrl), url: listingUrl, cache });
    const badges = () => [...document.querySelectorAll('[data-loopready="badge"]')].map((b) => b.getAttribute('data-job-id'));
    expect(badges()).toEqual([]);

    const fragment = readFileSync(join(fixtures, 'real/amazon-jobs-search-results-fragment_lorraine-dev_2025-08.html'), 'utf8');
    document.querySelector('[data-react-class="SearchContent"]')!.innerHTML = fragment;
    // Ten data-job-id cards in the fragment, the first one job 3038134.
    await vi.waitFor(() => expect(badges()).toHaveLength(10), { timeout: 3000 });
    expect(badges()[0]).toBe('3038134');
    const listing = pageReport(listingUrl, document, cache).listing;
    expect(listing?.cards).toHaveLength(10);
    expect(listing?.cards[0]).toMatchObject({ jobId: '3038134', title: 'Sr BIE position 3P Selection, EU 3P Selection', locations: ['Luxembourg, LUX'] });
    controller.abort();
  });
});
