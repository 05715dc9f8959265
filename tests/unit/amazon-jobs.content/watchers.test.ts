// @vitest-environment happy-dom
// The posting and listing watchers on real fixture DOM, rendered late as amazon.jobs does: nothing
// before the content arrives, one report per posting after, nothing once the signal aborts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pageKind } from '../../../core/amazon-jobs-url';

const send = vi.fn(async () => null);
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
  const { listingWatcher } = await import('../../../entrypoints/amazon-jobs.content/listing-watcher');
  const { createPageCache } = await import('../../../entrypoints/amazon-jobs.content/page-cache');
  return { postingWatcher, listingWatcher, cache: createPageCache() };
}

describe('posting watcher', () => {
  let controller: AbortController;
  beforeEach(() => {
    send.mockClear();
    document.body.innerHTML = '';
    controller = new AbortController();
  });
  afterEach(() => controller.abort());

  it('waits for the posting to render, then reports it once', async () => {
    const { postingWatcher, cache } = await freshModules();
    postingWatcher.init({ signal: controller.signal, kind: pageKind(url3038134), url: url3038134, cache });
    await quietPeriod();
    expect(send).not.toHaveBeenCalled();
    expect(cache.posting(url3038134)).toBeNull();

    render(bodyOf('reconstructed/3038134.html'));
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(1), { timeout: 3000 });
    const [name, data] = send.mock.calls[0] as unknown as [string, { posting: { jobId: string; title: string } }];
    expect(name).toBe('postingSeen');
    expect(data.posting.jobId).toBe('3038134');
    expect(data.posting.title).toBe('Sr BIE position 3P Selection, EU 3P Selection');
    expect(cache.posting(url3038134)?.title).toBe('Sr BIE position 3P Selection, EU 3P Selection');

    // More rendering on the same page: no second report.
    document.body.append(document.createElement('div'));
    await quietPeriod();
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('after a client-side navigation, ignores the old DOM and reports the new posting', async () => {
    const { postingWatcher, cache } = await freshModules();
    render(bodyOf('reconstructed/3038134.html'));
    postingWatcher.init({ signal: controller.signal, kind: pageKind(url3038134), url: url3038134, cache });
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(1));

    // The URL changed (the content script restarts its features for it), the DOM not yet.
    controller.abort();
    controller = new AbortController();
    postingWatcher.init({ signal: controller.signal, kind: pageKind(url3049864), url: url3049864, cache });
    await quietPeriod();
    expect(send).toHaveBeenCalledTimes(1);

    render(bodyOf('reconstructed/3049864.html'));
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(2), { timeout: 3000 });
    const [, data] = send.mock.calls[1] as unknown as [string, { posting: { jobId: string; title: string } }];
    expect(data.posting.jobId).toBe('3049864');
    expect(data.posting.title).toBe('Senior Business Intelligence Engineer, EU Defects');
  });

  it('does nothing once its signal has aborted', async () => {
    const { postingWatcher, cache } = await freshModules();
    postingWatcher.init({ signal: controller.signal, kind: pageKind(url3038134), url: url3038134, cache });
    controller.abort();
    render(bodyOf('reconstructed/3038134.html'));
    await quietPeriod();
    expect(send).not.toHaveBeenCalled();
    expect(cache.posting(url3038134)).toBeNull();
  });

  it('a failed delivery stays inside the content script', async () => {
    send.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    const { postingWatcher, cache } = await freshModules();
    render(bodyOf('reconstructed/3038134.html'));
    expect(() => postingWatcher.init({ signal: controller.signal, kind: pageKind(url3038134), url: url3038134, cache })).not.toThrow();
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(1));
    expect(cache.posting(url3038134)?.jobId).toBe('3038134');
    await vi.waitFor(() => expect(debug).toHaveBeenCalledWith('[LoopReady]', 'postingSeen not delivered:', expect.any(Error)));
    debug.mockRestore();
  });
});

describe('listing watcher', () => {
  it('follows cards drawn after load', async () => {
    const controller = new AbortController();
    const { listingWatcher, cache } = await freshModules();
    document.body.innerHTML = '<div class="search-page"><div data-react-class="SearchContent"></div></div>';
    listingWatcher.init({ signal: controller.signal, kind: pageKind(listingUrl), url: listingUrl, cache });
    expect(cache.listing(listingUrl)?.cards).toHaveLength(0);

    const fragment = readFileSync(join(fixtures, 'real/amazon-jobs-search-results-fragment_lorraine-dev_2025-08.html'), 'utf8');
    document.querySelector('[data-react-class="SearchContent"]')!.innerHTML = fragment;
    // Ten data-job-id cards in the fragment, the first one job 3038134.
    await vi.waitFor(() => expect(cache.listing(listingUrl)?.cards).toHaveLength(10), { timeout: 3000 });
    expect(cache.listing(listingUrl)?.cards[0]?.jobId).toBe('3038134');
    controller.abort();
  });
});
